"""A name index for the symbols of Sphinx 5.3's C domain.

Sphinx 5.3 finds a C symbol by scanning every child of a scope and comparing
identifiers one by one (``Symbol._find_named_symbols``, ``direct_lookup``,
``find_identifier``). With hvref's few thousand entities in one scope, that
scan was half the site build: about 12,000 cross-references each walked
every symbol. Sphinx 7.3 added a name-keyed dictionary for the same reason;
this module backports the idea to the version Debian 12 ships, without
changing which symbol a lookup finds:

* each symbol's ``_children`` list becomes an ``IndexedChildren`` list that
  also keeps children by identifier, updated on append and remove;
* the three lookups use that dictionary instead of scanning, and fall back
  to Sphinx's own code when Sphinx's lookup debugging is switched on.

Installed by the hvref extension's setup(); a no-op on other Sphinx versions.
"""

from __future__ import annotations

from typing import Dict, Iterator, List

from sphinx.domains import c as cdomain

Symbol = cdomain.Symbol


class IndexedChildren(list):
    """A list of child symbols that also indexes them by identifier."""

    def _names(self) -> Dict[str, List[Symbol]]:
        names = self.__dict__.get("by_name")
        if names is None:          # new, or unpickled without its index
            names = {}
            for child in self:
                names.setdefault(child.ident.identifier, []).append(child)
            self.__dict__["by_name"] = names
            self.__dict__["anonymous"] = sum(1 for child in self if child.ident.is_anon())
        return names

    def append(self, child) -> None:
        super().append(child)
        self._names().setdefault(child.ident.identifier, []).append(child)
        self.__dict__["anonymous"] += child.ident.is_anon()

    def extend(self, children) -> None:
        for child in children:
            self.append(child)

    def remove(self, child) -> None:
        super().remove(child)
        self._names()[child.ident.identifier].remove(child)
        self.__dict__["anonymous"] -= child.ident.is_anon()

    def named(self, name: str) -> List[Symbol]:
        return self._names().get(name, [])

    def has_anonymous(self) -> bool:
        self._names()
        return self.__dict__["anonymous"] > 0

    def __reduce_ex__(self, protocol):
        # Pickle as a plain list of children; the index is rebuilt on demand.
        return (IndexedChildren, (list(self),))


def _children(symbol) -> IndexedChildren:
    children = symbol._children
    if not isinstance(children, IndexedChildren):
        children = symbol._children = IndexedChildren(children)
    return children


def _named(symbol, name: str, recurse_in_anon: bool) -> Iterator[Symbol]:
    """Children called name, then (if asked) those inside anonymous children,
    in the order Sphinx's scan would meet them."""
    children = _children(symbol)
    if not (recurse_in_anon and children.has_anonymous()):
        yield from list(children.named(name))
        return
    for child in list(children):   # rare: keep the scan's order through anonymous scopes
        if child.ident.identifier == name:
            yield child
        if child.ident.is_anon():
            yield from _named(child, name, True)


def install() -> bool:
    if not hasattr(Symbol, "_find_named_symbols") or getattr(Symbol, "_hvref_indexed", False):
        return False
    original_init = Symbol.__init__
    original_find_named = Symbol._find_named_symbols
    original_find_identifier = Symbol.find_identifier
    original_direct_lookup = Symbol.direct_lookup

    def __init__(self, parent, ident, declaration, docname, line):
        if parent is not None:
            _children(parent)      # the parent's list must index this child
        original_init(self, parent, ident, declaration, docname, line)
        self._children = IndexedChildren(self._children)

    def _find_named_symbols(self, ident, matchSelf, recurseInAnon, searchInSiblings):
        if Symbol.debug_lookup:
            yield from original_find_named(self, ident, matchSelf, recurseInAnon,
                                           searchInSiblings)
            return
        name = ident.identifier
        s = self
        while True:
            if matchSelf and s.ident == ident:
                yield s
            yield from _named(s, name, recurseInAnon)
            if s.siblingAbove is None:
                break
            s = s.siblingAbove

    def find_identifier(self, ident, matchSelf, recurseInAnon, searchInSiblings):
        if Symbol.debug_lookup:
            return original_find_identifier(self, ident, matchSelf, recurseInAnon,
                                            searchInSiblings)
        current = self
        while current is not None:
            if matchSelf and current.ident == ident:
                return current
            for found in _named(current, ident.identifier, recurseInAnon):
                return found
            if not searchInSiblings:
                break
            current = current.siblingAbove
        return None

    def direct_lookup(self, key):
        if Symbol.debug_lookup:
            return original_direct_lookup(self, key)
        s = self
        for name, _id in key.data:
            found = _children(s).named(name.identifier)
            s = found[0] if found else None
            if s is None:
                return None
        return s

    Symbol.__init__ = __init__
    Symbol._find_named_symbols = _find_named_symbols
    Symbol.find_identifier = find_identifier
    Symbol.direct_lookup = direct_lookup
    Symbol._hvref_indexed = True
    return True
