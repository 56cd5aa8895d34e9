#!/usr/bin/env python3
"""Writes a synthetic hvref tree at full TLFS scale, reproducibly from a seed.

The tree has the shape of the real one, so the site pipeline builds it
unchanged: include/hvref/ (platform.h and datatypes.h copied from the
repository, plus synthetic area headers with Doxygen comments that cite the
TLFS through the real aliases and real catalogue targets, unions of bit-fields,
HV_INPUT_/HV_OUTPUT_ structures and a call-code enumeration), references/ (the
real section, online-page and WDK tables, and synthetic hypercall and layout
rows), and examples/.

Usage: synth.py --out DIR [--seed N] [--types 1200] [--macros 3000] [--calls 287]
                 [--areas 23]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "references"))
import catalogue as cat  # noqa: E402

WORDS = ("Partition Processor Memory Page Port Message Event Timer Counter Register Intercept "
         "Vtl Gpa Gva Spa Device Interrupt Vector Mapping Range Flags State Control Policy "
         "Statistics Property Queue Ring Buffer Signal Connection Affinity Domain Node").split()
# One area header per TLFS chapter that defines an interface, across the
# editions hvref covers: 6.0b's chapters 2-16 and 2.0's chapters 3-23 come
# to 23 distinct areas (discovery, hypercalls, partition management, physical
# hardware, resources, GPA spaces, intercepts, VP management and execution,
# virtual MMU, interrupts, inter-partition communication, timers, message
# formats, save and restore, scheduler, event logging, debugging,
# statistics, booting, system properties, VSM, nested virtualization).
AREAS = 23


def words(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n))


def upper(name: str) -> str:
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out += "_"
        out += ch.upper()
    return out


class Writer:
    def __init__(self, rng: random.Random, catalogue: cat.Catalogue):
        self.rng = rng
        # A heading with a comma cannot be an alias argument: cite its section.
        self.cites60 = sorted({s.section if s.numbered or "," in s.heading
                               else f"{s.section},{s.heading}"
                               for s in catalogue.sections.values() if s.edition == "6.0b"})
        self.sections20 = sorted({s.section for s in catalogue.sections.values()
                                  if s.edition == "2.0" and s.numbered})
        self.online = sorted(catalogue.online)

    def refs(self) -> list:
        """Spec references through the real aliases, to real catalogue targets."""
        rng = self.rng
        return [" * \\par Specification",
                f" * \\tlfsonline{{{rng.choice(self.online)}}}",
                f" * \\tlfs60b{{{rng.choice(self.cites60)}}}",
                f" * \\tlfs20{{{rng.choice(self.sections20)}}}"]

    def struct(self, name: str, rows: list) -> list:
        """A structure of 2-6 naturally aligned members; layout rows appended to rows."""
        rng = self.rng
        members, offset = [], 0
        for i in range(rng.randint(2, 6)):
            size = rng.choice((4, 8, 8))
            if offset % size:
                members.append(("UINT32", f"Reserved{i}", 4, "Reserved; must be zero."))
                offset += 4
            members.append(({4: "UINT32", 8: "UINT64"}[size], f"{words(rng, 2)}{i}", size,
                            f"The {words(rng, 1).lower()} of this {words(rng, 1).lower()}."))
            offset += size
        if offset % 8:
            members.append(("UINT32", "Padding", 4, "Padding; must be zero."))
            offset += 4
        rows.append([name, "", "", offset, "", "", "synthetic"])
        lines = ["/**", f" * \\brief Synthetic structure {name}.", " *",
                 f" * Holds {len(members)} members describing a {words(rng, 2).lower()}.", " *"]
        lines += self.refs() + [" */", f"typedef struct _{name} {{"]
        at = 0
        for ctype, member, size, doc in members:
            lines.append(f"    {ctype} {member}; /**< {doc} */")
            rows.append([name, member, at, size, "", "", "synthetic"])
            at += size
        lines += [f"}} {name}, *P{name};", f"HVREF_ASSERT_SIZE({name}, {offset});", ""]
        return lines

    def union(self, name: str, rows: list) -> list:
        """A 64-bit register: a whole value and 3-8 named bit-fields."""
        rng = self.rng
        widths, left = [], 64
        while left:
            width = min(left, rng.choice((1, 1, 2, 4, 8, 12, 16)))
            widths.append(width)
            left -= width
        rows.append([name, "", "", 8, "", "", "synthetic"])
        rows.append([name, "AsUINT64", 0, 8, "", "", "synthetic"])
        lines = ["/**", f" * \\brief Synthetic register {name}.", " *",
                 f" * A {words(rng, 1).lower()} register of {len(widths)} fields.", " *"]
        lines += self.refs() + [" */", f"typedef union _{name} {{",
                                "    UINT64 AsUINT64; /**< The whole register. */", "    struct {"]
        bit = 0
        for i, width in enumerate(widths):
            field = f"{words(rng, 1)}{i}"
            lines.append(f"        UINT64 {field} : {width}; /**< Bits {bit}-{bit + width - 1}. */")
            rows.append([name, field, "", "", bit, width, "synthetic"])
            bit += width
        lines += ["    };", f"}} {name}, *P{name};", f"HVREF_ASSERT_SIZE({name}, 8);", ""]
        return lines

    def macros(self, prefix: str, count: int) -> list:
        lines = []
        for i in range(count):
            lines += [f"/** \\brief {prefix} value {i}: a {words(self.rng, 2).lower()} constant. */",
                      f"#define {prefix}_{i:04d} 0x{self.rng.randrange(1 << 16):04X}u"]
        return lines + [""]


def header(stem: str, brief: str, body: list) -> str:
    guard = f"HVREF_{stem.upper()}_H"
    return "\n".join(["/* Synthetic hvref header for the site benchmark. */",
                      "/**", " * \\file", f" * \\brief {brief}", " */",
                      f"#ifndef {guard}", f"#define {guard}", "",
                      '#include "datatypes.h"', "",
                      f"/** \\defgroup bench_{stem} {brief}", " * \\{", " */", ""]
                     + body + ["/** \\} */", "", f"#endif /* {guard} */", ""])


def write_csv(path: Path, header_row: list, rows: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header_row)
        writer.writerows(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--types", type=int, default=1200)
    parser.add_argument("--macros", type=int, default=3000)
    parser.add_argument("--calls", type=int, default=287)
    parser.add_argument("--areas", type=int, default=AREAS,
                        help="area headers the types and macros are spread over")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    catalogue = cat.load(REPO)
    writer = Writer(rng, catalogue)
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    inc = out / "include" / "hvref"
    inc.mkdir(parents=True)
    for name in ("platform.h", "datatypes.h"):
        shutil.copy(REPO / "include" / "hvref" / name, inc / name)

    layout_header = ["type", "member", "offset", "size", "bit", "width", "source"]
    calls, call_types = [], []
    for i in range(args.calls):
        name = f"HvCall{words(rng, 2)}{i:03d}"
        documented = i % 2 == 0
        row = [f"0x{i:04X}", name, "hypercall", "rep" if i % 5 == 0 else "simple", "",
               "Any", "", "", "", "", "", "kdhv-symbols", "", "", ""]
        if documented:
            row[7] = rng.choice(writer.online)
            base = "HV_INPUT_" + upper(name[len("HvCall"):])
            row[13] = base
            row[14] = base.replace("HV_INPUT_", "HV_OUTPUT_")
            call_types.append((row[13], row[14]))
        calls.append(row)

    # The call-input structures count towards the type total.
    # Spread evenly; the first areas take the remainders, so the totals are exact.
    types_per_area, extra_types = divmod(args.types - 2 * len(call_types), args.areas)
    macros_per_area, extra_macros = divmod(args.macros, args.areas)
    for area in range(args.areas):
        rows, body = [], []
        for t in range(types_per_area + (area < extra_types)):
            name = f"HV_{upper(words(rng, 2))}_{area:02d}{t:03d}"
            body += writer.union(name, rows) if t % 3 == 0 else writer.struct(name, rows)
        body += writer.macros(f"HV_BENCH_{area:02d}", macros_per_area + (area < extra_macros))
        stem = f"area{area:02d}"
        (inc / f"{stem}.h").write_text(header(stem, f"Synthetic TLFS area {area}.", body))
        write_csv(out / "references" / "layouts" / f"{stem}.csv", layout_header, rows)

    rows, body = [], []
    for input_type, output_type in call_types:
        body += writer.struct(input_type, rows) + writer.struct(output_type, rows)
    body += ["/** \\brief Synthetic call codes. */", "enum _HV_CALL_CODE {"]
    for row in calls:
        refs = f" \\hvcallrefs{{{row[1]}}}" if row[7] else ""
        body.append(f"    {row[1]} = {row[0]}, /**< Synthetic call.{refs} */")
    body += ["};", "/** \\brief A call code. */", "typedef UINT16 HV_CALL_CODE;", ""]
    (inc / "calls.h").write_text(header("calls", "Synthetic call codes and parameters.", body))
    write_csv(out / "references" / "layouts" / "calls.csv", layout_header, rows)

    umbrella = ['#include "platform.h"', '#include "datatypes.h"']
    umbrella += [f'#include "{p.name}"' for p in sorted(inc.glob("*.h"))
                 if p.name not in ("platform.h", "datatypes.h")]
    (inc / "hvref.h").write_text(header("hvref", "Synthetic umbrella header.", umbrella)
                                 .replace('#include "datatypes.h"\n\n', "", 1))

    ref = out / "references"
    # The real headers copied above cite the errata register (\erratum{ID}).
    for name in ("tlfs-sections.csv", "tlfs-online-pages.csv", "wdk-2013-pages.csv",
                 "errata.csv"):
        shutil.copy(REPO / "references" / name, ref / name)
    write_csv(ref / "hypercalls.csv",
              ["code", "name", "class", "kind", "fast", "caller", "privilege", "online_page",
               "tlfs60b", "tlfs20", "wdk2013", "attested", "aliases", "input_type",
               "output_type"], calls)
    (out / "examples").mkdir()
    types = sum(1 for p in (ref / "layouts").glob("*.csv")
                for line in p.read_text().splitlines()[1:] if line.split(",")[1] == "")
    print(f"synth: {types} types, {args.macros} macros in {args.areas} area headers, "
          f"{len(calls)} calls in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
