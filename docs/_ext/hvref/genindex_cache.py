"""The general index's grouped and sorted entries, kept between builds.

On every build Sphinx 5.3 makes genindex from scratch: ``IndexEntries
.create_index`` splits, links, groups and sorts every page's index entries
(about 16,000 on bench/run's full-scale tree, 0.18 s of a one-comment
rebuild) before the page is rendered. Its result depends only on those
entries, the builder's page suffix and the language. A comment edit changes
none of them, so the result is kept next to the doctrees with a digest of
its inputs and reused while the digest matches. Rendering is unchanged.

A result whose making logged a warning is not kept, so that the warning
comes again on the next build (``-W`` fails it again). ``preload`` loads the
kept result while Sphinx waits for Doxygen (preload.py).
"""

from __future__ import annotations

import hashlib
import os
import pickle

CACHE_FILE = "hvref-genindex.pickle"
_kept: dict = {}


def preload(doctreedir: str) -> None:
    """Loads the kept (digest, result), if there is one."""
    _kept.clear()
    try:
        with open(os.path.join(doctreedir, CACHE_FILE), "rb") as f:
            _kept["digest"], _kept["result"] = pickle.load(f)
    except Exception:   # noqa: BLE001 - no usable cache: create_index makes the index
        _kept.clear()


def _digest(env, builder) -> str:
    import sphinx

    entries = env.get_domain("index").entries
    inputs = (sphinx.__version__, builder.name, getattr(builder, "link_suffix", ""),
              env.config.language, sorted(entries.items()))
    return hashlib.sha1(repr(inputs).encode("utf-8")).hexdigest()


def install() -> None:
    from sphinx.environment.adapters.indexentries import IndexEntries

    original = IndexEntries.create_index

    def create_index(self, builder, *args, **kwargs):
        if args or kwargs:                 # not the defaults genindex uses
            return original(self, builder, *args, **kwargs)
        if not _kept:
            preload(self.env.doctreedir)
        kept = dict(_kept)
        _kept.clear()                      # handed out once; a second call reloads
        digest = _digest(self.env, builder)
        if kept.get("digest") == digest:
            return kept["result"]
        warnings = builder.app._warncount
        result = original(self, builder)
        if builder.app._warncount == warnings:
            with open(os.path.join(self.env.doctreedir, CACHE_FILE), "wb") as f:
                pickle.dump((digest, result), f, pickle.HIGHEST_PROTOCOL)
        return result

    IndexEntries.create_index = create_index
