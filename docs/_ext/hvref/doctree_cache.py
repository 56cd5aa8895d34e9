"""Pages read in this build are written from memory, not from their pickle.

Sphinx 5.3 pickles each page's tree when it has read it, then loads the
pickle again to write the page. On bench/run's full-scale tree loading
them back was a tenth of the Sphinx step. Sphinx 7.2 keeps the trees it read
in memory for its serial writer for the same reason; this module backports
that to the version Debian 12 ships:

* each tree Sphinx pickles in a serial build is also kept here;
* ``BuildEnvironment.get_doctree`` hands out the kept tree once (writing
  that page), and loads the pickle as before for every later request (the
  navigation reads the root page's tree again for each page) and for pages
  this build did not read.

The pickles are still written, so the next build reads exactly what it
would without this module. Parallel builds (-j) read in forked processes,
whose trees never reach the writer: nothing is kept there.
"""

from __future__ import annotations

from typing import Dict

_kept: Dict[str, object] = {}


def install(app) -> None:
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment
    from sphinx.util.docutils import LoggingReporter

    original_write = Builder.write_doctree
    original_get = BuildEnvironment.get_doctree

    def write_doctree(self, docname, doctree):
        original_write(self, docname, doctree)
        if self.app.parallel <= 1:
            _kept[docname] = doctree

    def get_doctree(self, docname):
        doctree = _kept.pop(docname, None)
        if doctree is None:
            return original_get(self, docname)
        doctree.settings.env = self
        doctree.reporter = LoggingReporter(self.doc2path(docname))
        return doctree

    Builder.write_doctree = write_doctree
    BuildEnvironment.get_doctree = get_doctree
    app.connect("build-finished", lambda app, exception: _kept.clear())
