"""The spec-reference aliases of the headers' comments, in one table.

A header cites the TLFS only through these Doxygen commands
(CONTRIBUTING.md, "Comment conventions"). From this table come the Doxygen
aliases (docs/build_site.py writes them into the Doxyfile), the Sphinx roles
they turn into on the site (docs/_ext/hvref/roles.py) and the header
scanner's pattern (sources.py), so a new alias is added here alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict


@dataclass(frozen=True)
class Alias:
    command: str        # the Doxygen command: \tlfs60b{3.7}
    role: str           # the Sphinx role it renders as: :tlfs-6.0b:`3.7`
    headings: bool      # whether a second argument names an unnumbered heading
    item: bool = True   # renders as a list item (\li) of a \par Specification paragraph;
                        # False: inline, inside the sentence that uses it


ALIASES = (
    Alias("tlfsonline", "tlfs-online", False),   # online page path[#anchor]
    Alias("tlfs60b", "tlfs-6.0b", True),         # 6.0b section[,heading]
    Alias("tlfs20", "tlfs-2.0", True),           # 2.0 section[,heading]
    Alias("wdk2013", "wdk-2013", False),         # 2013 WDK page's entity
    Alias("hvcallrefs", "hvcall-refs", False),   # every reference of a call's row
    Alias("erratum", "hvref-erratum", False, False),  # a row of references/errata.csv
)

BY_COMMAND: Dict[str, Alias] = {a.command: a for a in ALIASES}
ROLES = tuple(a.role for a in ALIASES)

# \command{target} in a header's text.
PATTERN = re.compile(r"\\(" + "|".join(a.command for a in ALIASES) + r")\{([^}]*)\}")


def doxygen_aliases() -> str:
    """The Doxyfile's ALIASES value: each command becomes its role as inline
    rst, which Breathe passes to Sphinx (a heading argument after a comma
    is joined to the section with '|')."""
    entries = []
    for a in ALIASES:
        item = "\\li " if a.item else ""
        entries.append(f'"{a.command}{{1}}={item}\\verbatim embed:rst:inline '
                       f':{a.role}:`\\1` \\endverbatim"')
        if a.headings:
            entries.append(f'"{a.command}{{2}}=\\li \\verbatim embed:rst:inline '
                           f':{a.role}:`\\1|\\2` \\endverbatim"')
    return " \\\n                         ".join(entries)
