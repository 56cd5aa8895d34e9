"""The register page (generated/registers.rst): every register name the
headers define, one row each, with its number, architecture, kind, value
layout and editions; _static/hvref-table.js sorts the table and filters it
by architecture, kind and edition.

The rows come from the model, never from a list of their own: a register is
an enumerator of one of registers.h's register-name enumerations
(model.REGISTER_NAME_ENUM). Its architecture is the enumeration's prefix
(HV_X64_..., HV_ARM64_..., neither: both); its kind is the title of the
\\defgroup that holds the enumeration without the architecture word, so the
same kind ("general-purpose registers") groups both architectures.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Tuple

import history as hist
import model as hvmodel

from .history import get as get_history

HEADER = "hvref/registers.h"
PAGE = "registers.rst"
ARCHITECTURES = (("HV_X64_", "x64"), ("HV_ARM64_", "ARM64"))
# A group title starts with the architecture it covers ("Common: ", "x64 ",
# "ARM64 "); the kind is the rest.
TITLE_ARCHITECTURE = re.compile(r"^(?:Common:\s*|x64\s+|ARM64\s+)", re.IGNORECASE)


def architecture(enum: str) -> str:
    for prefix, label in ARCHITECTURES:
        if enum.lstrip("_").startswith(prefix):
            return label
    return "both"


def kind_of(group_title: str) -> str:
    return TITLE_ARCHITECTURE.sub("", group_title).strip()


def register_rows(model: hvmodel.Model) -> List[Tuple[str, str, str, str]]:
    """(name, number, architecture, kind) of every register name, in the
    header's order."""
    rows = []
    for group in model.header_groups(HEADER):
        for member in group.members:
            enum = model.entities.get(member)
            if enum is None or enum.kind != "enum" or not hvmodel.REGISTER_NAME_ENUM.fullmatch(
                    member):
                continue
            enumerators = sorted((e for e in model.entities.values()
                                  if e.kind == "enumerator" and e.parent == member),
                                 key=lambda e: e.line)
            for e in enumerators:
                rows.append((e.name, e.value, architecture(member), kind_of(group.title)))
    return rows


def _number(value: str) -> str:
    """0x00020000 as written in the header, normalised to eight hex digits."""
    try:
        return f"0x{int(value, 0):08X}"
    except ValueError:
        return value


def register_page(model: hvmodel.Model, write: Callable[[str, List[str]], None],
                  c_ref: Callable[[str], str], list_table: Callable, title: Callable,
                  layout_links: Callable[[List[str]], str]) -> None:
    """Writes generated/registers.rst through `write` (pages.Generator.write)."""
    history = get_history(model)
    rows = register_rows(model)
    counts: Dict[str, int] = {}
    body = []
    for name, value, arch, kind in rows:
        counts[arch] = counts.get(arch, 0) + 1
        record = history.record(name)
        editions = ", ".join(hist.SHORT[e] for e in hist.EDITIONS
                             if record is not None and e in record.editions)
        body.append([f"``{_number(value)}``", c_ref(name), arch, kind,
                     layout_links(model.value_layouts(name)),
                     editions or "none (Microsoft's headers)"])
    lines = [".. _registers:", ""] + title("Registers")
    lines += [f"Every register name of ``HV_REGISTER_NAME`` that hvref defines: {len(rows)} "
              "names, " + ", ".join(f"{counts.get(a, 0)} {label}" for a, label in
                                    (("both", "on both architectures"), ("x64", "x64 only"),
                                     ("ARM64", "ARM64 only")))
              + ". x64 and ARM64 use some of the same numbers for different registers, so a "
              "number names a register only together with the architecture.", "",
              "*Kind* is the section of :ref:`header-registers` the name is in; *Value layout* "
              "is the structure or union hvref defines for the register's value, where a source "
              "ties the two (references/value-layouts.csv); *Editions* are the TLFS editions "
              "that list the name. Click a column's heading to sort by it; the filters above "
              "the table narrow it by architecture, kind and edition.", ""]
    table = list_table(["Number", "Name", "Architecture", "Kind", "Value layout", "Editions"],
                       body, "11 33 9 17 17 13")
    # docs/_static/hvref-table.js finds the table by this class; hvref.css
    # lets long names break inside these widths.
    lines += table[:2] + ["   :class: hvref-register-table"] + table[2:]
    write(PAGE, lines)
