"""Loads Sphinx's saved environment while docs/build_site.py's other steps run.

On a rebuild Sphinx unpickles its environment (every page's metadata, the C
domain's symbols) right after config-inited: 0.5-0.7 s of the one-comment
rebuild on bench/run's full-scale tree. build_site starts Sphinx while
Doxygen runs and the hvref extension then waits, idle, for Doxygen's XML
(__init__._wait_for), so the environment is unpickled during that wait and
Sphinx 5.3's ``Sphinx._load_existing_env`` is given the loaded object
instead of reading the same file again. What Sphinx does with it (setup,
and a fresh environment if that fails) is unchanged.
"""

from __future__ import annotations

import os
import pickle
from typing import Dict

_loaded: Dict[str, object] = {}


def preload(app) -> None:
    """Unpickles the environment Sphinx is about to load, if there is one."""
    from sphinx.application import ENV_PICKLE_FILENAME

    filename = os.path.join(app.doctreedir, ENV_PICKLE_FILENAME)
    try:
        with open(filename, "rb") as f:
            _loaded[filename] = pickle.load(f)
    except Exception:       # noqa: BLE001 - Sphinx's own load reports it
        pass


def install() -> None:
    from sphinx.application import Sphinx

    original = Sphinx._load_existing_env

    def load_existing_env(self, filename: str):
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
