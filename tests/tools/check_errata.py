#!/usr/bin/env python3
"""Checks the errata register (references/errata.csv) against the catalogue
and the headers.

* the register is well formed (references/catalogue.py loads it: ids, kinds,
  one value per source line in the kind's form);
* every citation resolves: online page and anchor, 6.0b / 2.0 section,
  2013 WDK page, or a file of a known project (linux:, openvmm:, ...);
* hvref's value in each row is what the headers define: a value or call code
  is the macro's or enumerator's value, a size, offset or bit range is the
  layout's (references/layouts/), a name is defined (or a member of the
  entity's layout), presence yes/no is whether the entities are defined;
* every \\erratum{ID} in a header names a row, on the comment of one of the
  row's entities or in a note that names the entity;
* hvref's values (value and code rows, and the value a name row's field
  gives) are also what a C compiler makes of the headers: a generated unit
  asserts each with _Static_assert and is compiled with --cc (gcc);
* every \\note in a header that compares sources (names a TLFS edition, the
  WDK, Linux, openvmm, mu_msvm, Microsoft's headers...) carries an
  \\erratum{ID}.

Prints file:line, the entity and what to fix for each problem; exit 1 if any.
Usage: check_errata.py [--root DIR] [--list] [--cc gcc]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "references"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import catalogue as cat  # noqa: E402
import sources as src  # noqa: E402
from check_catalogue import int_value  # noqa: E402

# Words that make a note a comparison of sources.
SOURCE_WORDS = re.compile(r"\b(TLFS|6\.0b|2\.0|WDK|online|Linux|openvmm|OpenVMM|mu_msvm|mshv|"
                          r"Microsoft's|HvGdk|hvgdk|edition)\b")
ERRATUM = re.compile(r"\\erratum\{([^}]*)\}")
SCALAR_TYPEDEF = re.compile(r"^\s*typedef\s+(UINT8|UINT16|UINT32|UINT64|INT8|INT16|INT32|INT64)\s+"
                            r"(\w+)\s*[;,]")
SCALAR_SIZES = {"8": 1, "16": 2, "32": 4, "64": 8}


def notes(root: Path, header: Path):
    """(line, text) of every \\note paragraph in a header: from \\note to a
    blank comment line, another command paragraph or the comment's end."""
    rel = header.relative_to(root).as_posix()
    lines = header.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        if "\\note" in lines[index]:
            start, body = index, [lines[index]]
            index += 1
            while index < len(lines):
                text = lines[index].strip()
                if (text in ("*", "*/") or text.endswith("*/") or re.match(r"\*\s*\\(par|note|see|\{|\})\b", text)):
                    break
                body.append(lines[index])
                index += 1
            yield rel, start + 1, " ".join(b.strip().lstrip("/*").strip() for b in body)
        else:
            index += 1


def scalar_size(root: Path, d: src.Definition) -> Optional[int]:
    text = (root / d.path).read_text(encoding="utf-8").splitlines()[d.line - 1]
    m = SCALAR_TYPEDEF.match(text)
    return SCALAR_SIZES[re.sub(r"\D", "", m.group(1))] if m else None


def hvref_problem(root: Path, catalogue: cat.Catalogue, defs: Dict[str, src.Definition],
                  e: cat.Erratum) -> str:
    """What is wrong with the row's hvref value against the headers, or ''."""
    layout = catalogue.layouts.get(e.entity)
    member = None
    if layout is not None and e.field:
        member = next((m for m in layout.members if m.name == e.field), None)
    if e.kind in ("value", "code"):
        d = defs.get(e.entity)
        if e.hvref == "none":
            return f"{e.entity} is defined at {d.path}:{d.line}" if d else ""
        if d is None:
            return f"{e.entity} is not defined in include/hvref/"
        value = int_value(d.value, defs)
        if value != int(e.hvref, 0):
            return (f"{d.path}:{d.line} defines {e.entity} as {d.value}, the row says "
                    f"{e.hvref}")
        return ""
    if e.kind == "presence":
        for name in e.entities:
            if (name in defs) != (e.hvref == "yes"):
                return (f"{name} is {'' if name in defs else 'not '}defined, the row says "
                        f"hvref {e.hvref}")
        return ""
    if e.kind == "size":
        if e.field:
            if member is None:
                return f"{e.entity} has no member {e.field} in references/layouts/"
            size = member.size
        elif layout is not None:
            size = layout.size
        else:
            d = defs.get(e.entity)
            size = scalar_size(root, d) if d else None
            if size is None:
                return f"{e.entity} has no layout row and is no scalar typedef; give its size"
        return "" if size == int(e.hvref) else f"{e.entity} {e.field} is {size} bytes, the row says {e.hvref}"
    if e.kind in ("offset", "bits"):
        if member is None:
            return f"{e.entity} has no member {e.field!r} in references/layouts/"
        if e.kind == "offset":
            return ("" if member.offset == int(e.hvref) else
                    f"{member.where}: offset {member.offset}, the row says {e.hvref}")
        if e.hvref == "none":
            return f"{member.where}: {e.field} exists, the row says none"
        low, width = cat.errata_bits(e.hvref)
        if member.bit != low or member.width != width:
            high = (member.bit or 0) + (member.width or 1) - 1
            return f"{member.where}: {e.field} is {high}:{member.bit}, the row says {e.hvref}"
        return ""
    # name: a definition, or a member of the entity's layout; a numeric field
    # is the value the name must stand for.
    if e.hvref == "none":
        return ""
    d = defs.get(e.hvref)
    if d is not None:
        if re.fullmatch(r"0x[0-9A-Fa-f]+", e.field or "") and int_value(d.value, defs) != int(e.field, 16):
            return f"{d.path}:{d.line}: {e.hvref} is {d.value}, the row's field says {e.field}"
        return ""
    if layout is not None and any(m.name == e.hvref for m in layout.members):
        return ""
    return f"{e.hvref} is neither defined in include/hvref/ nor a member of {e.entity}"


def compiled_problems(root: Path, errata: List[cat.Erratum], defs: Dict[str, src.Definition],
                      cc: str) -> List[str]:
    """The rows' numbers as the compiler sees the headers: one _Static_assert
    per value or code row, and per name row whose field is the number the
    name stands for. A failed assertion names its row."""
    asserts = []
    for e in errata:
        if e.kind in ("value", "code") and e.hvref != "none" and e.entity in defs:
            name, number = e.entity, int(e.hvref, 0)
        elif e.kind == "name" and e.hvref in defs and re.fullmatch(r"0x[0-9A-Fa-f]+", e.field or ""):
            name, number = e.hvref, int(e.field, 16)
        else:
            continue
        asserts.append(f'_Static_assert((unsigned long long)({name}) == {number}ULL, '
                       f'"{e.id} ({e.where}): {name} is not {number:#x}");')
    if shutil.which(cc) is None:
        return [f"check_errata: no C compiler {cc!r}: install the Debian package 'gcc'"]
    with tempfile.TemporaryDirectory() as work:
        unit = Path(work) / "errata_values.c"
        unit.write_text("#include <hvref/hvref.h>\n" + "\n".join(asserts) + "\n",
                        encoding="utf-8")
        result = subprocess.run([cc, "-std=c11", "-fsyntax-only", "-I", str(root / "include"),
                                 str(unit)], capture_output=True, text=True)
    if result.returncode == 0:
        return []
    failed = re.findall(r'static assertion failed: "([^"]*)"', result.stderr)
    return ([f"{message}, as compiled; fix the row's hvref column or the header"
             for message in failed] or [result.stderr.strip()])


def check(root: Path, listing: bool = False, cc: str = "gcc") -> List[str]:
    problems: List[str] = []
    catalogue = cat.load(root)
    try:
        errata = catalogue.errata
    except cat.CatalogueError as error:
        return [str(error)]
    sources = src.scan(root)
    defs = sources.definitions
    by_id = {e.id: e for e in errata}

    for e in errata:
        for s in e.sources:
            try:
                cat.errata_citation_url(catalogue, s.citation, str(s.where))
            except cat.CatalogueError as error:
                problems.append(f"{error} ({e.id}, {e.entity}); use a key of the catalogue's "
                                "tables (references/README.md, errata.csv)")
        problem = hvref_problem(root, catalogue, defs, e)
        if problem:
            problems.append(f"{e.where}: {e.id} {e.entity}: {problem}; fix the row's hvref "
                            "column or the header")

    problems += compiled_problems(root, errata, defs, cc)

    cited = set()
    for ref in sources.references:
        if ref.alias != "erratum":
            continue
        e = by_id.get(ref.target)
        if e is None:
            problems.append(f"{ref.where}: \\erratum{{{ref.target}}} names no row of "
                            "references/errata.csv; add the row or fix the id")
            continue
        cited.add(e.id)
    owners = {}
    for d in defs.values():
        for ref in d.references:
            if ref.alias == "erratum":
                owners[(ref.path, ref.line, ref.target)] = d.name

    for header in sources.headers:
        for rel, line, text in notes(root, header):
            ids = ERRATUM.findall(text)
            if not ids:
                if SOURCE_WORDS.search(text):
                    problems.append(f"{rel}:{line}: a \\note that compares sources has no "
                                    "\\erratum{ID}; add its row to references/errata.csv and "
                                    "cite it (or, if no source disagrees, make it a plain "
                                    "paragraph)")
                continue
            for ident in ids:
                e = by_id.get(ident)
                if e is None:
                    continue          # reported above
                owner = next((n for (p, l, t), n in owners.items() if p == rel and t == ident
                              and line <= l <= line + 30), None)
                if owner not in e.entities and not any(n in text for n in e.entities):
                    problems.append(f"{rel}:{line}: \\erratum{{{ident}}} is about {e.entity}, "
                                    f"but this note documents {owner or 'another entity'} and "
                                    "does not name it; cite the right row")
    if listing:
        for e in errata:
            state = "cited" if e.id in cited else "not cited by a header yet"
            print(f"{e.where}: {e.id} {e.kind} {e.entity} {e.field}: {state}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--list", action="store_true", help="list every row and whether a header cites it")
    parser.add_argument("--cc", default="gcc", help="the C compiler that checks the values")
    args = parser.parse_args()
    try:
        problems = check(args.root.resolve(), args.list, args.cc)
    except cat.CatalogueError as error:
        problems = [str(error)]
    for problem in problems:
        print(problem)
    errata = []
    if not problems:
        errata = cat.load(args.root.resolve()).errata
        kinds = {k: sum(1 for e in errata if e.kind == k) for k in cat.ERRATA_KINDS}
        print(f"errata: {len(errata)} rows ({', '.join(f'{k} {n}' for k, n in kinds.items())}), "
              "0 problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
