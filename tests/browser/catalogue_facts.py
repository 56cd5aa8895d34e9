#!/usr/bin/env python3
"""Prints, as JSON, the catalogue facts the browser test draws its lookup
queries from (tests/browser/site.test.mjs): call codes, status codes, MSRs
with a number that a header defines, CPUID leaves, and the types and fields
of references/layouts/*.csv.

The catalogue is read through references/catalogue.py, never through the
site's lookup index, so the test's idea of the right answer is independent
of the index it checks.

Usage: catalogue_facts.py --root REPOSITORY
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path


# A register-name enumeration of registers.h, by its typedef name. The
# architecture is read from the name here, the way a reader of the header
# would, not from the site's generator (docs/_ext/hvref/register_page.py).
REGISTER_ENUM = re.compile(r"typedef\s+enum\s+\w*\s*\{(?P<body>[^}]*)\}\s*"
                           r"(?P<name>HV_(?:X64_|ARM64_)?REGISTER_NAMES?\w*)\s*;")


def register_facts(headers: str) -> list:
    """Every register name with its number and architecture (x64, ARM64 or
    both), from the enumerations' text."""
    registers = []
    # Comments first: their \tlfsonline{...} citations hold braces.
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", headers, flags=re.S)
    for enum in REGISTER_ENUM.finditer(code):
        arch = ("x64" if enum["name"].startswith("HV_X64_") else
                "ARM64" if enum["name"].startswith("HV_ARM64_") else "both")
        for m in re.finditer(r"\b(Hv\w+)\s*=\s*(0x[0-9A-Fa-f]+)", enum["body"]):
            registers.append({"name": m.group(1), "number": f"0x{int(m.group(2), 16):08X}",
                              "arch": arch})
    return registers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root / "references"))
    import catalogue as cat  # noqa: E402  (found through --root)

    try:
        catalogue = cat.load(root)
    except cat.CatalogueError as error:
        print(f"catalogue_facts: {error}", file=sys.stderr)
        return 1
    headers = "\n".join(p.read_text(encoding="utf-8")
                        for p in sorted((root / "include" / "hvref").glob("*.h")))
    defined = set(re.findall(r"^[ \t]*#[ \t]*define[ \t]+(\w+)", headers, re.MULTILINE))
    leaves = {m.group(1): f"0x{int(m.group(2), 16):08X}" for m in re.finditer(
        r"^\s*(HvCpuIdFunction\w+)\s*=\s*0x([0-9A-Fa-f]+)", headers, re.MULTILINE)}
    facts = {
        "registers": register_facts(headers),
        "calls": [{"name": r["name"], "code": r["code"], "class": r["class"]}
                  for r in catalogue.hypercalls],
        "status": [{"name": r["name"], "value": r["value"]}
                   for r in catalogue.status_codes if r["value"] and r["name"] in defined],
        "msrs": [{"name": r["name"], "number": r["number"]}
                 for r in catalogue.msrs if r["number"] and r["name"] in defined],
        "cpuid": [{"leaf": r["leaf"], "name": r["name"]} for r in catalogue.cpuid_leaves],
        "types": [{"name": name, "members": [m.name for m in layout.members]}
                  for name, layout in catalogue.layouts.items()],
        # references/aliases.csv; a CPUID enumerator's row also gives its leaf.
        "aliases": [{"name": r["name"], "alias": r["alias"], "kind": r["kind"],
                     "leaf": leaves.get(r["name"], "")}
                    for r in getattr(catalogue, "aliases", [])],
    }
    json.dump(facts, sys.stdout, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
