"""Four changes to how Breathe 4.34 works, for build speed; rendering is untouched.

* doxygenfile finds its file by walking Doxygen's whole index and parsing
  every compound's XML (1,238 files for one synthetic page: 9 of its 12 s).
  Here the walk sees only the index's file compounds with the header's name,
  so it parses that file's XML and nothing else. What is rendered, and how,
  is Breathe's own code.
* Breathe records, for each page, every XML file its directive parsed; with
  the walk above that was every XML file for every page, so any header change
  re-read every reference page. hvref declares each page's real dependencies
  instead (__init__._note_xml_dependencies).
* doxygenfile asks its filter, a tree of about 40 small filter objects
  (``FilterFactory.create_file_filter``), whether to render each node it
  meets: about 195,000 questions on bench/run's full-scale tree, 4.6 of
  105 profiled seconds. ``FileFilter`` answers the same questions in one
  function, evaluating the same conditions in the same order (the filter
  also gathers the file's namespaces as it goes, and that order matters).
  With the ``:outline:`` option, which hvref does not use, Breathe's own
  filter is kept.
* Breathe reads each compound's XML into a minidom document, builds its own
  objects from it and drops the document: a cycle of parent and child
  pointers that only the cycle collector frees (about 1,000 objects per
  struct; gcpolicy.py). ``compound.parse`` here unlinks the document once
  Breathe's objects are built, which holds no reference to it, so
  reference counting frees it at once.
"""

from __future__ import annotations

import os
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


def _node_type(node) -> str:
    """Breathe's NodeTypeAccessor: a string node's type is "unicode"."""
    try:
        return node.node_type
    except AttributeError:
        if type(node) == str:   # noqa: E721 - Breathe's exact test
            return "unicode"
        raise


class FileFilter:
    """Breathe 4.34's create_file_filter(filename, options) without
    ``:outline:``, clause by clause (the numbers are the order of the
    clauses in Breathe's AndFilter):

    1. a file compounddef at `filename` adds its namespaces to the valid
       names (and is not rejected by this clause);
    2. an innerclass or innernamespace reference of a compounddef is
       rejected unless its name is a valid name;
    3. ... and also when its namespace is one of the compounddef's own
       namespaces (it is rendered with that namespace);
    4. a memberdef from another file is rejected;
    5. a compounddef that is not a namespace, from another file, is rejected.
    """

    def __init__(self, filename: str):
        from breathe import path_handler

        self.filename = filename
        self.by_suffix = path_handler.includes_directory(filename)
        self.valid_names: list = []

    def _in_file(self, location) -> bool:
        path = location.file
        if self.by_suffix:
            return path[-len(self.filename):] == self.filename
        return os.path.basename(path) == self.filename

    def allow(self, node_stack) -> bool:
        node = node_stack[0]
        kind_of_node = _node_type(node)
        if kind_of_node == "compounddef" and node.kind == "file" and self._in_file(node.location):
            self.valid_names.extend(node.namespaces)                        # 1
        parent = node_stack[1]
        if (_node_type(parent) == "compounddef" and kind_of_node == "ref"
                and node.node_name in ("innerclass", "innernamespace")):
            name = node.content_[0].getValue()
            if name not in self.valid_names:                                # 2
                return False
            namespace = name.rsplit("::", 1)[0] if "::" in name else ""
            if namespace in parent.namespaces:                              # 3
                return False
        if kind_of_node == "memberdef" and not self._in_file(node.location):
            return False                                                    # 4
        if (kind_of_node == "compounddef" and node.kind != "namespace"
                and not self._in_file(node.location)):
            return False                                                    # 5
        return True


def _parse_and_unlink(filename: str):
    """breathe.parser.compound.parse, then minidom's unlink()."""
    from xml.dom import minidom
    from xml.parsers.expat import ExpatError

    from breathe.parser import compound, compoundsuper

    try:
        document = minidom.parse(filename)
    except IOError as error:
        raise compound.FileIOError(error)
    except ExpatError as error:
        raise compound.ParseError(error)
    root = compoundsuper.DoxygenType.factory()
    root.build(document.documentElement)
    document.unlink()
    return root


def install() -> None:
    from breathe import file_state_cache
    from breathe.directives import file as file_directives
    from breathe.finder import factory as finder_factory
    from breathe.parser import compound
    from breathe.renderer import filter as breathe_filter

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

    original_file_filter = breathe_filter.FilterFactory.create_file_filter

    def create_file_filter(self, filename, options):
        if "outline" in options:
            return original_file_filter(self, filename, options)
        return FileFilter(filename)

    breathe_filter.FilterFactory.create_file_filter = create_file_filter
    compound.parse = _parse_and_unlink
    finder_factory.FinderFactory.create_finder = create_finder
    file_directives._BaseFileDirective.handle_contents = handle_contents
