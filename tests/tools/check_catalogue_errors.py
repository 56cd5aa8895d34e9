#!/usr/bin/env python3
"""Bad catalogue rows fail with the file, the line, the column and the value.

Each case copies references/ to a scratch directory, breaks one value in one
table and loads the catalogue (references/catalogue.py), which must raise
CatalogueError naming ``references/<table>:<line>``, the column and the bad
text. Before these checks a bad CPUID leaf reached the lookup index as a bare
``int()`` error with no row (issue 5's note). Tables under ``layouts/`` are
named by their path under references/.

Usage: check_catalogue_errors.py [--root DIR]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (table, data row to break (1 = first after the header), column, bad text)
CASES = [
    ("status-codes.csv", 2, "value", "0xZZ"),
    ("msrs.csv", 1, "number", "40000001h"),
    ("cpuid-leaves.csv", 3, "leaf", "0x4000000G"),
    # The layouts' `reserved` column: a kind it does not know, a reserved
    # member without a kind, and a kind that contradicts the spec's RsvdZ.
    ("layouts/virtual_mmu.csv", 26, "reserved", "maybe"),
    ("layouts/virtual_mmu.csv", 30, "reserved", ""),
    ("layouts/hypercall_interface.csv", 6, "reserved", "preserve"),
]


def break_value(table: Path, row_number: int, column: str, text: str) -> None:
    with open(table, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    rows[row_number][rows[0].index(column)] = text
    with open(table, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    root = parser.parse_args().root.resolve()
    sys.path.insert(0, str(root / "references"))
    import catalogue as cat

    failures = []
    for table, row_number, column, text in CASES:
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch)
            shutil.copytree(root / "references", copy / "references")
            break_value(copy / "references" / table, row_number, column, text)
            # The file's line: the header is line 1, the first data row line 2.
            where = f"references/{table}:{row_number + 1}:"
            try:
                cat.load(copy)
            except cat.CatalogueError as error:
                message = str(error)
                if not (message.startswith(where) and f"'{column}'" in message
                        and f"'{text}'" in message):
                    failures.append(f"{table}: expected '{where} ... '{column}' ... '{text}'', "
                                    f"got: {message}")
                continue
            except Exception as error:     # noqa: BLE001 - the failure this test is for
                failures.append(f"{table}: {text!r} in column {column!r} raised "
                                f"{type(error).__name__}: {error}, not CatalogueError")
                continue
            failures.append(f"{table}: {text!r} in column {column!r} was accepted")
    for failure in failures:
        print(f"check_catalogue_errors: {failure}", file=sys.stderr)
    if not failures:
        print(f"check_catalogue_errors: {len(CASES)} broken values, each reported with its "
              "file:line, column and text")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
