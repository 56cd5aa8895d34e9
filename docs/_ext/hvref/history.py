"""Edition history on the site (references/history.py is the model):

* a call page's "Editions" section (``editions_section``, from pages.py);
* one page per pair of editions and an index page (``history_pages``):
  generated/history/index.rst and generated/history/<old>-to-<new>.rst, each
  item linking to its entity;
* on a header's page, under an entity's description, a short "Editions" line
  when there is more to say than "in every edition" (``add_entity_lines``, on
  doctree-read: Breathe renders those entities, so the line is added to its
  nodes; docutils nodes, no raw HTML).
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional

import catalogue as cat
import history as hist

PAGES = "generated/history"
KIND_TITLES = (("call", "Calls"), ("status", "Status codes"), ("msr", "MSRs"),
               ("cpuid", "CPUID leaves"), ("type", "Types"), ("enumerator", "Enumerators"),
               ("macro", "Macros"))
ALIAS_TITLES = {"tlfs-2.0": "TLFS 2.0", "tlfs-6.0b": "TLFS 6.0b", "linux": "Linux",
                "openvmm": "OpenVMM", "mshv": "rust-vmm mshv"}
# The catalogue tables and registers the lines are made from: a header's page
# is re-read when one changes.
DEPENDENCIES = ("history.csv", "errata.csv", "aliases.csv", "hypercalls.csv",
                "status-codes.csv", "msrs.csv", "cpuid-leaves.csv")


def pair_doc(old: str, new: str) -> str:
    return f"{old.replace('wdk2013', 'wdk-2013')}-to-{new.replace('wdk2013', 'wdk-2013')}"


def get(model) -> hist.History:
    """The model's history, built once per build."""
    found = getattr(model, "_hvref_history", None)
    if found is None:
        found = hist.History(model.catalogue, model.sources)
        model._hvref_history = found
    return found


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for char in "*`|":
        text = text.replace(char, "\\" + char)
    return re.sub(r"_(?=\W|$)", r"\\_", text)


def alias_groups(history: hist.History, name: str) -> Dict[str, List[cat.Row]]:
    """An entity's other names (every kind but `term`), by kind, in file order."""
    groups: Dict[str, List[cat.Row]] = {}
    for row in history.aliases.get(name, []):
        groups.setdefault(row["kind"], []).append(row)
    # The editions first, then the projects, then kinds added later.
    order = list(ALIAS_TITLES)
    return dict(sorted(groups.items(), key=lambda item: (
        order.index(item[0]) if item[0] in order else len(order), item[0])))


def _alias_where(row: cat.Row) -> str:
    source, _, target = row["source"].partition(":")
    return f"§{target}" if source.startswith("tlfs-") else target or source


def fact_lines(history: hist.History, record: hist.Record) -> List[tuple]:
    """(text, errata ids, other origins) of each fact listed under the
    entity; members whose presence differs alike share one line."""
    out = []
    members: Dict[tuple, list] = {}
    for fact in history.owned(record):
        if fact.kind == "presence" and fact.member and not re.fullmatch(r"Hv(Ext)?Call\w+",
                                                                         fact.member):
            values = history.member_presence(record, fact)
            key = tuple((e, tuple(values[e])) for e in hist.EDITIONS if e in values)
            members.setdefault(key, []).append(fact)
            continue
        out.append((hist.values_text(fact), fact.errata, _rows(fact)))
    for key, facts in members.items():
        values = {e: list(v) for e, v in key}
        have = [hist.SHORT[e] for e in hist.EDITIONS if "yes" in values.get(e, [])]
        lack = [hist.SHORT[e] for e in hist.EDITIONS if e in values and "yes" not in values[e]]
        names = ", ".join(f.member for f in facts)
        text = (f"member{'s' if len(facts) > 1 else ''} {names}: in {', '.join(have) or 'none'}"
                + (f"; not in {', '.join(lack)}" if lack else ""))
        ids = list(dict.fromkeys(i for f in facts for i in f.errata))
        rows = list(dict.fromkeys(r for f in facts for r in _rows(f)))
        out.append((text, ids, rows[:1]))
    return out


def _rows(fact: hist.Fact) -> List[str]:
    """history.csv origins of a fact, as 'history.csv:N' (the first one)."""
    rows = [o for o in fact.origins if not re.fullmatch(r"E\d{3}", o)]
    return [rows[0].replace("references/", "")] if rows else []


# -- call pages -----------------------------------------------------------------

def editions_section(gen, row: cat.Row) -> List[str]:
    """The "Editions" section of a call's page: which edition names or
    documents the call, what changed, and its other names."""
    history = get(gen.model)
    record = history.record(row["name"])
    if record is None:
        return []
    catalogue = gen.cat
    states: Dict[str, List[str]] = {}
    for edition in hist.EDITIONS:
        states.setdefault(record.editions.get(edition, ""), []).append(hist.TITLES[edition])
    said = [f"{words} {', '.join(states[key])}" for key, words in
            (("documented", "documented in"), ("listed", "code listed only in"),
             ("", "not in")) if key in states]
    facts = fact_lines(history, record)
    types = [t for t in (row["input_type"], row["output_type"]) if t in history.records]
    for type_name in types:
        facts += [(text if text.startswith(type_name) else f"{type_name}: {text}", ids, rows)
                  for text, ids, rows in fact_lines(history, history.records[type_name])]
    aliases = _alias_lines(history, row["name"])
    if not record.editions and not facts and not aliases:
        return []       # the page's first paragraph says that no edition has it
    lines = gen_title("Editions", "-")
    sentence = "; ".join(said)
    lines += [sentence[:1].upper() + sentence[1:] + f" (:doc:`compare editions </{PAGES}/index>`).",
              ""]
    if facts:
        lines += ["Differences between editions:", ""]
        for text, ids, rows in facts:
            lines.append(f"* {_escape(text)}" + _origins(ids, rows) + ".")
        lines.append("")
    return lines + aliases


def _origins(ids: List[str], rows: List[str]) -> str:
    parts = [f":hvref-erratum:`{i}`" for i in ids] + [f"``{r}``" for r in rows]
    return f" ({', '.join(parts)})" if parts else ""


def _alias_lines(history: hist.History, name: str) -> List[str]:
    groups = alias_groups(history, name)
    if not groups:
        return []
    lines = ["Other names:", ""]
    for kind, rows in groups.items():
        lines.append(f"* {ALIAS_TITLES.get(kind, kind)}: "
                     + "; ".join(f"``{r['alias']}`` ({_escape(_alias_where(r))})" for r in rows))
    return lines + [""]


def gen_link(label: str, url: str) -> str:
    return f"`{_escape(label)} <{url}>`__"


def gen_title(text: str, char: str) -> List[str]:
    return [text, char * len(text), ""]


def header_editions_note() -> List[str]:
    """The sentence at the top of a header's page that says how to read the
    editions lines."""
    return [f"An entity's *Editions* line gives the editions that have it and what changed "
            f"between them (:doc:`/{PAGES}/index`). An entity without one is in all four "
            "with nothing to add, or is a call code whose description says that no edition "
            "documents it.", ""]


# -- pair pages -----------------------------------------------------------------

def _ref(model, c_ref: Callable[[str], str], name: str) -> str:
    if name in model.catalogue.calls_by_name:
        return f":doc:`{name} </generated/hypercalls/{name}>`"
    return c_ref(name)


def history_pages(model, write: Callable[[str, List[str]], None],
                  c_ref: Callable[[str], str]) -> None:
    history = get(model)
    changed = sum(1 for r in history.records.values() if history.owned(r))
    partial = sum(1 for r in history.records.values() if r.known and not r.everywhere)
    unknown = sum(1 for r in history.records.values() if not r.known)
    lines = [".. _edition-history:", ""] + gen_title("Edition history", "=")
    lines += [
        "What each edition of the interface has, and what changed between them: TLFS 2.0 "
        "(2.0a, 2012), the 2013 WDK reference pages, TLFS 6.0b (2020) and the online TLFS. "
        "Every call, status code, MSR, CPUID leaf, type, enumerator and macro hvref defines "
        "has its editions on its page.", "",
        "Presence comes from the catalogue: a call's attestations and per-edition columns "
        "(references/hypercalls.csv), the per-edition columns of the status-code, MSR and "
        "CPUID tables, and the editions each definition's comment cites. An edition "
        "\"has\" an entity when it names it; a call an edition only lists by code is in it "
        "too. Differences in a fact (a name, a size, a member's bits, a value, which "
        "statuses a call lists) come from the :ref:`errata` entries whose sources are "
        "editions and from references/history.csv.", "",
        "The 2013 WDK pages are compared with TLFS 2.0, which they rewrite as one page per "
        "entity, but only for what they add and what they say differently: they document "
        "part of the interface, so an entity without a WDK page was not removed.", "",
        f"{len(history.records)} entities: {changed} with a fact that differs between "
        f"editions, {partial} not in every edition, {unknown} that no edition names (reserved "
        "call codes, hvref's own helpers).", "",
        ]
    # The pair pages are reached from here, not from the sidebar: Furo writes
    # the navigation tree into every page.
    lines += [f"* :doc:`{hist.TITLES[a]} to {hist.TITLES[b]} <{pair_doc(a, b)}>`"
              for a, b, _ in hist.PAIRS] + [""]
    write("history/index.rst", lines)
    for old, new, removals in hist.PAIRS:
        changes = history.changes(old, new)
        heading = f"{hist.TITLES[old]} to {hist.TITLES[new]}"
        lines = [":orphan:", "", f".. _history-{pair_doc(old, new)}:", ""] + gen_title(heading, "=")
        counts = {k: sum(1 for c in changes if c.kind == k) for k in ("added", "removed",
                                                                        "changed")}
        lines += [f"What hvref's entities gained, lost and changed from {hist.TITLES[old]} to "
                  f"{hist.TITLES[new]}: {counts['added']} added, "
                  + (f"{counts['removed']} removed, " if removals else "")
                  + f"{counts['changed']} changed. See :doc:`index` for where the facts "
                  "come from.", ""]
        sections = [("added", f"Added (in {hist.SHORT[new]}, not in {hist.SHORT[old]})")]
        if removals:
            sections.append(("removed", f"Removed (in {hist.SHORT[old]}, not in "
                                        f"{hist.SHORT[new]})"))
        for kind, title in sections:
            lines += gen_title(title, "-")
            plain = [c for c in changes if c.kind == kind and c.text == c.entity]
            other = [c for c in changes if c.kind == kind and c.text != c.entity]
            if not plain and not other:
                lines += ["Nothing.", ""]
            for what, label in KIND_TITLES:
                names = [c.entity for c in plain if history.records[c.entity].kind == what]
                if names:
                    lines += [f"{label} ({len(names)}): "
                              + ", ".join(_ref(model, c_ref, n) for n in names) + ".", ""]
            if other:
                lines += ["Members and listed statuses:", ""]
                lines += [f"* {_ref(model, c_ref, c.entity)}: {_escape(c.text)}"
                          + _origins([o for o in c.origins if o.startswith("E")],
                                     [o for o in c.origins if not o.startswith("E")]) + "."
                          for c in other] + [""]
        lines += gen_title("Changed", "-")
        rows = [c for c in changes if c.kind == "changed"]
        lines += [f"* {_ref(model, c_ref, c.entity)}: {_escape(c.text)}"
                  + _origins([o for o in c.origins if o.startswith("E")],
                             [o for o in c.origins if not o.startswith("E")]) + "."
                  for c in rows] or ["Nothing."]
        lines.append("")
        write(f"history/{pair_doc(old, new)}.rst", lines)


# -- header pages ---------------------------------------------------------------

def entity_line(history: hist.History, catalogue: cat.Catalogue, name: str) -> Optional[list]:
    """The parts of an entity's line under its description, or None when it
    has nothing to say that the page does not already say (in every edition,
    or an enumerator with its enumeration's editions, and no other names): a
    list of ('text', str), ('literal', str) and ('erratum', id)."""
    record = history.record(name)
    if record is None:
        return None
    facts = fact_lines(history, record)
    aliases = alias_groups(history, name)
    if record.everywhere and not facts and not aliases:
        return None
    if not record.known and record.kind == "call" and not facts and not aliases:
        return None         # the call's comment says that no edition documents it
    # An enumerator without citations of its own has its enumeration's
    # editions, which the enumeration's own line already shows just above:
    # saying them again on each of hundreds of register names only adds weight.
    from_enum = (record.inherited and not facts
                 and history.parents.get(name) == record.inherited)
    if from_enum and not aliases:
        return None
    parts: list = []
    if not from_enum:
        parts += [("strong", "Editions:"), ("text", " ")]
        if record.known:
            parts.append(("text", record.summary()
                          + (f" (those of {record.inherited})" if record.inherited else "")
                          + "."))
        else:
            parts.append(("text", "none cited."))
    for text, ids, rows in facts:
        parts.append(("text", f" {text}"))
        refs = [("erratum", i) for i in ids] + [("literal", r) for r in rows]
        if refs:
            parts.append(("text", " ("))
            for index, ref in enumerate(refs):
                if index:
                    parts.append(("text", ", "))
                parts.append(ref)
            parts.append(("text", ")"))
        parts.append(("text", "."))
    if aliases:
        parts.append(("text", " Other names: " if parts else "Other names: "))
        for index, (kind, rows) in enumerate(aliases.items()):
            if index:
                parts.append(("text", "; "))
            parts.append(("text", f"{ALIAS_TITLES.get(kind, kind)} "))
            for j, row in enumerate(rows):
                if j:
                    parts.append(("text", ", "))
                parts.append(("literal", row["alias"]))
                parts.append(("text", f" ({_alias_where(row)})"))
        parts.append(("text", "."))
    return parts


def _nodes(parts: list):
    from docutils import nodes
    from sphinx.addnodes import pending_xref

    paragraph = nodes.paragraph(classes=["hvref-editions"])
    for kind, value in parts:
        if kind == "text":
            paragraph += nodes.Text(value)
        elif kind == "strong":
            paragraph += nodes.strong(value, value)
        elif kind == "literal":
            paragraph += nodes.literal(value, value)
        else:
            ref = pending_xref(value, refdomain="std", reftype="ref",
                               reftarget=f"erratum-{value.lower()}", refexplicit=True,
                               refwarn=True)
            ref += nodes.inline(value, value, classes=["xref", "std", "std-ref"])
            paragraph += ref
    return paragraph


def add_entity_lines(app, doctree) -> None:
    """Under each entity Breathe rendered on a header's page, its editions
    line (entity_line)."""
    docname = app.env.docname
    if not docname.startswith("generated/reference/") or docname.endswith("/index"):
        return
    from sphinx import addnodes

    model = app.hvref_model
    history = get(model)
    for name in DEPENDENCIES:
        path = model.root / "references" / name
        if path.exists():
            app.env.note_dependency(str(path))
    for desc in list(doctree.findall(addnodes.desc)):
        if desc.get("domain") != "c":
            continue
        signatures = [n for n in desc.children if isinstance(n, addnodes.desc_signature)]
        contents = [n for n in desc.children if isinstance(n, addnodes.desc_content)]
        if not signatures or not contents:
            continue
        name = None
        for ident in signatures[0].get("ids", []):
            if not ident.startswith("c."):
                continue
            parts = [p.lstrip("_") for p in ident[2:].split(".")]
            if len(parts) == 1:
                name = parts[0]
            elif len(parts) == 2 and parts[1] in history.records and not any(
                    m.name == parts[1] for m in getattr(
                        model.catalogue.layouts.get(parts[0]), "members", [])):
                name = parts[1]         # an enumerator (c._HV_CALL_CODE.HvCallX); not a field
            break
        if name is None:
            continue
        line = entity_line(history, model.catalogue, name)
        if line:
            contents[0] += _nodes(line)
