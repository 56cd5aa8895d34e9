"""Build-speed code for the hvref site, apart from the content code.

Nothing here changes what the site says: each piece makes the same pages
sooner, states the releases it was measured on, and switches itself off on
others. The site builds the same without this package: conf.py loads it
unless HVREF_SPEED=0, and tests/tools/check_rebuild.py compares a site built
with it against one built without it, byte for byte. What each piece saves
is measured by `bench/run --speed off` against `bench/run` (CONTRIBUTING.md).
"""

from __future__ import annotations

from sphinx.util import logging

from . import findall, gcpolicy

logger = logging.getLogger(__name__)


def setup(app):
    for piece in (findall, gcpolicy):
        if not piece.install(app):
            logger.info(f"hvref_speed: {piece.__name__} is off: {piece.APPLIES_TO} "
                        "only")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
