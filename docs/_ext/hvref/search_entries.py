"""Index entries survive an incremental build's search index.

Sphinx 5.3 reloads the previous ``searchindex.js`` on a rebuild and feeds it
only the pages it writes again, but ``IndexBuilder.load`` restores titles
and words and not ``indexentries``: after a one-comment rebuild at full
scale the search index had lost 11,636 of them (every page except the
re-written ones), where a clean build has them all. Here ``load`` also
restores them from the loaded index, one list per page as ``feed`` keeps
them, and ``prune`` drops those of pages that are gone, as it does for
titles. The frozen form keeps the lower-cased entry and its anchor, which
is all ``freeze`` writes back, so the entries of unchanged pages are
written as a clean build writes them (the order of keys may differ).

``prune`` also drops the words no page has any more: Sphinx's own keeps
them with no page, so after a macro was renamed its old name stayed in the
index as an empty list, which a clean build does not have.

``preload`` reads and parses the last index while Sphinx waits for Doxygen
(preload.py); ``loads`` given that same text returns the parsed object.
"""

from __future__ import annotations

import json
from typing import Dict

_preloaded: Dict[str, object] = {}


def preload(path: str) -> None:
    """Reads and parses the search index at path, as ``loads`` would."""
    from sphinx.search import _JavaScriptIndex

    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        prefix, suffix = _JavaScriptIndex.PREFIX, _JavaScriptIndex.SUFFIX
        if text.startswith(prefix) and text.endswith(suffix):
            _preloaded["data"] = json.loads(text[len(prefix):-len(suffix)])
            _preloaded["text"] = text
    except (OSError, ValueError):   # Sphinx's own load meets and reports it
        _preloaded.clear()


def install() -> None:
    from sphinx.search import IndexBuilder, _JavaScriptIndex

    last = {}
    original_loads = _JavaScriptIndex.loads

    def loads(self, s):
        if "text" in _preloaded and _preloaded.pop("text") == s:
            data = _preloaded.pop("data")
        else:
            _preloaded.clear()
            data = original_loads(self, s)
        last["frozen"] = data
        return data

    original_load = IndexBuilder.load

    def load(self, stream, format):
        last.clear()
        original_load(self, stream, format)
        frozen = last.pop("frozen", None)
        if not isinstance(frozen, dict):
            return
        names = frozen["docnames"]
        entries = {name: [] for name in names}
        for entry, places in frozen.get("indexentries", {}).items():
            for doc, anchor in places:
                entries[names[doc]].append((entry, anchor, ""))
        self._index_entries = entries

    original_prune = IndexBuilder.prune

    def prune(self, docnames):
        keep = set(docnames)
        original_prune(self, keep)
        self._index_entries = {name: value for name, value in self._index_entries.items()
                               if name in keep}
        # Words left with no page (see the module's docstring).
        for mapping in (self._mapping, self._title_mapping):
            for word in [word for word, names in mapping.items() if not names]:
                del mapping[word]

    _JavaScriptIndex.loads = loads
    IndexBuilder.load = load
    IndexBuilder.prune = prune
