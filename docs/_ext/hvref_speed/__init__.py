"""Build-speed code for the hvref site, apart from the content code.

Nothing here changes what the site says: each piece makes the same pages
sooner, states the releases it was measured on, and switches itself off on
others. The site builds the same without this package: conf.py loads it
unless HVREF_SPEED=0, and tests/tools/check_rebuild.py compares a site built
with it against one built without it, byte for byte. What each piece saves
is measured by `bench/run --speed off` against `bench/run`, and a piece alone
with HVREF_SPEED_OFF=piece,... (CONTRIBUTING.md, "Build speed").

Pieces: fasttable (generated tables as one node each), gcpolicy (fewer
cycle collections), stemcache (the search index's stemmer remembered per
word), furonav (Furo's navigation computed once per folder of orphan
pages) and quickexit (no object-by-object teardown after a finished build). Measured and removed because they no longer paid on
Sphinx 9.0 / docutils 0.22 with fasttable on: a docutils findall without
nested generators, and PyStemmer's C stemmers for the search index.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sphinx.util import logging

from . import fasttable, furonav, gcpolicy, quickexit, stemcache

logger = logging.getLogger(__name__)


PIECES = (fasttable, gcpolicy, stemcache, furonav, quickexit)


def setup(app):
    # HVREF_SPEED_OFF=fasttable,gcpolicy leaves those pieces out, to measure
    # each piece's share (bench/run's --speed off leaves out the package).
    left_out = set(os.environ.get("HVREF_SPEED_OFF", "").replace(",", " ").split())
    unknown = left_out - {piece.__name__.rsplit(".", 1)[1] for piece in PIECES}
    if unknown:
        raise ValueError(f"HVREF_SPEED_OFF names no piece of hvref_speed: {sorted(unknown)}")
    for piece in PIECES:
        if piece.__name__.rsplit(".", 1)[1] in left_out:
            continue
        if not piece.install(app):
            logger.info(f"hvref_speed: {piece.__name__} is off: {piece.APPLIES_TO} "
                        "only")
    # Its own environment version: a build folder made with this package on
    # (whose doctrees may hold fasttable's nodes) is read afresh without it.
    return {"version": "1", "env_version": _code_version(),
            "parallel_read_safe": True, "parallel_write_safe": True}


def _code_version() -> int:
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    return int(digest.hexdigest()[:8], 16)
