#!/usr/bin/python3
"""Exits 0 when the virtual environment VENV holds exactly the releases that
the hash-pinned lock LOCK pins (names and versions, nothing more or less),
1 otherwise; with --explain, says what differs and exits 1 on a difference.
scripts/setup rebuilds VENV when it does not match, so a lock is never used
with other packages than it names.

Usage: venv_matches_lock.py VENV LOCK [--explain]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(lock: Path) -> dict:
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            pins[canonical(match[1])] = match[2]
    return pins


def installed(venv: Path) -> dict | None:
    python = venv / "bin" / "python"
    if not python.exists():
        return None
    result = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze",
                             "--disable-pip-version-check", "--exclude", "pip",
                             "--exclude", "setuptools"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return None
    return {canonical(name): version for name, _, version in
            (line.partition("==") for line in result.stdout.split())}


def main() -> int:
    venv, lock = Path(sys.argv[1]), Path(sys.argv[2])
    explain = "--explain" in sys.argv[3:]
    want, have = pinned(lock), installed(venv)
    if have == want:
        return 0
    if explain:
        if have is None:
            print(f"{venv}: no working Python environment", file=sys.stderr)
        else:
            for name in sorted(set(want) | set(have)):
                if want.get(name) != have.get(name):
                    print(f"{venv}: {name} is {have.get(name, 'missing')}, {lock} pins "
                          f"{want.get(name, 'nothing')}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
