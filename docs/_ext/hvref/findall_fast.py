"""docutils' ``Node.findall`` with a function as its condition, made fast.

``findall(SomeNodeClass)`` has a fast path in docutils 0.19; ``findall``
with any other condition (Sphinx's ``NodeMatcher``, a function) takes the
general one, which for every node of the tree starts a new ``findall``
generator, checks its five arguments and indexes the parent's children one
``__getitem__`` call at a time. Sphinx's transforms use such conditions on
every page (the kbd transform, translatable inlines, footnote docnames,
index nodes), and on bench/run's full-scale tree those walks were 60 % of
the 3.7 million ``__getitem__`` calls of the build.

Here the same walk (the node, then its descendants depth-first, in the same
order, over the same live children lists) is a plain recursive generator;
for a ``NodeMatcher`` naming node classes, the ``isinstance`` test it starts
with is made before calling it. Calls with ``siblings``, ``ascend`` or
without ``include_self`` or ``descend`` keep docutils' own code.
"""

from __future__ import annotations


def _matching(node, test):
    if test(node):
        yield node
    for child in node.children:
        yield from _matching(child, test)


def _matching_instances(node, classes, matcher):
    if isinstance(node, classes) and matcher(node):
        yield node
    for child in node.children:
        yield from _matching_instances(child, classes, matcher)


def install() -> None:
    from docutils import nodes
    from sphinx.util.nodes import NodeMatcher

    original = nodes.Node.findall

    def findall(self, condition=None, include_self=True, descend=True, siblings=False,
                ascend=False):
        if (condition is None or isinstance(condition, type) or not include_self
                or not descend or siblings or ascend):
            return original(self, condition, include_self, descend, siblings, ascend)
        if type(condition) is NodeMatcher and condition.classes:
            return _matching_instances(self, condition.classes, condition)
        return _matching(self, condition)

    findall.__doc__ = original.__doc__
    nodes.Node.findall = findall
