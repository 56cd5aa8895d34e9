#!/usr/bin/env python3
"""Checks the site's hvref.json (references/export.py).

1. It validates against references/hvref.schema.json (JSON Schema 2020-12,
   the `jsonschema` package of the project's lock).
2. What it says agrees with the headers as a C compiler sees them: a program
   generated from the document asserts, at compile time, every plain value
   (call codes, status codes, MSR numbers, constants), every size and every
   byte offset, and at run time every bit-field's position and width (each
   field set to all ones in a zeroed object must set exactly its bits).
3. It has what a reader looks up: every call code of the catalogue, every
   status code and MSR the headers define, and every errata row.

Usage: check_export.py --site SITE --root ROOT [--cc gcc] [--work DIR]
Exits 1 with each problem (the entity and what differs).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema


def schema_problems(document: dict, schema: dict) -> list:
    validator = jsonschema.Draft202012Validator(schema)
    return [f"hvref.json{''.join(f'[{p!r}]' for p in error.absolute_path)}: {error.message}"
            for error in sorted(validator.iter_errors(document), key=str)]


def probe_program(document: dict) -> str:
    """C11: static assertions of values, sizes and offsets; a main() that
    checks each bit-field's bits and prints a line per mismatch."""
    lines = ["#include <stddef.h>", "#include <stdio.h>", "#include <string.h>",
             "#include <hvref/hvref.h>", ""]
    checks = []
    for e in document["entities"]:
        name = e["name"]
        if "value" in e and e["kind"] in ("macro", "enumerator"):
            lines.append(f"_Static_assert((unsigned long long)({name}) == {e['value']}ULL, "
                         f"\"{name} is not {e['value']:#x} (hvref.json value)\");")
        if "size" in e:
            lines.append(f"_Static_assert(sizeof({name}) == {e['size']}, "
                         f"\"sizeof({name}) is not {e['size']} (hvref.json size)\");")
            for f in e.get("fields", []):
                if "offset" in f:
                    lines.append(f"_Static_assert(offsetof({name}, {f['name']}) == {f['offset']}, "
                                 f"\"{name}.{f['name']} is not at offset {f['offset']}\");")
                else:
                    checks.append((name, f["name"], f["bit"], f["width"]))
    lines += ["", "static int bits_are(const unsigned char *bytes, size_t size, unsigned bit,",
              "                     unsigned width) {",
              "    for (size_t i = 0; i < size * 8; i++) {",
              "        int set = (bytes[i / 8] >> (i % 8)) & 1;",
              "        if (set != (i >= bit && i < (size_t)bit + width)) return 0;",
              "    }",
              "    return 1;", "}", "", "int main(void) {", "    int bad = 0;"]
    for index, (type_name, field, bit, width) in enumerate(checks):
        lines += [f"    {{ {type_name} v{index}; memset(&v{index}, 0, sizeof v{index});",
                  f"      v{index}.{field} = 0; v{index}.{field}--;",
                  f"      if (!bits_are((const unsigned char *)&v{index}, sizeof v{index}, "
                  f"{bit}, {width})) {{",
                  f"          printf(\"{type_name}.{field}: not bits {bit + width - 1}:{bit}"
                  f" (hvref.json)\\n\"); bad = 1; }} }}"]
    lines += ["    return bad;", "}", ""]
    return "\n".join(lines)


def compiled_problems(document: dict, root: Path, cc: str, work: Path) -> list:
    source = work / "export_probe.c"
    program = work / "export_probe"
    source.write_text(probe_program(document), encoding="utf-8")
    result = subprocess.run([cc, "-std=c11", "-I", str(root / "include"), "-o", str(program),
                             str(source)], capture_output=True, text=True)
    if result.returncode != 0:
        return [line for line in result.stderr.splitlines() if "error" in line] or \
               [result.stderr.strip()]
    run = subprocess.run([str(program)], capture_output=True, text=True)
    return run.stdout.splitlines() if run.returncode != 0 else []


def coverage_problems(document: dict, root: Path) -> list:
    names = {e["name"]: e for e in document["entities"]}
    problems = []
    with (root / "references" / "hypercalls.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            e = names.get(row["name"])
            if e is None or e.get("value") != int(row["code"], 16) or "call" not in e:
                problems.append(f"hvref.json: call {row['name']} ({row['code']}) missing or "
                                "without its code and call facts")
    for prefix in ("HV_STATUS_", "HV_X64_MSR_"):
        for e in names.values():
            if e["kind"] == "macro" and e["name"].startswith(prefix) and "value" not in e \
                    and e["name"].isupper() and not e["name"].endswith("_CONTENTS"):
                problems.append(f"hvref.json: {e['name']} has no value")
    # Every register name carries its architecture, and it is the one its
    # enumeration's name says (HV_X64_..., HV_ARM64_..., else both).
    for e in names.values():
        parent = e.get("parent", "").lstrip("_")
        if e["kind"] != "enumerator" or not re.fullmatch(r"HV_(X64_|ARM64_)?REGISTER_NAMES?_\w+",
                                                          parent):
            continue
        want = ("x64" if parent.startswith("HV_X64_") else
                "ARM64" if parent.startswith("HV_ARM64_") else "both")
        have = e.get("register", {}).get("architecture")
        if have != want:
            problems.append(f"hvref.json: register {e['name']} (of {parent}) has architecture "
                            f"{have!r}, not {want!r}")
    ids = {row["id"] for row in csv.DictReader(
        (root / "references" / "errata.csv").open(newline="", encoding="utf-8"))}
    listed = {r["id"] for r in document["errata"]}
    problems += [f"hvref.json: errata row {i} missing" for i in sorted(ids - listed)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--cc", default="gcc")
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    path = args.site / "hvref.json"
    if not path.exists():
        print(f"{path}: missing; build the site (scripts/build-site), whose export step "
              "writes it", file=sys.stderr)
        return 1
    document = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads((args.site / "hvref.schema.json").read_text(encoding="utf-8"))
    problems = schema_problems(document, schema)
    if not problems:
        with tempfile.TemporaryDirectory() as temp:
            work = args.work or Path(temp)
            work.mkdir(parents=True, exist_ok=True)
            problems += compiled_problems(document, args.root, args.cc, work)
        problems += coverage_problems(document, args.root)
    for problem in problems:
        print(problem, file=sys.stderr)
    values = sum(1 for e in document["entities"] if "value" in e)
    fields = sum(len(e.get("fields", [])) for e in document["entities"])
    print(f"export: {len(document['entities'])} entities ({values} values, {fields} fields), "
          f"{len(document['errata'])} errata rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
