#!/usr/bin/env python3
"""hvref.json: everything hvref defines, as data (format described by
references/hvref.schema.json).

One entry per entity of the headers: its kind, name, header and line, page on
the site, meaning (the comment's brief), value or call code, size and fields
with offsets and bit ranges as the compiler laid them out (the layout probe's
JSON), which fields must be zero, the spec sections that define it in each
edition, the names other projects give it (aliases.csv) and the errata rows
that dispute it; and the errata register itself. The site build writes it
beside the site's pages (docs/build_site.py, step `export`); CMake installs
it with the headers. Made from the entity model (references/model.py), so it
says what the pages say.

Usage: export.py --root ROOT --xml BUILD/xml --layouts BUILD/layouts.json
                 --out FILE [--version X.Y.Z]

Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Dict, List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
import catalogue as cat  # noqa: E402
import model as hvmodel  # noqa: E402

FORMAT = 1
SCHEMA = "hvref.schema.json"
# A header comment's spec alias -> the edition key used in the document.
EDITION_OF_ALIAS = {"tlfsonline": "online", "tlfs60b": "6.0b", "tlfs20": "2.0",
                    "wdk2013": "wdk2013"}
EDITION_ORDER = ("online", "6.0b", "2.0", "wdk2013")
# A plain C integer literal, as the headers write values: 0x1F, 16, 0x10ULL,
# optionally in parentheses and with a cast to a fixed-width type.
_LITERAL = re.compile(r"\(*(?:\(\s*(?:UINT|INT)(?:8|16|32|64)\s*\))?\s*"
                      r"(0[xX][0-9A-Fa-f]+|\d+)[uUlL]*\s*\)*")


def project_version() -> str:
    """hvref's version, from the CMakeLists.txt of the repository this script
    is in (the tree it exports may be a copy without one: bench/, the
    rebuild check)."""
    cmakelists = Path(__file__).resolve().parents[1] / "CMakeLists.txt"
    match = re.search(r"project\(hvref VERSION ([0-9.]+)",
                      cmakelists.read_text(encoding="utf-8"))
    if match is None:
        sys.exit(f"export: {cmakelists} has no `project(hvref VERSION x.y.z)`")
    return match.group(1)


def literal(text: str) -> Optional[int]:
    match = _LITERAL.fullmatch(text.strip())
    if match is None or text.count("(") != text.count(")"):
        return None
    return int(match.group(1), 0)


class Exporter:
    def __init__(self, model: hvmodel.Model):
        self.model = model
        self.catalogue = model.catalogue
        self.calls = {row["name"]: row for row in self.catalogue.hypercalls}
        self.numbers: Dict[str, int] = {}
        for rows, column in ((self.catalogue.status_codes, "value"),
                             (self.catalogue.msrs, "number")):
            for row in rows:
                if row[column]:
                    self.numbers[row["name"]] = int(row[column], 16)
        self.aliases: Dict[str, List[dict]] = {}
        for row in self.catalogue.aliases:
            if row["kind"] != "term":
                self.aliases.setdefault(row["name"], []).append(
                    {"name": row["alias"], "kind": row["kind"], "source": row["source"]})
        # The calls whose comment lists a status with \retval, by status.
        self.returned_by: Dict[str, List[str]] = {}
        for e in sorted(model.entities.values(), key=lambda e: (e.header, e.line)):
            if e.kind == "enumerator" and e.name in self.calls:
                for status, _meaning in e.doc.retvals:
                    calls = self.returned_by.setdefault(status, [])
                    if e.name not in calls:
                        calls.append(e.name)
        self.registers = {r.entity.name: r for r in model.registers()}
        self.errata_of: Dict[str, List[str]] = {}
        for erratum in self.catalogue.errata:
            for name in erratum.entities:
                self.errata_of.setdefault(name, []).append(erratum.id)

    def citation(self, edition: str, target: str, where: str) -> dict:
        if edition == "online":
            url, title = self.catalogue.online_url(target, where)
            return {"edition": edition, "key": target, "title": title, "url": url}
        if edition == "wdk2013":
            return {"edition": edition, "key": target, "title": target,
                    "url": self.catalogue.wdk_url(target, where)}
        section = self.catalogue.section(edition, target, where)
        return {"edition": edition, "key": target, "title": section.label, "url": section.url}

    def specification(self, entity: hvmodel.Entity) -> List[dict]:
        cites = []
        for ref in entity.references:
            if ref.alias == "hvcallrefs":
                row = self.calls.get(ref.target.strip())
                for edition, column in (("online", "online_page"), ("6.0b", "tlfs60b"),
                                        ("2.0", "tlfs20"), ("wdk2013", "wdk2013")):
                    if row is not None and row[column]:
                        cites.append(self.citation(edition, row[column], ref.where))
            elif ref.alias in EDITION_OF_ALIAS:
                cites.append(self.citation(EDITION_OF_ALIAS[ref.alias], ref.target, ref.where))
        unique = {(c["edition"], c["key"]): c for c in cites}
        return sorted(unique.values(), key=lambda c: (EDITION_ORDER.index(c["edition"]),
                                                       c["key"]))

    def fields(self, entity: hvmodel.Entity) -> List[dict]:
        layout = entity.layout or {}
        written = self.catalogue.layouts.get(entity.name)
        reserved = {m.name: m.reserved for m in written.members} if written else {}
        briefs = entity.members
        result = []
        for member in layout.get("members", []):
            item = {"name": member["name"], "type": member["type"]}
            if "bit" in member:
                item.update(bit=member["bit"], width=member["width"])
            else:
                item.update(offset=member["offset"], size=member["size"])
                if member.get("count"):
                    item["count"] = member["count"]
            if reserved.get(member["name"]):
                item["reserved"] = reserved[member["name"]]
            if briefs.get(member["name"]):
                item["meaning"] = briefs[member["name"]]
            result.append(item)
        return result

    def entity(self, entity: hvmodel.Entity) -> dict:
        item = {"name": entity.name, "kind": entity.kind, "header": entity.header,
                "line": entity.line, "url": entity.url}
        if entity.parent:
            item["parent"] = entity.parent
        register = self.registers.get(entity.name)
        if register is not None:
            item["register"] = {"architecture": register.architecture, "kind": register.kind}
        if entity.brief:
            item["meaning"] = entity.brief
        call = self.calls.get(entity.name) if entity.kind == "enumerator" else None
        number = (int(call["code"], 16) if call is not None
                  else self.numbers.get(entity.name, literal(entity.value)
                                        if entity.kind in ("macro", "enumerator") else None))
        if entity.value:
            item["value_text"] = entity.value
        if number is not None:
            item["value"] = number
        if call is not None:
            item["call"] = {key: call[key] for key in ("class", "kind", "fast", "caller",
                                                       "privilege", "input_type", "output_type")
                            if call[key]}
            item["call"]["documented_in"] = hvmodel.Model.documented_in(call)
        layouts = (self.model.value_layouts(entity.name)
                   if entity.kind in ("macro", "enumerator") else [])
        if layouts:
            item["layouts"] = layouts
        if entity.layout is not None:
            item["size"] = entity.layout["size"]
            item["fields"] = self.fields(entity)
        spec = self.specification(entity)
        if spec:
            item["specification"] = spec
        if entity.name in self.returned_by:
            item["returned_by"] = self.returned_by[entity.name]
        if entity.name in self.aliases:
            item["other_names"] = self.aliases[entity.name]
        if entity.name in self.errata_of:
            item["errata"] = self.errata_of[entity.name]
        return item

    def erratum(self, erratum: cat.Erratum) -> dict:
        return {"id": erratum.id, "kind": erratum.kind, "entities": erratum.entities,
                "field": erratum.field, "hvref": erratum.hvref, "why": erratum.why,
                "sources": [{"value": s.value, "citation": s.citation}
                            for s in erratum.sources]}

    def document(self, version: str) -> dict:
        # HVREF_* macros are the headers' own machinery (platform detection,
        # static assertions), not interface facts; some differ per target.
        entities = sorted((e for e in self.model.entities.values()
                           if e.kind != "file" and not e.name.startswith("HVREF_")),
                          key=lambda e: (e.header, e.line, e.name))
        return {"$schema": SCHEMA, "format": FORMAT, "hvref_version": version,
                "compiler": self.model.compiler,
                "entities": [self.entity(e) for e in entities],
                "errata": [self.erratum(e) for e in self.catalogue.errata]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--xml", type=Path, required=True)
    parser.add_argument("--layouts", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--version", help="hvref's version (default: CMakeLists.txt's)")
    args = parser.parse_args()
    try:
        model = hvmodel.load(args.root, args.xml, args.layouts)
        document = Exporter(model).document(args.version or project_version())
    except cat.CatalogueError as error:
        sys.exit(f"export: {error}")
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
