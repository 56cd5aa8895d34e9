#!/usr/bin/env python3
"""Generates the C sources that check the headers against the catalogue.

layout_probe.c   static assertions of every type's size and every member's
                 offset and size from references/layouts/*.csv (compiled in
                 every target of the matrix), and, when run, a check that
                 each bit-field sits at the catalogue's bit and width.
catalogue_calls.c the table the recording example seam checks each
                 hypercall against: kind, input and output sizes, and the
                 must-be-zero bits of its input (the layouts' `reserved`
                 column is `zero`), including those of members whose type
                 has a layout of its own (HV_INPUT_SIGNAL_EVENT.ConnectionId
                 is an HV_CONNECTION_ID, whose top 8 bits must be zero), and
                 the must-be-zero bits of the hypercall input value; and the
                 CPUID fixture the seam answers CPUID from
                 (examples/support/hvref_cpuid_fixture.csv).

Usage: gen_probes.py --root REPO --out DIR
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "references"))
import catalogue as cat  # noqa: E402

INPUT_VALUE_TYPE = "HV_HYPERCALL_INPUT"
CPUID_FIXTURE = "examples/support/hvref_cpuid_fixture.csv"
REGISTERS = ("eax", "ebx", "ecx", "edx")


def cpuid_fixture(root: Path) -> List[cat.Row]:
    """The rows of the recording seam's CPUID fixture: leaf, the four
    registers (0x and eight upper-case hex digits), the hvref type a guest
    reads the leaf into (empty for the processor's leaf 1), a note."""
    rows = cat.read_csv(root / CPUID_FIXTURE, root, ("leaf",) + REGISTERS + ("type", "note"))
    seen = {}
    for row in rows:
        for column in ("leaf",) + REGISTERS:
            if not re.fullmatch(r"0x[0-9A-F]{8}", row[column]):
                raise cat.CatalogueError(f"{row.where}: column '{column}' is '{row[column]}', "
                                         "not 0x and eight upper-case hex digits")
        if row["leaf"] in seen:
            raise cat.CatalogueError(f"{row.where}: leaf {row['leaf']} is already at "
                                     f"{seen[row['leaf']]}")
        seen[row["leaf"]] = row.where
    return rows
MEMBER_DECL = re.compile(r"^\s*([A-Z_][A-Z0-9_]*)\s+([A-Za-z_]\w*)\s*;")
TYPEDEF_OPEN = re.compile(r"^\s*typedef\s+(struct|union)\b")
TYPEDEF_CLOSE = re.compile(r"^\s*\}\s*([A-Z_][A-Z0-9_]*)\s*[,;]")


def member_types(root: Path) -> Dict[Tuple[str, str], Tuple[str, str]]:
    """(type, member) -> (declared type, header file:line) for the plain
    (non-array, non-bit-field) members of every typedef'd struct and union in
    include/hvref/. The catalogue has offsets and sizes, not member types;
    the headers' one-member-per-line convention (CONTRIBUTING.md) makes them
    readable without a compiler, and the generated code asserts each one."""
    found = {}
    for header in sorted((root / "include" / "hvref").glob("*.h")):
        rel = header.relative_to(root).as_posix()
        depth, members, in_comment, start = 0, [], False, None
        for number, line in enumerate(header.read_text(encoding="utf-8").splitlines(), 1):
            code, rest = "", line
            while rest:                       # drop comments, even across lines
                if in_comment:
                    end = rest.find("*/")
                    if end < 0:
                        break
                    rest, in_comment = rest[end + 2:], False
                else:
                    opening = rest.find("/*")
                    if opening < 0:
                        code += rest
                        break
                    code, rest, in_comment = code + rest[:opening], rest[opening + 2:], True
            if start is None and TYPEDEF_OPEN.match(code):
                start, members = depth, []   # depth: extern "C" { may enclose it
            if start is not None and depth > start and (m := MEMBER_DECL.match(code)):
                members.append((m.group(2), m.group(1), f"{rel}:{number}"))
            depth += code.count("{") - code.count("}")
            if start is not None and depth == start and (m := TYPEDEF_CLOSE.match(code)):
                for name, declared, where in members:
                    found[(m.group(1), name)] = (declared, where)
                start = None
    return found


def zero_fields(catalogue: cat.Catalogue, types, layout: cat.TypeLayout, base: int, path: str,
                nested: List[Tuple[str, str, str, str]]) -> List[Tuple[int, int, str]]:
    """(first bit, bit count, name) of every must-be-zero field of a layout,
    bits counted from the start of the outermost type, descending into
    members whose type has a layout; nested collects (type, member, its
    type, header line) for the generated assertions."""
    fields = []
    for m in layout.members:
        if not m.is_bitfield and m.offset == 0 and m.size == layout.size and \
                m.name.startswith("As"):
            continue                         # the whole value of a union
        name = f"{path}.{m.name}"
        if m.must_be_zero:
            fields.append((base + m.bit, m.width, name) if m.is_bitfield
                          else (base + 8 * m.offset, 8 * m.size, name))
        elif not m.is_bitfield:
            declared, where = types.get((layout.name, m.name), ("", ""))
            inner = catalogue.layouts.get(declared)
            if inner is not None and inner is not layout and inner.size == m.size:
                nested.append((layout.name, m.name, declared, where))
                fields += zero_fields(catalogue, types, inner, base + 8 * m.offset, name, nested)
    return fields


def check_bitfields(layout: cat.TypeLayout) -> None:
    """Bit-fields must tile their container: no overlap, no gap, no overflow."""
    fields = sorted((m for m in layout.members if m.is_bitfield), key=lambda m: m.bit)
    if not fields:
        return
    bits = layout.size * 8
    next_bit = 0
    for member in fields:
        if member.bit != next_bit:
            problem = "overlaps the previous field" if member.bit < next_bit else \
                f"leaves bits {next_bit}-{member.bit - 1} unnamed"
            raise cat.CatalogueError(f"{member.where}: bit-field {layout.name}.{member.name} "
                                     f"at bit {member.bit} {problem}; name every bit once")
        next_bit = member.bit + member.width
    if next_bit != bits:
        raise cat.CatalogueError(f"{fields[-1].where}: bit-fields of {layout.name} cover "
                                 f"{next_bit} bits but the type has {bits}; fix the widths")


def layout_probe(catalogue: cat.Catalogue) -> str:
    out = ["/* Generated by tests/tools/gen_probes.py from references/layouts/: do not edit. */",
           "#include <hvref/hvref.h>",
           "#include <stddef.h>",
           ""]
    checks = []
    for layout in catalogue.layouts.values():
        check_bitfields(layout)
        t = layout.name
        out.append(f"/* {layout.where} */")
        out.append(f'HVREF_STATIC_ASSERT(sizeof({t}) == {layout.size}, '
                   f'"{layout.where}: sizeof({t}) is not {layout.size}");')
        for m in layout.members:
            if m.is_bitfield:
                checks.append((layout, m))
                continue
            out.append(f'HVREF_STATIC_ASSERT(offsetof({t}, {m.name}) == {m.offset}, '
                       f'"{m.where}: {t}.{m.name} is not at offset {m.offset}");')
            out.append(f'HVREF_STATIC_ASSERT(sizeof((({t} *)0)->{m.name}) == {m.size}, '
                       f'"{m.where}: {t}.{m.name} is not {m.size} bytes");')
        out.append("")
    out += ["#ifndef HVREF_PROBE_NO_MAIN",
            "#include <stdio.h>",
            "#include <string.h>",
            "",
            "/* Sets one bit-field to all ones in a zeroed object and compares the",
            " * object's bytes (little-endian) with the catalogue's bit range. */",
            "static int check_bits(const char *where, const char *name, const unsigned char *bytes,",
            "                      size_t size, unsigned bit, unsigned width)",
            "{",
            "    size_t i;",
            "    for (i = 0; i < size * 8; i++) {",
            "        int set = (bytes[i / 8] >> (i % 8)) & 1;",
            "        int expected = i >= bit && i < (size_t)bit + width;",
            "        if (set != expected) {",
            '            printf("%s: %s: bit %u is %s; the catalogue puts the field at bits %u-%u\\n",',
            "                   where, name, (unsigned)i, set ? \"set\" : \"clear\", bit, bit + width - 1);",
            "            return 1;",
            "        }",
            "    }",
            "    return 0;",
            "}",
            "",
            "int main(void)",
            "{",
            "    int failures = 0;"]
    for layout, m in checks:
        t = layout.name
        out += ["    {",
                f"        {t} value;",
                "        memset(&value, 0, sizeof value);",
                f"        value.{m.name} = ~value.{m.name};",
                f'        failures += check_bits("{m.where}", "{t}.{m.name}", '
                f"(const unsigned char *)&value, sizeof value, {m.bit}, {m.width});",
                "    }"]
    out += [f'    printf("layout probe: {len(catalogue.layouts)} types, {len(checks)} bit-fields, '
            '%d failures\\n", failures);',
            "    return failures != 0;",
            "}",
            "#endif",
            ""]
    return "\n".join(out)


def rep_element_size(catalogue: cat.Catalogue, call: str, direction: str) -> int:
    return sum(int(r["size"]) for r in catalogue.parameters
               if r["call"] == call and r["direction"] == direction and r["size"].isdigit())


def input_checks(catalogue: cat.Catalogue, types, type_name: str, nested) -> tuple:
    """(size, must-be-zero fields) the seam checks a call's input against.
    A type the TLFS lays out per architecture (catalogue.arch_variant: the
    headers define HV_X64_INPUT_X and HV_ARM64_INPUT_X, HV_INPUT_X is the
    target's) is checked against what both layouts agree on: the fields that
    must be zero in each at the same bits, and the smaller size, which
    either input has at least. An example may build either architecture's
    input on any host."""
    layout = catalogue.layouts.get(type_name)
    if layout is not None:
        return layout.size, zero_fields(catalogue, types, layout, 0, layout.name, nested)
    variants = [catalogue.layouts.get(cat.arch_variant(type_name, arch))
                for arch, _ in cat.ARCHITECTURES] if type_name else []
    if not variants or None in variants:
        return -1, []
    common = None
    for variant in variants:
        fields = {(bit, width, type_name + name[len(variant.name):])
                  for bit, width, name in zero_fields(catalogue, types, variant, 0,
                                                      variant.name, nested)}
        common = fields if common is None else common & fields
    return min(variant.size for variant in variants), sorted(common)


def calls_table(catalogue: cat.Catalogue, root: Path) -> str:
    types = member_types(root)
    nested: List[Tuple[str, str, str, str]] = []
    out = ["/* Generated by tests/tools/gen_probes.py from references/: do not edit. */",
           "#include <hvref/hvref.h>",
           "",
           '#include "hvref_catalogue_calls.h"',
           "",
           "/* Must-be-zero fields: first bit (from the start of the input), bit count,",
           " * type.member, from the layouts' `reserved` column. */",
           "const HVREF_CATALOGUE_RESERVED hvref_catalogue_reserved[] = {"]
    reserved_index = 0
    rows = []
    for row in catalogue.hypercalls:
        input_size, fields = input_checks(catalogue, types, row["input_type"], nested)
        first = reserved_index
        for bit, width, name in fields:
            out.append(f'    {{ {bit}, {width}, "{name}" }},')
            reserved_index += 1
        output = catalogue.layouts.get(row["output_type"])
        rows.append(
            f'    {{ {row["code"]}, "{row["name"]}", '
            f'{1 if row["kind"] == "rep" else 0 if row["kind"] == "simple" else -1}, '
            f'{1 if catalogue.is_documented(row) else 0}, '
            f'{input_size}, {output.size if output else -1}, '
            f'{rep_element_size(catalogue, row["name"], "input-rep")}, '
            f'{first}, {reserved_index - first} }},')
    value = catalogue.layouts.get(INPUT_VALUE_TYPE)
    if value is None:
        raise cat.CatalogueError(f"references/layouts/: no layout of {INPUT_VALUE_TYPE}, whose "
                                 "must-be-zero bits the seam checks in every input value")
    value_fields = zero_fields(catalogue, types, value, 0, value.name, nested)
    out.append('    { 0, 0, "" }')
    out.append("};")
    out.append("")
    out.append("const HVREF_CATALOGUE_CALL hvref_catalogue_calls[] = {")
    out += rows
    out.append("};")
    out.append(f"const size_t hvref_catalogue_call_count = {len(rows)};")
    out.append("")
    out.append(f"/* The must-be-zero bits of the hypercall input value ({value.where}). */")
    out.append("const HVREF_CATALOGUE_RESERVED hvref_catalogue_input_value_reserved[] = {")
    out += [f'    {{ {bit}, {width}, "{name}" }},' for bit, width, name in value_fields]
    out.append('    { 0, 0, "" }')
    out.append("};")
    out.append(f"const size_t hvref_catalogue_input_value_reserved_count = {len(value_fields)};")
    out.append("")
    fixture = cpuid_fixture(root)
    out.append(f"/* The CPUID leaves the recording seam answers with ({CPUID_FIXTURE}). */")
    out.append("const HVREF_CPUID_FIXTURE_LEAF hvref_cpuid_fixture[] = {")
    for row in fixture:
        registers = ", ".join(f"{row[r]}u" for r in REGISTERS)
        out.append(f"    {{ {row['leaf']}u, {{ {registers} }} }}, /* {row.where} */")
    out.append("    { 0u, { 0u, 0u, 0u, 0u } }")
    out.append("};")
    out.append(f"const size_t hvref_cpuid_fixture_count = {len(fixture)};")
    out.append("")
    if nested:
        out.append("/* The member types read from the headers to find nested must-be-zero fields;")
        out.append(" * comparing pointers of two different types does not compile. */")
    for outer, member, inner, where in sorted(set(nested)):
        out.append(f"HVREF_STATIC_ASSERT(sizeof(&(({outer} *)0)->{member} == ({inner} *)0) != 0,")
        out.append(f'                    "{where}: {outer}.{member} is not an {inner}");')
    out.append("")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    try:
        catalogue = cat.load(args.root)
        probe = layout_probe(catalogue)
        table = calls_table(catalogue, args.root)
    except cat.CatalogueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in (("layout_probe.c", probe), ("catalogue_calls.c", table)):
        path = args.out / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
