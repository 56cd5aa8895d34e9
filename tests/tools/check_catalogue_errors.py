#!/usr/bin/env python3
"""Bad catalogue rows fail with the file, the line, the column and the value.

Each case copies references/ to a scratch directory, breaks one value in one
table and loads the catalogue (references/catalogue.py), which must raise
CatalogueError naming ``references/<table>:<line>``, the column and the bad
text. Before these checks a bad CPUID leaf reached the lookup index as a bare
``int()`` error with no row (issue 5's note). Tables under ``layouts/`` are
named by their path under references/.

A second set of cases copies include/, references/ and examples/, removes
one required part from the call-code comment of a documented call in
include/hvref/call_codes.h (the description, \\par Caller, \\par Call form,
the \\retval lines or just HV_STATUS_SUCCESS's) or names a status that
status.h does not define, and runs tests/tools/check_catalogue.py's check on
the copy: it must report ``include/hvref/call_codes.h:<line>: <call>`` and
the part to add, and must not report it for the unbroken copy.

Usage: check_catalogue_errors.py [--root DIR]
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import List

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


# (call code, what to break in its comment, text the problem must contain)
# "drop:<regex>": remove the comment paragraph whose first line matches;
# "retval:<old>:<new>": rename one \\retval status; "line:<regex>": remove
# the one line that matches.
COMMENT_CASES = [
    ("HvCallSignalEvent", r"drop:^\s*\* \\par Caller$", "\\par Caller"),
    ("HvCallFlushVirtualAddressList", r"drop:^\s*\* \\par Call form$", "\\par Call form"),
    ("HvCallTranslateVirtualAddress", r"drop:^\s*\* \\par Restrictions$",
     "\\par Restrictions"),
    ("HvCallFlushVirtualAddressSpaceEx", r"drop:^\s*\* Does what HvCallFlush",
     "no description after \\brief"),
    ("HvExtCallQueryCapabilities", r"drop:^\s*\* \\retval HV_STATUS_SUCCESS",
     "has no \\retval;"),
    ("HvCallSignalEvent", r"line:^\s*\* \\retval HV_STATUS_SUCCESS", "\\retval HV_STATUS_SUCCESS"),
    ("HvCallFlushVirtualAddressSpace",
     "retval:HV_STATUS_INVALID_PARAMETER:HV_STATUS_NOT_A_STATUS",
     "\\retval HV_STATUS_NOT_A_STATUS is not a status code"),
]
CALL_CODES = "include/hvref/call_codes.h"


def break_comment(header: Path, call: str, how: str) -> int:
    """Breaks the comment above ``call``'s enumerator as ``how`` says; returns
    the line of the enumerator (or of the renamed \\retval) afterwards."""
    lines = header.read_text(encoding="utf-8").splitlines()
    enumerator = next(i for i, text in enumerate(lines) if re.match(rf"\s*{call}\s*=", text))
    start = enumerator - 1
    while "/**" not in lines[start]:
        start -= 1
    kind, _, arg = how.partition(":")
    found = None
    for i in range(start, enumerator):
        if (kind in ("drop", "line") and re.match(arg, lines[i])) or (
                kind == "retval" and re.search(rf"\\retval {arg.split(':')[0]}\b", lines[i])):
            found = i
            break
    if found is None:
        raise LookupError(f"{call}: nothing matches {how!r} in its comment")
    if kind == "retval":
        old, new = arg.split(":")
        lines[found] = lines[found].replace(old, new)
        line = found + 1
    else:
        end = found + 1
        if kind == "drop":
            while end < enumerator and lines[end].strip() not in ("*", "*/"):
                end += 1
            if lines[end].strip() == "*":
                end += 1          # the blank comment line after the paragraph
        del lines[found:end]
        line = enumerator - (end - found) + 1
    header.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return line


def comment_cases(root: Path) -> List[str]:
    sys.path.insert(0, str(root / "tests" / "tools"))
    import check_catalogue

    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for folder in ("include", "references", "examples"):
            shutil.copytree(root / folder, copy / folder)
        pristine = (copy / CALL_CODES).read_text(encoding="utf-8")
        baseline = check_catalogue.check(copy)
        for call, how, says in COMMENT_CASES:
            if any(f": {call}" in p and says in p for p in baseline):
                failures.append(f"{call}: reported before anything was broken: {says}")
                continue
            (copy / CALL_CODES).write_text(pristine, encoding="utf-8")
            try:
                line = break_comment(copy / CALL_CODES, call, how)
            except LookupError as error:
                failures.append(str(error))
                continue
            where = f"{CALL_CODES}:{line}: {call}"
            problems = check_catalogue.check(copy)
            if not any(p.startswith(where) and says in p for p in problems):
                failures.append(f"{call}: after {how!r} expected '{where} ... {says}', got: "
                                + ("; ".join(p for p in problems if call in p) or "nothing"))
    return failures


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
    failures += comment_cases(root)
    for failure in failures:
        print(f"check_catalogue_errors: {failure}", file=sys.stderr)
    if not failures:
        print(f"check_catalogue_errors: {len(CASES)} broken values, each reported with its "
              f"file:line, column and text; {len(COMMENT_CASES)} broken call-code comments, "
              "each reported with its file:line, call and missing part")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
