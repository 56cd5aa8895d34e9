"""The search index's English stemmer, remembered per word.

Sphinx stems every word of every page for the full-text index, one call of
the pure-Python Snowball stemmer per occurrence; the site's pages repeat the
same identifiers and words thousands of times (on bench/run's full-scale
tree: 82,000 stems of a few thousand distinct words, about 4% of a clean
build). A stem depends on the word alone, so each is computed once.
"""

from __future__ import annotations

import functools

import sphinx

APPLIES_TO = "Sphinx 9.0 (sphinx.search.en.SearchEnglish.stem)"


def install(app) -> bool:
    if sphinx.version_info[:2] != (9, 0):
        return False
    from sphinx.search import en

    stem = en.SearchEnglish.stem
    if getattr(stem, "hvref_cached", False):
        return True
    # One cache for the process: the stemmer has no state between words.
    cache: dict = {}

    @functools.wraps(stem)
    def cached_stem(self, word: str) -> str:
        result = cache.get(word)
        if result is None:
            result = cache[word] = stem(self, word)
        return result

    cached_stem.hvref_cached = True
    en.SearchEnglish.stem = cached_stem
    return True
