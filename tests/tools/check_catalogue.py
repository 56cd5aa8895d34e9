#!/usr/bin/env python3
"""Checks that the catalogue, the headers and the examples agree.

* the catalogue's tables are well formed (references/catalogue.py);
* every spec reference alias in a header resolves against the catalogue;
* call codes, status codes and MSR numbers: every catalogue row is defined
  in the headers with its value, and every one the headers define is in
  the catalogue;
* every structure the headers define has a layout in references/layouts/
  and a spec reference, and every layout names a defined type;
* every documented call whose parameters the headers define, and every
  structure, is demonstrated by an example; every name an example claims
  to demonstrate exists.

Each problem is printed as ``file:line: what is wrong; what to do``.
Usage: check_catalogue.py --root REPO
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "references"))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import catalogue as cat  # noqa: E402
from hvref import sources as src  # noqa: E402


def resolve(catalogue: cat.Catalogue, ref: src.Reference) -> None:
    if ref.alias == "tlfsonline":
        catalogue.online_url(ref.target, ref.where)
    elif ref.alias == "tlfs60b":
        catalogue.section("6.0b", ref.target, ref.where)
    elif ref.alias == "tlfs20":
        catalogue.section("2.0", ref.target, ref.where)
    elif ref.alias == "wdk2013":
        catalogue.wdk_url(ref.target, ref.where)
    elif ref.alias == "hvcallrefs":
        catalogue.call_references(catalogue.call(ref.target, ref.where))


def int_value(text: str, defs=None, depth: int = 0):
    """The integer a macro or enumerator stands for, following aliases."""
    text = text.strip()
    m = re.fullmatch(r"\(?\s*(?:\(\s*\w+\s*\))?\s*(0x[0-9A-Fa-f]+|\d+)[uUlL]*\s*\)?", text)
    if m:
        return int(m.group(1), 0)
    if defs and depth < 8 and text in defs:
        return int_value(defs[text].value, defs, depth + 1)
    return None


def check(root: Path) -> List[str]:
    problems: List[str] = []
    catalogue = cat.load(root)
    sources = src.scan(root)
    defs = sources.definitions

    for ref in sources.references:
        try:
            resolve(catalogue, ref)
        except cat.CatalogueError as error:
            problems.append(str(error))

    def compare(rows, name_col, value_col, pattern, what, table):
        listed = set()
        for row in rows:
            name = row[name_col]
            listed.add(name)
            if not row[value_col]:
                continue          # a name the spec lists without a value
            d = defs.get(name)
            if d is None:
                problems.append(f"{row.where}: {what} {name} is not defined in include/hvref/; "
                                "add it to its header")
            elif int_value(d.value, defs) != int(row[value_col], 16):
                problems.append(f"{d.path}:{d.line}: {name} is {d.value} but {row.where} says "
                                f"{row[value_col]}; one of them is wrong")
        for d in defs.values():
            if d.kind != "type" and re.fullmatch(pattern, d.name) and d.name not in listed:
                problems.append(f"{d.path}:{d.line}: {what} {d.name} is not in {table}; add its row "
                                "(with the source that lists it) or remove the definition")

    compare(catalogue.hypercalls, "name", "code", r"Hv(Ext)?Call[A-Z]\w*", "call code",
            "references/hypercalls.csv")
    compare(catalogue.status_codes, "name", "value", r"HV_STATUS_[A-Z0-9_]+", "status code",
            "references/status-codes.csv")
    compare(catalogue.msrs, "name", "number", r"HV_X64_MSR_[A-Z0-9_]+", "MSR",
            "references/msrs.csv")

    for row in catalogue.hypercalls:
        d = defs.get(row["name"])
        if d is not None and catalogue.is_documented(row) and not any(
                r.alias == "hvcallrefs" and r.target == row["name"] for r in d.references):
            problems.append(f"{d.path}:{d.line}: {row['name']} is documented by the spec but its "
                            f"comment lacks \\hvcallrefs{{{row['name']}}}")

    kinds = {n: _typedef_kind(root / d.path, d.line) for n, d in defs.items() if d.kind == "type"}
    structures = {n: defs[n] for n, k in kinds.items() if k in ("struct", "union")}
    for name, kind in kinds.items():
        d = defs[name]
        if kind == "enum" and not d.references:
            problems.append(f"{d.path}:{d.line}: {name} has no spec reference; cite the TLFS "
                            "(\\tlfsonline, \\tlfs60b, \\tlfs20, \\wdk2013) in its comment")
    for name, d in structures.items():
        if name not in catalogue.layouts:
            problems.append(f"{d.path}:{d.line}: {name} has no layout in references/layouts/; "
                            "add its size, member and bit-field rows")
        if not d.references:
            problems.append(f"{d.path}:{d.line}: {name} has no spec reference; cite the TLFS "
                            "(\\tlfsonline, \\tlfs60b, \\tlfs20, \\wdk2013) in its comment")
        if not sources.examples_for(name):
            problems.append(f"{d.path}:{d.line}: no example demonstrates {name}; add it to an "
                            "example's hvref-demonstrates: line")
    for name, layout in catalogue.layouts.items():
        if name not in defs:
            problems.append(f"{layout.where}: layout of {name}, which no header defines")

    for row in catalogue.hypercalls:
        in_scope = any(row[c] and row[c] in structures for c in ("input_type", "output_type"))
        if in_scope and catalogue.is_documented(row) and not sources.examples_for(row["name"]):
            problems.append(f"{row.where}: {row['name']} has its parameters defined but no example; "
                            "write one under examples/ naming it in hvref-demonstrates:")

    for example in sources.examples:
        if not example.demonstrates:
            problems.append(f"{example.path}:1: no hvref-demonstrates: line; name what it shows")
        for name in example.demonstrates:
            if name not in defs:
                problems.append(f"{example.path}:1: demonstrates {name}, which no header defines")
    return problems


def _typedef_kind(header: Path, line: int) -> str:
    """struct, union or enum for a typedef closing at this line; '' otherwise."""
    lines = header.read_text(encoding="utf-8").splitlines()
    if not lines[line - 1].lstrip().startswith("}"):
        return ""
    depth = 0
    for text in reversed(lines[:line]):
        depth += text.count("}") - text.count("{")
        if depth <= 0:
            m = re.match(r"\s*(?:typedef\s+)?(struct|union|enum)\b", text)
            return m.group(1) if m else ""
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    try:
        problems = check(args.root)
    except cat.CatalogueError as error:
        print(f"error: {error}")
        return 1
    for problem in problems:
        print(problem)
    print(f"check_catalogue: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
