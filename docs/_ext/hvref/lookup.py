"""The identifier lookup index behind the search box (CONTRIBUTING.md, "How
lookup works").

Built once per site build, after Sphinx has written the pages, from the
catalogue (call codes, status codes, MSRs, CPUID leaves) and Doxygen's XML
(structures, unions, enumerations, typedefs, enumerators, macros and the
fields of structures and unions). Each entry names a page of the site and,
where it needs one, an anchor; every target is checked against the written
HTML, and an entry whose page or anchor is missing fails the build with the
entity's header file:line or catalogue row.

The index is written to ``_static/hvref-lookup-index.js`` as a classic
script (``window.HVREF_LOOKUP_INDEX = {...}``), so it loads from file://
without fetch(); ``docs/_static/hvref-lookup.js`` ranks it. Names are stored
already normalised (see ``norm``) and numbers as integers, so a lookup is
a few map reads and one pass over short strings. The object is::

    {"format": 1,
     "kinds": ["call", "status", ...],          # KINDS, in ranking order
     "pages": ["generated/hypercalls/HvCallX.html", ...],   # from the site root
     "entries": [[kind, title, detail, page, anchor, keys, value], ...]}

``kind`` and ``page`` index the two lists; ``anchor`` is "" for a whole
page; ``keys`` are normalised names, the full name first; ``value`` is the
integer a reader may type (call code, status value, MSR number, CPUID leaf)
or null.

It is built on every site build (from the catalogue and the XML the build
has already read) and written only when its text changed. The check reads
only the pages written since the last check: each page's ids are kept next
to the doctrees with the page's size and modification time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set

import model as hvmodel

INDEX_FILE = "hvref-lookup-index.js"
IDS_FILE = "hvref-lookup-ids.json"   # page -> [mtime_ns, size, ids]
FORMAT = 1

# Kinds in ranking order: where two entries match a query equally well, the
# kind listed first comes first. "call" before "status" makes 0x0002 open
# the call page first (both meanings are listed); "cpuid" before "msr" does
# the same for 0x40000000-0x4000000A.
KINDS = ("call", "status", "cpuid", "msr", "struct", "union", "enum", "typedef",
         "enumerator", "macro", "field")

# A value written as one hex literal.
HEX = re.compile(r"0[xX][0-9A-Fa-f]+")

# Prefixes a reader may leave out, longest first: HvCallMapGpaPages is also
# found as MapGpaPages, HV_STATUS_ACCESS_DENIED as ACCESS_DENIED,
# HV_INPUT_FLUSH_VIRTUAL_ADDRESS_SPACE as FlushVirtualAddressSpace.
OPTIONAL_PREFIXES = ("hvextcall", "hvcall", "hvstatus", "hvx64msr", "hvinput", "hvoutput",
                     "hvref", "hv")


_SEPARATORS = re.compile(r"[\s_\-]+")
# Marks a term's key on the entities after the first that share it (see
# add_aliases): a character norm() keeps and no name holds.
TERM_ALSO = "~"


def norm(text: str) -> str:
    """Lower case without spaces, underscores and hyphens: the form both the
    index and hvref-lookup.js compare (HV_VP_SET, hv vp set and HvVpSet meet)."""
    return _SEPARATORS.sub("", text.lower())


def keys_for(name: str, *aliases: str) -> List[str]:
    """The name's normalised key first, then its prefix-less forms and aliases."""
    keys: List[str] = []
    for text in (name,) + aliases:
        key = norm(text)
        for candidate in [key] + [key[len(p):] for p in OPTIONAL_PREFIXES
                                  if key.startswith(p) and len(key) - len(p) >= 3][:1]:
            if candidate and candidate not in keys:
                keys.append(candidate)
    return keys


@dataclass
class Entry:
    kind: str
    title: str
    detail: str
    page: str                 # path of the HTML page relative to the site root
    anchor: str               # "" for the page itself
    keys: List[str]
    value: Optional[int]      # the number a reader may type (call code, MSR, ...)
    origin: str               # header file:line or catalogue row, for errors

    @property
    def url(self) -> str:
        return self.page + (f"#{self.anchor}" if self.anchor else "")

    def as_json(self, pages: Dict[str, int]) -> list:
        return [KINDS.index(self.kind), self.title, self.detail, pages[self.page], self.anchor,
                self.keys, self.value]


@dataclass
class Index:
    entries: List[Entry] = field(default_factory=list)
    urls: Set[str] = field(default_factory=set)

    def add(self, entry: Entry) -> None:
        # One entry per target: a status code's catalogue row and its macro
        # are the same definition.
        if entry.url not in self.urls:
            self.urls.add(entry.url)
            self.entries.append(entry)

    def counts(self) -> Dict[str, int]:
        return {kind: sum(1 for e in self.entries if e.kind == kind) for kind in KINDS}


def build(model: hvmodel.Model) -> Index:
    """Every entry, with the page and anchor the model gives each entity."""
    index = Index()
    catalogue = model.catalogue

    # -- catalogue: the numbers a reader copies from a trace ---------------
    for row in catalogue.hypercalls:
        name = row["name"]
        documented = ", ".join(model.documented_in(row))
        index.add(Entry("call", name, f"call code {row['code']}"
                        + (f", {documented}" if documented else ", not documented"),
                        hvmodel.call_page(name) + ".html", "",
                        keys_for(name, *row["aliases"].split()), int(row["code"], 16),
                        str(row.where)))
    for rows, kind, value_col, label, table in (
            (catalogue.status_codes, "status", "value", "status", hvmodel.STATUS_PAGE),
            (catalogue.msrs, "msr", "number", "MSR", hvmodel.MSR_PAGE)):
        for row in rows:
            name, value = row["name"], row[value_col]
            page, anchor = model.value_target(name, table)
            index.add(Entry(kind, name, f"{label} {value}" if value else f"{label}, no number",
                            page + ".html", anchor, keys_for(name),
                            int(value, 16) if value else None, str(row.where)))
    for row in catalogue.cpuid_leaves:
        leaf = row["leaf"]
        index.add(Entry("cpuid", f"CPUID {leaf}", row["name"], hvmodel.CPUID_PAGE + ".html",
                        f"cpuid-{leaf}", [norm(f"cpuid {leaf}")] + keys_for(row["name"]),
                        int(leaf, 16), str(row.where)))

    # -- the headers: every C entity Breathe renders -----------------------
    entities = model.entities
    for e in sorted(entities.values(), key=lambda e: (e.header, e.line, e.name)):
        if e.kind == "file" or not e.header:
            continue
        if e.name.startswith("_") and e.name[1:] in entities:
            continue                     # enum _HV_CALL_CODE is found as HV_CALL_CODE
        header = e.header.rsplit("/", 1)[-1]
        detail = (f"enumerator of {e.parent.lstrip('_')}" if e.kind == "enumerator"
                  else f"{e.kind} in {header}")
        # A register name's number, as a trace or a debugger prints it
        # (0x00020000: x64's RAX and ARM64's X0). Calls, statuses and MSRs
        # with the same number still rank first (KINDS).
        number = (int(e.value, 16) if e.kind == "enumerator" and hvmodel.REGISTER_NAME_ENUM.fullmatch(e.parent)
                  and HEX.fullmatch(e.value or "") else None)
        if number is not None:
            detail = f"register {e.value}, {detail}"
        index.add(Entry(e.kind, e.name, detail, e.page + ".html", e.anchor, keys_for(e.name),
                        number, model.where(e.name)))
    for name, e in sorted(entities.items()):
        if e.kind not in ("struct", "union"):
            continue
        for member in e.fields:
            index.add(Entry("field", f"{name}.{member.name}", f"field of {e.kind} {name}",
                            e.page + ".html", f"{e.anchor}.{member.name}",
                            [norm(member.name), norm(f"{name}.{member.name}")],
                            None, model.where(name)))
    add_aliases(index, catalogue, entities)
    return index


def add_aliases(index: Index, catalogue, entities=None) -> None:
    """Adds each alias of references/aliases.csv as a key of the entries titled
    with its name (a call, an MSR, a type, ...) and, for an HV_CPUID_FUNCTION
    enumerator, of its leaf's entry (the CPUID page's row), after their own
    keys, so that the name itself still ranks first."""
    by_title: Dict[str, List[Entry]] = {}
    for e in index.entries:
        by_title.setdefault(e.title, []).append(e)
    leaves = {e.value: e for e in index.entries if e.kind == "cpuid"}
    terms_placed = set()
    for row in getattr(catalogue, "aliases", []):
        targets = list(by_title.get(row["name"], []))
        if row["kind"] == "term" and norm(row["alias"]) in terms_placed:
            # A term several entities share ("SynIC": the SynIC MSRs) lands
            # on the first one aliases.csv lists for it; the others carry it
            # with TERM_ALSO after it, so they match the term as a prefix
            # (ranked after the exact match) and the term does not open
            # whichever has the shortest name.
            for e in targets:
                for key in keys_for(row["alias"]):
                    if key + TERM_ALSO not in e.keys:
                        e.keys.append(key + TERM_ALSO)
            continue
        if row["kind"] == "term":
            terms_placed.add(norm(row["alias"]))
        entity = (entities or {}).get(row["name"])
        if entity is not None and entity.kind == "enumerator" and entity.value:
            number = re.search(r"0[xX][0-9a-fA-F]+|\d+", entity.value)
            leaf = leaves.get(int(number.group(0), 0)) if number else None
            if leaf is not None:
                targets.insert(0, leaf)
        for e in targets:
            for key in keys_for(row["alias"]):
                if key not in e.keys:
                    e.keys.append(key)


def render(index: Index) -> str:
    pages: Dict[str, int] = {}
    for e in index.entries:
        pages.setdefault(e.page, len(pages))
    data = {"format": FORMAT, "kinds": list(KINDS), "pages": list(pages),
            "entries": [e.as_json(pages) for e in index.entries]}
    return ("/* Generated by docs/_ext/hvref/lookup.py: the identifier index of "
            "hvref-lookup.js. */\n"
            "window.HVREF_LOOKUP_INDEX = "
            + json.dumps(data, separators=(",", ":"), ensure_ascii=False) + ";\n")


ID = re.compile(r"""\sid=["']([^"']+)["']""")


def check(index: Index, outdir: Path, docnames: Set[str], known: Dict[str, list]) -> List[str]:
    """Problems: entries whose page was not built or has no such anchor.
    known maps a page to [mtime_ns, size, ids] from the last check; it is
    updated for the pages read here."""
    ids: Dict[str, Set[str]] = {}
    written: Dict[str, bool] = {}          # page -> built (checked once per page)
    problems = []
    for e in index.entries:
        if e.page not in written:
            written[e.page] = (e.page[:-len(".html")] in docnames
                               and (outdir / e.page).is_file())
        if not written[e.page]:
            problems.append(f"{e.origin}: lookup entry {e.title} ({e.kind}) points to "
                            f"{e.page}, which this build did not write")
            continue
        if not e.anchor:
            continue
        if e.page not in ids:
            path = outdir / e.page
            stat = path.stat()
            seen = known.get(e.page)
            if seen is None or seen[:2] != [stat.st_mtime_ns, stat.st_size]:
                seen = known[e.page] = [stat.st_mtime_ns, stat.st_size,
                                        sorted(set(ID.findall(path.read_text(encoding="utf-8"))))]
            ids[e.page] = set(seen[2])
        if e.anchor not in ids[e.page]:
            problems.append(f"{e.origin}: lookup entry {e.title} ({e.kind}) points to "
                            f"{e.url}, but that page has no id \"{e.anchor}\"")
    return problems


def _build_finished(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    from sphinx.errors import ExtensionError
    from sphinx.util import logging

    log = logging.getLogger(__name__)
    outdir = Path(app.outdir)
    target = outdir / "_static" / INDEX_FILE
    ids_path = Path(app.doctreedir) / IDS_FILE
    try:
        known = json.loads(ids_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    index = build(app.hvref_model)
    problems = check(index, outdir, set(app.env.all_docs), known)
    if problems:
        more = f"\n(and {len(problems) - 20} more)" if len(problems) > 20 else ""
        raise ExtensionError("hvref lookup index: " + "\n".join(problems[:20]) + more)
    ids_path.write_text(json.dumps(known), encoding="utf-8")
    text = render(index)
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    counts = ", ".join(f"{n} {k}" for k, n in index.counts().items())
    log.info(f"hvref: lookup index of {len(index.entries)} entries ({counts})")


def anchor_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``:hvref-anchor:`ID``` : an empty element with that id, so that a table
    row (a CPUID leaf, an MSR without a definition) can be linked to."""
    from docutils import nodes

    node = nodes.inline("", "", ids=[text.strip()], classes=["hvref-anchor"])
    inliner.document.set_id(node)
    return [node], []


def setup(app) -> None:
    app.add_role("hvref-anchor", anchor_role)
    app.connect("build-finished", _build_finished)
