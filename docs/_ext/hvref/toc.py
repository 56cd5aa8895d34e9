"""Keeps C objects out of the table of contents when toc_object_entries is
False, as Sphinx's own directives do: Breathe (5.1 and earlier) names every
signature it renders for the table of contents whatever that setting says.

Without this, each header page lists every macro, type and field under "On
this page", and Furo copies every page's table of contents into the
navigation of every page: on the real tree that copy was 43 of Sphinx's 61 s.
"""

from __future__ import annotations

from sphinx import addnodes


def _drop_object_entries(app, doctree) -> None:
    if app.config.toc_object_entries:
        return
    for signature in doctree.findall(addnodes.desc_signature):
        signature.attributes.pop("_toc_name", None)
        signature.attributes.pop("_toc_parts", None)


def setup(app) -> None:
    # Before Sphinx's TocTreeCollector (priority 500) reads the doctree.
    app.connect("doctree-read", _drop_object_entries, priority=100)
