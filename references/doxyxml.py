"""hvref's one reader of Doxygen's XML.

For each documented structure, union, typedef, macro, enumeration and
enumerator: its kind, brief description (plain text), header and line; for
structures and unions, each field's name, declared type, array bounds,
bit-field width, line and brief. The entity model (model.py) and the layout
probe's generator (docs/_ext/hvref/layout_probe.py) both read the XML
through ``read``; Breathe renders the full documentation from the same files.

Doxygen lists each anonymous struct inside a union twice: its members are
flattened into the union (as C names them, ``v.CallCode``), and it also
appears as a member named ``@57`` (Doxygen 1.9.4) or with no name (1.9.8).
Those anonymous members are skipped, as are ``__padN__``, Doxygen's name for
an unnamed bit-field, which C cannot name either.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional


@dataclass
class Field:
    name: str
    type: str           # the declared type as written (UINT64, HV_VP_SET)
    array: str          # the array bounds as written ("[4]"), or ""
    width: int          # the declared bit-field width, 0 for a plain member
    line: int
    brief: str


@dataclass
class Entity:
    name: str
    kind: str           # Doxygen's: struct, union, file, define, typedef, enum, enumvalue, ...
    brief: str
    header: str         # hvref/x.h, as Doxygen's <location> gives it
    line: int
    fields: List[Field] = field(default_factory=list)
    parent: str = ""    # the enumeration an enumerator belongs to

    @property
    def members(self) -> Dict[str, str]:
        """Each field's brief, by field name."""
        return {f.name: f.brief for f in self.fields}


@dataclass
class Xml:
    entities: Dict[str, Entity]
    files_by_header: Dict[str, List[Path]]
    """The XML files each header's documentation comes from: a header's
    reference page depends on exactly these (docs/_ext/hvref/__init__.py)."""


def _text(element) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _location(element) -> tuple:
    loc = element.find("location")
    if loc is None:
        return "", 0
    return loc.get("file", ""), int(loc.get("line", "0") or 0)


def _anonymous(name: str) -> bool:
    return not name or name.startswith("@") or re.fullmatch(r"__pad\d+__", name) is not None


def _read_file(data: bytes, kind: str) -> list:
    """What one compound's XML contributes, as the steps read() replays in
    file order: ("file", header) for each definition's header, ("set",
    Entity) for a structure or union, ("first", Entity) for a member of a
    file (the first definition of a name wins)."""
    steps: list = []
    for definition in ET.fromstring(data).iter("compounddef"):
        steps.append(("file", _location(definition)[0]))
        if kind in ("struct", "union"):
            name = _text(definition.find("compoundname"))
            if "::" in name or name.startswith("@"):
                continue          # a nested anonymous type: its fields are its parent's
            header, line = _location(definition)
            entity = Entity(name, kind, _text(definition.find("briefdescription")),
                            header, line)
            for member in definition.iter("memberdef"):
                member_name = _text(member.find("name"))
                if member.get("kind") != "variable" or _anonymous(member_name):
                    continue
                bits = _text(member.find("bitfield"))
                # A trailing /**< */ comment lands in the detailed description.
                entity.fields.append(Field(
                    member_name, _text(member.find("type")), _text(member.find("argsstring")),
                    int(bits) if bits else 0, _location(member)[1],
                    _text(member.find("briefdescription"))
                    or _text(member.find("detaileddescription"))))
            steps.append(("set", entity))
        else:
            for member in definition.iter("memberdef"):
                header, line = _location(member)
                name = _text(member.find("name"))
                steps.append(("first", Entity(
                    name, member.get("kind", ""), _text(member.find("briefdescription")),
                    header, line)))
                for value in member.iter("enumvalue"):
                    value_name = _text(value.find("name"))
                    steps.append(("first", Entity(
                        value_name, "enumvalue", _text(value.find("briefdescription")),
                        header, line, parent=name)))
    return steps


def read(xml_dir: Path, cache: Optional[Path] = None) -> Xml:
    """Entities by name; none when the XML is not there yet.

    With `cache` (a pickle), a file (the index too) whose bytes are those of
    the last read (by digest) is not parsed again, so a comment edit parses
    the one or two files it changed; keyed by content rather than time, the
    cache also serves Doxygen's own XML, which Doxygen rewrites on every run.
    The cache is keyed on this module's code as well."""
    xml = Xml({}, {})
    index = Path(xml_dir) / "index.xml"
    if not index.exists():
        return xml
    code = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()
    known: dict = {}
    if cache is not None:
        try:
            with open(cache, "rb") as f:
                stored = pickle.load(f)
            if stored.get("code") == code:
                known = stored["files"]
        except Exception:       # noqa: BLE001 - no cache, or an unusable one:
            known = {}          # everything is parsed, as on a first build
    seen: dict = {}

    def parsed(path: Path, parse):
        data = path.read_bytes()
        key = hashlib.sha1(data).hexdigest()
        entry = known.get(path.name)
        value = entry[1] if entry is not None and entry[0] == key else parse(data)
        seen[path.name] = (key, value)
        return value

    compounds = parsed(index, lambda data: [(c.get("refid"), c.get("kind"))
                                            for c in ET.fromstring(data).findall("compound")])
    for refid, kind in compounds:
        path = Path(xml_dir) / f"{refid}.xml"
        if kind not in ("struct", "union", "file") or not path.exists():
            continue
        for step, value in parsed(path, lambda data: _read_file(data, kind)):
            if step == "file":
                xml.files_by_header.setdefault(value, []).append(path)
            elif step == "set":
                xml.entities[value.name] = value
            else:
                xml.entities.setdefault(value.name, value)
    if cache is not None and seen != known:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with open(cache, "wb") as f:
            pickle.dump({"code": code, "files": seen}, f, pickle.HIGHEST_PROTOCOL)
    return xml
