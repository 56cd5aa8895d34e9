"""Sphinx configuration of the hvref site. Build it with
`cmake --build build --target site` (see README.md), which runs
docs/build_site.py: Doxygen first, then Sphinx with this folder as its
configuration directory (-c) and build/docs/src as its source directory."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

project = "hvref"
author = "hvref contributors"
copyright = "hvref contributors; TLFS facts © Microsoft, see Sources"
version = release = "0.1"

extensions = ["breathe", "sphinx_copybutton", "hvref"]
# Build-speed code (docs/_ext/hvref_speed/): the same site, sooner. HVREF_SPEED=0
# builds without it; tests/tools/check_rebuild.py compares the two.
if os.environ.get("HVREF_SPEED", "1") != "0":
    extensions.append("hvref_speed")

# Spec links and page data come from the catalogue; C entities from Breathe.
breathe_default_project = "hvref"
breathe_domain_by_extension = {"h": "c"}
breathe_show_define_initializer = True
breathe_show_enumvalue_initializer = True
primary_domain = "c"
# Straight quotes, as in the C the pages quote; SmartQuotes was also the
# largest docutils transform of the build (see CONTRIBUTING.md, build speed).
smartquotes = False
highlight_language = "c"
# C objects stay out of the table of contents, as they were with Sphinx 5.3
# and Breathe 4: a header page would list every macro and field under "On
# this page", and Furo copies every page's whole table of contents into the
# navigation of every page (with them, 43 of the real tree's 61 s of Sphinx).
toc_object_entries = False

# Every reference must resolve. The only exceptions are the C standard
# library's types that the headers build on, which no page of ours defines.
nitpicky = True
nitpick_ignore = [("c:identifier", name) for name in (
    "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t", "int16_t", "int32_t",
    "int64_t", "size_t", "uintptr_t")]

exclude_patterns = []
templates_path = []

html_theme = "furo"
html_title = "hvref"
html_static_path = ["_static"]
html_css_files = ["hvref.css"]
# The search box's identifier lookup (its index is generated into _static/ by
# docs/_ext/hvref/lookup.py) and the hypercall table's sorting and filters.
html_js_files = ["hvref-lookup-index.js", "hvref-lookup.js", "hvref-table.js"]
html_copy_source = False
html_show_sourcelink = False
# Sphinx 5.3 fetch()es each search hit for a snippet, which a file:// page
# cannot do (a CORS error in the console): no snippets.
html_show_search_summary = False
# No request to any other host: no web fonts, no analytics, no CDN.
html_theme_options = {"top_of_page_buttons": []}
