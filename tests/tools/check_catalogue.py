#!/usr/bin/env python3
"""Checks that the catalogue, the headers and the examples agree.

* the catalogue's tables are well formed (references/catalogue.py);
* every spec reference alias in a header resolves against the catalogue;
* call codes, status codes and MSR numbers: every catalogue row is defined
  in the headers with its value, and every one the headers define is in
  the catalogue; CPUID leaves the same way, by number (HvCpuIdFunction*);
* the spec's parameter tables (parameters.csv) agree with the layouts of the
  HV_INPUT_/HV_OUTPUT_ types, member by member;
* every layout file has the `reserved` column, and reserved fields of
  hypercall inputs are must-be-zero;
* mask and shift macros of bit-fields (<TYPE>_<FIELD>_SHIFT/_MASK, flag
  masks, <TYPE>_RSVDZ_MASK) equal the catalogue's bit and width;
* the example seam's CPUID fixture is a Hyper-V guest's view: Microsoft
  vendor, "Hv#1", every leaf up to the highest, no reserved or unnamed bit
  set (examples/support/hvref_cpuid_fixture.csv);
* every structure the headers define has a layout in references/layouts/
  and a spec reference, and every layout names a defined type;
* every documented call whose parameters the headers define, and every
  structure, is demonstrated by an example; every name an example claims
  to demonstrate exists;
* the call code of every such call says, in its comment, what the call
  does (a paragraph after \\brief), who may make it (\\par Caller), its
  restrictions (\\par Restrictions), whether it is simple or rep and has a
  fast form (\\par Call form), and what it returns: \\retval lines,
  HV_STATUS_SUCCESS among them, each naming a status status.h defines.

Each problem is printed as ``file:line: what is wrong; what to do``.
Usage: check_catalogue.py --root REPO
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "references"))
import catalogue as cat  # noqa: E402
import gen_probes  # noqa: E402  (this directory: the CPUID fixture, member types)
import sources as src  # noqa: E402  (references/sources.py: the header scanner)


def resolve(catalogue: cat.Catalogue, ref: src.Reference) -> None:
    if ref.alias == "tlfsonline":
        catalogue.online_url(ref.target, ref.where)
    elif ref.alias == "tlfs60b":
        catalogue.section("6.0b", ref.target, ref.where)
    elif ref.alias == "tlfs20":
        catalogue.section("2.0", ref.target, ref.where)
    elif ref.alias == "wdk2013":
        catalogue.wdk_url(ref.target, ref.where)
    elif ref.alias == "hvcallrefs":
        catalogue.call_references(catalogue.call(ref.target, ref.where))


def int_value(text: str, defs=None, depth: int = 0):
    """The integer a macro or enumerator stands for, following aliases."""
    text = text.strip()
    m = re.fullmatch(r"\(?\s*(?:\(\s*\w+\s*\))?\s*(0x[0-9A-Fa-f]+|\d+)[uUlL]*\s*\)?", text)
    if m:
        return int(m.group(1), 0)
    if defs and depth < 8 and text in defs:
        return int_value(defs[text].value, defs, depth + 1)
    return None


def check(root: Path) -> List[str]:
    problems: List[str] = []
    catalogue = cat.load(root)
    sources = src.scan(root)
    defs = sources.definitions

    for ref in sources.references:
        try:
            resolve(catalogue, ref)
        except cat.CatalogueError as error:
            problems.append(str(error))

    def compare(rows, name_col, value_col, pattern, what, table):
        listed = set()
        for row in rows:
            name = row[name_col]
            listed.add(name)
            if not row[value_col]:
                continue          # a name the spec lists without a value
            d = defs.get(name)
            if d is None:
                problems.append(f"{row.where}: {what} {name} is not defined in include/hvref/; "
                                "add it to its header")
            elif int_value(d.value, defs) != int(row[value_col], 16):
                problems.append(f"{d.path}:{d.line}: {name} is {d.value} but {row.where} says "
                                f"{row[value_col]}; one of them is wrong")
        for d in defs.values():
            if d.kind != "type" and re.fullmatch(pattern, d.name) and d.name not in listed:
                problems.append(f"{d.path}:{d.line}: {what} {d.name} is not in {table}; add its row "
                                "(with the source that lists it) or remove the definition")

    compare(catalogue.hypercalls, "name", "code", r"Hv(Ext)?Call[A-Z]\w*", "call code",
            "references/hypercalls.csv")
    compare(catalogue.status_codes, "name", "value", r"HV_STATUS_[A-Z0-9_]+", "status code",
            "references/status-codes.csv")
    compare(catalogue.msrs, "name", "number", r"HV_X64_MSR_[A-Z0-9_]+", "MSR",
            "references/msrs.csv")

    check_aliases(catalogue, defs, problems)
    check_value_layouts(catalogue, defs, problems)
    check_cpuid_leaves(catalogue, defs, problems)
    check_parameters(catalogue, problems)
    check_reserved(catalogue, problems)
    check_field_macros(root, catalogue, defs, problems)
    check_cpuid_fixture(root, catalogue, defs, problems)

    for row in catalogue.hypercalls:
        d = defs.get(row["name"])
        if d is not None and catalogue.is_documented(row) and not any(
                r.alias == "hvcallrefs" and r.target == row["name"] for r in d.references):
            problems.append(f"{d.path}:{d.line}: {row['name']} is documented by the spec but its "
                            f"comment lacks \\hvcallrefs{{{row['name']}}}")

    kinds = {n: _typedef_kind(root / d.path, d.line) for n, d in defs.items() if d.kind == "type"}
    structures = {n: defs[n] for n, k in kinds.items() if k in ("struct", "union")}
    for name, kind in kinds.items():
        d = defs[name]
        if kind == "enum" and not d.references:
            problems.append(f"{d.path}:{d.line}: {name} has no spec reference; cite the TLFS "
                            "(\\tlfsonline, \\tlfs60b, \\tlfs20, \\wdk2013) in its comment")
    for name, d in structures.items():
        if name not in catalogue.layouts:
            problems.append(f"{d.path}:{d.line}: {name} has no layout in references/layouts/; "
                            "add its size, member and bit-field rows")
        if not d.references:
            problems.append(f"{d.path}:{d.line}: {name} has no spec reference; cite the TLFS "
                            "(\\tlfsonline, \\tlfs60b, \\tlfs20, \\wdk2013) in its comment")
        if not sources.examples_for(name):
            problems.append(f"{d.path}:{d.line}: no example demonstrates {name}; add it to an "
                            "example's hvref-demonstrates: line")
    for name, layout in catalogue.layouts.items():
        if name not in defs:
            problems.append(f"{layout.where}: layout of {name}, which no header defines")

    for row in catalogue.hypercalls:
        in_scope = any(row[c] and row[c] in structures for c in ("input_type", "output_type"))
        if in_scope and catalogue.is_documented(row) and not sources.examples_for(row["name"]):
            problems.append(f"{row.where}: {row['name']} has its parameters defined but no example; "
                            "write one under examples/ naming it in hvref-demonstrates:")

    check_call_comments(root, catalogue, defs, problems)

    for example in sources.examples:
        if not example.demonstrates:
            problems.append(f"{example.path}:1: no hvref-demonstrates: line; name what it shows")
        for name in example.demonstrates:
            if name not in defs:
                problems.append(f"{example.path}:1: demonstrates {name}, which no header defines")
    return problems


# The parts every documented call's call-code comment has (CONTRIBUTING.md,
# "Comment conventions"): each \par title, with what its paragraph says.
CALL_PARAGRAPHS = (
    ("Caller", "who may make the call: the partition privilege flag it needs, "
               "which partitions (any, parent, root) and which VTL"),
    ("Restrictions", "what must hold for the call to succeed (the spec's restrictions; "
                     "write 'None' when it names none)"),
    ("Call form", "simple or rep, and whether a fast (register or XMM) form exists"),
)
COMMAND = re.compile(r"[\\@](\w+)")
PAR = re.compile(r"[\\@]par\s+(.+?)\s*$")
RETVAL = re.compile(r"[\\@]retval\s+(\S+)")


def comment_block(root: Path, path: str, line: int):
    """The /** ... */ block right above a header line, as (line, text) pairs
    with the comment markers removed; None when the line has no such block."""
    lines = (root / path).read_text(encoding="utf-8").splitlines()
    end = line - 2
    if end < 0 or not lines[end].rstrip().endswith("*/"):
        return None
    start = end
    while start > 0 and "/*" not in lines[start]:
        start -= 1
    if "/**" not in lines[start] or "/**<" in lines[start]:
        return None
    block = []
    for number in range(start, end + 1):
        text = lines[number].strip()
        if text.startswith("/**"):
            text = text[3:]
        if text.endswith("*/"):
            text = text[:-2]
        text = text.strip()
        if text.startswith("*"):
            text = text[1:].strip()
        block.append((number + 1, text))
    return block


def check_call_comments(root: Path, catalogue: cat.Catalogue, defs, problems: List[str]) -> None:
    r"""The call code of every documented call (its row's input_type or
    output_type is a type a header defines) is the call's reference text:
    a \brief, a description paragraph, \par Caller, \par Restrictions,
    \par Call form and \retval lines, HV_STATUS_SUCCESS among them, each
    naming a status code that include/hvref/status.h defines."""
    statuses = {d.name for d in defs.values()
                if d.kind == "macro" and d.name.startswith("HV_STATUS_")
                and d.path.endswith("/status.h")}
    guide = "(CONTRIBUTING.md, \"Comment conventions\")"
    for row in catalogue.hypercalls:
        if not any(row[c] and row[c] in defs and defs[row[c]].kind == "type"
                   for c in ("input_type", "output_type")):
            continue
        d = defs.get(row["name"])
        if d is None:
            continue          # reported above: a catalogue call the headers lack
        where, name = f"{d.path}:{d.line}", row["name"]
        block = comment_block(root, d.path, d.line)
        if block is None:
            problems.append(f"{where}: {name} has its parameters defined but no /** */ comment "
                            "block above its call code; write one with \\brief, a description, "
                            "\\par Caller, \\par Restrictions, \\par Call form and \\retval lines "
                            + guide)
            continue
        paragraphs, current = [], []
        for number, text in block:
            if text:
                current.append((number, text))
            elif current:
                paragraphs.append(current)
                current = []
        if current:
            paragraphs.append(current)
        first_words = [p[0][1] for p in paragraphs]
        brief = next((i for i, w in enumerate(first_words) if re.match(r"[\\@]brief\b", w)), None)
        if brief is None:
            problems.append(f"{where}: {name}'s comment has no \\brief; add one line saying "
                            "what the call does " + guide)
        # The description is the paragraph right after \brief, before the
        # \par sections (a plain paragraph further down is not one).
        after = (brief or 0) + 1
        described = after < len(first_words) and not COMMAND.match(first_words[after])
        if not described:
            problems.append(f"{where}: {name}'s comment has no description after \\brief; "
                            "add a paragraph saying, in hvref's own words, what the call does "
                            "and with which input and output " + guide)
        titles = {m.group(1).lower() for _, text in block for m in [PAR.match(text)] if m}
        for title, says in CALL_PARAGRAPHS:
            if title.lower() not in titles:
                problems.append(f"{where}: {name}'s comment has no \\par {title}; add it, "
                                f"saying {says} {guide}")
        retvals = [(number, m.group(1)) for number, text in block
                   for m in [RETVAL.match(text)] if m]
        if not retvals:
            problems.append(f"{where}: {name}'s comment has no \\retval; add "
                            "\\retval HV_STATUS_SUCCESS and one \\retval per status the spec "
                            "lists for the call, each with its meaning " + guide)
        elif "HV_STATUS_SUCCESS" not in {status for _, status in retvals}:
            problems.append(f"{where}: {name}'s comment has no \\retval HV_STATUS_SUCCESS; "
                            "add it first, saying what success means for this call " + guide)
        for number, status in retvals:
            if status not in statuses:
                problems.append(f"{d.path}:{number}: {name}: \\retval {status} is not a status "
                                "code include/hvref/status.h defines; correct the name, or "
                                "add the status (and its row in references/status-codes.csv)")


HYPERVISOR_LEAVES = range(0x40000000, 0x50000000)


def check_aliases(catalogue: cat.Catalogue, defs, problems: List[str]) -> None:
    """Every row of references/aliases.csv names a call of hypercalls.csv or a
    macro, enumerator or type the headers define."""
    for row in catalogue.aliases:
        if row["name"] not in catalogue.calls_by_name and row["name"] not in defs:
            problems.append(f"{row.where}: alias {row['alias']!r} is for {row['name']}, which "
                            "hvref does not define; spell the name as the headers or "
                            "references/hypercalls.csv do, or remove the row")


def check_value_layouts(catalogue: cat.Catalogue, defs, problems: List[str]) -> None:
    """Every row of references/value-layouts.csv names an MSR macro, a CPUID
    leaf enumerator or a register name the headers define and a type whose
    layout has the part's size (8 bytes for an MSR value, 16 for a leaf's
    registers, at most 16 for a register's value)."""
    for row in catalogue.value_layouts:
        if row["name"] not in defs:
            problems.append(f"{row.where}: {row['name']} is not defined in include/hvref/")
        layout = catalogue.layouts.get(row["type"])
        if layout is None:
            problems.append(f"{row.where}: {row['type']} has no layout in references/layouts/")
        elif (layout.size > cat.VALUE_PARTS[row["part"]] or
              (row["part"] != "register" and layout.size != cat.VALUE_PARTS[row["part"]])):
            problems.append(f"{row.where}: {row['type']} is {layout.size} bytes, but a "
                            f"{row['part']} is {cat.VALUE_PARTS[row['part']]}")


def check_cpuid_leaves(catalogue: cat.Catalogue, defs, problems: List[str]) -> None:
    """CPUID leaf numbers: every leaf of references/cpuid-leaves.csv is an
    HvCpuIdFunction* enumerator with that value, and every enumerator in the
    hypervisor range (0x40000000-0x4FFFFFFF) is a catalogue row. Leaf 1, the
    processor's own leaf, is not a hypervisor leaf and has no row."""
    enumerators = {}
    for d in defs.values():
        if d.kind == "enumerator" and re.fullmatch(r"HvCpuIdFunction\w+", d.name):
            value = int_value(d.value, defs)
            if value is None:
                problems.append(f"{d.path}:{d.line}: CPUID leaf {d.name} = {d.value} is not a "
                                "number; write the leaf as a hexadecimal literal")
                continue
            enumerators.setdefault(value, d)
    listed = set()
    for row in catalogue.cpuid_leaves:
        leaf = int(row["leaf"], 16)
        listed.add(leaf)
        if leaf not in enumerators:
            problems.append(f"{row.where}: CPUID leaf {row['leaf']} ({row['name']}) has no "
                            "HvCpuIdFunction* enumerator with that value; add it to "
                            "HV_CPUID_FUNCTION in include/hvref/feature_discovery.h")
    for value, d in sorted(enumerators.items()):
        if value in HYPERVISOR_LEAVES and value not in listed:
            problems.append(f"{d.path}:{d.line}: CPUID leaf {d.name} = 0x{value:08X} is not in "
                            "references/cpuid-leaves.csv; fix the value, or add the leaf to the "
                            "catalogue (references/extract/extract.py) with the source that "
                            "documents it")


def check_reserved(catalogue: cat.Catalogue, problems: List[str]) -> None:
    """Every layout file says which members are reserved and how (its
    `reserved` column), and what a caller writes into a hypercall input is
    zero wherever it is reserved: an input has no earlier value to preserve
    and is not a value only the hypervisor writes."""
    for path in catalogue.layouts_without_reserved:
        problems.append(f"{path}:1: no 'reserved' column; add it and fill it from the spec "
                        "(zero, preserve, ignore; see references/README.md)")
    inputs = {row["input_type"]: row["name"] for row in catalogue.hypercalls if row["input_type"]}
    for name, call in inputs.items():
        layout = catalogue.layouts.get(name)
        for member in layout.members if layout else []:
            if member.reserved and not member.must_be_zero:
                problems.append(f"{member.where}: {name}.{member.name} is reserved "
                                f"'{member.reserved}' but {name} is the input of {call}, which "
                                "the caller writes: its reserved fields are 'zero'")


def macro_int(text: str, defs):
    """The integer a mask or shift macro stands for: a literal with or without
    a suffix, UINT64_C(...)/UINT32_C(...), parentheses, or another macro."""
    text = text.strip()
    while True:
        m = re.fullmatch(r"\((.*)\)|UINT(?:8|16|32|64)_C\((.*)\)", text)
        if not m:
            break
        text = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
    m = re.fullmatch(r"(0x[0-9A-Fa-f]+|\d+)[uUlL]*", text)
    if m:
        return int(m.group(1), 0)
    return int_value(text, defs)


def _squash(name: str) -> str:
    return name.replace("_", "").upper()


class _Comments:
    """The Doxygen comment that documents a header line (the block above it
    or a trailing ``/**<``), read once per header."""

    def __init__(self, root: Path):
        self.root = root
        self.lines = {}

    def of(self, path: str, line: int) -> str:
        if path not in self.lines:
            self.lines[path] = (self.root / path).read_text(encoding="utf-8").splitlines()
        lines = self.lines[path]
        text = lines[line - 1]
        if "/**<" in text:
            return text.split("/**<", 1)[1].split("*/")[0]
        if line < 2 or not lines[line - 2].rstrip().endswith("*/"):
            return ""
        start = line - 2
        while start > 0 and "/*" not in lines[start]:
            start -= 1
        if "/**" not in lines[start]:
            return ""                        # a maintainer's /* */ comment
        block = " ".join(l.strip().lstrip("/*").rstrip("*/").strip() for l in lines[start:line - 1])
        return block.split("\\brief", 1)[-1]


BRIEF_BITS = re.compile(r"\((?:[A-Z]{3} )?bits? (\d+)(?:\s*-\s*(\d+))?\)")
FIELD_IN_COMMENT = re.compile(r"\b([A-Z][A-Z0-9_]*)(?:::|\.)([A-Za-z]\w*)")


def check_field_macros(root: Path, catalogue: cat.Catalogue, defs, problems: List[str]) -> None:
    """Hand-written masks and shifts of bit-fields against references/layouts/.

    A macro belongs to a bit-field when its name is ``<TYPE>_<FIELD>``,
    ``<TYPE>_<FIELD>_MASK`` or ``<TYPE>_<FIELD>_SHIFT`` (FIELD the member's
    name in upper case, underscores ignored) or when its comment names
    ``TYPE::Field`` or ``TYPE.Field``; ``<TYPE>_RSVDZ_MASK`` is every
    must-be-zero bit of TYPE together (the `reserved` column). A shift must
    be the field's lowest bit, a mask the field's bits in place, and a
    "(bit N)" / "(bits N-M)" in the comment the field's bits. A _SHIFT macro
    that belongs to no bit-field is reported: it cannot be checked."""
    comments = _Comments(root)
    bitfields = {name: {_squash(m.name): m for m in layout.members if m.is_bitfield}
                 for name, layout in catalogue.layouts.items()}
    bitfields = {name: fields for name, fields in bitfields.items() if fields}
    checked = 0
    for d in defs.values():
        if d.kind != "macro" or not re.fullmatch(r"[A-Z][A-Z0-9_]*", d.name):
            continue
        comment = comments.of(d.path, d.line)
        where = f"{d.path}:{d.line}"
        is_shift = d.name.endswith("_SHIFT")
        stem = re.sub(r"_(SHIFT|MASK)$", "", d.name)
        # The aggregate masks of reserved bits.
        aggregate = re.fullmatch(r"(\w+)_RSVDZ_MASK", d.name)
        if aggregate and aggregate.group(1) in bitfields:
            layout = catalogue.layouts[aggregate.group(1)]
            fields = [m for m in layout.members if m.is_bitfield and m.must_be_zero]
            expected = 0
            for m in fields:
                expected |= ((1 << m.width) - 1) << m.bit
            value = macro_int(d.value, defs)
            if value != expected:
                problems.append(f"{where}: {d.name} is {d.value} but the must-be-zero bits of "
                                f"{layout.name} ({', '.join(m.name for m in fields) or 'none'}; "
                                f"{layout.where}) are 0x{expected:016X}; fix the macro or the "
                                "catalogue's reserved column")
            checked += 1
            continue
        # Which bit-field: by name, by comment; both must agree.
        by_name = None
        for type_name, fields in bitfields.items():
            if stem.startswith(type_name + "_"):
                member = fields.get(_squash(stem[len(type_name) + 1:]))
                if member is not None:
                    by_name = (type_name, member)
        by_comment = None
        mask_like = d.name.endswith(("_SHIFT", "_MASK")) or re.match(r"\s*Mask of\b", comment)
        for type_name, field_name in FIELD_IN_COMMENT.findall(comment) if mask_like else ():
            member = bitfields.get(type_name, {}).get(_squash(field_name))
            if member is not None and member.name == field_name:
                by_comment = (type_name, member)
                break
        if by_name and by_comment and (by_name[0], by_name[1].name) != (by_comment[0],
                                                                          by_comment[1].name):
            problems.append(f"{where}: {d.name} is named for {by_name[0]}.{by_name[1].name} but "
                            f"its comment names {by_comment[0]}::{by_comment[1].name}; make "
                            "them agree")
            continue
        if by_comment and not by_name and d.name.endswith(("_SHIFT", "_MASK")):
            type_name, member = by_comment
            snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", member.name).upper()
            problems.append(f"{where}: {d.name} is documented as {type_name}::{member.name} but "
                            f"not named for it; call it {type_name}_{snake}"
                            f"{'_SHIFT' if is_shift else '_MASK'}")
            continue
        found = by_name or by_comment
        if found is None:
            if is_shift:
                problems.append(f"{where}: {d.name} is a shift but belongs to no bit-field of "
                                "references/layouts/, so nothing checks it; name it "
                                "<TYPE>_<FIELD>_SHIFT and name TYPE::Field in its comment")
            continue
        type_name, member = found
        layout = catalogue.layouts[type_name]
        value = macro_int(d.value, defs)
        bits = (f"bit {member.bit}" if member.width == 1
                else f"bits {member.bit}-{member.bit + member.width - 1}")
        field = f"{type_name}.{member.name} ({bits}, {member.where})"
        if value is None:
            problems.append(f"{where}: {d.name} = {d.value} is not a number this check can read; "
                            "write it as a literal (UINT64_C(0x...) or 0x...u)")
            continue
        checked += 1
        if is_shift:
            if value != member.bit:
                problems.append(f"{where}: {d.name} is {value} but the catalogue puts {field} at "
                                f"bit {member.bit}; fix the macro (or the catalogue row)")
        else:
            expected = ((1 << member.width) - 1) << member.bit
            if value != expected:
                problems.append(f"{where}: {d.name} is 0x{value:X} but {field} in place is "
                                f"0x{expected:X}; fix the macro (or the catalogue row)")
        for low, high in BRIEF_BITS.findall(comment):
            low, high = sorted((int(low), int(high or low)))
            if (low, high) != (member.bit, member.bit + member.width - 1):
                says = f"bit {low}" if low == high else f"bits {low}-{high}"
                problems.append(f"{where}: the comment of {d.name} says {says} but "
                                f"the catalogue has {field}; fix the comment")
    # A bit number and its mask typed side by side (HV_X64_CPUID_HYPERVISOR_PRESENT_BIT).
    for d in defs.values():
        mask = defs.get(d.name[:-len("_BIT")]) if d.name.endswith("_BIT") else None
        if d.kind != "macro" or mask is None:
            continue
        bit, value = macro_int(d.value, defs), macro_int(mask.value, defs)
        if bit is None or value != 1 << bit:
            problems.append(f"{mask.path}:{mask.line}: {mask.name} is {mask.value} but "
                            f"{d.name} ({d.path}:{d.line}) is {d.value}; the mask must be "
                            "1 << the bit")
    if checked == 0 and bitfields:
        problems.append("tests/tools/check_catalogue.py: no mask or shift macro was recognised; "
                        "the field-macro check has stopped matching the headers")


def _text(value: int, size: int) -> str:
    return value.to_bytes(size, "little").decode("latin-1")


def check_cpuid_fixture(root: Path, catalogue: cat.Catalogue, defs, problems: List[str]) -> None:
    """The recording seam's CPUID fixture (examples/support/hvref_cpuid_fixture.csv)
    is what a Hyper-V guest could read: leaf 1 has the hypervisor-present
    bit, 0x40000000 the Microsoft vendor and a highest leaf, every leaf up to
    it is present and in references/cpuid-leaves.csv, 0x40000001 says "Hv#1",
    and every bit set in a leaf is a field of the leaf's type with a meaning:
    no reserved bit (any kind) and no bit that no field names. Each
    examples/**/*.expected transcript belongs to an example."""
    try:
        rows = gen_probes.cpuid_fixture(root)
    except cat.CatalogueError as error:
        problems.append(str(error))
        return
    types = gen_probes.member_types(root)
    leaves = {int(row["leaf"], 16): row for row in rows}
    fixture = gen_probes.CPUID_FIXTURE
    catalogued = {int(row["leaf"], 16) for row in catalogue.cpuid_leaves}

    def number(name: str):
        d = defs.get(name)
        return macro_int(d.value, defs) if d is not None else None

    leaf1, vendor, interface = leaves.get(1), leaves.get(0x40000000), leaves.get(0x40000001)
    present = number("HV_X64_CPUID_HYPERVISOR_PRESENT")
    if leaf1 is None or present is None or not int(leaf1["ecx"], 16) & present:
        problems.append(f"{fixture}:1: leaf 0x00000001 with HV_X64_CPUID_HYPERVISOR_PRESENT set "
                        "in ECX is missing; a Hyper-V guest has it")
    if vendor is None:
        problems.append(f"{fixture}:1: leaf 0x40000000 is missing")
        return
    name = "".join(_text(int(vendor[r], 16), 4) for r in ("ebx", "ecx", "edx"))
    if name != "Microsoft Hv":
        problems.append(f"{vendor.where}: the vendor is {name!r}, not 'Microsoft Hv'")
    highest = int(vendor["eax"], 16)
    for leaf in range(0x40000000, highest + 1):
        if leaf not in leaves:
            problems.append(f"{vendor.where}: the highest leaf is 0x{highest:08X} but leaf "
                            f"0x{leaf:08X} is missing; add it (zeros if a guest reads zeros)")
    signature = number("HvMicrosoftHypervisorInterface")
    if interface is None or int(interface["eax"], 16) != signature:
        problems.append(f"{interface.where if interface else fixture + ':1'}: leaf 0x40000001 "
                        "EAX must be HvMicrosoftHypervisorInterface (\"Hv#1\")")
    for leaf, row in leaves.items():
        if leaf >= 0x40000000 and (leaf > highest or leaf not in catalogued):
            problems.append(f"{row.where}: leaf {row['leaf']} is "
                            + ("above the highest leaf 0x40000000 reports" if leaf > highest
                               else "not in references/cpuid-leaves.csv"))
        if not row["type"]:
            continue
        layout = catalogue.layouts.get(row["type"])
        if layout is None or layout.size != 16:
            problems.append(f"{row.where}: type {row['type']} has no 16-byte layout in "
                            "references/layouts/; name the union the leaf is read into")
            continue
        value = sum(int(row[r], 16) << (32 * i) for i, r in enumerate(gen_probes.REGISTERS))
        meaning, reserved = _leaf_fields(catalogue, types, layout, 0, layout.name)
        for first, width, path, member in reserved:
            bits = value & (((1 << width) - 1) << first)
            if bits:
                bit = (bits & -bits).bit_length() - 1
                problems.append(f"{row.where}: leaf {row['leaf']} sets bit {bit % 32} of "
                                f"{gen_probes.REGISTERS[bit // 32].upper()}, which is {path} "
                                f"(reserved '{member.reserved}', {member.where}); the fixture "
                                "sets only bits the TLFS defines: clear it")
        unnamed = value & ~meaning
        for first, width, _, _ in reserved:
            unnamed &= ~(((1 << width) - 1) << first)
        if unnamed:
            bit = (unnamed & -unnamed).bit_length() - 1
            problems.append(f"{row.where}: leaf {row['leaf']} sets bit {bit % 32} of "
                            f"{gen_probes.REGISTERS[bit // 32].upper()}, which no field of "
                            f"{layout.name} names; clear it")
    for transcript in sorted((root / "examples").rglob("*.expected")):
        if not transcript.with_suffix(".c").is_file():
            problems.append(f"{transcript.relative_to(root)}:1: expected transcript of "
                            f"{transcript.with_suffix('.c').relative_to(root)}, which does not "
                            "exist; remove or rename it")


def _leaf_fields(catalogue, types, layout, base, path):
    """(bits with a meaning, reserved fields) of a layout, bits counted from
    base; a reserved field is (first bit, width, path, member). Descends into
    members whose type has a layout of its own."""
    meaning, reserved = 0, []
    for m in layout.members:
        if whole_value(layout, m):
            continue
        first, width = (base + m.bit, m.width) if m.is_bitfield else (base + 8 * m.offset,
                                                                      8 * m.size)
        name = f"{path}.{m.name}"
        inner = None
        if not m.is_bitfield and not m.reserved:
            inner = catalogue.layouts.get(types.get((layout.name, m.name), ("",))[0])
        if inner is not None and inner is not layout and inner.size == m.size:
            inner_meaning, inner_reserved = _leaf_fields(catalogue, types, inner, first, name)
            meaning |= inner_meaning
            reserved += inner_reserved
        elif m.reserved:
            reserved.append((first, width, name, m))
        else:
            meaning |= ((1 << width) - 1) << first
    return meaning, reserved


PARAMETER_TYPE_COLUMN = {"input": "input_type", "output": "output_type"}


def whole_value(layout: cat.TypeLayout, member: cat.Member) -> bool:
    """The AsUINT32/AsUINT64 view of a union: the whole value, not a field."""
    return (not member.is_bitfield and member.offset == 0 and member.size == layout.size
            and member.name.startswith("As"))


def parameter_layout(catalogue: cat.Catalogue, type_name: str, source: str):
    """The layout a parameters.csv row is compared with: the architecture's
    variant of type_name (catalogue.arch_variant) when the row's source
    anchor names an architecture and the headers define that variant, else
    type_name's own layout (None when neither is defined yet)."""
    arch = cat.anchor_arch(source)
    if arch:
        variant = catalogue.layouts.get(cat.arch_variant(type_name, arch))
        if variant is not None:
            return variant
    return catalogue.layouts.get(type_name)


def check_parameters(catalogue: cat.Catalogue, problems: List[str]) -> None:
    """The spec's parameter tables (references/parameters.csv) against the
    layouts of the HV_INPUT_/HV_OUTPUT_ types (references/layouts/): every
    field the table lists is a member at the same offset with the same size,
    and every member the table does not list is a reserved one (tables of
    some editions leave padding out). A row from a per-architecture table
    (its source anchor names x64, AMD64 or ARM64) is compared with that
    architecture's variant of the type (HV_X64_INPUT_X, HV_ARM64_INPUT_X)
    where the headers define one, so each architecture's table is checked
    against its own layout. Rep list elements are not compared: the
    catalogue does not say which type a call's list element is."""
    named = {}    # (type, member name) -> parameters.csv row naming it
    compared = {}  # (call, direction) -> names of the layouts its rows were compared with
    for row in catalogue.parameters:
        call = catalogue.calls_by_name.get(row["call"])
        if call is None:
            problems.append(f"{row.where}: call {row['call']} is not in references/hypercalls.csv")
            continue
        column = PARAMETER_TYPE_COLUMN.get(row["direction"])
        if column is None:
            continue
        layout = parameter_layout(catalogue, call[column], row["source"])
        if layout is None:
            continue        # parameters not defined in the headers yet
        compared.setdefault((call["name"], row["direction"]), {})[layout.name] = layout
        member = next((m for m in layout.members if m.name == row["field"]), None)
        what = f"{row['call']} {row['direction']} field {row['field']}"
        fix = ("fix the layout row, or, when the spec's table is what is wrong, correct the "
               "extraction in references/extract/overrides.py")
        if member is None:
            problems.append(f"{row.where}: {what} is not a member of {layout.name} "
                            f"({layout.where}); add the member or rename it as the spec's "
                            "table spells it")
            continue
        named[(layout.name, member.name)] = row
        if member.is_bitfield:
            problems.append(f"{row.where}: {what} is a whole field of {row['size'] or '?'} bytes "
                            f"in the spec's table but a bit-field in {member.where}; {fix}")
            continue
        if row["offset"] and int(row["offset"]) != member.offset:
            problems.append(f"{row.where}: {what} is at offset {row['offset']} but "
                            f"{member.where} puts {layout.name}.{member.name} at "
                            f"{member.offset}; {fix}")
        if row["size"] and int(row["size"]) != member.size:
            problems.append(f"{row.where}: {what} is {row['size']} bytes but {member.where} "
                            f"makes {layout.name}.{member.name} {member.size}; {fix}")
    for (call_name, direction), layouts in compared.items():
        for layout in layouts.values():
            for member in layout.members:
                if (member.is_bitfield or whole_value(layout, member)
                        or (layout.name, member.name) in named or member.reserved):
                    continue
                problems.append(f"{member.where}: {layout.name}.{member.name} is not in the "
                                f"spec's {direction} table of {call_name} "
                                "(references/parameters.csv); check the name against the "
                                "table, or mark the member reserved if it is padding")


def _typedef_kind(header: Path, line: int) -> str:
    """struct, union or enum for a typedef closing at this line; '' otherwise."""
    lines = header.read_text(encoding="utf-8").splitlines()
    if not lines[line - 1].lstrip().startswith("}"):
        return ""
    depth = 0
    for text in reversed(lines[:line]):
        depth += text.count("}") - text.count("{")
        if depth <= 0:
            m = re.match(r"\s*(?:typedef\s+)?(struct|union|enum)\b", text)
            return m.group(1) if m else ""
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    try:
        problems = check(args.root)
    except cat.CatalogueError as error:
        print(f"error: {error}")
        return 1
    for problem in problems:
        print(problem)
    print(f"check_catalogue: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
