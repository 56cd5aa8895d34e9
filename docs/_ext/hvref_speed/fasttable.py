"""The `hvref-table` directive (docs/_ext/hvref/tables.py), kept compact.

Generated pages hold thousands of table rows (every field of every layout,
every call code, every spec section). As docutils tables each cell is four
to six nodes (entry, paragraph, text, literal, ...), and every Sphinx and
docutils transform walks all of them, the doctrees are pickled and loaded
again, and the writer visits each one: on bench/run's full-scale tree the
tables were over half the site's nodes and the largest share of its build.

So a table is one `hvref_table` node. A cell's plain text and literals are
stored as data, (kind, text) pairs; only the inline nodes that need Sphinx
(cross-references, links, anchors, problems) stay nodes, each in a wrapper
child, where Sphinx resolves and checks them as anywhere else (nitpicky). The
HTML writer renders the table as docutils and Furo would (the same elements
and classes, the Furo wrapper div), with the translator's own text and
literal rendering. One text child holds the table's plain text, so that the
full-text search still indexes it.

Content: one line per row, cells separated by SEPARATOR; cells hold inline
markup only. Options: :header-rows:, :widths:, :class: (as list-table).
"""

from __future__ import annotations

import re
from typing import List, Tuple, Union

from docutils import nodes

from hvref import tables
from hvref.tables import rows_of

APPLIES_TO = "docutils 0.22 and Sphinx 9.0 (the HTML it writes is theirs and Furo 2025's)"

# A cell that the inline parser would return as one text node: no markup,
# no escapes, nothing that could start a reference, a role or a link.
PLAIN = re.compile(r"[^`*|_\\:<>\[\]@]*")
LITERAL = re.compile(r"``([^`\\]+)``")
# Inline nodes stored as (kind, text) when they hold one text node.
SIMPLE = {nodes.literal: "code", nodes.emphasis: "em", nodes.strong: "strong"}

Part = Union[Tuple[str, str], int]       # (kind, text), or a wrapper's index


class hvref_table(nodes.General, nodes.Element):
    """A generated table. Attributes: ``rows`` (cells of parts), ``widths``,
    ``header_rows``, ``classes``. Children: one ``hvref_table_part`` per
    inline node that stays a node, then the search text."""


class hvref_table_part(nodes.Inline, nodes.TextElement):
    """Holds one cell's node that Sphinx must process (a reference...)."""


class HvrefTable(tables.HvrefTable):
    """The content's directive, with the same content and options, making
    one node instead of a docutils table."""

    def run(self):
        rows = rows_of(self.content)
        columns = len(rows[0])
        widths = [int(w) for w in self.options.get("widths", "").split()]
        if widths and len(widths) != columns:
            raise self.error(f"hvref-table: {len(widths)} widths for {columns} columns")
        table = hvref_table(classes=list(self.options.get("class", [])), widths=widths,
                            header_rows=self.options.get("header-rows", 0))
        self.messages: List[nodes.Node] = []
        self.words: List[str] = []
        table["rows"] = [[self.cell(table, cell, self.lineno + index + 1) for cell in cells]
                         for index, cells in enumerate(rows)]
        table += nodes.Text(" ".join(self.words))
        return [table] + self.messages

    def cell(self, table: hvref_table, text: str, line: int) -> List[Part]:
        if not text:
            return []
        if PLAIN.fullmatch(text) and "//" not in text:
            self.words.append(text)
            return [("text", text)]
        literal = LITERAL.fullmatch(text)
        if literal:
            self.words.append(literal.group(1))
            return [("code", literal.group(1))]
        inline, problems = self.state.inline_text(text, line)
        self.messages += problems
        parts: List[Part] = []
        for node in inline:
            kind = "text" if isinstance(node, nodes.Text) else SIMPLE.get(type(node))
            if kind and (kind == "text" or (len(node) == 1 and isinstance(node[0], nodes.Text)
                                            and not node["classes"])):
                parts.append((kind, node.astext()))
                self.words.append(node.astext())
            else:
                parts.append(len(table.children))
                table += hvref_table_part("", "", node)
        return parts


def visit_table_html(translator, node: hvref_table) -> None:
    """Writes what docutils' and Furo's table markup would be."""
    body = translator.body
    classes = list(node["classes"])
    widths = node["widths"]
    wrapper = (["colwidths-given"] if widths else []) + classes
    body.append(f'<div class="{" ".join(["table-wrapper"] + wrapper + ["docutils", "container"])}">\n')
    body.append(f'<table class="{" ".join(classes + ["docutils", "align-default"])}">\n')
    if widths:
        total = sum(widths)
        body.append("<colgroup>\n")
        body += [f'<col style="width: {100 * w / total:.1f}%" />\n' for w in widths]
        body.append("</colgroup>\n")
    header_rows = node["header_rows"]
    for index, row in enumerate(node["rows"]):
        if index == 0 and header_rows:
            body.append("<thead>\n")
        if index == header_rows:
            body.append("<tbody>\n")
        tag = "th" if index < header_rows else "td"
        head = ' class="head"' if index < header_rows else ""
        body.append(f'<tr class="row-{"odd" if index % 2 == 0 else "even"}">')
        for cell in row:
            if not cell:
                body.append(f"<{tag}{head}></{tag}>\n")
                continue
            body.append(f"<{tag}{head}><p>")
            for part in cell:
                _write_part(translator, node, part)
            body.append(f"</p></{tag}>\n")
        body.append("</tr>\n")
        if index == header_rows - 1:
            body.append("</thead>\n")
    if len(node["rows"]) > header_rows:
        body.append("</tbody>\n")
    body.append("</table>\n</div>\n")
    raise nodes.SkipNode


def _write_part(translator, table: hvref_table, part: Part) -> None:
    if isinstance(part, int):
        for child in table.children[part].children:
            child.walkabout(translator)
        return
    kind, text = part
    if kind == "text":
        translator.body.append(translator.encode(text))
        return
    if kind == "code":
        translator.body.append('<code class="docutils literal notranslate">')
        translator.protect_literal_text += 1
        translator.visit_Text(nodes.Text(text))
        translator.protect_literal_text -= 1
        translator.body.append("</code>")
        return
    translator.body.append(f"<{kind}>{translator.encode(text)}</{kind}>")


def _skip(translator, node) -> None:
    raise nodes.SkipNode


def install(app) -> bool:
    import docutils
    import sphinx

    if not (docutils.__version__.startswith("0.22") and sphinx.version_info[:2] == (9, 0)):
        return False
    app.add_directive("hvref-table", HvrefTable, override=True)
    app.add_node(hvref_table, html=(visit_table_html, None))
    app.add_node(hvref_table_part, html=(_skip, None))
    return True
