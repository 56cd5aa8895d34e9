#!/usr/bin/env python3
"""Checks that every nameless structure or union in the hvref headers is one
every compiler accepts quietly.

An anonymous member (``struct { ... };`` or ``union { ... };`` inside another
structure or union, with no member name) must

* be marked ``HVREF_EXTENSION`` (``__extension__`` for GCC and Clang, which
  otherwise report it under -Wpedantic in C++), and
* lie between ``#pragma warning(push)`` followed by
  ``#pragma warning(disable: 4201)`` and the matching
  ``#pragma warning(pop)``, each under ``#if defined(_MSC_VER)``: MSVC reports
  every nameless struct/union as C4201 at /W4, and no compiler here is MSVC.

The guard's pragmas themselves must sit under ``_MSC_VER`` (GCC warns about
an unknown pragma) and be balanced within each header. Every problem is
reported as file:line. ``--self-test`` runs the check on small broken
headers and fails unless each is caught.

Usage: check_msvc_guard.py --root REPO [--self-test]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path
from typing import List

PRAGMA = re.compile(r"^\s*#\s*pragma\s+warning\s*\(\s*(push|pop|disable\s*:\s*([\d\s]+))\s*\)")
MSVC_IF = re.compile(r"^\s*#\s*(?:if\s+defined\s*\(?\s*_MSC_VER\s*\)?\s*$|ifdef\s+_MSC_VER\s*$)")
CONDITIONAL_OPEN = re.compile(r"^\s*#\s*if(?:n?def)?\b")
CONDITIONAL_CLOSE = re.compile(r"^\s*#\s*endif\b")
CONDITIONAL_ELSE = re.compile(r"^\s*#\s*el(?:se|if|ifn?def)\b")
AGGREGATE = re.compile(r"\b(struct|union)\b(\s+[A-Za-z_]\w*)?\s*\{")


def strip_comments(text: str) -> str:
    """The text with comments blanked out (newlines kept, so offsets map to
    the same lines)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def check_header(path: Path, rel: str) -> List[str]:
    problems: List[str] = []
    code = strip_comments(path.read_text(encoding="utf-8"))
    lines = code.split("\n")

    # Pass 1: the guard. For each line, whether C4201 is disabled there.
    guarded = [False] * (len(lines) + 2)
    stack: List[bool] = []          # per open #if: is it an _MSC_VER conditional
    depth = 0                       # open pushes
    disabled: List[bool] = []       # per push: 4201 disabled since it
    for number, text in enumerate(lines, 1):
        if MSVC_IF.match(text):
            stack.append(True)
        elif CONDITIONAL_OPEN.match(text):
            stack.append(False)
        elif CONDITIONAL_ELSE.match(text) and stack:
            stack[-1] = False       # an #else of `#if _MSC_VER` is not MSVC's
        elif CONDITIONAL_CLOSE.match(text) and stack:
            stack.pop()
        m = PRAGMA.match(text)
        if m:
            if not any(stack):
                problems.append(f"{rel}:{number}: #pragma warning outside "
                                "`#if defined(_MSC_VER)` (other compilers warn about it)")
            kind = m.group(1).split(":")[0].strip()
            if kind == "push":
                depth += 1
                disabled.append(False)
            elif kind == "pop":
                if depth == 0:
                    problems.append(f"{rel}:{number}: #pragma warning(pop) without a push")
                else:
                    depth -= 1
                    disabled.pop()
            else:
                if "4201" in m.group(2).split():
                    if depth == 0:
                        problems.append(f"{rel}:{number}: C4201 disabled outside "
                                        "#pragma warning(push)/(pop): it would stay "
                                        "disabled in the code that includes hvref")
                    else:
                        disabled[-1] = True
        guarded[number] = any(disabled)
    if depth:
        problems.append(f"{rel}:{len(lines)}: #pragma warning(push) without a pop "
                        "by the end of the header")

    # Pass 2: anonymous members, found by brace matching on the whole text.
    line_of = [0] * (len(code) + 1)
    number = 1
    for i, ch in enumerate(code):
        line_of[i] = number
        if ch == "\n":
            number += 1
    line_of[len(code)] = number
    opens: List[int] = []           # offsets of open aggregate braces
    aggregates = {}                 # brace offset -> (keyword offset, keyword)
    for m in AGGREGATE.finditer(code):
        aggregates[m.end() - 1] = (m.start(), m.group(1))
    for i, ch in enumerate(code):
        if ch == "{":
            opens.append(i)
        elif ch == "}" and opens:
            start = opens.pop()
            if start not in aggregates:
                continue
            inside = any(o in aggregates for o in opens)
            rest = code[i + 1:].lstrip()
            if not inside or not rest.startswith(";"):
                continue             # a top-level type, or a named member
            keyword_at, keyword = aggregates[start]
            line = line_of[keyword_at]
            before = code[:keyword_at].rstrip()
            where = f"{rel}:{line}"
            if not before.endswith("HVREF_EXTENSION"):
                problems.append(f"{where}: nameless {keyword} not marked HVREF_EXTENSION "
                                "(g++/clang++ -Wpedantic report it)")
            if not guarded[line]:
                problems.append(f"{where}: nameless {keyword} outside the MSVC warning guard "
                                "(#pragma warning(push), #pragma warning(disable: 4201), "
                                "... #pragma warning(pop) under #if defined(_MSC_VER))")
    return problems


def check(root: Path) -> List[str]:
    problems: List[str] = []
    headers = sorted((root / "include" / "hvref").glob("*.h"))
    if not headers:
        return [f"{root}/include/hvref: no headers"]
    for header in headers:
        problems += check_header(header, header.relative_to(root).as_posix())
    return problems


GOOD = """#if defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable: 4201)
#endif
typedef union _A {
    unsigned AsUINT32;
    HVREF_EXTENSION struct { unsigned X : 1; unsigned Y : 31; };
    struct { unsigned Z; } Named; /* named: not nameless */
} A;
#if defined(_MSC_VER)
#pragma warning(pop)
#endif
"""

BROKEN = {
    "no guard": (GOOD.split("#endif\n", 1)[1], "outside the MSVC warning guard"),
    "no marker": (GOOD.replace("HVREF_EXTENSION struct", "struct"), "not marked HVREF_EXTENSION"),
    "after pop": (GOOD + "typedef union _B { unsigned V; HVREF_EXTENSION union { unsigned W; }; } B;\n",
                  "outside the MSVC warning guard"),
    "no disable": (GOOD.replace("#pragma warning(disable: 4201)\n", ""),
                   "outside the MSVC warning guard"),
    "unguarded pragma": (GOOD.replace("#if defined(_MSC_VER)\n#pragma warning(push)",
                                      "#pragma warning(push)\n#if defined(_MSC_VER)", 1),
                         "outside `#if defined(_MSC_VER)`"),
    "no pop": (GOOD.replace("#pragma warning(pop)\n", ""), "without a pop"),
}


def self_test() -> int:
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        header = Path(tmp) / "t.h"
        header.write_text(GOOD, encoding="utf-8")
        if check_header(header, "t.h"):
            print(f"self-test: the good header fails: {check_header(header, 't.h')}")
            failed += 1
        for name, (text, expected) in BROKEN.items():
            header.write_text(text, encoding="utf-8")
            found = check_header(header, "t.h")
            ok = any(expected in p and p.startswith("t.h:") for p in found)
            print(f"self-test: {name}: {'caught' if ok else 'MISSED'}: {found}")
            failed += not ok
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    failed = self_test() if args.self_test else 0
    problems = check(args.root)
    for problem in problems:
        print(problem)
    print(f"check_msvc_guard: {len(problems)} problem(s)"
          + (f", {failed} self-test(s) failed" if failed else ""))
    return 1 if problems or failed else 0


if __name__ == "__main__":
    sys.exit(main())
