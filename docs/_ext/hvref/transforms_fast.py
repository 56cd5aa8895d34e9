"""Two transforms that walk every node of every page, skipped when the walk
would change nothing.

* docutils' ``DanglingReferences`` walks the whole tree with a visitor that
  acts only on ``reference``, ``footnote_reference`` and
  ``citation_reference`` nodes still carrying an unresolved ``refname``
  (it dispatches on those class names). hvref's pages have none: their
  references are resolved when read, or are Sphinx's ``pending_xref``.
* Sphinx's ``HighlightLanguageTransform`` walks the whole tree with a
  visitor that only sets the language of ``literal_block`` nodes; the
  reference and layout pages have none.

On bench/run's full-scale tree the two walks were about 4.5 of 113 profiled
seconds. Here each transform first looks for the nodes its visitor acts on
(docutils' fast ``findall`` by class); if there are none, it runs with the
tree walk replaced by nothing, and the rest of it (docutils' check for
unreferenced targets; removing ``highlightlang`` nodes) is its own code.
"""

from __future__ import annotations

from contextlib import contextmanager

_VISITED_REFERENCES = ("reference", "footnote_reference", "citation_reference")


@contextmanager
def _walk_skipped(document, method: str):
    setattr(document, method, lambda visitor: None)     # shadows the method
    try:
        yield
    finally:
        delattr(document, method)


def _has_unresolved_reference(document) -> bool:
    from docutils import nodes

    return any(type(node).__name__ in _VISITED_REFERENCES and not node.resolved
               and node.hasattr("refname")
               for node in document.findall(nodes.Referential))


def install() -> None:
    from docutils import nodes
    from docutils.transforms.references import DanglingReferences
    from sphinx.transforms.post_transforms.code import HighlightLanguageTransform

    dangling_apply = DanglingReferences.apply

    def dangling_references(self, *args, **kwargs):
        if _has_unresolved_reference(self.document):
            return dangling_apply(self, *args, **kwargs)
        with _walk_skipped(self.document, "walk"):
            return dangling_apply(self, *args, **kwargs)

    highlight_apply = HighlightLanguageTransform.apply

    def highlight_language(self, *args, **kwargs):
        if next(self.document.findall(nodes.literal_block), None) is not None:
            return highlight_apply(self, *args, **kwargs)
        with _walk_skipped(self.document, "walkabout"):
            return highlight_apply(self, *args, **kwargs)

    DanglingReferences.apply = dangling_references
    HighlightLanguageTransform.apply = highlight_language
