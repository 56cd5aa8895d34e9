"""The C domain's object list: built once per build, each page's part kept.

After Sphinx has read the pages, two steps of the HTML builder's finish ask
every domain for its objects: the search index (``IndexBuilder.freeze``)
and the inventory (``objects.inv``). Sphinx 5.3's C domain answers each time
by walking its whole symbol tree and formatting every symbol's name, display
name and newest id: about 0.12 s per walk on bench/run's full-scale tree,
paid on every build, the one-comment rebuild included. Here:

* once reading is over the symbols cannot change (writing only resolves
  references against them), so the list is built once and handed out
  again, sorted: both callers sort it, and sorting a sorted list is one
  pass;
* each page's objects are kept next to the doctrees
  (``hvref-c-objects.pickle``). A page this build did not read has the
  symbols it had when the list was kept, so its objects are taken from
  there, and only the pages read in this build are formatted. The file
  records the environment pickle written with it (size and timestamp);
  when the environment Sphinx loaded is another one (a build stopped
  between writing the two), nothing is reused.

The objects are those of Sphinx's ``CDomain.get_objects``, formatted by the
same calls; while pages are still being read, every call is Sphinx's own.
"""

from __future__ import annotations

import os
import pickle
from typing import Dict, List, Optional, Set, Tuple

CACHE_FILE = "hvref-c-objects.pickle"
_read: Set[str] = set()          # pages read in this build


def _entry(symbol) -> tuple:
    """Sphinx 5.3's CDomain.get_objects tuple for one symbol."""
    full = symbol.get_full_nested_name()
    return (str(full).lstrip("."), full.get_display_string().lstrip("."),
            symbol.declaration.objectType, symbol.docname,
            symbol.declaration.get_newest_id(), 1)


def _env_stamp(app) -> Optional[Tuple[int, int]]:
    from sphinx.application import ENV_PICKLE_FILENAME

    from .preload import env_stamp

    return env_stamp(os.path.join(app.doctreedir, ENV_PICKLE_FILENAME))


def _kept(app) -> Dict[str, List[tuple]]:
    """Each page's kept objects, if they go with the environment loaded."""
    import sphinx

    loaded = getattr(app, "_hvref_loaded_env", None)   # set by preload.install
    try:
        with open(os.path.join(app.doctreedir, CACHE_FILE), "rb") as f:
            kept = pickle.load(f)
        if loaded is not None and kept["sphinx"] == sphinx.__version__ and kept["env"] == loaded:
            return kept["objects"]
    except Exception:   # noqa: BLE001 - nothing usable kept: every page is formatted
        pass
    return {}


def _build(domain, app) -> List[tuple]:
    import sphinx

    docs = set(app.env.all_docs)
    kept = _kept(app)
    reuse = {d: kept[d] for d in docs - _read if d in kept}
    if len(reuse) != len(docs - _read):     # a page unread and not kept: format all
        reuse = {}
    objects: Dict[str, List[tuple]] = {d: [] for d in docs if d not in reuse}
    for symbol in domain.data["root_symbol"].get_all_symbols():
        if symbol.declaration is not None and symbol.docname not in reuse:
            objects.setdefault(symbol.docname, []).append(_entry(symbol))
    objects.update(reuse)
    with open(os.path.join(app.doctreedir, CACHE_FILE), "wb") as f:
        pickle.dump({"sphinx": sphinx.__version__, "env": _env_stamp(app), "objects": objects},
                    f, pickle.HIGHEST_PROTOCOL)
    return sorted(entry for entries in objects.values() for entry in entries)


def install(app) -> None:
    from sphinx.domains.c import CDomain
    from sphinx.util.build_phase import BuildPhase

    original = CDomain.get_objects

    def get_objects(self):
        app = getattr(self.env, "app", None)
        if app is None or app.phase < BuildPhase.CONSISTENCY_CHECK:
            return original(self)
        built = getattr(app, "_hvref_c_objects", None)
        if built is None or built[0] is not self.data:
            built = app._hvref_c_objects = (self.data, _build(self, app))
        return iter(built[1])

    CDomain.get_objects = get_objects
    app.connect("env-before-read-docs", lambda app, env, docnames: _read.update(docnames))
