"""Two changes to how Breathe 4.34 works, for build speed; rendering is untouched.

* doxygenfile finds its file by walking Doxygen's whole index and parsing
  every compound's XML (1,238 files for one synthetic page: 9 of its 12 s).
  Here the walk sees only the index's file compounds with the header's name,
  so it parses that file's XML and nothing else. What is rendered, and how,
  is Breathe's own code.
* Breathe records, for each page, every XML file its directive parsed; with
  the walk above that was every XML file for every page, so any header change
  re-read every reference page. hvref declares each page's real dependencies
  instead (__init__._note_xml_dependencies).
"""

from __future__ import annotations

import posixpath


class _FileCompoundsOnly:
    """Doxygen's parsed index, showing only the file compounds named `name`."""

    node_type = "doxygen"

    def __init__(self, index, name: str):
        self._index = index
        self._name = posixpath.basename(name)

    def get_compound(self):
        return [c for c in self._index.get_compound()
                if c.kind == "file" and posixpath.basename(c.name) == self._name]

    def __getattr__(self, attribute):
        return getattr(self._index, attribute)


def install() -> None:
    from breathe import file_state_cache
    from breathe.directives import file as file_directives
    from breathe.finder import factory as finder_factory

    file_state_cache.update = lambda app, source_file: None

    # The directive builds a new FinderFactory on each access, so the
    # restriction is keyed on the file being handled, set just around it.
    current = {"file": None}
    original_create = finder_factory.FinderFactory.create_finder

    def create_finder(self, project_info):
        if current["file"] is None:
            return original_create(self, project_info)
        index = self.parser.parse(project_info)
        return self.create_finder_from_root(_FileCompoundsOnly(index, current["file"]),
                                            project_info)

    original_handle = file_directives._BaseFileDirective.handle_contents

    def handle_contents(self, file_, project_info):
        current["file"] = file_
        try:
            return original_handle(self, file_, project_info)
        finally:
            current["file"] = None

    finder_factory.FinderFactory.create_finder = create_finder
    file_directives._BaseFileDirective.handle_contents = handle_contents
