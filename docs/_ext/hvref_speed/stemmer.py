"""The search index's word stems from PyStemmer's C stemmers.

snowballstemmer, which Sphinx's English search uses, runs its pure-Python
stemmers unless the ``Stemmer`` module (PyStemmer, in docs/requirements.in)
is importable; both are built from the same Snowball sources and give the
same stems. docs/conf.py hides PyStemmer so that a build without this
package uses the pure-Python ones; this piece shows it again. Stemming was
about 7 % of a full build of the synthetic tree.
"""

from __future__ import annotations

import importlib.util
import sys

APPLIES_TO = "any release with PyStemmer installed"


def install(app) -> bool:
    if sys.modules.get("Stemmer", 0) is None:
        del sys.modules["Stemmer"]          # docs/conf.py's block
    return importlib.util.find_spec("Stemmer") is not None
