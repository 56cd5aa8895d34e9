"""What "On this page" lists.

C objects stay out of Sphinx's table of contents (toc_object_entries is
False, which Breathe 5.1 and earlier ignore: this module drops the names it
gives every signature). Furo copies every page's table of contents into the
navigation of every page: with each macro and field in it, that copy was 43
of the real tree's 61 s of Sphinx.

A header's page lists its groups and the entities of each group instead,
from the entity model, as the page's own "On this page" (Furo's right-hand
table of contents); the navigation keeps only the groups.
"""

from __future__ import annotations

import html

from docutils import nodes
from sphinx import addnodes

REFERENCE_PAGES = "generated/reference/"


def _drop_object_entries(app, doctree) -> None:
    if app.config.toc_object_entries:
        return
    for signature in doctree.findall(addnodes.desc_signature):
        signature.attributes.pop("_toc_name", None)
        signature.attributes.pop("_toc_parts", None)


def _link(href: str, text: str, code: bool = False) -> str:
    body = f"<code>{html.escape(text)}</code>" if code else html.escape(text)
    return f'<a class="reference internal" href="{href}">{body}</a>'


def header_toc(model, header: str, group_id) -> str:
    """The HTML list of a header's groups and their entities."""
    items = []
    for group in model.header_groups(header):
        entities = []
        for name in group.members:
            entity = model.get(name)
            if entity is None or entity.kind == "file":
                continue
            if name.startswith("P") and name[1:] in group.members:
                continue              # PHV_X, the pointer typedef of HV_X
            entities.append(f"<li>{_link('#' + entity.anchor, name, code=True)}</li>")
        sub = f"<ul>{''.join(entities)}</ul>" if entities else ""
        items.append(f"<li>{_link('#' + group_id(group.name), group.title or group.name)}"
                     f"{sub}</li>")
    return f"<ul><li>{_link('#', header)}<ul>{''.join(items)}</ul></li></ul>" if items else ""


def _page_toc(app, pagename, templatename, context, doctree) -> None:
    if not pagename.startswith(REFERENCE_PAGES) or pagename.endswith("/index"):
        return
    from .pages import group_label

    header = "hvref/" + pagename[len(REFERENCE_PAGES):] + ".h"
    toc = header_toc(app.hvref_model, header, lambda g: nodes.make_id(group_label(g)))
    if toc:
        context["toc"] = toc


def setup(app) -> None:
    # Before Sphinx's TocTreeCollector (priority 500) reads the doctree.
    app.connect("doctree-read", _drop_object_entries, priority=100)
    # Before Furo's handler (priority 500), which decides from "toc" whether
    # the page has a table of contents to show.
    app.connect("html-page-context", _page_toc, priority=400)
