"""The errata page (generated/errata.rst): every row of references/errata.csv,
grouped by kind, each under the label ``erratum-<id>`` that the headers'
``\\erratum{ID}`` links to (roles.py), with a filter box
(_static/hvref-errata.js).
"""

from __future__ import annotations

from typing import Callable, Dict, List

import catalogue as cat


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for char in "*`|_":
        text = text.replace(char, "\\" + char)
    return text


def errata_page(model, write: Callable[[str, List[str]], None],
                c_ref: Callable[[str], str]) -> None:
    """Writes generated/errata.rst through `write(rel, lines)` (pages.Generator.write);
    `c_ref(name)` is the C-domain reference of an entity (pages.Generator.c_ref)."""
    catalogue = model.catalogue
    errata = catalogue.errata
    lines = [".. _errata:", "", "Errata", "======", "",
             "Where the sources of the interface disagree: one entry per disputed fact, from "
             "references/errata.csv, with what each source says, a link to where it says it, "
             "and what hvref defines and why. The headers link each entity's note to its "
             "entry.", "",
             ".. raw:: html", "",
             '   <div class="hvref-errata-filter"><input type="search" id="hvref-errata-text" '
             'placeholder="Filter by name, value or source" aria-label="Filter errata"> '
             '<select id="hvref-errata-kind" aria-label="Kind"><option value="">every kind</option>'
             + "".join(f'<option value="{k}">{t}</option>'
                       for k, t in cat.ERRATA_KIND_TITLES.items()
                       if any(e.kind == k for e in errata))
             + '</select> <span id="hvref-errata-count"></span></div>',
             '   <script src="../_static/hvref-errata.js"></script>', ""]
    by_kind: Dict[str, List[cat.Erratum]] = {}
    for e in errata:
        by_kind.setdefault(e.kind, []).append(e)
    for kind, heading in cat.ERRATA_KIND_TITLES.items():
        rows = by_kind.get(kind)
        if not rows:
            continue
        lines += [heading, "-" * len(heading), ""]
        for e in rows:
            title = f"{e.id}: {e.entity}" + (f", {e.field}" if e.field else "")
            lines += [f".. _erratum-{e.id.lower()}:", "",
                      ".. container:: hvref-erratum",
                      f"   :name: {e.id}", "",
                      f"   **{_escape(title)}**", "",
                      f"   .. rst-class:: hvref-erratum-kind-{kind}", "",
                      f"   Kind: {kind}. Entity: "
                      + ", ".join(c_ref(n) for n in e.entities)
                      + (f"; field: ``{e.field}``" if e.field else "") + ".", ""]
            for s in e.sources:
                label, url = cat.errata_citation_url(catalogue, s.citation, str(s.where))
                lines.append(f"   * {cat.ERRATA_SOURCE_TITLES[s.source]}: ``{s.value}``, "
                             f"`{_escape(label)} <{url}>`__")
            lines += ["", f"   hvref: ``{e.hvref}``. {_escape(e.why)}", "",
                      f"   (references/errata.csv line {e.where.line})", ""]
    write("errata.rst", lines)
