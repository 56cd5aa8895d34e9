"""A call code's return values, grouped as a function's are.

A documented call's comment is on its call code, an enumerator of
HV_CALL_CODE, with one ``\\retval`` per status (CONTRIBUTING.md). Sphinx's C
domain groups ``retval`` fields into one "Return values" list for functions
and macros only; on an enumerator each came out as a field of its own. The
enumerator directive (which Breathe's subclasses) gets the same field type.
"""

from __future__ import annotations

from sphinx.domains.c import CEnumeratorObject
from sphinx.util.docfields import GroupedField

RETURN_VALUES = GroupedField("retval", label="Return values", names=("retvals", "retval"),
                             can_collapse=True)


def setup(app) -> None:
    if not any(field.name == "retval" for field in CEnumeratorObject.doc_field_types):
        CEnumeratorObject.doc_field_types = [*CEnumeratorObject.doc_field_types, RETURN_VALUES]
