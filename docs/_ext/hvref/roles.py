"""Sphinx roles behind the headers' spec-reference aliases.

Each Doxygen alias of CONTRIBUTING.md (``\\tlfs60b{3.7}``, ...) reaches
Sphinx through Breathe as one of these roles. A role resolves its target
against the catalogue and renders the link; an unknown target is an error
(the build runs with -W). tests/tools/check_catalogue.py reports the same
error with the header's file and line before any site build.
"""

from __future__ import annotations

from typing import List, Tuple

from docutils import nodes

import catalogue as cat
from spec_aliases import ROLES  # noqa: F401  (the roles this module serves)


def _online_label(catalogue: cat.Catalogue, target: str) -> Tuple[str, str]:
    url, title = catalogue.online_url(target)
    anchor = target.partition("#")[2]
    label = f"TLFS online: {title}"
    if anchor:
        label += ", " + anchor.replace("-", " ")
    return label, url


def resolve(catalogue: cat.Catalogue, role: str, target: str) -> List[Tuple[str, str]]:
    """(label, url) pairs for one role's target."""
    if role == "tlfs-online":
        return [_online_label(catalogue, target)]
    if role in ("tlfs-6.0b", "tlfs-2.0"):
        section = catalogue.section(role[5:], target)
        return [(section.label, section.url)]
    if role == "wdk-2013":
        return [(f"WDK 2013: {target}", catalogue.wdk_url(target))]
    if role == "hvcall-refs":
        return catalogue.call_references(catalogue.call(target))
    if role == "hvref-erratum":
        # The link goes to the row's label on the errata page (errata.py),
        # resolved by Sphinx so that it is relative from any page.
        return [(f"erratum {_erratum(catalogue, target).id}", erratum_label(target))]
    raise cat.CatalogueError(f"unknown spec role {role}")


def erratum_label(ident: str) -> str:
    """The label of an erratum's row on the errata page (generated/errata.rst)."""
    return f"erratum-{ident.strip().lower()}"


def _erratum(catalogue: cat.Catalogue, ident: str):
    for erratum in catalogue.errata:
        if erratum.id == ident.strip():
            return erratum
    raise cat.CatalogueError(f": no erratum {ident.strip()!r} in references/errata.csv")


def make_role(role_name: str):
    def role(name, rawtext, text, lineno, inliner, options=None, content=None):
        catalogue = inliner.document.settings.env.app.hvref_model.catalogue
        try:
            links = resolve(catalogue, role_name, text)
        except cat.CatalogueError as error:
            message = inliner.reporter.error(
                f"{error}".lstrip(": ") + " (check_catalogue.py names the header line)",
                line=lineno)
            return [inliner.problematic(rawtext, rawtext, message)], [message]
        result = []
        if role_name == "hvref-erratum":
            # A std:ref to the row's label: Sphinx makes the URL relative to
            # the page and, in nitpicky mode, warns if the label is missing.
            from sphinx.addnodes import pending_xref
            label, target = links[0]
            ref = pending_xref(rawtext, refdomain="std", reftype="ref", reftarget=target,
                               refexplicit=True, refwarn=True)
            ref += nodes.inline(rawtext, label, classes=["xref", "std", "std-ref",
                                                         "hvref-erratum"])
            return [ref], []
        for index, (label, url) in enumerate(links):
            if index:
                result.append(nodes.Text("; "))
            result.append(nodes.reference(rawtext, label, refuri=url, classes=["hvref-spec"]))
        return result, []
    return role

