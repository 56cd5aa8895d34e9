"""The few facts the page generator needs from Doxygen's XML, read once.

For each documented structure, union, typedef, macro and enumerator: its
kind, brief description (plain text), header and line; for structures and
unions, their members' briefs. Breathe renders the full documentation; this
is only for the generated tables (field tables, call-code pages).
"""

from __future__ import annotations

import hashlib
import pickle
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional


@dataclass
class Entity:
    name: str
    kind: str
    brief: str
    header: str
    line: int
    members: Dict[str, str] = field(default_factory=dict)
    parent: str = ""        # the enumeration an enumerator belongs to


def _text(element) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _location(element) -> tuple:
    loc = element.find("location")
    if loc is None:
        return "", 0
    return loc.get("file", ""), int(loc.get("line", "0") or 0)


XML_FILES_BY_HEADER: Dict[str, List[Path]] = {}
"""The XML files each header's documentation comes from, filled by read():
a header's reference page depends on exactly these (see __init__.py)."""


def _read_file(path: Path, kind: str) -> list:
    """What one compound's XML contributes, as the steps read() replays in
    file order: ("file", header) for each definition's header, ("set",
    Entity) for a structure or union, ("first", Entity) for a member of a
    file (the first definition of a name wins)."""
    steps: list = []
    for definition in ET.parse(path).getroot().iter("compounddef"):
        steps.append(("file", _location(definition)[0]))
        if kind in ("struct", "union"):
            name = _text(definition.find("compoundname"))
            header, line = _location(definition)
            entity = Entity(name, kind, _text(definition.find("briefdescription")),
                            header, line)
            for member in definition.iter("memberdef"):
                # A trailing /**< */ comment lands in the detailed description.
                entity.members[_text(member.find("name"))] = (
                    _text(member.find("briefdescription"))
                    or _text(member.find("detaileddescription")))
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


def read(xml_dir: Path, cache: Optional[Path] = None) -> Dict[str, Entity]:
    """Entities by name; empty when the XML is not there yet.

    With `cache` (a pickle), a file (the index too) whose size and
    modification time are those of the last read is not parsed again: docs/_ext/hvref/doxyfilter.py
    keeps the timestamps of unchanged files, so a comment edit parses the
    few files it changed (0.33 s of a one-comment rebuild at full scale
    before). The cache is keyed on this module's code as well, and written
    before the entities are returned: what callers do with them cannot
    reach it."""
    entities: Dict[str, Entity] = {}
    XML_FILES_BY_HEADER.clear()
    index = Path(xml_dir) / "index.xml"
    if not index.exists():
        return entities
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

    def unchanged(path: Path, key: tuple):
        """The cached entry for `path` if its key (size, mtime, ...) is the same."""
        entry = known.get(path.name)
        return entry[1] if entry is not None and entry[0] == key else None

    stat = index.stat()
    key = (stat.st_size, stat.st_mtime_ns)
    compounds = unchanged(index, key)
    if compounds is None:
        compounds = [(c.get("refid"), c.get("kind"))
                     for c in ET.parse(index).getroot().findall("compound")]
    seen[index.name] = (key, compounds)
    for refid, kind in compounds:
        path = Path(xml_dir) / f"{refid}.xml"
        if kind not in ("struct", "union", "file") or not path.exists():
            continue
        stat = path.stat()
        key = (stat.st_size, stat.st_mtime_ns, kind)
        steps = unchanged(path, key)
        if steps is None:
            steps = _read_file(path, kind)
        seen[path.name] = (key, steps)
        for step, value in steps:
            if step == "file":
                XML_FILES_BY_HEADER.setdefault(value, []).append(path)
            elif step == "set":
                entities[value.name] = value
            else:
                entities.setdefault(value.name, value)
    if cache is not None and seen != known:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with open(cache, "wb") as f:
            pickle.dump({"code": code, "files": seen}, f, pickle.HIGHEST_PROTOCOL)
    return entities
