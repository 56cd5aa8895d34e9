#!/usr/bin/env python3
"""Builds hvref's compile matrix for one target and runs what it can.

Configures a separate build tree with conf/toolchains/<target>.cmake, builds
every header, example and layout probe as C11/C17/C2x and C++11/17/20 with
warnings as errors (-Wpedantic in both languages; the examples and guest
seams in C also with the strict driver set, the ARM64 seam in both of its
conventions, SMCCC (HVC #0, the default) and HVC #1 (HVREF_EXAMPLE_ARM64_HVC1),
and an EDK II style unit with -ffreestanding -nostdinc:
cmake/hvref_matrix.cmake), then, where the target
runs on this machine, runs the
layout probe and every example against the recording seam. A kernel built
without 32-bit support refuses i386 programs (ENOEXEC); they then run under
qemu-user's emulator (Debian package qemu-user, installed by scripts/setup).

Usage: run_matrix.py --root REPO --build DIR TARGET
"""

from __future__ import annotations

import argparse
import errno
import shutil
import subprocess
import sys
from pathlib import Path


def run(command: list, **kwargs) -> int:
    print("+", " ".join(str(c) for c in command), flush=True)
    return subprocess.call(command, **kwargs)


# Targets whose programs run on an x86_64 machine, and the emulator for a
# kernel that cannot execute them itself.
EMULATORS = {"gcc-i386-linux-gnu": "qemu-i386"}


def execute(program: Path, target: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([str(program)], capture_output=True, text=True)
    except OSError as error:
        emulator = EMULATORS.get(target)
        if error.errno != errno.ENOEXEC or emulator is None:
            raise
        if shutil.which(emulator) is None:
            sys.exit(f"error: this kernel cannot run {target} programs and {emulator} is "
                     "missing: apt-get install qemu-user")
        print(f"{target}: this kernel cannot execute {program.name}; running it under "
              f"{emulator}", flush=True)
        return subprocess.run([emulator, str(program)], capture_output=True, text=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("target")
    args = parser.parse_args()
    toolchain = args.root / "conf" / "toolchains" / f"{args.target}.cmake"
    if not toolchain.is_file():
        print(f"error: no toolchain file {toolchain}", file=sys.stderr)
        return 2
    build = args.build / args.target
    if run(["cmake", "-S", args.root, "-B", build, "-G", "Ninja", "--toolchain", toolchain,
            "-DHVREF_MATRIX_ONLY=ON", "-Wno-dev"]) != 0:
        return 1
    if run(["cmake", "--build", build]) != 0:
        print(f"error: the {args.target} matrix does not compile without warnings (above)",
              file=sys.stderr)
        return 1
    if "aarch64" in args.target:
        print(f"{args.target}: ARM64 example seam compiled with SMCCC (HVC #0) and with "
              "HVC #1 (HVREF_EXAMPLE_ARM64_HVC1)")
    runners = build / "runners.txt"
    if not runners.exists():
        print(f"{args.target}: compiled; this target does not run here")
        return 0
    failed = []
    programs = [("layout_probe", "layout probe")]
    programs += [tuple(line.split("=", 1)) for line in runners.read_text().split() if "=" in line]
    for program, label in programs:
        result = execute(build / program, args.target)
        print(f"--- {label}: exit {result.returncode}\n{result.stdout}{result.stderr}", end="")
        if result.returncode != 0:
            failed.append(label)
    print(f"{args.target}: ran {len(programs)} programs, {len(failed)} failed"
          + (f": {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
