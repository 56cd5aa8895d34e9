"""The `hvref-table` directive of the generated pages: a list-table written
one row per line.

Content: one line per row, cells separated by SEPARATOR; cells hold inline
markup only. Options: :header-rows:, :widths:, :class: (as list-table). The
table is docutils' own list-table; docs/_ext/hvref_speed/fasttable.py
renders the same HTML with far fewer nodes.
"""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

SEPARATOR = " \u2502 "


def rows_of(content) -> list:
    """The rows' cells. Split on the bare bar: docutils strips the trailing
    space of a row whose last cell is empty."""
    rows = [[cell.strip() for cell in line.split(SEPARATOR.strip())]
            for line in content if line.strip()]
    columns = max(len(row) for row in rows)
    return [row + [""] * (columns - len(row)) for row in rows]


class HvrefTable(SphinxDirective):
    has_content = True
    option_spec = {
        "header-rows": directives.nonnegative_int,
        "widths": directives.unchanged,
        "class": directives.class_option,
    }

    def run(self):
        rows = rows_of(self.content)
        widths = self.options.get("widths", "").split()
        if widths and len(widths) != len(rows[0]):
            raise self.error(f"hvref-table: {len(widths)} widths for {len(rows[0])} columns")
        text = [".. list-table::", f"   :header-rows: {self.options.get('header-rows', 0)}"]
        if widths:
            text.append(f"   :widths: {' '.join(widths)}")
        if self.options.get("class"):
            text.append(f"   :class: {' '.join(self.options['class'])}")
        text.append("")
        for row in rows:
            text += [f"   {'*' if index == 0 else ' '} - {cell}".rstrip()
                     for index, cell in enumerate(row)]
        container = nodes.Element()
        source, line = self.get_source_info()
        self.state.nested_parse(StringList(text, source), self.content_offset, container)
        return container.children


def setup(app) -> None:
    app.add_directive("hvref-table", HvrefTable)
