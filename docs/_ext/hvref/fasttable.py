"""The `hvref-table` directive: the generated pages' tables, built directly.

docutils' list-table parses every cell as a nested document (a new state
machine per cell); on the full-scale benchmark tree the generated tables
cost a third of the whole build that way. Generated cells only ever hold
inline markup (literals, roles, links), so this directive parses each cell
with the inline parser alone and builds the same table nodes list-table
would, with the same options (:header-rows:, :widths:, :class:).

Content: one line per row, cells separated by SEPARATOR.
"""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

SEPARATOR = " \u2502 "


class HvrefTable(SphinxDirective):
    has_content = True
    option_spec = {
        "header-rows": directives.nonnegative_int,
        "widths": directives.unchanged,
        "class": directives.class_option,
    }

    def run(self):
        # Split on the bare bar: docutils strips the trailing space of a row
        # whose last cell is empty.
        rows = [line.split(SEPARATOR.strip()) for line in self.content if line.strip()]
        columns = max(len(row) for row in rows)
        widths = [int(w) for w in self.options.get("widths", "").split()]
        if widths and len(widths) != columns:
            raise self.error(f"hvref-table: {len(widths)} widths for {columns} columns")
        table = nodes.table(classes=list(self.options.get("class", [])))
        if widths:
            table["classes"].append("colwidths-given")
        group = nodes.tgroup(cols=columns)
        table += group
        for width in widths or [1] * columns:
            group += nodes.colspec(colwidth=width)
        head, body = nodes.thead(), nodes.tbody()
        header_rows = self.options.get("header-rows", 0)
        messages = []
        for index, cells in enumerate(rows):
            row = nodes.row()
            for cell in cells + [""] * (columns - len(cells)):
                entry = nodes.entry()
                text = cell.strip()
                if text:
                    inline, problems = self.state.inline_text(text, self.lineno + index + 1)
                    entry += nodes.paragraph(text, "", *inline)
                    messages += problems
                row += entry
            (head if index < header_rows else body).append(row)
        if len(head):
            group += head
        group += body
        return [table] + messages


def setup(app) -> None:
    app.add_directive("hvref-table", HvrefTable)
