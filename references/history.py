"""Edition history: in which of TLFS 2.0, the 2013 WDK pages, TLFS 6.0b and
the online TLFS each entity hvref defines appears, and what changed between
them.

Nothing here is typed twice (references/README.md, "history.csv"):

* **presence** comes from what the catalogue already says: a call's
  `attested` and per-edition columns (hypercalls.csv), the per-edition
  columns of status-codes.csv, msrs.csv and cpuid-leaves.csv, and the
  editions each definition's comment cites (``\\tlfs20``, ``\\wdk2013``,
  ``\\tlfs60b``, ``\\tlfsonline``). An enumerator without citations has its
  enumeration's editions, a mask or shift macro its bit-field's type's;
* **facts that differ** come from the errata register (errata.csv) where its
  sources are editions, and from history.csv for differences that are no
  disagreement to correct (a structure that grew, bits added since 2.0). A
  fact (entity, member, kind, edition) has one home: check() fails one that
  both tables give.

Standard library only; used by tests/tools/check_history.py and the site's
extension (docs/_ext/hvref/history.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import catalogue as cat

# The editions, oldest first, as errata and history citations name them.
EDITIONS = ("2.0", "wdk2013", "6.0b", "online")
TITLES = {"2.0": "TLFS 2.0", "wdk2013": "WDK 2013", "6.0b": "TLFS 6.0b",
          "online": "TLFS online"}
SHORT = {"2.0": "2.0", "wdk2013": "WDK 2013", "6.0b": "6.0b", "online": "online"}
# The pairs the site compares (old, new, whether "removed" is meaningful): the
# WDK's pages document a part of the interface only, so what they lack is no
# removal.
PAIRS = (("2.0", "6.0b", True), ("6.0b", "online", True), ("2.0", "wdk2013", False))

# A header's citation command -> edition.
CITATION_EDITION = {"tlfs20": "2.0", "wdk2013": "wdk2013", "tlfs60b": "6.0b",
                    "tlfsonline": "online"}
# hypercalls.csv `attested` token -> edition.
ATTESTED_EDITION = {"tlfs-2.0": "2.0", "wdk-2013": "wdk2013", "tlfs-6.0b": "6.0b",
                    "tlfs-6.0b-appendix-a": "6.0b", "tlfs-online": "online"}
CALL_COLUMNS = {"2.0": "tlfs20", "wdk2013": "wdk2013", "6.0b": "tlfs60b",
                "online": "online_page"}
TABLE_COLUMNS = {"2.0": "tlfs20", "wdk2013": "wdk2013", "6.0b": "tlfs60b", "online": "online"}

HISTORY_COLUMNS = ("entity", "member", "kind", "value", "citation")
CHANGE_WORDS = {"size": "size", "offset": "offset", "bits": "bits", "name": "name",
                "value": "value", "code": "call code", "presence": "present"}
# A value of these kinds given as 'none' means the member is not there.
MEMBER_KINDS = ("size", "offset", "bits")


@dataclass
class Claim:
    edition: str
    value: str
    citation: str
    origin: str         # E012, or references/history.csv:7


@dataclass
class Fact:
    """One fact of an entity that differs between editions: a member's bits,
    the size, a name, a value, or (presence) whether an edition has it."""
    entity: str
    member: str         # member, bit range or call the fact is about; '' = the entity
    kind: str           # one of catalogue.ERRATA_KINDS
    claims: List[Claim] = field(default_factory=list)

    def by_edition(self) -> Dict[str, List[str]]:
        out: Dict[str, List[str]] = {}
        for c in self.claims:
            if c.value not in out.setdefault(c.edition, []):
                out[c.edition].append(c.value)
        return out

    @property
    def origins(self) -> List[str]:
        return list(dict.fromkeys(c.origin for c in self.claims))

    @property
    def errata(self) -> List[str]:
        return [o for o in self.origins if re.fullmatch(r"E\d{3}", o)]

    def differs(self) -> bool:
        """Whether two editions give it different values."""
        values = self.by_edition()
        seen = {v for vs in values.values() for v in vs if self._counts(v)}
        return len(seen) > 1

    def _counts(self, value: str) -> bool:
        return not (value == "none" and self.kind in ("value", "code"))


@dataclass
class Change:
    kind: str           # added, removed, changed
    entity: str
    text: str           # what changed, in words (no markup)
    origins: List[str] = field(default_factory=list)


@dataclass
class Record:
    """What the editions say about one entity."""
    name: str
    kind: str           # call, status, msr, cpuid, type, enumerator, macro
    editions: Dict[str, str]    # edition -> how hvref knows ("cited", "catalogue", ...)
    facts: List[Fact] = field(default_factory=list)
    inherited: str = ""         # the entity whose editions this one takes

    @property
    def known(self) -> bool:
        return bool(self.editions)

    @property
    def everywhere(self) -> bool:
        return all(e in self.editions for e in EDITIONS)

    def summary(self) -> str:
        """'2.0, 6.0b, online; not in WDK 2013' or ''."""
        if not self.editions:
            return ""
        have = [SHORT[e] for e in EDITIONS if e in self.editions]
        lack = [SHORT[e] for e in EDITIONS if e not in self.editions]
        return ", ".join(have) + ("; not in " + ", ".join(lack) if lack else "")


def describe(fact: Fact, old: str, new: str) -> Optional[Tuple[str, str]]:
    """(change kind, words) for a fact between two editions, or None when
    they agree or one of them says nothing."""
    values = fact.by_edition()
    a, b = values.get(old), values.get(new)
    if not a or not b or set(a) == set(b):
        return None
    if fact.kind in ("value", "code") and ("none" in a or "none" in b):
        return None
    subject = fact.member or fact.entity.split()[0]
    if fact.kind == "presence":
        if fact.member and not re.fullmatch(r"Hv(Ext)?Call\w+", fact.member):
            what = f"member {fact.member}"
        elif fact.member:
            what = f"{fact.entity.replace(' ', ', ')} listed as a status of {fact.member}"
        else:
            what = fact.entity
        if "yes" in b and "yes" not in a:
            return "added", what
        return "removed", what
    if fact.kind in MEMBER_KINDS and fact.member and ("none" in a) != ("none" in b):
        where = " / ".join(v for v in (b if "none" in a else a) if v != "none")
        word = {"bits": "bits", "offset": "offset", "size": "size"}[fact.kind]
        if "none" in a:
            return "added", f"member {fact.member} ({word} {where})"
        return "removed", f"member {fact.member} ({word} {where})"
    verb = {"name": "renamed", "size": "resized", "bits": "bits changed",
            "offset": "moved", "value": "value changed", "code": "code changed"}[fact.kind]
    return "changed", (f"{subject}: {verb}, {' / '.join(a)} in {SHORT[old]}, "
                       f"{' / '.join(b)} in {SHORT[new]}")


def values_text(fact: Fact, values: Optional[Dict[str, List[str]]] = None) -> str:
    """'VariableHeaderSize bits: 2.0 none, 6.0b 25:17, online 26:17' (no markup)."""
    values = values if values is not None else fact.by_edition()
    parts = [f"{SHORT[e]} {' / '.join(values[e])}" for e in EDITIONS if e in values]
    if fact.kind == "presence":
        if fact.member and re.fullmatch(r"Hv(Ext)?Call\w+", fact.member):
            subject = f"{fact.entity.replace(' ', ', ')} as a status of {fact.member}"
        else:
            subject = f"member {fact.member}" if fact.member else fact.entity.split()[0]
        have = [SHORT[e] for e in EDITIONS if "yes" in values.get(e, [])]
        lack = [SHORT[e] for e in EDITIONS if e in values and "yes" not in values[e]]
        return (f"{subject}: listed in {', '.join(have) or 'none'}"
                + (f"; not in {', '.join(lack)}" if lack else ""))
    subject = fact.member or fact.entity.split()[0]
    return f"{subject} {CHANGE_WORDS[fact.kind]}: " + ", ".join(parts)


class History:
    """Every entity's record, built from the catalogue, the headers' own
    text (sources.py) and history.csv."""

    def __init__(self, catalogue: cat.Catalogue, sources, rows: Optional[List[cat.Row]] = None):
        self.catalogue = catalogue
        self.sources = sources
        self.rows = rows if rows is not None else load_rows(catalogue.root)
        self.records: Dict[str, Record] = {}
        self.parents = _enum_parents(sources)
        self.bitfield_types = _bitfield_owners(catalogue, sources)
        self.table_rows = {r["name"]: (r, what) for table, what in
                           ((catalogue.status_codes, "status"), (catalogue.msrs, "msr"))
                           for r in table}
        self.aliases: Dict[str, List[cat.Row]] = {}
        for row in getattr(catalogue, "aliases", []):
            if row["kind"] != "term":
                self.aliases.setdefault(row["name"], []).append(row)
        self._build()

    # -- presence ------------------------------------------------------------

    def _editions_of(self, name: str) -> Tuple[str, Dict[str, str], str]:
        """(kind, editions, inherited-from) of a name hvref defines."""
        cat_ = self.catalogue
        editions: Dict[str, str] = {}
        kind = ""
        row = cat_.calls_by_name.get(name)
        if row is not None:
            kind = "call"
            for token in row["attested"].split():
                edition = ATTESTED_EDITION.get(token)
                if edition:
                    editions.setdefault(edition, "listed")
            for edition, column in CALL_COLUMNS.items():
                if row[column]:
                    editions[edition] = "documented"
            return kind, editions, ""
        r = self.table_rows.get(name)
        if r is not None:
            kind = r[1]
            for edition, column in TABLE_COLUMNS.items():
                if r[0][column] == "yes":
                    editions[edition] = "listed"
        d = self.sources.definitions.get(name)
        if d is not None and d.kind == "enumerator" and name.startswith("HvCpuIdFunction"):
            for r in cat_.cpuid_leaves:
                if _int(r["leaf"]) == _int(d.value):
                    kind = "cpuid"
                    for edition, column in TABLE_COLUMNS.items():
                        if r[column]:
                            editions[edition] = "listed"
        if d is not None:
            kind = kind or {"type": "type"}.get(d.kind, d.kind)
            for ref in d.references:
                edition = CITATION_EDITION.get(ref.alias)
                if edition:
                    editions[edition] = "cited"
                elif ref.alias == "hvcallrefs":
                    call = cat_.calls_by_name.get(ref.target.strip())
                    if call is not None:
                        for edition, column in CALL_COLUMNS.items():
                            if call[column]:
                                editions.setdefault(edition, "cited")
        inherited = ""
        if not editions and d is not None:
            parent = self.parents.get(name) or self.bitfield_types.get(name, ("",))[0]
            if parent:
                _, editions, _ = self._editions_of(parent)
                editions = dict(editions)
                inherited = parent
        return kind, editions, inherited

    def _build(self) -> None:
        names = list(self.sources.definitions)
        names += [r["name"] for r in self.catalogue.hypercalls if r["name"] not in
                  self.sources.definitions]
        for name in names:
            kind, editions, inherited = self._editions_of(name)
            self.records[name] = Record(name, kind, editions, inherited=inherited)
        for fact in self.facts():
            for name in fact.entity.split():
                record = self.records.get(name)
                if record is not None:
                    record.facts.append(fact)
            # A call's statuses are facts of the call too.
            if fact.kind == "presence" and fact.member in self.records \
                    and self.records[fact.member].kind == "call":
                self.records[fact.member].facts.append(fact)
        # A mask or shift macro of a member whose presence differs has the
        # member's editions.
        for name, (type_name, member) in self.bitfield_types.items():
            record, owner = self.records.get(name), self.records.get(type_name)
            if record is None or owner is None or record.inherited != type_name or not member:
                continue
            for fact in owner.facts:
                if fact.kind == "presence" and fact.member == member:
                    values = self.member_presence(owner, fact)
                    record.editions = {e: "member" for e, v in values.items() if "yes" in v}
                    record.inherited = f"{type_name}.{member}"
        # A fact about the whole entity's presence overrides what the
        # catalogue says for the editions it names.
        for record in self.records.values():
            for fact in record.facts:
                if fact.kind == "presence" and not fact.member:
                    for edition, values in fact.by_edition().items():
                        if "yes" in values:
                            record.editions.setdefault(edition, "fact")
                        else:
                            record.editions.pop(edition, None)

    # -- facts ---------------------------------------------------------------

    def facts(self) -> List[Fact]:
        """Errata rows whose sources are editions, merged with history.csv,
        one Fact per (entity, member, kind)."""
        merged: Dict[Tuple[str, str, str], Fact] = {}
        for e in self.catalogue.errata:
            claims = [Claim(s.source, s.value, s.citation, e.id) for s in e.sources
                      if s.source in EDITIONS]
            if not claims:
                continue
            key = (" ".join(e.entities), e.field, e.kind)
            fact = merged.setdefault(key, Fact(key[0], e.field, e.kind))
            fact.claims += claims
        for row in self.rows:
            key = (row["entity"], row["member"], row["kind"])
            fact = merged.get(key)
            if fact is None:
                # The same entity and member in an erratum naming several entities.
                fact = next((f for (ents, member, kind), f in merged.items()
                             if row["entity"] in ents.split() and member == row["member"]
                             and kind == row["kind"]), None)
            if fact is None:
                fact = merged.setdefault(key, Fact(*key))
            fact.claims.append(Claim(row["citation"].partition(":")[0], row["value"],
                                     row["citation"], str(row.where)))
        out = [f for f in merged.values() if f.differs() or f.kind == "presence"]
        return out

    def member_presence(self, record: Record, fact: Fact) -> Dict[str, List[str]]:
        """A member presence fact with the entity's editions filled in for
        editions the fact does not name."""
        values = fact.by_edition()
        if fact.kind == "presence" and fact.member:
            for edition in record.editions:
                values.setdefault(edition, ["yes"])
        return values

    # -- changes between two editions -----------------------------------------

    def owner(self, fact: Fact) -> str:
        """The entity a fact is listed under: the call for a call's statuses,
        else the first entity it names."""
        if fact.kind == "presence" and fact.member in self.records \
                and self.records[fact.member].kind == "call":
            return fact.member
        return fact.entity.split()[0]

    def owned(self, record: Record) -> List[Fact]:
        return [f for f in record.facts if self.owner(f) == record.name]

    def changes(self, old: str, new: str) -> List[Change]:
        out: List[Change] = []
        for name, record in self.records.items():
            if not record.known:
                continue
            a, b = old in record.editions, new in record.editions
            if b and not a:
                out.append(Change("added", name, name))
            elif a and not b:
                out.append(Change("removed", name, name))
            if not (a and b):
                continue
            for fact in self.owned(record):
                if fact.kind == "presence" and not fact.member:
                    continue            # already in record.editions
                probe = fact
                if fact.kind == "presence" and fact.member and fact.member != name:
                    values = self.member_presence(record, fact)
                    probe = Fact(fact.entity, fact.member, fact.kind,
                                 [Claim(e, v, "", "") for e, vs in values.items() for v in vs])
                said = describe(probe, old, new)
                if said:
                    out.append(Change(said[0], name, said[1], fact.origins))
        return out

    def record(self, name: str) -> Optional[Record]:
        return self.records.get(name)


def _int(text: str) -> Optional[int]:
    m = re.match(r"(0x[0-9A-Fa-f]+|\d+)", text or "")
    return int(m.group(1), 0) if m else None


def _enum_parents(sources) -> Dict[str, str]:
    """Each enumerator's enumeration: the first type defined after it in its
    header (``typedef enum _X { ... } X;``)."""
    by_path: Dict[str, List] = {}
    for d in sources.definitions.values():
        by_path.setdefault(d.path, []).append(d)
    parents: Dict[str, str] = {}
    for defs in by_path.values():
        defs.sort(key=lambda d: d.line)
        pending: List[str] = []
        for d in defs:
            if d.kind == "enumerator":
                pending.append(d.name)
            elif d.kind == "type":
                for name in pending:
                    parents[name] = d.name
                pending = []
    return parents


def _squash(name: str) -> str:
    return name.replace("_", "").upper()


FIELD_IN_COMMENT = re.compile(r"\b([A-Z][A-Z0-9_]*)(?:::|\.)([A-Za-z]\w*)")


def _bitfield_owners(catalogue: cat.Catalogue, sources) -> Dict[str, Tuple[str, str]]:
    """The type of each mask or shift macro's bit-field: the macro is named
    <TYPE>_<FIELD>[_MASK|_SHIFT] or its one-line comment names TYPE::Field."""
    owners: Dict[str, Tuple[str, str]] = {}
    fields = {name: {_squash(m.name): m.name for m in layout.members}
              for name, layout in catalogue.layouts.items()}
    texts: Dict[str, List[str]] = {}
    for d in sources.definitions.values():
        if d.kind != "macro" or d.references:
            continue
        stem = re.sub(r"_(SHIFT|MASK)$", "", d.name)
        # Each split of the name at an underscore: TYPE _ FIELD (the longest TYPE wins).
        for cut in (i for i, c in enumerate(stem) if c == "_"):
            members = fields.get(stem[:cut])
            if members is not None and _squash(stem[cut + 1:]) in members:
                owners[d.name] = (stem[:cut], members[_squash(stem[cut + 1:])])
        if d.name in owners:
            continue
        if d.path not in texts:
            texts[d.path] = (Path(catalogue.root) / d.path).read_text(encoding="utf-8").splitlines()
        above = texts[d.path][d.line - 2] if d.line >= 2 else ""
        for type_name, member in FIELD_IN_COMMENT.findall(above):
            if type_name in fields:
                owners[d.name] = (type_name, fields[type_name].get(_squash(member), ""))
                break
    return owners


# -- references/history.csv ----------------------------------------------------

def load_rows(root: Path) -> List[cat.Row]:
    """The rows of references/history.csv, checked for form: a kind of
    errata.csv, a value in the kind's form, a citation of an edition."""
    path = Path(root) / "references" / "history.csv"
    if not path.exists():
        return []
    rows = cat.read_csv(path, Path(root), HISTORY_COLUMNS)
    for row in rows:
        for column in ("entity", "kind", "value", "citation"):
            if not row[column]:
                raise cat.CatalogueError(f"{row.where}: column '{column}' is empty; "
                                         "see references/README.md, history.csv")
        if row["kind"] not in cat.ERRATA_KINDS:
            raise cat.CatalogueError(f"{row.where}: kind '{row['kind']}' is not one of "
                                     f"{', '.join(cat.ERRATA_KINDS)}")
        problem = cat.errata_value_problem(row["kind"], row["value"])
        if problem:
            raise cat.CatalogueError(f"{row.where}: column 'value': {problem}")
        source = row["citation"].partition(":")[0]
        if source not in EDITIONS:
            raise cat.CatalogueError(f"{row.where}: citation '{row['citation']}' is not an "
                                     f"edition's; cite one of {', '.join(EDITIONS)} "
                                     "(other projects' values belong in errata.csv)")
    return rows


def check(catalogue: cat.Catalogue, sources, rows: Optional[List[cat.Row]] = None) -> List[str]:
    """Every problem of history.csv, each with its file:line and what to do."""
    problems: List[str] = []
    try:
        rows = rows if rows is not None else load_rows(catalogue.root)
    except cat.CatalogueError as error:
        return [str(error)]
    defs = sources.definitions
    errata_keys: Dict[Tuple[str, str, str, str], str] = {}
    for e in catalogue.errata:
        for s in e.sources:
            for name in e.entities:
                errata_keys.setdefault((name, e.field, e.kind, s.source), f"{e.id} ({s.where})")
    seen: Dict[Tuple[str, str, str, str], str] = {}
    groups: Dict[Tuple[str, str, str], List[cat.Row]] = {}
    for row in rows:
        name, member, kind = row["entity"], row["member"], row["kind"]
        edition = row["citation"].partition(":")[0]
        where = str(row.where)
        if name not in defs and name not in catalogue.calls_by_name:
            problems.append(f"{where}: {name} is not defined in include/hvref/ nor a call of "
                            "references/hypercalls.csv; history is kept for what hvref defines")
            continue
        layout = catalogue.layouts.get(name)
        if member and kind in ("size", "offset", "bits", "presence") and not (
                re.fullmatch(r"Hv(Ext)?Call\w+", member)):
            if layout is None or not any(m.name == member for m in layout.members):
                problems.append(f"{where}: {name} has no member '{member}' in "
                                "references/layouts/; name a member as the layout spells it")
        try:
            cat.errata_citation_url(catalogue, row["citation"], where)
        except cat.CatalogueError as error:
            problems.append(f"{error}; use a key of the catalogue's tables "
                            "(references/README.md, errata.csv citations)")
        key = (name, member, kind, edition)
        if key in seen:
            problems.append(f"{where}: {name} {member} {kind} in {edition} is already given at "
                            f"{seen[key]}; one row per fact and edition")
        seen[key] = where
        if key in errata_keys:
            problems.append(f"{where}: {name} {member} {kind} in {edition} is already in "
                            f"references/errata.csv, {errata_keys[key]}; a fact has one home: "
                            "delete this row (the history view reads the erratum)")
        groups.setdefault((name, member, kind), []).append(row)
    for (name, member, kind), group in groups.items():
        values = {r["value"] for r in group}
        if kind == "presence":
            if member:
                continue            # other editions: the entity's own presence
            if len(values) < 2 and len(group) == 1 and values == {"yes"}:
                problems.append(f"{group[0].where}: {name}: a presence row of 'yes' alone says "
                                "nothing the catalogue does not; record where it is absent")
            continue
        if len(values) < 2:
            problems.append(f"{group[0].where}: {name} {member} {kind}: every row gives "
                            f"{values.pop()}; record the editions that differ (two values at "
                            "least)")
    return problems


def load(root: Path, catalogue: Optional[cat.Catalogue] = None, sources=None) -> History:
    import sources as src
    root = Path(root)
    catalogue = catalogue or cat.load(root)
    sources = sources or src.scan(root)
    return History(catalogue, sources)


def aliases_of(catalogue: cat.Catalogue, name: str) -> List[cat.Row]:
    """The other names of an entity (aliases.csv), every kind but `term`."""
    return [r for r in catalogue.aliases if r["name"] == name and r["kind"] != "term"]


def iter_changed(history: History) -> Iterable[Record]:
    """Records whose facts or presence differ between editions."""
    for record in history.records.values():
        if record.facts or (record.known and not record.everywhere):
            yield record
