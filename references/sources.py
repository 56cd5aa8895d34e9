"""What the headers and examples say about themselves, read without a compiler.

Used by the site generator and by tests/tools/check_catalogue.py:

* every spec reference alias in the headers, with its file and line;
* every name a header defines (macros, enumerators, typedefs), so the
  catalogue can be compared with the headers in both directions;
* every example and the entities its ``hvref-demonstrates:`` line names.

The scan relies on the header conventions of CONTRIBUTING.md (one definition
per line, ``typedef ... } NAME, *PNAME;``), which the compile matrix and
Doxygen enforce independently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import spec_aliases

ALIAS = spec_aliases.PATTERN
DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_]\w*)(?:\s+(.*?))?\s*$")
ENUMERATOR = re.compile(r"^\s*([A-Za-z_]\w*)\s*=\s*(0x[0-9A-Fa-f]+|\d+)[uU]?\s*,?")
TYPEDEF_END = re.compile(r"^\s*\}\s*([A-Z_][A-Z0-9_]*)\s*(?:,|;)")
TYPEDEF_OPEN = re.compile(r"^\s*typedef\s+(struct|union|enum)\b[^;]*$")
TYPEDEF_SIMPLE = re.compile(r"^\s*typedef\s+[^;{]*?\b([A-Z_][A-Z0-9_]*)\s*;")
DEFGROUP = re.compile(r"\\defgroup\s+(\w+)")
INCLUDE_GUARD = re.compile(r"^HVREF_\w+_H$")


@dataclass
class Reference:
    alias: str       # tlfsonline, tlfs60b, ...
    target: str      # the text between the braces
    path: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Definition:
    name: str
    kind: str        # macro, enumerator, type
    value: str
    path: str
    line: int
    references: List[Reference] = field(default_factory=list)


@dataclass
class Example:
    path: Path       # relative to the repository root
    demonstrates: List[str]

    @property
    def name(self) -> str:
        return self.path.with_suffix("").relative_to("examples").as_posix()


@dataclass
class Sources:
    headers: List[Path]
    references: List[Reference]
    definitions: Dict[str, Definition]
    examples: List[Example]
    # Each header's \\defgroup names, in the order it defines them.
    groups: Dict[str, List[str]] = field(default_factory=dict)

    def examples_for(self, name: str) -> List[Example]:
        return [e for e in self.examples if name in e.demonstrates]


def _scan_header(path: Path, rel: str, references: List[Reference],
                 definitions: Dict[str, Definition]) -> None:
    pending: List[Reference] = []   # references of the comment above the next definition
    openers: List[List[Reference]] = []   # references of each open typedef, innermost last
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text.lstrip().startswith("/**") and "/**<" not in text:
            pending = []                 # a new comment block documents something new
        if TYPEDEF_OPEN.match(text):
            openers.append(pending)      # the block above documents the typedef
            pending = []
        for match in ALIAS.finditer(text):
            ref = Reference(match.group(1), match.group(2).strip(), rel, number)
            references.append(ref)
            pending.append(ref)
        found = None
        if (m := DEFINE.match(text)) and not INCLUDE_GUARD.match(m.group(1)):
            found = Definition(m.group(1), "macro", (m.group(2) or "").split("/*")[0].strip(),
                               rel, number)
        elif m := ENUMERATOR.match(text):
            found = Definition(m.group(1), "enumerator", m.group(2), rel, number)
        elif (m := TYPEDEF_END.match(text)) and openers:
            found = Definition(m.group(1), "type", "", rel, number)
            pending = openers.pop() + pending
        elif m := TYPEDEF_SIMPLE.match(text):
            found = Definition(m.group(1), "type", "", rel, number)
        if found is not None:
            if "/**<" in text:
                # A trailing comment documents this line only; the block
                # comment above still belongs to the enclosing typedef.
                found.references = [r for r in pending if r.line == number]
                pending = [r for r in pending if r.line != number]
            else:
                found.references = pending
                pending = []
            definitions.setdefault(found.name, found)


DEMONSTRATES = re.compile(r"hvref-demonstrates:(.*)")


def _scan_example(path: Path, root: Path) -> Example:
    names: List[str] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for index, text in enumerate(lines):
        m = DEMONSTRATES.search(text)
        if not m:
            continue
        names += m.group(1).split()
        for more in lines[index + 1:]:   # continuation lines until a blank comment line
            body = more.strip().lstrip("*").strip()
            if not body or body.startswith("/") or more.strip().startswith("*/"):
                break
            names += body.split()
        break
    return Example(path.relative_to(root), names)


def scan(root: Path) -> Sources:
    root = Path(root)
    headers = sorted((root / "include" / "hvref").glob("*.h"))
    references: List[Reference] = []
    definitions: Dict[str, Definition] = {}
    groups: Dict[str, List[str]] = {}
    for header in headers:
        _scan_header(header, header.relative_to(root).as_posix(), references, definitions)
        groups[f"hvref/{header.name}"] = DEFGROUP.findall(header.read_text(encoding="utf-8"))
    examples = [_scan_example(p, root) for p in sorted((root / "examples").rglob("*.c"))
                if "support" not in p.relative_to(root / "examples").parts]
    return Sources(headers, references, definitions, examples, groups)
