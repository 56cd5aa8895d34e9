#!/usr/bin/env python3
"""Checks the edition history (references/history.py, references/history.csv).

* history.csv is well formed: every row names an entity hvref defines (and a
  member of its layout where the kind is about a member), a value in the
  kind's form, a citation of an edition that resolves against the catalogue;
  one row per fact and edition; each fact records a difference;
* no fact is in both history.csv and errata.csv (one home per fact: the same
  entity, member, kind and edition);
* the history of every entity equals what the catalogue holds for each
  edition: a status code's or MSR's `yes` columns, a call's attestations and
  per-edition columns, a CPUID leaf's columns, the editions a definition's
  comment cites; and a sample of known changes between editions is found;
* with --self-test (run by catalogue.history), broken copies of
  history.csv fail with references/history.csv:<line> and what to fix.

Prints file:line and what to fix for each problem; exit 1 if any.
Usage: check_history.py [--root DIR] [--self-test]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "references"))
import catalogue as cat  # noqa: E402
import history as hist  # noqa: E402
import sources as src  # noqa: E402

# Changes the catalogue says happened (old, new, entity, words in the
# change): if the history stops finding one, the merge is broken.
SAMPLE = (
    ("2.0", "6.0b", "HvCallFlushVirtualAddressSpaceEx", "added", ""),
    ("2.0", "6.0b", "HV_X64_MSR_VP_ASSIST_PAGE", "changed", "HV_X64_MSR_APIC_ASSIST_PAGE"),
    ("2.0", "6.0b", "HV_X64_HYPERVISOR_FEATURES_EDX", "added", "LbrAvailable"),
    ("2.0", "6.0b", "HV_STATUS_INSUFFICIENT_BUFFERS", "changed", "0x0033"),
    ("6.0b", "online", "HV_HYPERCALL_INPUT", "changed", "VariableHeaderSize"),
    ("6.0b", "online", "HvCallTranslateVirtualAddress", "removed", "HV_STATUS_INVALID_VP_STATE"),
    ("2.0", "wdk2013", "HV_INPUT_TRANSLATE_VIRTUAL_ADDRESS", "changed", "24"),
)


def check(root: Path) -> List[str]:
    catalogue = cat.load(root)
    sources = src.scan(root)
    problems = hist.check(catalogue, sources)
    if problems:
        return problems
    history = hist.History(catalogue, sources)
    for name, record in history.records.items():
        expected = set()
        row = catalogue.calls_by_name.get(name)
        if row is not None:
            expected |= {e for t, e in hist.ATTESTED_EDITION.items() if t in row["attested"].split()}
            expected |= {e for e, c in hist.CALL_COLUMNS.items() if row[c]}
        for table in (catalogue.status_codes, catalogue.msrs):
            for r in table:
                if r["name"] == name:
                    expected |= {e for e, c in hist.TABLE_COLUMNS.items() if r[c] == "yes"}
        d = sources.definitions.get(name)
        if d is not None:
            expected |= {hist.CITATION_EDITION[r.alias] for r in d.references
                         if r.alias in hist.CITATION_EDITION}
        removed = {e for f in record.facts if f.kind == "presence" and not f.member
                   for e, vs in f.by_edition().items() if "yes" not in vs}
        missing = expected - removed - set(record.editions)
        if missing:
            where = f"{d.path}:{d.line}" if d else str(row.where) if row else name
            problems.append(f"{where}: {name}: the catalogue has it in "
                            f"{', '.join(sorted(missing))}, the history does not; "
                            "fix references/history.py")
    for old, new, name, kind, words in SAMPLE:
        if name not in history.records:
            continue            # not defined (any more): nothing to find
        found = [c for c in history.changes(old, new) if c.entity == name and c.kind == kind
                 and words in c.text]
        if not found:
            problems.append(f"tests/tools/check_history.py: {name} should be {kind} "
                            f"({words or 'itself'}) from {old} to {new}; the history lost it")
    return problems


# Broken rows: (row, what the report must say). Each is appended to a copy of
# history.csv; the line is the copy's last.
BROKEN = (
    ("HV_NO_SUCH_TYPE,,size,16,2.0:3.4", "is not defined"),
    ("HV_HYPERCALL_INPUT,VariableHeaderSize,bits,25:17,6.0b:3.7",
     "already in references/errata.csv"),
    ("HV_X64_HYPERVISOR_FEATURES_EDX,LbrAvailable,presence,no,6.0b:99.9", "no section"),
    ("HV_X64_HYPERVISOR_FEATURES_EDX,NoSuchBit,presence,no,2.0:3.4", "has no member"),
    ("HV_X64_HYPERVISOR_FEATURES_EDX,LbrAvailable,presence,maybe,2.0:3.4", "is not yes or no"),
    ("HV_X64_HYPERVISOR_FEATURES_EDX,LbrAvailable,presence,no,linux:include/x.h",
     "not an edition's"),
)


def self_test(root: Path) -> List[str]:
    problems: List[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        shutil.copytree(root / "references", copy / "references")
        shutil.copytree(root / "include", copy / "include")
        (copy / "examples").mkdir()
        path = copy / "references" / "history.csv"
        original = path.read_text(encoding="utf-8")
        line = len(original.splitlines()) + 1
        for row, words in BROKEN:
            path.write_text(original + row + "\n", encoding="utf-8")
            try:
                report = check(copy)
            except cat.CatalogueError as error:
                report = [str(error)]
            hit = [p for p in report if p.startswith(f"references/history.csv:{line}:")
                   and words in p]
            if not hit:
                problems.append(f"self-test: the row {row!r} should fail with "
                                f"references/history.csv:{line}: ...{words}...; got: "
                                + ("; ".join(report) or "no problem"))
            else:
                print(f"self-test: {hit[0]}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--self-test", action="store_true",
                        help="also check that broken rows fail with their file:line")
    args = parser.parse_args()
    root = args.root.resolve()
    try:
        problems = check(root)
    except cat.CatalogueError as error:
        problems = [str(error)]
    if not problems and args.self_test:
        problems = self_test(root)
    for problem in problems:
        print(problem)
    if not problems:
        history = hist.load(root)
        changed = sum(1 for r in history.records.values() if history.owned(r))
        rows = len(history.rows)
        print(f"history: {len(history.records)} entities, {changed} with a fact that differs "
              f"between editions, {rows} rows in references/history.csv, 0 problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
