"""Reads and validates hvref's catalogue of spec facts (references/*.csv).

The tests, the probe generators and the Sphinx extension all read the
catalogue through this module, so a malformed row is reported the same way
everywhere: ``references/<file>.csv:<line>: <what is wrong>; <what to do>``.
Standard library only; runs under any Python 3.9+.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ONLINE_BASE = "https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/"
PDF_BASE = ("https://github.com/MicrosoftDocs/Virtualization-Documentation/raw/live/tlfs/"
            "Hypervisor%20Top%20Level%20Functional%20Specification%20v{edition}.pdf")
# The PDFs' page index is the printed page plus the front matter's length.
PDF_FRONT_MATTER = {"6.0b": 11, "2.0": 10}
EDITIONS = ("6.0b", "2.0")


class CatalogueError(Exception):
    """A catalogue row or a reference to the catalogue is wrong."""


@dataclass(frozen=True)
class Where:
    """The file and line a fact or a reference was read from."""
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Row:
    values: Dict[str, str]
    where: Where

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "") or ""


@dataclass
class Section:
    edition: str
    section: str
    heading: str
    page: int
    numbered: bool
    where: Where

    @property
    def url(self) -> str:
        index = self.page + PDF_FRONT_MATTER[self.edition]
        return PDF_BASE.format(edition=self.edition) + f"#page={index}"

    @property
    def label(self) -> str:
        return f"TLFS {self.edition} §{self.section}, {self.heading} (p. {self.page})"


# The kinds of reserved field of TLFS 6.0b section 1.2, as the layouts'
# `reserved` column spells them (references/README.md):
#   zero      RsvdZ, "must be zero", and reserved fields and padding of a
#             hypercall input: whoever writes the value writes zeros;
#   preserve  RsvdP: a writer puts back the value it read;
#   ignore    Rsvd / Reserved in a value only the hypervisor writes (CPUID
#             results, outputs): readers ignore it, it may be non-zero.
RESERVED_KINDS = ("zero", "preserve", "ignore")
# Names that say a member is reserved: such a member needs a kind, and the
# spec's RsvdZ / RsvdP names fix which one.
RESERVED_NAMES = ("Rsvd", "Reserved", "Padding")
RESERVED_NAME_KINDS = (("RsvdZ", "zero"), ("RsvdP", "preserve"))


@dataclass
class Member:
    name: str
    offset: Optional[int]
    size: Optional[int]
    bit: Optional[int]
    width: Optional[int]
    source: str
    where: Where
    reserved: str = ""      # one of RESERVED_KINDS, or "" for a field with a meaning

    @property
    def is_bitfield(self) -> bool:
        return self.bit is not None

    @property
    def must_be_zero(self) -> bool:
        return self.reserved == "zero"


@dataclass
class TypeLayout:
    name: str
    size: int
    source: str
    where: Where
    members: List[Member] = field(default_factory=list)

    @property
    def area(self) -> str:
        return Path(self.where.path).stem


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def read_csv(path: Path, root: Path, required: Tuple[str, ...]) -> List[Row]:
    """Rows of a catalogue CSV; checks the header names the required columns."""
    rel = _rel(path, root)
    if not path.is_file():
        raise CatalogueError(f"{rel}: missing catalogue table; see references/README.md")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise CatalogueError(f"{rel}:1: header lacks column(s) {', '.join(missing)}")
        rows = []
        for values in reader:
            where = Where(rel, reader.line_num)
            if None in values:
                raise CatalogueError(f"{where}: more fields than the header has columns")
            rows.append(Row({k: (v or "").strip() for k, v in values.items()}, where))
        return rows


def _int(row: Row, column: str, *, base: int = 10, optional: bool = False) -> Optional[int]:
    text = row[column]
    if not text:
        if optional:
            return None
        raise CatalogueError(f"{row.where}: column '{column}' is empty; give a number")
    try:
        return int(text, base if base != 16 else 16)
    except ValueError:
        raise CatalogueError(f"{row.where}: column '{column}' is '{text}', not a "
                             f"{'hexadecimal' if base == 16 else 'decimal'} number") from None


def _has_column(path: Path, column: str) -> bool:
    with path.open(newline="", encoding="utf-8") as handle:
        return column in next(csv.reader(handle), [])


def _check_reserved(row: Row) -> None:
    """The `reserved` column of a layout row: a kind from RESERVED_KINDS, given
    for every member named as reserved, and the one the spec's name fixes."""
    kind, member = row["reserved"], row["member"]
    if kind and kind not in RESERVED_KINDS:
        raise CatalogueError(f"{row.where}: column 'reserved' is '{kind}', not one of "
                             f"{', '.join(RESERVED_KINDS)} (or empty for a field with a meaning)")
    if not member:
        if kind:
            raise CatalogueError(f"{row.where}: column 'reserved' is '{kind}' on the size row of "
                                 f"{row['type']}; give it on the member rows")
        return
    for prefix, fixed in RESERVED_NAME_KINDS:
        if member.startswith(prefix) and kind != fixed:
            raise CatalogueError(f"{row.where}: {row['type']}.{member} is named {prefix} but "
                                 f"column 'reserved' is '{kind}'; the spec's {prefix} means "
                                 f"'{fixed}'")
    if member.startswith(RESERVED_NAMES) and not kind:
        raise CatalogueError(f"{row.where}: {row['type']}.{member} is reserved by its name but "
                             f"column 'reserved' is ''; say what the spec asks of it "
                             f"({', '.join(RESERVED_KINDS)})")


# The parts of references/value-layouts.csv and the size of each: an MSR's
# 64-bit value, a CPUID leaf's four result registers (EAX, EBX, ECX, EDX),
# and a virtual processor register's value (HV_REGISTER_VALUE's 16 bytes, of
# which a register's format may use fewer).
VALUE_PARTS = {"value": 8, "registers": 16, "register": 16}

# The kinds of other name in references/aliases.csv.
ALIAS_KINDS = ("tlfs-2.0", "tlfs-6.0b", "linux", "openvmm", "mshv", "term")

HEX_CODE = re.compile(r"0x[0-9A-F]{4}")
HEX_MSR = re.compile(r"0x[0-9A-F]{8}")


class Catalogue:
    """Every table of references/, loaded and validated once."""

    def __init__(self, root: Path):
        self.root = Path(root)
        ref = self.root / "references"
        self.sections: Dict[Tuple[str, str, str], Section] = {}
        self._load_sections(ref / "tlfs-sections.csv")
        self.online: Dict[str, Row] = {}
        self.online_anchors: Dict[str, set] = {}
        for row in read_csv(ref / "tlfs-online-pages.csv", self.root, ("path", "title", "anchors")):
            self.online[row["path"]] = row
            self.online_anchors[row["path"]] = set(row["anchors"].split())
        self.wdk: Dict[str, Row] = {}
        for row in read_csv(ref / "wdk-2013-pages.csv", self.root, ("entity", "archive_url")):
            self.wdk[row["entity"]] = row
        self.hypercalls: List[Row] = read_csv(
            ref / "hypercalls.csv", self.root,
            ("code", "name", "class", "kind", "fast", "online_page", "tlfs60b", "tlfs20",
             "wdk2013", "attested", "aliases", "input_type", "output_type"))
        self.calls_by_name: Dict[str, Row] = {}
        self.calls_by_code: Dict[int, Row] = {}
        for row in self.hypercalls:
            self._check_call(row)
        self.status_codes = self._optional_table(ref / "status-codes.csv", ("name", "value"))
        self.msrs = self._optional_table(ref / "msrs.csv", ("name", "number"))
        self.cpuid_leaves = self._optional_table(ref / "cpuid-leaves.csv", ("leaf", "name"))
        # The numbers a reader looks up must be numbers (the lookup index
        # and the tables parse them): say which row when one is not.
        for rows, column, optional in ((self.status_codes, "value", True),
                                       (self.msrs, "number", True),
                                       (self.cpuid_leaves, "leaf", False)):
            for row in rows:
                _int(row, column, base=16, optional=optional)
        self.parameters = self._optional_table(
            ref / "parameters.csv", ("call", "direction", "field", "offset", "size"))
        self.aliases = self._load_aliases(ref / "aliases.csv")
        # Which structure or union lays out an MSR's value or a CPUID leaf's
        # registers (references/README.md, value-layouts.csv).
        self.value_layouts = self._optional_table(ref / "value-layouts.csv",
                                                  ("name", "part", "type"))
        for row in self.value_layouts:
            if row["part"] not in VALUE_PARTS:
                raise CatalogueError(f"{row.where}: part {row['part']!r} of {row['name']} is "
                                     f"not one of {', '.join(VALUE_PARTS)}")
        self.layouts: Dict[str, TypeLayout] = {}
        # Layout files written before the `reserved` column (generated trees
        # such as bench/synth.py's); tests/tools/check_catalogue.py requires
        # the column in hvref's own files.
        self.layouts_without_reserved: List[str] = []
        for path in sorted((ref / "layouts").glob("*.csv")):
            self._load_layouts(path)

    # -- loading -------------------------------------------------------------

    def _optional_table(self, path: Path, required: Tuple[str, ...]) -> List[Row]:
        return read_csv(path, self.root, required) if path.exists() else []

    def _load_aliases(self, path: Path) -> List[Row]:
        """references/aliases.csv: other names of hvref's entities (README.md,
        "aliases.csv"). Whether each `name` is defined is checked by
        tests/tools/check_catalogue.py, which reads the headers."""
        rows = self._optional_table(path, ("name", "alias", "kind", "source"))
        for row in rows:
            if row["kind"] not in ALIAS_KINDS:
                raise CatalogueError(f"{row.where}: kind '{row['kind']}' is not one of "
                                     f"{', '.join(ALIAS_KINDS)}")
            for column in ("name", "alias", "source"):
                if not row[column]:
                    raise CatalogueError(f"{row.where}: column '{column}' is empty")
        return rows

    def _load_sections(self, path: Path) -> None:
        for row in read_csv(path, self.root, ("edition", "section", "heading", "page", "numbered")):
            if row["edition"] not in EDITIONS:
                raise CatalogueError(f"{row.where}: edition '{row['edition']}' is not one of "
                                     f"{', '.join(EDITIONS)}")
            if row["numbered"] not in ("yes", "no"):
                raise CatalogueError(f"{row.where}: column 'numbered' must be yes or no")
            numbered = row["numbered"] == "yes"
            section = Section(row["edition"], row["section"], row["heading"],
                              _int(row, "page"), numbered, row.where)
            keys = [(section.edition, section.section, section.heading)]
            if numbered:
                keys.append((section.edition, section.section, ""))
            for key in keys:
                # A repeated key cannot be cited unambiguously: keep the
                # first and let a citation of it resolve there.
                self.sections.setdefault(key, section)

    def _check_call(self, row: Row) -> None:
        if not HEX_CODE.fullmatch(row["code"]):
            raise CatalogueError(f"{row.where}: code '{row['code']}' must be 0x and four "
                                 "upper-case hex digits")
        if not re.fullmatch(r"Hv(Ext)?Call\w+", row["name"]):
            raise CatalogueError(f"{row.where}: name '{row['name']}' is not HvCall<Name> "
                                 "or HvExtCall<Name>")
        if row["class"] not in ("hypercall", "extended"):
            raise CatalogueError(f"{row.where}: class must be hypercall or extended")
        if row["kind"] not in ("", "simple", "rep"):
            raise CatalogueError(f"{row.where}: kind '{row['kind']}' must be simple, rep or empty")
        code = int(row["code"], 16)
        for index, key in ((self.calls_by_name, row["name"]), (self.calls_by_code, code)):
            if key in index:
                raise CatalogueError(f"{row.where}: {key!r} already listed at {index[key].where}")
            index[key] = row

    def _load_layouts(self, path: Path) -> None:
        rows = read_csv(path, self.root,
                        ("type", "member", "offset", "size", "bit", "width", "source"))
        has_reserved = _has_column(path, "reserved")
        if not has_reserved:
            self.layouts_without_reserved.append(_rel(path, self.root))
        for row in rows:
            name = row["type"]
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                raise CatalogueError(f"{row.where}: type '{name}' is not a TLFS type name")
            if has_reserved:
                _check_reserved(row)
            if not row["member"]:
                if name in self.layouts:
                    raise CatalogueError(f"{row.where}: type {name} already has its size row at "
                                         f"{self.layouts[name].where}")
                self.layouts[name] = TypeLayout(name, _int(row, "size"), row["source"], row.where)
                continue
            layout = self.layouts.get(name)
            if layout is None:
                raise CatalogueError(f"{row.where}: member row for {name} comes before its size "
                                     "row (a row with an empty member)")
            bit = _int(row, "bit", optional=True)
            member = Member(row["member"], _int(row, "offset", optional=bit is not None),
                            _int(row, "size", optional=bit is not None), bit,
                            _int(row, "width", optional=bit is None), row["source"], row.where,
                            row["reserved"])
            if member.is_bitfield and member.width is None:
                raise CatalogueError(f"{row.where}: bit-field {name}.{member.name} has a bit "
                                     "but no width")
            layout.members.append(member)

    # -- references ----------------------------------------------------------

    def section(self, edition: str, target: str, where: str = "") -> Section:
        """Resolves ``3.7`` or ``3.7,Heading`` (``3.7|Heading`` in tables)."""
        parts = re.split(r"\s*[,|]\s*", target.strip(), maxsplit=1)
        number = parts[0]
        heading = parts[1] if len(parts) > 1 else ""
        found = self.sections.get((edition, number, heading))
        if found is None:
            near = sorted(f"{s}{', ' + h if h else ''}" for (e, s, h) in self.sections
                          if e == edition and s == number and h)[:6]
            hint = f"; headings under §{number}: {'; '.join(near)}" if near else ""
            raise CatalogueError(f"{where}: TLFS {edition} has no section '{target}' in "
                                 f"references/tlfs-sections.csv{hint}")
        return found

    def online_url(self, target: str, where: str = "") -> Tuple[str, str]:
        """URL and title of ``path`` or ``path#anchor`` on the online TLFS."""
        path, _, anchor = target.strip().partition("#")
        row = self.online.get(path)
        if row is None:
            raise CatalogueError(f"{where}: no online TLFS page '{path}' in "
                                 "references/tlfs-online-pages.csv")
        if anchor and anchor not in self.online_anchors[path]:
            raise CatalogueError(f"{where}: online TLFS page '{path}' has no anchor "
                                 f"'{anchor}' (see its anchors column)")
        url = ONLINE_BASE + path.lower() + (f"#{anchor}" if anchor else "")
        return url, row["title"]

    def wdk_url(self, entity: str, where: str = "") -> str:
        row = self.wdk.get(entity.strip())
        if row is None:
            raise CatalogueError(f"{where}: no 2013 WDK page for '{entity}' in "
                                 "references/wdk-2013-pages.csv")
        return row["archive_url"]

    def call(self, name: str, where: str = "") -> Row:
        row = self.calls_by_name.get(name.strip())
        if row is None:
            raise CatalogueError(f"{where}: no call '{name}' in references/hypercalls.csv")
        return row

    def call_references(self, row: Row) -> List[Tuple[str, str]]:
        """(label, url) of every spec reference the catalogue has for a call."""
        refs = []
        if row["online_page"]:
            url, title = self.online_url(row["online_page"], str(row.where))
            refs.append((f"TLFS online, {title}", url))
        for edition, column in (("6.0b", "tlfs60b"), ("2.0", "tlfs20")):
            if row[column]:
                section = self.section(edition, row[column], str(row.where))
                refs.append((section.label, section.url))
        if row["wdk2013"]:
            refs.append((f"WDK 2013, {row['wdk2013']}", self.wdk_url(row["wdk2013"], str(row.where))))
        return refs

    def is_documented(self, row: Row) -> bool:
        return any(row[c] for c in ("online_page", "tlfs60b", "tlfs20", "wdk2013"))


# -- the errata register (references/errata.csv) ----------------------------
#
# Where the TLFS gives one type name two layouts, one per architecture (the
# online pages' "x64 Layout" and "ARM64 Layout" tables), hvref defines both
# as HV_X64_<rest> and HV_ARM64_<rest> (HV_X64_INPUT_START_VIRTUAL_PROCESSOR)
# and the TLFS name as the target's. A parameter table's anchor names its
# architecture: #x64-layout, #amd64-layout-..., #arm64-layout.
ARCHITECTURES = (("x64", "X64"), ("ARM64", "ARM64"))
ARCH_ANCHOR = re.compile(r"#(x64|amd64|arm64)-layout")
_ANCHOR_ARCH = {"x64": "x64", "amd64": "x64", "arm64": "ARM64"}


def arch_variant(type_name: str, arch: str) -> str:
    """HV_X64_INPUT_X for (HV_INPUT_X, "x64"); "" for a name without HV_."""
    prefix = dict(ARCHITECTURES)[arch]
    return f"HV_{prefix}_{type_name[3:]}" if type_name.startswith("HV_") else ""


def anchor_arch(source: str) -> str:
    """The architecture a parameters.csv source's anchor names, else ""."""
    m = ARCH_ANCHOR.search(source)
    return _ANCHOR_ARCH[m.group(1)] if m else ""


# One disputed fact per id, one line per source (references/README.md,
# "errata.csv"). Kept apart from Catalogue.__init__'s other tables: it is
# loaded on first use of Catalogue.errata.

ERRATA_KINDS = ("value", "code", "size", "offset", "bits", "name", "presence")
# Headings of the kinds, in the errata page's order.
ERRATA_KIND_TITLES = {"value": "Values", "code": "Call codes", "size": "Sizes",
                      "offset": "Offsets", "bits": "Bit ranges", "name": "Names",
                      "presence": "Presence"}
# Other public projects a citation may name, and where their files are read.
ERRATA_PROJECTS = {
    "linux": "https://github.com/torvalds/linux/blob/master/",
    "openvmm": "https://github.com/microsoft/openvmm/blob/main/",
    "mu_msvm": "https://github.com/microsoft/mu_msvm/blob/main/",
    "mshv": "https://github.com/rust-vmm/mshv/blob/main/",
}
ERRATA_SOURCE_TITLES = {"online": "TLFS online", "6.0b": "TLFS 6.0b", "2.0": "TLFS 2.0",
                        "wdk2013": "WDK 2013", "linux": "Linux", "openvmm": "OpenVMM",
                        "mu_msvm": "Project Mu mu_msvm", "mshv": "rust-vmm mshv"}
_ERRATA_ID = re.compile(r"E\d{3}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?")
_NUMBER = re.compile(r"0x[0-9A-Fa-f]+|\d+")
_BITS = re.compile(r"(\d+)(?::(\d+))?")


@dataclass
class ErratumSource:
    value: str          # what this source says, in the kind's form
    citation: str       # online:<path>[#anchor], 6.0b:<key>, 2.0:<key>, wdk2013:<entity>, linux:<path>, ...
    where: Where

    @property
    def source(self) -> str:
        return self.citation.partition(":")[0]


@dataclass
class Erratum:
    id: str             # E001 ...
    kind: str           # one of ERRATA_KINDS
    entities: List[str] # the first is the entity the row is about; the others share the fact
    field: str          # member, bit-field or aspect disputed; empty for the entity itself
    hvref: str          # what hvref defines, in the kind's form
    why: str
    where: Where
    sources: List[ErratumSource] = field(default_factory=list)

    @property
    def entity(self) -> str:
        return self.entities[0]


def errata_value_problem(kind: str, value: str) -> str:
    """Why `value` is not a value of `kind` (the README's forms), or ''."""
    if value == "none" and kind != "presence":
        return ""               # the source has the entity but gives no value for this
    if kind in ("value", "code"):
        ok, form = _NUMBER.fullmatch(value), "a number (0x0013, 16) or none"
    elif kind in ("size", "offset"):
        ok, form = re.fullmatch(r"\d+", value), "a decimal byte count or none"
    elif kind == "bits":
        m = _BITS.fullmatch(value)
        ok = m and (m.group(2) is None or int(m.group(1)) >= int(m.group(2)))
        form = "a bit N or a range high:low (26:17), or none"
    elif kind == "name":
        ok, form = _NAME.fullmatch(value), "a C name (Type or Type.Member), reserved, or none"
    else:
        ok, form = value in ("yes", "no"), "yes or no"
    return "" if ok else f"'{value}' is not {form}"


def errata_bits(value: str) -> Tuple[int, int]:
    """(low, width) of a bits value 'N' or 'H:L'."""
    m = _BITS.fullmatch(value)
    high = int(m.group(1))
    low = int(m.group(2)) if m.group(2) is not None else high
    return low, high - low + 1


def errata_citation_url(catalogue: "Catalogue", citation: str, where: str = "") -> Tuple[str, str]:
    """(label, url) of an errata citation; raises CatalogueError when it does
    not resolve against the catalogue (or names no known project)."""
    source, sep, target = citation.partition(":")
    if not sep or not target:
        raise CatalogueError(f"{where}: citation '{citation}' is not <source>:<target> "
                             f"(sources: {', '.join(ERRATA_SOURCE_TITLES)})")
    if source == "online":
        url, title = catalogue.online_url(target, where)
        anchor = target.partition("#")[2]
        return f"TLFS online: {title}" + (f", {anchor.replace('-', ' ')}" if anchor else ""), url
    if source in EDITIONS:
        section = catalogue.section(source, target, where)
        return section.label, section.url
    if source == "wdk2013":
        return f"WDK 2013: {target}", catalogue.wdk_url(target, where)
    if source in ERRATA_PROJECTS:
        if not re.fullmatch(r"[\w.+-]+(/[\w.+-]+)*", target):
            raise CatalogueError(f"{where}: citation '{citation}': give the file's path in the "
                                 f"{source} repository")
        return f"{ERRATA_SOURCE_TITLES[source]}: {target}", ERRATA_PROJECTS[source] + target
    raise CatalogueError(f"{where}: citation '{citation}' names no known source; use one of "
                         f"{', '.join(ERRATA_SOURCE_TITLES)}")


def load_errata(path: Path, root: Path) -> List[Erratum]:
    """The rows of references/errata.csv, grouped by id, each checked for form
    (not against the headers: tests/tools/check_errata.py does that)."""
    rows = read_csv(path, root, ("id", "kind", "entity", "field", "hvref", "why", "value",
                                 "citation"))
    errata: List[Erratum] = []
    by_id: Dict[str, Erratum] = {}
    for row in rows:
        ident = row["id"]
        if not _ERRATA_ID.fullmatch(ident):
            raise CatalogueError(f"{row.where}: id '{ident}' is not E and three digits (E001)")
        head = ("kind", "entity", "field", "hvref", "why")
        current = errata[-1] if errata else None
        if current is None or current.id != ident:
            if ident in by_id:
                raise CatalogueError(f"{row.where}: id {ident} already used at "
                                     f"{by_id[ident].where}; keep an id's lines together")
            if current is not None and ident <= current.id:
                raise CatalogueError(f"{row.where}: id {ident} after {current.id}; keep the "
                                     "ids in increasing order")
            if row["kind"] not in ERRATA_KINDS:
                raise CatalogueError(f"{row.where}: kind '{row['kind']}' is not one of "
                                     f"{', '.join(ERRATA_KINDS)}")
            for column in ("entity", "hvref", "why"):
                if not row[column]:
                    raise CatalogueError(f"{row.where}: column '{column}' is empty on the first "
                                         f"line of {ident}; say {column} there")
            entities = row["entity"].split()
            for name in entities:
                if not _NAME.fullmatch(name):
                    raise CatalogueError(f"{row.where}: entity '{name}' is not a C name")
            problem = errata_value_problem(row["kind"], row["hvref"])
            if problem:
                raise CatalogueError(f"{row.where}: column 'hvref' of {ident}: {problem}")
            current = Erratum(ident, row["kind"], entities, row["field"], row["hvref"],
                              row["why"], row.where)
            errata.append(current)
            by_id[ident] = current
        elif any(row[c] for c in head):
            raise CatalogueError(f"{row.where}: {ident} continues at this line: leave "
                                 f"{', '.join(head)} empty (they are given on {current.where})")
        if not row["value"] or not row["citation"]:
            raise CatalogueError(f"{row.where}: {ident} needs a value and a citation on every "
                                 "line (one line per source)")
        problem = errata_value_problem(current.kind, row["value"])
        if problem:
            raise CatalogueError(f"{row.where}: column 'value' of {ident}: {problem}")
        current.sources.append(ErratumSource(row["value"], row["citation"], row.where))
    for erratum in errata:
        if len({s.value for s in erratum.sources} | {erratum.hvref}) < 2:
            raise CatalogueError(f"{erratum.where}: {erratum.id} lists no disagreement: give "
                                 "each source's value on a line of its own")
    return errata


def _errata(self: "Catalogue") -> List[Erratum]:
    if not hasattr(self, "_errata_rows"):
        path = self.root / "references" / "errata.csv"
        self._errata_rows = load_errata(path, self.root) if path.exists() else []
    return self._errata_rows


Catalogue.errata = property(_errata)   # type: ignore[attr-defined]


def load(root: Path) -> Catalogue:
    return Catalogue(Path(root))
