"""Generates the site's reference pages from the catalogue, the headers and
Doxygen's XML, in one pass, into docs/generated/ (ignored by git).

A file is rewritten only when its text changes, so Sphinx re-reads only the
pages a change affects.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterable, List

import catalogue as cat
import model as hvmodel
import sources as src

from . import diagrams as dia
from .errata import errata_page
from .history import editions_section, header_editions_note, history_pages
from .register_page import register_page
from .tables import SEPARATOR


def rst_escape(text: str) -> str:
    """Plain text for an rst paragraph: no markup, no reference syntax."""
    text = text.replace("\\", "\\\\")
    for char in "*`|":
        text = text.replace(char, "\\" + char)
    # A word ending in "_" (HV_FLUSH_*) would be a reference to a target.
    return re.sub(r"_(?=\W|$)", r"\\_", text)


def group_label(group: str) -> str:
    """The label Breathe's references to a \\defgroup point to."""
    return "group__" + group.replace("_", "__")


def title(text: str, char: str = "=") -> List[str]:
    return [text, char * len(text), ""]


def link(label: str, url: str) -> str:
    return f"`{rst_escape(label)} <{url}>`__"


def list_table(header: List[str], rows: Iterable[List[str]], widths: str = "") -> List[str]:
    rows = list(rows)
    if not rows:
        return ["None yet.", ""]
    # hvref-table (tables.py): a list-table written one row per line;
    # docs/_ext/hvref_speed/fasttable.py makes it one node. Callers may insert
    # options after line 2.
    out = [".. hvref-table::", "   :header-rows: 1"]
    if widths:
        out.append(f"   :widths: {widths}")
    out.append("")
    for row in [header] + list(rows):
        cells = [str(cell) if cell else "" for cell in row]
        if any(SEPARATOR.strip() in cell or "\n" in cell for cell in cells):
            raise ValueError(f"table cell holds a separator or newline: {cells}")
        out.append("   " + SEPARATOR.join(cells))
    out.append("")
    return out


class Generator:
    def __init__(self, model: hvmodel.Model, out: Path):
        self.model = model
        self.root = model.root
        self.out = out
        self.cat = model.catalogue
        self.src = model.sources
        self.dox = model.entities
        # Every struct and union as the compiler lays it out (layout_probe.py's JSON).
        self.layouts: Dict[str, dict] = model.layouts
        self.compiler = model.compiler
        self.diagrams: Dict[str, dia.Diagram] = {}
        self.diagrams_drawn = 0
        self.written: List[Path] = []

    # -- helpers -----------------------------------------------------------

    def write(self, rel: str, lines: List[str]) -> None:
        path = self.out / rel
        text = "\n".join(lines).rstrip() + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        self.written.append(path)

    def defined(self, name: str) -> bool:
        return name in self.src.definitions

    def c_ref(self, name: str) -> str:
        """A C-domain reference to an entity the headers define, else a literal."""
        d = self.src.definitions.get(name)
        if d is None:
            return f"``{name}``"
        role = {"macro": "c:macro", "enumerator": "c:enumerator"}.get(d.kind, "c:type")
        if d.kind == "enumerator":
            entity = self.dox.get(name)
            if entity is not None and entity.parent:
                # Sphinx's C domain scopes enumerators by their enumeration.
                return f":c:enumerator:`{name} <{entity.parent}.{name}>`"
        if d.kind == "type":
            entity = self.dox.get(name)
            if entity is not None and entity.kind in ("struct", "union"):
                role = f"c:{entity.kind}"
        return f":{role}:`{name}`"

    def where(self, name: str) -> str:
        d = self.src.definitions.get(name)
        return f"``{d.path}`` line {d.line}" if d else ""

    def example_block(self, example: src.Example) -> List[str]:
        # A leading / is relative to the source directory, where
        # docs/build_site.py mirrors examples/.
        path = example.path.as_posix()
        return [f".. literalinclude:: /{path}",
                "   :language: c",
                f"   :caption: {path}",
                "",
                "Compile it against the installed headers (from the repository root; the "
                "example seam, ``examples/support/``, supplies the hypercall functions "
                "when you link):",
                "",
                ".. code-block:: sh",
                "",
                "   cc -std=c11 -Wall -Wextra -Wpedantic $(pkg-config --cflags hvref) "
                f"-I examples/support -c {path}",
                ""]

    # -- pages -------------------------------------------------------------

    def hypercall_index(self) -> None:
        lines = [".. _hypercall-codes:", ""] + title("Hypercall codes")
        lines += ["Every public call code, from references/hypercalls.csv. *Kind* is simple or "
                  "rep where a source says so; *Documented* lists the editions that specify the "
                  "call's interface. Click a column's heading to sort by it; the filters above "
                  "the table narrow it by kind, documentation, caller and privilege.", ""]
        rows = []
        for row in self.cat.hypercalls:
            rows.append([f"``{row['code']}``", f":doc:`{row['name']} <{row['name']}>`",
                         row["class"], row["kind"] or "unknown", row["fast"] or "",
                         ", ".join(self.model.documented_in(row)) or "no",
                         rst_escape(row["caller"]), rst_escape(row["privilege"])])
        table = list_table(["Code", "Name", "Class", "Kind", "Fast", "Documented", "Caller",
                            "Privilege"], rows, "8 30 8 8 6 16 8 16")
        # docs/_static/hvref-table.js finds the table by this class and adds
        # the sort buttons and filters; without script it is a plain table.
        lines += table[:2] + ["   :class: hvref-hypercall-table"] + table[2:]
        # The call pages are reached from this table, not from the sidebar:
        # 287 sidebar entries would bury the rest of the site, and Furo
        # renders the whole navigation tree once per page (quadratic time).
        self.write("hypercalls/index.rst", lines)

    def type_cell(self, member: dict) -> str:
        """A member's type: its declaration, an array's bounds (with the
        element count as compiled when a macro gives it), and a link to the
        type's own layout when it has one."""
        name = member["type"]
        cell = self.c_ref(name) if re.fullmatch(r"\w+", name) else f"``{name}``"
        array = member.get("array", "")
        if re.fullmatch(r"(\[\d+\])+|\[\]", array):
            cell += f" ``{array}``"
        elif array:         # a bound written as a macro: the count as compiled, then it
            cell += f" ``[{member['count']}]`` (``{array}``)"
        if name in self.layouts:
            cell += f" (:ref:`layout <layout-{name}>`)"
        return cell

    def field_table(self, type_name: str, link: bool = True) -> List[str]:
        """A struct's or union's fields as gcc lays them out (the layout
        probe's JSON), with each member's description from the header and the
        catalogue row (references/layouts/) that the tests check it against.
        With link, ends with a link to the type's section on its layout page."""
        layout = self.layouts.get(type_name)
        if layout is None:
            return []
        entity = self.dox.get(type_name)
        checked = self.cat.layouts.get(type_name)
        catalogue_rows = {m.name: m for m in checked.members} if checked else {}
        rows = []
        for m in layout["members"]:
            row = catalogue_rows.get(m["name"])
            if "bit" in m:
                offset = m["bit"] // (m["unit"] * 8) * m["unit"]
                last = m["bit"] + m["width"] - 1
                bits = f"{m['bit']}" if m["width"] == 1 else f"{m['bit']}-{last}"
                size = f"{m['width']} bit{'s' if m['width'] != 1 else ''}"
                differs = row is not None and (row.bit, row.width) != (m["bit"], m["width"])
                says = f"bit {row.bit}, width {row.width}" if row is not None else ""
            else:
                offset, bits, size = m["offset"], "", f"{m['size']}"
                differs = row is not None and (row.offset, row.size) != (m["offset"], m["size"])
                says = f"offset {row.offset}, size {row.size}" if row is not None else ""
            check = (f"line {row.where.line}" + (f" (says {says})" if differs else "")
                     if row is not None else "none")
            brief = entity.members.get(m["name"], "") if entity else ""
            rows.append([f"``{m['name']}``", self.type_cell(m), f"{offset}", size, bits,
                         rst_escape(brief), check])
        bit_note = (f"; bits count from bit 0 of the whole {layout['kind']}"
                    if any("bit" in m for m in layout["members"]) else "")
        source = (f"*Catalogue* is the line of ``{Path(checked.where.path).as_posix()}`` "
                  "that the tests check the field against." if checked
                  else "The catalogue has no layout of it yet.")
        lines = [f"{self.c_ref(type_name)} ({layout['kind']}, {layout['size']} bytes), defined "
                 f"in {self.where(type_name) or '``include/' + layout['header'] + '``'}. "
                 f"Offsets and sizes are in bytes, as compiled by {self.compiler}{bit_note}. "
                 f"{source}", ""]
        table = list_table(["Field", "Type", "Offset", "Size", "Bits", "Meaning", "Catalogue"],
                           rows, "22 18 7 8 9 25 11")
        # docs/_static/hvref.css fits the table to the column (long names wrap).
        lines += table[:2] + ["   :class: hvref-layout-table"] + table[2:]
        if link:
            lines += [("Bit-field diagram and layout" if type_name in self.diagrams
                       else "Layout") + f": :ref:`layout-{type_name}`.", ""]
        return lines

    def diagram_figure(self, type_name: str, folder: str = "") -> List[str]:
        """A type's bit-field diagram (none when it has no bit-fields); folder
        leads from the page to generated/layouts/."""
        diagram = self.diagrams.get(type_name)
        if diagram is None:
            return []
        return [f".. figure:: {folder}bitfields/{diagram.file}",
                f"   :alt: {diagram.alt}",
                "   :class: hvref-bitfield",
                "   :figclass: hvref-bitfield-figure",
                "",
                f"   {rst_escape(diagram.caption)}",
                ""]

    def draw_diagrams(self) -> None:
        """The bit-field diagrams (before any page links to them)."""
        try:
            self.diagrams, self.diagrams_drawn = dia.render(self.layouts,
                                                            self.out / "layouts" / "bitfields")
        except dia.DiagramError as error:
            raise cat.CatalogueError(str(error)) from None

    def layout_pages(self) -> None:
        """One page per header with a struct or union: a section per type
        with its diagram (bit-fields) and its table, in header order."""
        by_header: Dict[str, List[str]] = defaultdict(list)
        for name, layout in self.layouts.items():
            by_header[layout["header"]].append(name)
        stems = []
        for header in sorted(by_header):
            stem = Path(header).stem
            stems.append(stem)
            # Reached from layouts/index, not the sidebar: Furo copies every
            # section of every page in the navigation tree into each page, and
            # these pages have a section per type (on bench/run's synthetic
            # tree, sphinx took 273 s with them in the sidebar, 150 s without).
            lines = [":orphan:", "", f".. _layouts-{stem}:", ""] + title(f"{header} layouts")
            lines += [f"Every structure and union of :ref:`header-{stem}`, as gcc lays it out, "
                      "in the order the header defines them.", ""]
            for name in by_header[header]:
                lines += [f".. _layout-{name}:", ""] + title(name, "-")
                entity = self.dox.get(name)
                if entity is not None and entity.brief:
                    lines += [rst_escape(entity.brief), ""]
                lines += self.diagram_figure(name)
                lines += self.field_table(name, link=False)
            self.write(f"layouts/{stem}.rst", lines)
        lines = [".. _layouts:", ""] + title("Layouts") + [
            "Every structure and union the headers define, with each field's offset, size and "
            "bits as the compiler sees them: at build time a generated C program "
            "(``docs/_ext/hvref/layout_probe.py``) includes ``<hvref/hvref.h>`` and measures "
            "each type with ``sizeof``, ``offsetof`` and, for bit-fields, by setting the field "
            "to all ones. Registers and other unions of bit-fields also have a diagram drawn "
            "from those numbers.", "",
            f"{len(self.layouts)} types, {len(self.diagrams)} with bit-field diagrams.", "",
""] + [f"* :doc:`{stem}`" for stem in stems] + [""]
        self.write("layouts/index.rst", lines)

    def spec_parameters(self, name: str, direction: str) -> List[str]:
        rows = [[f"``{r['field']}``", r["offset"], r["size"] or "variable",
                 f"``{r['source']}``"]
                for r in self.cat.parameters if r["call"] == name and r["direction"] == direction]
        if not rows:
            return []
        return (["The spec's parameter table (hvref does not define this structure yet):", ""]
                + list_table(["Field", "Offset", "Size", "Source"], rows, "30 12 12 46"))

    def call_layouts(self, type_name: str) -> List[tuple]:
        """(architecture, layout name) of a call's input or output type: its
        own layout (architecture ""); else its per-architecture variants
        (catalogue.arch_variant: HV_X64_INPUT_X and HV_ARM64_INPUT_X for
        HV_INPUT_X, which is the target's); else the layout of the type a
        plain typedef names (HV_OUTPUT_GET_VP_REGISTERS: HV_REGISTER_VALUE)."""
        if not type_name:
            return []
        if type_name in self.layouts:
            return [("", type_name)]
        variants = [(arch, cat.arch_variant(type_name, arch)) for arch, _ in cat.ARCHITECTURES]
        variants = [(arch, name) for arch, name in variants if name in self.layouts]
        if variants:
            return variants
        target = self.model.typedef_target(type_name)
        return [("", target)] if target in self.layouts else []

    def summary(self, row: cat.Row, doc) -> List[str]:
        """The call's form, sizes and caller, in one short table."""
        form = doc.sections.get("Call form") if doc else None
        if not form:
            kind = row["kind"] or "not stated by the sources"
            form = f"{kind}; " + {"yes": "a fast form exists"}.get(row["fast"],
                                                                   "no fast form stated")
        cells = [["Call form", rst_escape(form)]]
        for heading, column in (("Input", "input_type"), ("Output", "output_type")):
            type_name = row[column]
            found = self.call_layouts(type_name)
            if not found:
                cell = f"``{type_name}``" if type_name else "none defined"
            elif found == [("", type_name)]:
                cell = f"{self.c_ref(type_name)}, {self.layouts[type_name]['size']} bytes"
            elif found[0][0]:
                cell = (f"{self.c_ref(type_name)}, the target's: " + "; ".join(
                    f"{arch} {self.c_ref(name)}, {self.layouts[name]['size']} bytes"
                    for arch, name in found))
            else:
                name = found[0][1]
                cell = (f"{self.c_ref(type_name)} (a typedef of {self.c_ref(name)}), "
                        f"{self.layouts[name]['size']} bytes")
            cells.append([heading, cell])
        caller = doc.sections.get("Caller") if doc else None
        if caller:
            cells.append(["Caller", rst_escape(caller)])
        else:
            who = "; ".join(part for part in (row["caller"], row["privilege"]) if part)
            cells.append(["Caller", rst_escape(who) or "not stated by the sources"])
        table = list_table(["", ""], cells, "20 80")
        return table[:2] + ["   :class: hvref-call-summary"] + table[2:]

    def return_values(self, doc) -> List[str]:
        values = {r["name"]: r["value"] for r in self.cat.status_codes}
        rows = [[self.c_ref(status) if self.defined(status) else f"``{status}``",
                 f"``{values[status]}``" if values.get(status) else "",
                 rst_escape(meaning)] for status, meaning in doc.retvals]
        return title("Return values", "-") + list_table(["Status", "Value", "Meaning"], rows,
                                                        "40 12 48")

    def provenance(self, row: cat.Row) -> List[str]:
        """Where the call's name and facts come from, folded at the end."""
        name = row["name"]
        facts = [["Call code", f"``{row['code']}``"],
                 ["Class", row["class"]],
                 ["Kind", row["kind"] or "not stated by any source"],
                 ["Fast form", "yes" if row["fast"] == "yes" else "not stated by the sources"],
                 ["Caller", rst_escape(row["caller"]) or "unknown"],
                 ["Privilege", rst_escape(row["privilege"]) or "unknown"],
                 ["Name attested by", ", ".join(row["attested"].split()) or "hypercall list only"]]
        if row["aliases"]:
            facts.append(["Other names", ", ".join(f"``{a}``" for a in row["aliases"].split())])
        if self.defined(name):
            facts.append(["Defined in", f"{self.c_ref(name)}, {self.where(name)}"])
        facts.append(["Catalogue row", f"``{row.where}``"])
        return ([".. raw:: html", "",
                 '   <details class="hvref-provenance"><summary>Provenance: where each fact '
                 "comes from</summary>", ""]
                + list_table(["Fact", "Value"], facts, "25 75")
                + [".. raw:: html", "", "   </details>", ""])

    def hypercall_page(self, row: cat.Row) -> None:
        """A call's page, in the order a developer uses it: what the call does,
        its form and caller, its input and output, return values,
        restrictions, an example, the spec, and last the provenance."""
        name = row["name"]
        entity = self.dox.get(name)
        doc = entity.doc if entity is not None else None
        lines = [":orphan:", "", f".. _hvcall-{row['code'].lower()}:", ""]
        lines += title(f"{name} ({row['code']})")
        refs = self.cat.call_references(row)
        if entity is not None and entity.brief:
            lines += [rst_escape(entity.brief), ""]
        if doc is not None:
            lines += [line for text in doc.paragraphs for line in (rst_escape(text), "")]
        if not refs:
            lines += ["No TLFS edition and no 2013 WDK page documents this call's interface, so "
                      "hvref defines only its code and gives no example. The name is known from: "
                      + (", ".join(row["attested"].split()) or "the public call-code list") + ".",
                      ""]
        lines += self.summary(row, doc)
        for direction, column, heading in (("input", "input_type", "Input"),
                                           ("output", "output_type", "Output")):
            body = []
            for arch, type_name in self.call_layouts(row[column]):
                if arch:
                    body += title(f"{arch} layout", "~")
                if type_name in self.diagrams:
                    body += self.diagram_figure(type_name, "../layouts/")
                body += self.field_table(type_name)
            if not body:
                body = self.spec_parameters(name, direction)
            if body:
                lines += title(heading, "-") + body
        if doc is not None and doc.retvals:
            lines += self.return_values(doc)
        if doc is not None and doc.sections.get("Restrictions"):
            lines += title("Restrictions", "-") + [rst_escape(doc.sections["Restrictions"]), ""]
        if doc is not None and doc.notes:
            lines += title("Where the sources differ", "-")
            lines += [f"* {rst_escape(note)}" for note in doc.notes]
            lines += [f"* See :hvref-erratum:`{e.id}`." for e in self.cat.errata
                      if name in e.entities] + [""]
        lines += editions_section(self, row)
        examples = self.src.examples_for(name)
        if examples:
            lines += title("Example", "-")
            for example in examples:
                lines += self.example_block(example)
        if refs:
            lines += title("Specification", "-")
            lines += [f"* {link(label, url)}" for label, url in refs] + [""]
        lines += self.provenance(row)
        self.write(f"hypercalls/{name}.rst", lines)

    def reference_pages(self) -> None:
        """One page per header: a section per \\defgroup, in the header's
        order, each rendered by Breathe; "On this page" lists the groups and
        their entities (toc.py)."""
        names = []
        for header in self.src.headers:
            stem = header.stem
            groups = self.model.header_groups(f"hvref/{stem}.h")
            file_entity = self.dox.get(f"{stem}.h")
            # Doxygen links a header's name to the file's compound and a
            # group's name to the group; Breathe renders those as references
            # to these labels.
            lines = [f".. _header-{stem}:", "", f".. _{stem.replace('_', '__')}_8h:", ""]
            lines += title(f"hvref/{stem}.h")
            if file_entity is not None and file_entity.brief:
                lines += [rst_escape(file_entity.brief), ""]
            if groups:
                lines += header_editions_note()
            for group in groups:
                lines += [f".. _{group_label(group.name)}:", ""]
                lines += title(group.title or group.name, "-")
                if group.brief:
                    lines += [rst_escape(group.brief), ""]
                lines += [f".. doxygengroup:: {group.name}", "   :project: hvref",
                          "   :content-only:", "   :members:", "   :undoc-members:", ""]
            if not groups:          # a header without \\defgroup (the umbrella)
                lines += [f".. doxygenfile:: {stem}.h", "   :project: hvref", ""]
            examples = [e for e in self.src.examples
                        if any(self.src.definitions.get(n) and
                               self.src.definitions[n].path.endswith(f"/{stem}.h")
                               for n in e.demonstrates)]
            if examples:
                lines += title("Examples", "-")
                lines += [f"* :ref:`example-{e.name.replace('/', '-')}`" for e in examples] + [""]
            self.write(f"reference/{stem}.rst", lines)
            names.append(stem)
        lines = title("Headers") + [
            "One header per TLFS area; ``#include <hvref/hvref.h>`` includes them all.", "",
            ".. toctree::", "   :maxdepth: 1", ""] + [f"   {n}" for n in names]
        self.write("reference/index.rst", lines)

    def meaning(self, name: str) -> str:
        entity = self.dox.get(name)
        return rst_escape(entity.brief) if entity is not None and entity.brief else ""

    def layout_links(self, names: List[str]) -> str:
        return ", ".join(f":ref:`{n} <layout-{n}>`" for n in names if n in self.layouts)

    def value_table(self, rel: str, heading: str, intro: str, rows: List[cat.Row],
                    name_col: str, value_col: str, source_cols: List[str],
                    layouts_of=None) -> None:
        """A table of values (status codes, MSR numbers) with each one's
        meaning from its header comment and, with layouts_of, the layouts
        of its contents."""
        body = []
        for row in sorted(rows, key=lambda r: (r[value_col] or "~", r[name_col])):
            name = row[name_col]
            # The row's id (the name) is a target of the search box's lookup.
            cells = [f"``{row[value_col]}``" if row[value_col] else "no value given",
                     f":hvref-anchor:`{name}` "
                     + (self.c_ref(name) if self.defined(name) else f"``{name}``"),
                     self.meaning(name)]
            if layouts_of is not None:
                cells.append(self.layout_links(layouts_of(name)))
            cells.append(", ".join(c for c in source_cols if row[c] == "yes"))
            body.append(cells)
        header = ["Value", "Name", "Meaning"] + (["Layout"] if layouts_of else []) + ["Listed by"]
        widths = "12 34 30 12 12" if layouts_of else "12 38 35 15"
        lines = title(heading) + [intro, ""]
        lines += list_table(header, body, widths)
        self.write(rel, lines)

    def msr_contents(self, name: str) -> List[str]:
        """The layouts of an MSR's value (references/value-layouts.csv)."""
        return self.model.value_layouts(name)

    def cpuid_page(self) -> None:
        enumerators = {e.value.lower(): e.name for e in self.dox.values()
                       if e.kind == "enumerator" and e.name.startswith("HvCpuIdFunction")}
        rows = []
        for row in self.cat.cpuid_leaves:
            refs = []
            if row["tlfs60b"]:
                s = self.cat.section("6.0b", row["tlfs60b"])
                refs.append(link(s.label, s.url))
            if row["tlfs20"]:
                s = self.cat.section("2.0", row["tlfs20"])
                refs.append(link(s.label, s.url))
            if row["online"]:
                url, page_title = self.cat.online_url(row["online"])
                refs.append(link(f"TLFS online: {page_title}", url))
            enumerator = enumerators.get(row["leaf"].lower())
            registers = self.model.see_also(enumerator) if enumerator else []
            rows.append([f":hvref-anchor:`cpuid-{row['leaf']}` ``{row['leaf']}``",
                         rst_escape(row["name"]), self.layout_links(registers),
                         "; ".join(refs)])
        lines = [".. _cpuid-leaves:", ""] + title("CPUID leaves")
        lines += ["The hypervisor's CPUID leaves, each with the layouts hvref defines for its "
                  "registers. The register unions are in "
                  + (":ref:`header-feature_discovery`." if self.defined("HV_CPUID_FUNCTION")
                     else "the headers."), ""]
        lines += list_table(["Leaf", "Name", "Register layouts", "Specification"], rows,
                            "12 28 25 35")
        self.write("cpuid-leaves.rst", lines)

    def spec_map(self) -> None:
        cited: Dict[tuple, List[str]] = defaultdict(list)
        online: Dict[str, List[str]] = defaultdict(list)
        for d in self.src.definitions.values():
            for ref in d.references:
                if ref.alias in ("tlfs60b", "tlfs20"):
                    edition = "6.0b" if ref.alias == "tlfs60b" else "2.0"
                    try:
                        s = self.cat.section(edition, ref.target)
                    except cat.CatalogueError:
                        continue
                    cited[(edition, s.section, s.heading)].append(d.name)
                elif ref.alias == "tlfsonline":
                    online[ref.target.partition("#")[0]].append(d.name)
        lines = [".. _spec-map:", ""] + title("Spec map")
        lines += ["Every section of each TLFS edition and every online page, with what hvref "
                  "defines for it. A section with no entry is not covered yet.", ""]
        for edition in cat.EDITIONS:
            lines += title(f"TLFS {edition}", "-")
            rows = []
            seen = set()
            for key, s in self.cat.sections.items():
                if s.edition != edition or id(s) in seen:
                    continue
                seen.add(id(s))
                names = sorted(set(cited.get((edition, s.section, s.heading), [])))
                rows.append([f"§{s.section}", link(f"{s.heading} (p. {s.page})", s.url),
                             ", ".join(self.c_ref(n) for n in names)])
            lines += list_table(["Section", "Heading", "hvref defines"], rows, "10 40 50")
        lines += title("TLFS online", "-")
        rows = []
        for path, row in sorted(self.cat.online.items()):
            url, page_title = self.cat.online_url(path)
            names = sorted(set(online.get(path, [])))
            rows.append([link(page_title, url), ", ".join(self.c_ref(n) for n in names)])
        lines += list_table(["Page", "hvref defines"], rows, "40 60")
        self.write("spec-map.rst", lines)

    def examples_page(self) -> None:
        lines = [".. _examples:", ""] + title("Examples")
        lines += ["Each example is a complete C file under ``examples/``, compiled in every "
                  "target of the test matrix and run against the recording seam "
                  "(``examples/support/``).", ""]
        for example in self.src.examples:
            lines += [f".. _example-{example.name.replace('/', '-')}:", ""]
            lines += title(example.name, "-")
            lines += ["Demonstrates: " + ", ".join(self.c_ref(n) if self.defined(n)
                                                 else f"``{n}``" for n in example.demonstrates),
                      ""]
            lines += self.example_block(example)
        self.write("examples.rst", lines)

    def run(self) -> List[Path]:
        self.hypercall_index()
        for row in self.cat.hypercalls:
            self.hypercall_page(row)
        self.reference_pages()
        self.layout_pages()
        self.value_table("status-codes.rst", "Status codes",
                         "Every ``HV_STATUS`` value listed by a TLFS edition, the online pages or "
                         "the 2013 WDK pages (references/status-codes.csv).",
                         self.cat.status_codes, "name", "value",
                         ["tlfs60b", "tlfs20", "online", "wdk2013"])
        self.value_table("msrs.rst", "Synthetic MSRs",
                         "Every synthetic MSR number listed by a TLFS edition, the online pages "
                         "or the 2013 WDK pages (references/msrs.csv).",
                         self.cat.msrs, "name", "number",
                         ["tlfs60b", "tlfs20", "online", "wdk2013"], self.msr_contents)
        self.cpuid_page()
        register_page(self.model, self.write, self.c_ref, list_table, title, self.layout_links)
        self.spec_map()
        self.examples_page()
        errata_page(self.model, self.write, self.c_ref)
        history_pages(self.model, self.write, self.c_ref)
        return self.written


def generate(model: hvmodel.Model, out: Path) -> List[Path]:
    generator = Generator(model, out)
    generator.draw_diagrams()
    written = generator.run()
    # Pages of entities that no longer exist would linger: remove them.
    for stale in set(out.rglob("*.rst")) - set(written):
        stale.unlink()
    return written
