"""The register page (generated/registers.rst): every register name the
headers define, one row each, with its number, architecture, kind, value
layout and editions; _static/hvref-table.js sorts the table and filters it
by architecture, kind and edition. The rows are the model's registers
(model.Model.registers), never a list of their own.
"""

from __future__ import annotations

from typing import Callable, Dict, List

import history as hist
import model as hvmodel

from .history import get as get_history

PAGE = "registers.rst"


def _number(value: str) -> str:
    """0x20000 as written in the header, as eight hex digits."""
    try:
        return f"0x{int(value, 0):08X}"
    except ValueError:
        return value


def register_page(model: hvmodel.Model, write: Callable[[str, List[str]], None],
                  c_ref: Callable[[str], str], list_table: Callable, title: Callable,
                  layout_links: Callable[[List[str]], str]) -> None:
    """Writes generated/registers.rst through `write` (pages.Generator.write)."""
    history = get_history(model)
    registers = model.registers()
    counts: Dict[str, int] = {}
    body = []
    for register in registers:
        name = register.entity.name
        counts[register.architecture] = counts.get(register.architecture, 0) + 1
        record = history.record(name)
        editions = ", ".join(hist.SHORT[e] for e in hist.EDITIONS
                             if record is not None and e in record.editions)
        body.append([f"``{_number(register.entity.value)}``", c_ref(name),
                     register.architecture, register.kind,
                     layout_links(model.value_layouts(name)),
                     editions or "none (Microsoft's headers)"])
    lines = [".. _registers:", ""] + title("Registers")
    lines += [f"Every register name of ``HV_REGISTER_NAME`` that hvref defines: "
              f"{len(registers)} names, "
              + ", ".join(f"{counts.get(a, 0)} {label}" for a, label in
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
