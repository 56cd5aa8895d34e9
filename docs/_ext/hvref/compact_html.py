"""Pages without the theme templates' indentation.

Every page repeats Furo's frame (icons, navigation, theme toggles): about
14 KB of a 22 KB call page, and the site has a page per call code. The
templates indent their markup for their authors; browsers ignore it, so the
templates are read without the leading whitespace of each line. Only the
templates' own text changes: the page content Sphinx inserts into them
(code blocks included) is untouched. This keeps the site within twice the
size of Doxygen's own HTML (README, "Benchmark").
"""

from __future__ import annotations

import re

from jinja2.ext import Extension

_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)


class DedentTemplates(Extension):
    """A Jinja extension that drops each template line's indentation."""

    def preprocess(self, source, name, filename=None):
        return _INDENT.sub("", source)


def _builder_inited(app) -> None:
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.add_extension(DedentTemplates)


def setup(app) -> None:
    app.connect("builder-inited", _builder_inited)
