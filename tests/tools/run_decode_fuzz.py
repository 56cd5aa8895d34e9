#!/usr/bin/env python3
"""decode.fuzz: builds decode/fuzz_decode.c with clang's libFuzzer,
AddressSanitizer and UndefinedBehaviorSanitizer, and runs it for a bounded
time from the seed corpus decode/fuzz-corpus/ (copied, so that the inputs
libFuzzer adds stay out of the repository). Fails on any crash, leak,
sanitizer report or timeout libFuzzer finds, printing its report.

Usage: run_decode_fuzz.py --root REPO --tables BUILD/decode/hvref_decode_tables.c
                          --work DIR [--seconds 60] [--clang clang]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--tables", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--clang", default="clang")
    args = parser.parse_args()
    decode = args.root / "decode"
    shutil.rmtree(args.work, ignore_errors=True)
    corpus = args.work / "corpus"
    shutil.copytree(decode / "fuzz-corpus", corpus)
    program = args.work / "fuzz_decode"
    build = subprocess.run(
        [args.clang, "-std=c11", "-g", "-O1", "-fsanitize=fuzzer,address,undefined",
         "-fno-sanitize-recover=all", "-I", str(decode), "-I", str(args.root / "include"),
         "-o", str(program),
         str(decode / "fuzz_decode.c"), str(decode / "decode.c"), str(args.tables)],
        capture_output=True, text=True)
    if build.returncode != 0:
        print(build.stderr, file=sys.stderr)
        if "libclang_rt" in build.stderr or "fuzzer" in build.stderr:
            print("decode.fuzz: clang's libFuzzer or sanitizer runtime is missing: install "
                  "the Debian package 'libclang-rt-dev' (scripts/setup does)", file=sys.stderr)
        return 1
    run = subprocess.run([str(program), f"-max_total_time={args.seconds}", "-timeout=10",
                          "-rss_limit_mb=1024", "-print_final_stats=1", str(corpus)],
                         capture_output=True, text=True, cwd=args.work)
    report = run.stderr.splitlines()
    stats = [line for line in report if line.startswith("stat::number_of_executed_units")]
    if run.returncode != 0:
        print("\n".join(report[-60:]), file=sys.stderr)
        print(f"decode.fuzz: libFuzzer found a problem (exit {run.returncode}); the input is in "
              f"{args.work}", file=sys.stderr)
        return 1
    print(f"decode.fuzz: {args.seconds} s, nothing found; "
          f"{stats[0].split(':')[-1].strip() if stats else '?'} inputs run, "
          f"{sum(1 for _ in corpus.iterdir())} in the corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
