"""One model of everything hvref defines, read once per build.

``load`` reads the catalogue (catalogue.py), the headers' own words (the spec
references in each comment and each definition's line, sources.py), Doxygen's
XML (doxyxml.py), the layouts as compiled (the layout probe's JSON) and the
examples, and joins them by name. Each entity knows its kind, header and
line, value, brief, fields and layout, spec references, examples, and where
the site shows it (page and anchor). The site's generated pages, its lookup
index and the tests read the model; where an entity is shown is decided here
and nowhere else.

Standard library only: the tests use it with any Python 3.9 or later.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import catalogue as cat
import doxyxml
import sources as src

# Doxygen's kind -> the model's (and the C domain's) kind.
KINDS = {"struct": "struct", "union": "union", "enum": "enum", "typedef": "typedef",
         "enumvalue": "enumerator", "define": "macro", "file": "file"}

# The enumerations that hold HV_REGISTER_NAME's values (registers.h):
# HV_REGISTER_NAMES_*, HV_X64_REGISTER_NAMES_* and HV_ARM64_REGISTER_NAMES_*.
# An enumerator whose parent matches is a register name; the lookup and the
# decoders find registers by number through it.
REGISTER_NAME_ENUM = re.compile(r"_?HV_(?:X64_|ARM64_)?REGISTER_NAMES?(?:_\w+)?")

# A register's architecture, from its enumeration's prefix (HV_X64_,
# HV_ARM64_: catalogue.ARCHITECTURES; neither: both), and its kind, from the title of the \defgroup that holds the enumeration
# without the architecture word ("Common: ", "x64 ", "ARM64 "), so that one
# kind ("general-purpose registers") spans both architectures.
REGISTER_ARCHITECTURES = tuple((f"HV_{prefix}_", arch) for arch, prefix in cat.ARCHITECTURES)
REGISTER_TITLE_ARCHITECTURE = re.compile(r"^(?:Common:\s*|x64\s+|ARM64\s+)", re.IGNORECASE)
REGISTERS_HEADER = "hvref/registers.h"


@dataclass
class Register:
    """A register name: an enumerator of a register-name enumeration."""
    entity: "Entity"
    architecture: str           # x64, ARM64 or both
    kind: str                   # the registers.h section it is in


# The editions a call's catalogue row may cite, in the order the site lists
# them: (label, column of references/hypercalls.csv).
EDITIONS = (("online", "online_page"), ("6.0b", "tlfs60b"), ("2.0", "tlfs20"),
            ("WDK 2013", "wdk2013"))


def header_page(header: str) -> str:
    """``hvref/virtual_mmu.h`` -> the docname of that header's reference page."""
    # String operations, not Path: called for each of 16,000 entities.
    return "generated/reference/" + header.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def call_page(name: str) -> str:
    return f"generated/hypercalls/{name}"


CPUID_PAGE = "generated/cpuid-leaves"
STATUS_PAGE = "generated/status-codes"
MSR_PAGE = "generated/msrs"


@dataclass
class Entity:
    """A C definition of the headers (from Doxygen's XML and the header's
    own text)."""
    name: str
    kind: str                   # struct, union, enum, enumerator, typedef, macro, file
    header: str                 # hvref/x.h
    line: int
    brief: str
    parent: str = ""            # an enumerator's enumeration
    fields: List[doxyxml.Field] = field(default_factory=list)
    value: str = ""             # a macro's or enumerator's value as written
    references: List[src.Reference] = field(default_factory=list)
    layout: Optional[dict] = None    # the layout probe's entry for a struct or union
    examples: List[src.Example] = field(default_factory=list)
    doc: doxyxml.Doc = field(default_factory=doxyxml.Doc)   # the detailed description

    @property
    def members(self) -> Dict[str, str]:
        """Each field's brief, by field name."""
        return {f.name: f.brief for f in self.fields}

    @property
    def path(self) -> str:
        """The header relative to the repository root."""
        return f"include/{self.header}"

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def page(self) -> str:
        """The docname of the page that renders the definition."""
        return header_page(self.header)

    @property
    def anchor(self) -> str:
        """The id Sphinx's C domain gives the definition on its page."""
        if self.kind == "enumerator" and self.parent:
            return f"c.{self.parent}.{self.name}"
        return f"c.{self.name}"

    @property
    def url(self) -> str:
        """The definition's address relative to the site's root."""
        return f"{self.page}.html#{self.anchor}"


@dataclass
class Model:
    root: Path
    catalogue: cat.Catalogue
    sources: src.Sources
    entities: Dict[str, Entity]
    files_by_header: Dict[str, List[Path]]
    layouts: Dict[str, dict]
    compiler: str
    groups: Dict[str, doxyxml.Group] = field(default_factory=dict)

    def header_groups(self, header: str) -> List[doxyxml.Group]:
        """The groups a header (hvref/x.h) defines, in its order."""
        return [self.groups[name] for name in self.sources.groups.get(header, [])
                if name in self.groups]

    def see_also(self, name: str) -> List[str]:
        """The entities whose comment says \\see `name`, in header order."""
        if not hasattr(self, "_seen_by"):
            seen_by: Dict[str, List[str]] = {}
            for e in sorted(self.entities.values(), key=lambda e: (e.header, e.line, e.name)):
                for target in dict.fromkeys(e.doc.see):
                    seen_by.setdefault(target, []).append(e.name)
            self._seen_by = seen_by
        return list(self._seen_by.get(name, []))

    def value_layouts(self, name: str) -> List[str]:
        """The structures and unions that lay out the value of `name` (an
        MSR's contents, a CPUID leaf's registers), as
        references/value-layouts.csv says."""
        if not hasattr(self, "_value_layouts"):
            by_name: Dict[str, List[str]] = {}
            for row in self.catalogue.value_layouts:
                by_name.setdefault(row["name"], []).append(row["type"])
            self._value_layouts = by_name
        return [n for n in self._value_layouts.get(name, []) if n in self.layouts]

    def registers(self) -> List[Register]:
        """Every register name, in registers.h's order."""
        if not hasattr(self, "_registers"):
            found = []
            for group in self.header_groups(REGISTERS_HEADER):
                kind = REGISTER_TITLE_ARCHITECTURE.sub("", group.title).strip()
                for member in group.members:
                    enum = self.entities.get(member)
                    if enum is None or enum.kind != "enum" \
                            or not REGISTER_NAME_ENUM.fullmatch(member):
                        continue
                    arch = next((label for prefix, label in REGISTER_ARCHITECTURES
                                 if member.lstrip("_").startswith(prefix)), "both")
                    found += [Register(e, arch, kind) for e in sorted(
                        (e for e in self.entities.values()
                         if e.kind == "enumerator" and e.parent == member),
                        key=lambda e: e.line)]
            self._registers = found
        return list(self._registers)

    def typedef_target(self, name: str) -> str:
        """The type a plain typedef names (HV_REGISTER_VALUE for
        ``typedef HV_REGISTER_VALUE HV_OUTPUT_GET_VP_REGISTERS;``), else ""."""
        d = self.sources.definitions.get(name)
        if d is None or d.kind != "type":
            return ""
        lines = self._header_lines(d.path)
        text = lines[d.line - 1] if 0 < d.line <= len(lines) else ""
        m = re.match(rf"\s*typedef\s+(\w+)\s+{re.escape(name)}\s*[;,]", text)
        return m.group(1) if m else ""

    def _header_lines(self, path: str) -> List[str]:
        cache = self.__dict__.setdefault("_lines", {})
        if path not in cache:
            cache[path] = (self.root / path).read_text(encoding="utf-8").splitlines()
        return cache[path]

    def get(self, name: str) -> Optional[Entity]:
        return self.entities.get(name)

    def defined(self, name: str) -> bool:
        """Whether a header defines the name (the header's text, not only
        Doxygen's view of it: a name Doxygen did not document still counts)."""
        return name in self.sources.definitions

    def definition(self, name: str) -> Optional[src.Definition]:
        return self.sources.definitions.get(name)

    def examples_for(self, name: str) -> List[src.Example]:
        return self.sources.examples_for(name)

    def where(self, name: str) -> str:
        """``include/hvref/x.h:NN`` of a definition, else ""."""
        d = self.sources.definitions.get(name)
        if d is not None:
            return f"{d.path}:{d.line}"
        e = self.entities.get(name)
        return e.where if e is not None and e.header else ""

    @staticmethod
    def documented_in(row: cat.Row) -> List[str]:
        """The editions that specify a call's interface."""
        return [label for label, column in EDITIONS if row[column]]

    def value_target(self, name: str, table_page: str) -> tuple:
        """(docname, anchor) for a status code or MSR: its definition when a
        header has one, else its row in the table page."""
        e = self.entities.get(name)
        if e is not None and e.header:
            return e.page, e.anchor
        return table_page, name


def read_written(root: Path) -> tuple:
    """(catalogue, sources): what the tree's people wrote, which no build
    step makes."""
    return cat.load(root), src.scan(root)


def read_layouts(path: Optional[Path]) -> tuple:
    """The layout probe's JSON (docs/_ext/hvref/layout_probe.py): (types,
    compiler), or ({}, "") before the probe has run."""
    if path is None or not Path(path).exists():
        return {}, ""
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    return document["types"], document.get("compiler", "")


def load(root: Path, xml_dir: Optional[Path] = None, layouts: Optional[Path] = None,
         xml_cache: Optional[Path] = None, written: Optional[tuple] = None) -> Model:
    """The model of the tree at `root`. Without `xml_dir` (or before Doxygen
    has run) the model has the catalogue and the headers' own text only.
    `written` is (catalogue, sources) as read_written() gave them: the site
    build reads what people wrote while Doxygen runs, the XML after."""
    root = Path(root)
    catalogue, sources = written if written is not None else read_written(root)
    xml = doxyxml.read(xml_dir, xml_cache) if xml_dir is not None else doxyxml.Xml({}, {})
    types, compiler = read_layouts(layouts)
    entities: Dict[str, Entity] = {}
    for name, e in xml.entities.items():
        kind = KINDS.get(e.kind)
        if kind is None:
            continue
        d = sources.definitions.get(name)
        entities[name] = Entity(
            name, kind, e.header, e.line, e.brief, e.parent, e.fields,
            d.value if d is not None else "", d.references if d is not None else [],
            types.get(name), sources.examples_for(name), e.doc)
    return Model(root, catalogue, sources, entities, xml.files_by_header, types, compiler,
                 xml.groups)
