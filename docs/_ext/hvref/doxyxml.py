"""The few facts the page generator needs from Doxygen's XML, read once.

For each documented structure, union, typedef, macro and enumerator: its
kind, brief description (plain text), header and line; for structures and
unions, their members' briefs. Breathe renders the full documentation; this
is only for the generated tables (field tables, call-code pages).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List


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


def read(xml_dir: Path) -> Dict[str, Entity]:
    """Entities by name; empty when the XML is not there yet."""
    entities: Dict[str, Entity] = {}
    XML_FILES_BY_HEADER.clear()
    index = Path(xml_dir) / "index.xml"
    if not index.exists():
        return entities
    for compound in ET.parse(index).getroot().findall("compound"):
        path = Path(xml_dir) / f"{compound.get('refid')}.xml"
        kind = compound.get("kind")
        if kind not in ("struct", "union", "file") or not path.exists():
            continue
        for definition in ET.parse(path).getroot().iter("compounddef"):
            XML_FILES_BY_HEADER.setdefault(_location(definition)[0], []).append(path)
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
                entities[name] = entity
            else:
                for member in definition.iter("memberdef"):
                    header, line = _location(member)
                    name = _text(member.find("name"))
                    entities.setdefault(name, Entity(
                        name, member.get("kind", ""), _text(member.find("briefdescription")),
                        header, line))
                    for value in member.iter("enumvalue"):
                        value_name = _text(value.find("name"))
                        entities.setdefault(value_name, Entity(
                            value_name, "enumvalue", _text(value.find("briefdescription")),
                            header, line, parent=name))
    return entities
