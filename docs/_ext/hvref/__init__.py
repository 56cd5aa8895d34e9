"""hvref's Sphinx extension: spec-reference roles and generated pages.

Loads the entity model (references/model.py: the catalogue, the headers,
Doxygen's XML, the layouts as compiled, the examples) once per build,
generates the reference pages from it into the source directory's
generated/, and points Breathe at Doxygen's XML. See CONTRIBUTING.md for the conventions it relies on.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "references"))
import catalogue as cat  # noqa: E402
import model as hvmodel  # noqa: E402

# Sphinx is imported only when Sphinx loads the extension.


def _wait_for(config, step: str) -> None:
    """Waits until docs/build_site.py says `step` is done. build_site starts
    Sphinx while Doxygen runs, so that Sphinx's start-up and the reading of
    the catalogue and headers overlap it, and sends one line on standard
    input per finished step ("xml", then "inputs"). Without
    hvref_wait_for_steps (Sphinx run by hand), the steps are already done."""
    from sphinx.errors import ExtensionError

    if not config.hvref_wait_for_steps:
        return
    line = sys.stdin.readline().strip()
    if line != step:
        raise ExtensionError(f"docs/build_site.py sent {line or 'nothing'!r} where it should "
                             f"have said that its {step!r} step was done; build the site with "
                             "docs/build_site.py, or without -D hvref_wait_for_steps")


def _config_inited(app, config) -> None:
    from sphinx.errors import ExtensionError
    from sphinx.util import logging

    from . import pages

    root = Path(config.hvref_root or ROOT)
    xml_dir = Path(config.hvref_doxygen_xml or root / "build" / "docs" / "xml")
    config.breathe_projects = {"hvref": str(xml_dir)}
    try:
        written = hvmodel.read_written(root)     # while Doxygen runs
        _wait_for(config, "xml")
        if not (xml_dir / "index.xml").exists():
            raise ExtensionError(f"no Doxygen XML in {xml_dir}: build the site with "
                                 "`cmake --build build --target site`, which runs Doxygen first")
        _wait_for(config, "inputs")
        # Read once per build; the pages and the lookup index (lookup.py) use it.
        layouts = Path(config.hvref_layouts or xml_dir.parent / "layouts.json")
        if not layouts.exists():
            raise ExtensionError(f"{layouts}: no layout JSON; build the site with "
                                 "docs/build_site.py, whose layouts step writes it")
        app.hvref_model = hvmodel.load(root, xml_dir, layouts,
                                       Path(app.doctreedir) / "hvref-doxyxml.pickle", written)
        written = pages.generate(app.hvref_model, Path(app.srcdir) / "generated")
    except cat.CatalogueError as error:
        raise ExtensionError(str(error)) from None
    logging.getLogger(__name__).info(f"hvref: {len(written)} generated pages")


def _note_xml_dependencies(app, doctree) -> None:
    """Breathe records no dependencies: make a header's reference page depend
    on that header's XML, so that Sphinx re-reads it exactly when Doxygen's
    output for the header changed (docs/_ext/hvref/doxyfilter.py keeps the
    timestamps of unchanged files)."""
    docname = app.env.docname
    if docname.startswith("generated/reference/") and docname != "generated/reference/index":
        header = "hvref/" + docname.rsplit("/", 1)[1] + ".h"
        for path in app.hvref_model.files_by_header.get(header, []):
            app.env.note_dependency(str(path))


def setup(app):
    from . import compact_html, retvals, roles, search_index_fix, tables, toc

    compact_html.setup(app)
    tables.setup(app)
    retvals.setup(app)
    toc.setup(app)
    if not search_index_fix.install():
        from sphinx.util import logging
        logging.getLogger(__name__).info("hvref: search_index_fix is off (Sphinx 8.0 to 9.0 only)")

    app.add_config_value("hvref_root", "", "env")
    app.add_config_value("hvref_doxygen_xml", "", "env")
    app.add_config_value("hvref_layouts", "", "env")   # layout_probe.py's JSON
    app.add_config_value("hvref_wait_for_steps", "", "")   # set by build_site.py
    for name in roles.ROLES:
        app.add_role(name, roles.make_role(name))
    app.connect("config-inited", _config_inited)
    app.connect("doctree-read", _note_xml_dependencies)
    from . import history
    app.connect("doctree-read", history.add_entity_lines)   # editions under each entity
    from . import lookup
    lookup.setup(app)      # the search box's identifier index
    return {"version": "1", "env_version": _code_version(),
            "parallel_read_safe": True, "parallel_write_safe": True}


# Build steps that run before Sphinx, as programs of their own: Sphinx reads
# their output (the XML, layouts.json), whose changes re-read exactly the
# pages they affect, so editing them must not re-read every page.
_BEFORE_SPHINX = ("doxyfilter.py", "layout_probe.py")


def _code_version() -> int:
    """A number that changes with this extension's code: Sphinx re-reads
    every page when it changes, since generated rst that did not change can
    still render differently (a directive or role changed)."""
    import hashlib

    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        if module.name not in _BEFORE_SPHINX:
            digest.update(module.read_bytes())
    return int(digest.hexdigest()[:8], 16)
