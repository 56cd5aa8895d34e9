"""Keeps the index entries of unchanged pages in an incremental build's
search index.

Sphinx 8 and 9.0 keep a page's index entries (what the search page lists
for an object's name, "HV_X64_MSR_SINT9 (C macro)") only in memory, gathered
while pages are written; the environment is saved before writing, and
``IndexBuilder.load`` restores titles and terms from the last
``searchindex.js`` but not its index entries. So a rebuild that writes one
page drops every other page's entries: after a one-comment edit, 640 of the
real tree's objects could no longer be found by name on the search page.
This restores them from the loaded index, in the order a clean build feeds
them (pages sorted by name); pages written again replace theirs as usual.
tests/tools/check_rebuild.py (test site.rebuild) compares a rebuild with a
clean build, so a Sphinx release that behaves differently fails that test.
"""

from __future__ import annotations

import io

import sphinx
from sphinx.search import IndexBuilder

APPLIES_TO = ((8, 0), (9, 0))


def _load_with_index_entries(original):
    def load(self, stream, format):
        text = stream.read()
        original(self, io.BytesIO(text) if isinstance(text, bytes) else io.StringIO(text), format)
        frozen = (self.formats[format] if isinstance(format, str) else format).loads(text)
        index2fn = frozen["docnames"]
        per_doc = {name: set() for name in index2fn}
        for entry, places in frozen.get("indexentries", {}).items():
            for doc_index, entry_id, main in places:
                per_doc[index2fn[doc_index]].add((entry, entry_id, "main" if main else ""))
        self._index_entries.clear()
        for name in sorted(per_doc):
            if per_doc[name]:
                self._index_entries[name] = sorted(per_doc[name])
    return load


def install() -> bool:
    if not APPLIES_TO[0] <= sphinx.version_info[:2] <= APPLIES_TO[1]:
        return False
    IndexBuilder.load = _load_with_index_entries(IndexBuilder.load)
    return True
