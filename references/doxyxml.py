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
class Doc:
    """A comment's detailed description, as plain text, in its parts."""
    paragraphs: List[str] = field(default_factory=list)   # the description
    sections: Dict[str, str] = field(default_factory=dict)  # \par Title -> text
    retvals: List[tuple] = field(default_factory=list)    # (status, meaning)
    notes: List[str] = field(default_factory=list)
    see: List[str] = field(default_factory=list)          # names after \see


@dataclass
class Entity:
    name: str
    kind: str           # Doxygen's: struct, union, file, define, typedef, enum, enumvalue, ...
    brief: str
    header: str         # hvref/x.h, as Doxygen's <location> gives it
    line: int
    fields: List[Field] = field(default_factory=list)
    parent: str = ""    # the enumeration an enumerator belongs to
    doc: Doc = field(default_factory=Doc)

    @property
    def members(self) -> Dict[str, str]:
        """Each field's brief, by field name."""
        return {f.name: f.brief for f in self.fields}


@dataclass
class Group:
    """A \\defgroup: its title, brief and the names it holds, in order."""
    name: str
    title: str
    brief: str
    members: List[str] = field(default_factory=list)


@dataclass
class Xml:
    entities: Dict[str, Entity]
    files_by_header: Dict[str, List[Path]]
    """The XML files each header's documentation comes from: a header's
    reference page depends on exactly these (docs/_ext/hvref/__init__.py)."""
    groups: Dict[str, Group] = field(default_factory=dict)


def _text(element) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _location(element) -> tuple:
    loc = element.find("location")
    if loc is None:
        return "", 0
    return loc.get("file", ""), int(loc.get("line", "0") or 0)


# Parts of a description that are not its text: sections, lists of return
# values, and inline rst that Breathe passes to Sphinx (the spec aliases).
_APART = ("simplesect", "parameterlist", "verbatim")


def _plain(element) -> str:
    """An element's text without the parts kept apart, on one line."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _APART:
            parts.append(_plain(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _doc(description) -> Doc:
    doc = Doc()
    if description is None:
        return doc
    for para in description.findall("para"):
        text = _plain(para)
        if text:
            doc.paragraphs.append(text)
        for part in para:
            if part.tag == "simplesect":
                kind = part.get("kind")
                body = " ".join(_plain(p) for p in part.findall("para")).strip()
                if kind == "par":
                    title = _text(part.find("title"))
                    if body:
                        doc.sections[title] = body
                elif kind == "note":
                    doc.notes.append(body)
                elif kind == "see":
                    doc.see += [_text(ref) for ref in part.iter("ref")]
            elif part.tag == "parameterlist" and part.get("kind") == "retval":
                for item in part.findall("parameteritem"):
                    description_text = " ".join(_plain(p) for p in item.iter("para"))
                    for name in item.iter("parametername"):
                        doc.retvals.append((_text(name), description_text))
    return doc


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
                            header, line, doc=_doc(definition.find("detaileddescription")))
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
                    header, line, doc=_doc(member.find("detaileddescription")))))
                for value in member.iter("enumvalue"):
                    value_name = _text(value.find("name"))
                    steps.append(("first", Entity(
                        value_name, "enumvalue", _text(value.find("briefdescription")),
                        header, line, parent=name,
                        doc=_doc(value.find("detaileddescription")))))
    return steps


def _read_group(data: bytes) -> Group:
    definition = ET.fromstring(data).find("compounddef")
    group = Group(_text(definition.find("compoundname")), _text(definition.find("title")),
                  _text(definition.find("briefdescription")))
    group.members += [_text(c) for c in definition.findall("innerclass")]
    for member in definition.iter("memberdef"):
        group.members.append(_text(member.find("name")))
    return group


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
        if kind == "group" and path.exists():
            group = parsed(path, _read_group)
            xml.groups[group.name] = group
            continue
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
