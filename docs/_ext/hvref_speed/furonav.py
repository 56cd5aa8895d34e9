"""Furo's navigation tree, computed once per folder for orphan pages.

Furo renders the whole site navigation for every page: Sphinx copies and
resolves the global toctree, and Furo reparses the result with BeautifulSoup
to add its expand buttons (about 4% of a clean full-scale build). The call
pages and layout pages are orphans (`:orphan:`, in no toctree): nothing in
their navigation is marked as the current page, and its links are relative to
the page's folder only, so every orphan page of one folder gets the same
navigation. It is computed for the first and reused for the others; pages in
a toctree are computed as before.
"""

from __future__ import annotations

import posixpath

APPLIES_TO = "Furo 2025.12.19 (furo._compute_navigation_tree) on Sphinx 9.0"


def install(app) -> bool:
    import furo
    import sphinx

    if furo.__version__ != "2025.12.19" or sphinx.version_info[:2] != (9, 0):
        return False
    compute = furo._compute_navigation_tree
    if getattr(compute, "hvref_cached", False):
        return True
    cache: dict = {}
    state = {"in_toctrees": None}

    def in_toctrees() -> set:
        # Every document some toctree includes, and the root: their
        # navigation marks them current, so it is theirs alone. Known once
        # reading is over, which is before the first page is written.
        if state["in_toctrees"] is None:
            env = app.env
            included = {app.config.root_doc}
            for children in env.toctree_includes.values():
                included.update(children)
            state["in_toctrees"] = included
        return state["in_toctrees"]

    def cached_compute(context) -> str:
        pagename = context.get("pagename", "")
        env = app.env
        if pagename not in env.all_docs or pagename in in_toctrees():
            return compute(context)
        key = posixpath.dirname(pagename)
        if key not in cache:
            cache[key] = compute(context)
        return cache[key]

    def reset(*_args) -> None:
        cache.clear()
        state["in_toctrees"] = None

    cached_compute.hvref_cached = True
    furo._compute_navigation_tree = cached_compute
    app.connect("env-updated", reset)
    return True
