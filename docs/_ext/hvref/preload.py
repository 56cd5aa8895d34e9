"""Work Sphinx would do later in the build, done while it waits for Doxygen.

build_site starts Sphinx while Doxygen runs, and the hvref extension then
waits, idle, for Doxygen's XML (``__init__._wait_for``): about 2 s of a
one-comment rebuild on bench/run's full-scale tree. Meanwhile it loads what
the build will need from the last one, each step's result handed to the
code that would otherwise load it:

* the saved environment (every page's metadata, the C domain's symbols),
  which Sphinx 5.3 unpickles right after config-inited (0.5-0.7 s): the
  loaded object is given to ``Sphinx._load_existing_env``, and what Sphinx
  does with it (setup, and a fresh environment if that fails) is unchanged;
* the last search index, read and parsed (``search_entries.preload``,
  about 0.05 s);
* genindex's kept entries (``genindex_cache.preload``);
* modules imported only when the first page is written: Furo's navigation
  (with BeautifulSoup), Jinja's extensions, minidom's builder (0.07 s).

Nothing here fails a build: a step that cannot load leaves the work to the
code that does it in every build, which reports any error itself.
"""

from __future__ import annotations

import importlib
import os
import pickle
from typing import Dict, Optional, Tuple

_loaded: Dict[str, object] = {}

LATE_MODULES = ("furo.navigation", "jinja2.ext", "xml.dom.expatbuilder")


def env_stamp(filename: str) -> Optional[Tuple[int, int]]:
    """Size and timestamp of an environment pickle: which one a build
    loaded, and which one cdomain_objects' kept objects go with."""
    try:
        stat = os.stat(filename)
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)


def preload(app) -> None:
    """Loads, from the last build, what this build will ask for."""
    from sphinx.application import ENV_PICKLE_FILENAME

    from . import genindex_cache, search_entries

    filename = os.path.join(app.doctreedir, ENV_PICKLE_FILENAME)
    try:
        with open(filename, "rb") as f:
            _loaded[filename] = pickle.load(f)
    except Exception:       # noqa: BLE001 - Sphinx's own load reports it
        pass
    search_entries.preload(os.path.join(app.outdir, "searchindex.js"))
    genindex_cache.preload(app.doctreedir)
    for module in LATE_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:  # another theme: imported when needed, if at all
            pass


def install() -> None:
    from sphinx.application import Sphinx

    original = Sphinx._load_existing_env

    def load_existing_env(self, filename: str):
        # Which environment pickle this build starts from (cdomain_objects).
        self._hvref_loaded_env = env_stamp(filename)
        env = _loaded.pop(filename, None)
        if env is None:
            return original(self, filename)
        try:
            env.setup(self)
        except Exception:   # noqa: BLE001 - Sphinx loads it again, reports, starts afresh
            return original(self, filename)
        self._fresh_env_used = False
        return env

    Sphinx._load_existing_env = load_existing_env
