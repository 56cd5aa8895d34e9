"""Serve repaired Furo assets in place of the broken ones of Debian's furo.

Debian 12's furo package ships a ``styles/furo.css`` that imports
``/javascript/normalize.css/normalize.css`` (absolute: a 404 on a static
host or file://) and an unbundled ES-module ``scripts/furo.js`` that fails
as a classic script.  ``docs/theme/build_assets.py`` writes repaired copies
into a directory; this extension, given that directory as
``hvref_theme_assets``, puts it first in ``html_static_path``.

Sphinx 5.3 copies the theme's static files into ``_static/`` first and the
project's ``html_static_path`` entries afterwards, overwriting files of the
same relative path (``StandaloneHTMLBuilder.copy_static_files``), so
``styles/furo.css`` and ``scripts/furo.js`` from that directory replace the
theme's, and ``vendor/normalize.css`` is added next to them.  Being first
in the list, the project's own static directories can still override it.

It also points Furo's ``?digest=`` cache-busting query of those two files
at the repaired content (Furo hashes the files it ships).
"""

from __future__ import annotations

import hashlib
import os
from typing import Any, Dict

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.errors import ExtensionError
from sphinx.util import logging

logger = logging.getLogger(__name__)

# Run at the repository root.
BUILD_COMMAND = "npm ci && /usr/bin/python3 docs/theme/build_assets.py --out DIR"
REQUIRED = ("styles/furo.css", "scripts/furo.js", "vendor/normalize.css")
DIGESTED = ("styles/furo.css", "scripts/furo.js")


def _assets_dir(app: Sphinx) -> str:
    value = app.config.hvref_theme_assets
    if not value:
        raise ExtensionError(
            "hvref_theme: hvref_theme_assets is not set; create the repaired "
            f"Furo assets at the repository root with `{BUILD_COMMAND}` and pass "
            "-D hvref_theme_assets=DIR (or set it in conf.py)"
        )
    return os.path.normpath(os.path.join(app.confdir, os.fspath(value)))


def _builder_inited(app: Sphinx) -> None:
    if not isinstance(app.builder, StandaloneHTMLBuilder):
        return  # latex, man, linkcheck, ...: no theme assets to repair
    assets = _assets_dir(app)
    if not os.path.isdir(assets):
        raise ExtensionError(
            f"hvref_theme: repaired Furo assets directory {assets!r} does not "
            f"exist; create it at the repository root with "
            f"`{BUILD_COMMAND.replace('DIR', assets)}`"
        )
    missing = [rel for rel in REQUIRED if not os.path.isfile(os.path.join(assets, rel))]
    if missing:
        raise ExtensionError(
            f"hvref_theme: {assets!r} lacks {', '.join(missing)}; recreate it at "
            f"the repository root with `{BUILD_COMMAND.replace('DIR', assets)}`"
        )
    static_path = list(app.config.html_static_path)
    if assets not in static_path:
        # An absolute entry: copy_html_static_files joins it onto confdir.
        app.config.html_static_path = [assets] + static_path
    # On the builder: lives for this build only, and forked parallel writers
    # inherit it.
    app.builder.hvref_theme_digests = {  # type: ignore[attr-defined]
        rel: hashlib.sha1(_read(os.path.join(assets, rel))).hexdigest()
        for rel in DIGESTED
    }


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _html_page_context(
    app: Sphinx, pagename: str, templatename: str, context: Dict[str, Any], doctree: Any
) -> None:
    """Make ``_static/styles/furo.css?digest=`` hash the file actually served."""
    digests = getattr(app.builder, "hvref_theme_digests", None)
    if not digests:
        return
    for key in ("css_files", "script_files", "scripts"):
        for asset in context.get(key) or ():
            filename = getattr(asset, "filename", None)
            if not isinstance(filename, str):
                continue
            base, sep, _query = filename.partition("?digest=")
            rel = base[len("_static/"):] if base.startswith("_static/") else None
            if sep and rel in digests:
                try:
                    asset.filename = f"{base}?digest={digests[rel]}"
                except AttributeError:
                    pass


def setup(app: Sphinx) -> Dict[str, Any]:
    app.add_config_value("hvref_theme_assets", "", "html", [str])
    app.connect("builder-inited", _builder_inited)
    # After Furo's own handler (priority 500), which adds the ?digest= query.
    app.connect("html-page-context", _html_page_context, priority=900)
    return {
        "version": "1",
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
