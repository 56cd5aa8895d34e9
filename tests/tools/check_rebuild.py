#!/usr/bin/env python3
"""Checks that the site does not depend on how it was built.

rebuild  A site rebuilt after a one-line edit to one Doxygen comment equals
         a clean build of the edited tree: every page, objects.inv and the
         search index, byte for byte.
speed    A clean build with the build-speed code (docs/_ext/hvref_speed/)
         equals a clean build without it (HVREF_SPEED=0), byte for byte.

Both work on a copy of the repository's include/, references/ and examples/
in WORK, built with docs/build_site.py by the site's Python (.venv). A
difference names each file that differs and the first line where it does.

Usage: check_rebuild.py --python PYTHON --work DIR rebuild|speed
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[2]
TREE_PARTS = ("include", "references", "examples")


def copy_tree(work: Path) -> Path:
    tree = work / "tree"
    shutil.rmtree(tree, ignore_errors=True)
    for part in TREE_PARTS:
        shutil.copytree(ROOT / part, tree / part)
    return tree


def edit_one_comment(tree: Path) -> str:
    """Adds a word to the first \\brief of the area header with the most
    of them: a comment edit, the change a writer makes most."""
    headers = sorted((tree / "include" / "hvref").glob("*.h"),
                     key=lambda path: -path.read_text(encoding="utf-8").count("\\brief"))
    header = headers[0]
    lines = header.read_text(encoding="utf-8").splitlines(keepends=True)
    for index, line in enumerate(lines):
        if "\\brief" in line and line.rstrip().endswith("."):
            lines[index] = line.rstrip()[:-1] + " (edited).\n"
            header.write_text("".join(lines), encoding="utf-8")
            return f"{header.relative_to(tree)}:{index + 1}"
    sys.exit(f"check_rebuild: no \\brief line ending in '.' in {header}")


def build(python: str, tree: Path, out: Path, speed: bool, clean: bool) -> Path:
    if clean:
        shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, HVREF_SPEED="1" if speed else "0")
    command = [python, str(ROOT / "docs" / "build_site.py"), "--root", str(tree),
               "--build", str(out / "build"), "--site", str(out / "site")]
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    if result.returncode != 0:
        sys.exit(f"check_rebuild: {' '.join(command)} failed:\n{result.stdout[-4000:]}")
    return out / "site"


ENV_VERSION = re.compile(rb'"envversion":\{[^}]*\}')


def files(site: Path) -> Dict[str, bytes]:
    """Every file of the site by path. In searchindex.js the "envversion"
    object is left out: it lists each extension's cache version (Sphinx
    reloads the index only when they match), so it names hvref_speed when
    that is loaded; it is no part of what the search finds."""
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "searchindex.js":
                data = ENV_VERSION.sub(b'"envversion":{}', data, count=1)
            found[str(path.relative_to(site))] = data
    return found


def differences(left: Path, right: Path) -> List[str]:
    """One line per file present on one side only or different, with the
    first differing line of a text file."""
    a, b = files(left), files(right)
    problems = []
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            problems.append(f"{name}: only in {left if name in a else right}")
        elif a[name] != b[name]:
            detail = ""
            try:
                old = a[name].decode("utf-8").splitlines()
                new = b[name].decode("utf-8").splitlines()
                diff = [line for line in difflib.unified_diff(old, new, lineterm="", n=0)
                        if line[:1] in "+-" and line[:3] not in ("+++", "---")]
                detail = "; " + " | ".join(line[:160] for line in diff[:2])
            except UnicodeDecodeError:
                detail = " (binary)"
            problems.append(f"{name}: differs{detail}")
    return problems


def report(what: str, left: Path, right: Path) -> int:
    problems = differences(left, right)
    if problems:
        print(f"check_rebuild: {what}: {len(problems)} files differ between {left} and {right}:")
        for line in problems[:40]:
            print("  " + line)
        return 1
    count = len(files(left))
    print(f"check_rebuild: {what}: {count} files identical")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", required=True, help="the site's Python (.venv/bin/python)")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("check", choices=("rebuild", "speed"))
    args = parser.parse_args()
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    tree = copy_tree(work)
    if args.check == "rebuild":
        incremental = build(args.python, tree, work / "incremental", speed=True, clean=True)
        edited = edit_one_comment(tree)
        build(args.python, tree, work / "incremental", speed=True, clean=False)
        clean = build(args.python, tree, work / "clean", speed=True, clean=True)
        return report(f"rebuild after editing {edited}", incremental, clean)
    with_speed = build(args.python, tree, work / "speed-on", speed=True, clean=True)
    without = build(args.python, tree, work / "speed-off", speed=False, clean=True)
    return report("build-speed code on and off", with_speed, without)


if __name__ == "__main__":
    sys.exit(main())
