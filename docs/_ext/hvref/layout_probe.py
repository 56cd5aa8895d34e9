#!/usr/bin/env python3
"""Layouts as the compiler sees them: every struct and union the headers
define, measured by a generated C program.

From Doxygen's XML (every struct and union compound, its members, their
types, array bounds and ``<bitfield>`` widths) this module writes a C
program that includes ``<hvref/hvref.h>`` and prints each type's
``sizeof``, each member's ``offsetof`` and ``sizeof``, and each bit-field's
lowest bit and width. A bit-field is found at run time: it is set to all
ones (``v.F = ~v.F``) in a zeroed object, and the set bits of the object's
bytes (little-endian, bit 0 = bit 0 of byte 0) are its position. The numbers
are therefore the compiler's, not the catalogue's; the site's layout tables
and bit-field diagrams are drawn from them.

With TYPEDEF_HIDES_STRUCT the compound's name is the typedef's name
(``HV_HYPERCALL_INPUT``, not ``_HV_HYPERCALL_INPUT``), and the members of an
anonymous struct inside a union are listed as the union's own members, which
is also how C names them (``v.CallCode``).

The JSON (see CONTRIBUTING.md, "How layout tables and diagrams are
generated")::

    {"format": "hvref-layouts/1",
     "compiler": "gcc 12.2.0 (-std=c11, x86_64-linux-gnu)",
     "types": {"HV_HYPERCALL_INPUT": {
         "kind": "union", "size": 8,
         "header": "hvref/hypercall_interface.h", "line": 134,
         "members": [
           {"name": "AsUINT64", "type": "UINT64", "line": 135,
            "offset": 0, "size": 8},
           {"name": "CallCode", "type": "UINT64", "line": 137,
            "bit": 0, "width": 16, "unit": 8}, ...]}, ...}}

Offsets and sizes are in bytes; ``bit`` counts from bit 0 of the whole type;
``unit`` is ``sizeof`` of a bit-field's declared type (its storage unit). An
array member also has ``array`` (its bounds as written, "[4]" or
"[HVREF_VP_SET_MAX_BANK_COUNT]") and ``count`` (elements, as compiled); a
flexible array member has size 0. ``line`` is the header line of the type or
member.

docs/build_site.py runs this as its "layouts" step (``run``); the command
line does the same for a test or by hand:

  layout_probe.py --xml BUILD/doxygen/xml --include ROOT/include --out BUILD/layouts
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

FORMAT = "hvref-layouts/1"
# What the probe includes, first: the headers, then what its code uses.
PROBE_INCLUDES = ("<hvref/hvref.h>", "<stddef.h>", "<stdio.h>", "<string.h>")
CFLAGS = ["-std=c11", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
RESERVED_PREFIXES = ("Rsvd", "Reserved")


class LayoutError(Exception):
    """A type the probe cannot measure or a bit layout a diagram cannot draw;
    the message names the entity and its header's file:line."""


@dataclass
class MemberDecl:
    name: str
    type: str           # the declared type as written (UINT64, HV_VP_SET)
    array: str          # the array bounds as written ("[4]"), or ""
    width: int          # the declared bit-field width, 0 for a plain member
    line: int


@dataclass
class TypeDecl:
    name: str
    kind: str           # struct or union
    header: str         # hvref/x.h, as Doxygen's <location> gives it
    line: int
    members: List[MemberDecl] = field(default_factory=list)

    def where(self, line: Optional[int] = None) -> str:
        return f"include/{self.header}:{line or self.line}"


def _text(element) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _read_compound(data: bytes) -> List[TypeDecl]:
    """The struct or union one compound XML file defines (none for a nested
    anonymous type, whose members are its parent's)."""
    types = []
    for definition in ET.fromstring(data).iter("compounddef"):
        location = definition.find("location")
        decl = TypeDecl(_text(definition.find("compoundname")), definition.get("kind"),
                        location.get("file", "") if location is not None else "",
                        int(location.get("line", "0")) if location is not None else 0)
        if "::" in decl.name or decl.name.startswith("@"):
            continue
        for member in definition.iter("memberdef"):
            name = _text(member.find("name"))
            # @N (Doxygen 1.9.4) or no name (1.9.8): an anonymous struct
            # (its members are listed too);
            # __padN__: Doxygen's name for an unnamed bit-field, which C
            # cannot name either (the check below reports the gap).
            if (member.get("kind") != "variable" or not name or name.startswith("@")
                    or re.fullmatch(r"__pad\d+__", name)):
                continue
            loc = member.find("location")
            bits = _text(member.find("bitfield"))
            decl.members.append(MemberDecl(
                name, _text(member.find("type")), _text(member.find("argsstring")),
                int(bits) if bits else 0,
                int(loc.get("line", "0")) if loc is not None else 0))
        types.append(decl)
    return types


def read_types(xml_dir: Path, cache: Optional[Path] = None) -> List[TypeDecl]:
    """Every struct and union compound of Doxygen's XML, in header order.

    With `cache` (a JSON file), a compound file whose bytes are those of the
    last read (by digest) is not parsed again, so a comment edit parses one
    or two files instead of every compound (0.4 of the 0.6 s this took on
    bench/run's full-scale tree). It reads Doxygen's own XML, not the
    filtered copy, so that it runs while the filter does: the filter drops
    only anonymous members (``@N``), which are skipped here too."""
    index = Path(xml_dir) / "index.xml"
    if not index.exists():
        raise LayoutError(f"no Doxygen XML in {xml_dir}: run Doxygen first")
    known = {}
    if cache is not None and cache.exists():
        try:
            known = json.loads(cache.read_text(encoding="utf-8"))
        except ValueError:
            known = {}          # a damaged cache is only a slower read
    seen, types = {}, []
    # The index's structs and unions, also kept by digest (parsing the index
    # was 0.09 s of a comment edit's 0.5).
    data = index.read_bytes()
    key = hashlib.sha1(data).hexdigest()
    entry = known.get(index.name)
    refids = (entry[1] if entry is not None and entry[0] == key else
              [c.get("refid") for c in ET.fromstring(data).findall("compound")
               if c.get("kind") in ("struct", "union")])
    seen[index.name] = [key, refids]
    for refid in refids:
        path = Path(xml_dir) / f"{refid}.xml"
        data = path.read_bytes()
        key = hashlib.sha1(data).hexdigest()
        entry = known.get(path.name)
        if entry is not None and entry[0] == key:
            stored = entry[1]
        else:
            stored = [asdict(t) for t in _read_compound(data)]
        seen[path.name] = [key, stored]
        types += [TypeDecl(**dict(t, members=[MemberDecl(**m) for m in t["members"]]))
                  for t in stored]
    if cache is not None and seen != known:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(seen), encoding="utf-8")
    types.sort(key=lambda t: (t.header, t.line, t.name))
    return types


def _c_string(text: str) -> str:
    return json.dumps(text)      # a JSON string literal is a valid C string literal here


Owner = Tuple[TypeDecl, Optional[MemberDecl]]


def probe_source(types: List[TypeDecl]) -> Tuple[str, Dict[int, Owner]]:
    """The C program, and for each of its lines the type and member it
    measures (so that a compiler error leads back to the header's line).

    Sizes and plain members' offsets are constant expressions, so they are
    static tables: compiling them costs a fraction of one statement per
    member (a 1,200-type probe took 2.6 s to compile as printf calls and
    1.5 s as tables, most of it the bit-fields' statements). Only a
    bit-field needs a statement, since C has no offsetof for it. The
    program prints one line of numbers per entry, in the order of the
    tables, and ``parse_output`` gives them their names."""
    out = ["/* Generated by docs/_ext/hvref/layout_probe.py from Doxygen's XML: do not edit. */",
           *(f"#include {name}" for name in PROBE_INCLUDES),
           "",
           "/* Each type's size. */",
           "static const unsigned long type_sizes[] = {"]
    owner: Dict[int, Owner] = {}
    for t in types:
        out.append(f"    sizeof({t.name}), /* {t.where()} */")
        owner[len(out)] = (t, None)
    out += ["    0 /* end */", "};", "",
            "/* Each plain member's offset, size and element count. */",
            "static const unsigned long members[][3] = {"]
    for t in types:
        for m in t.members:
            if m.width:
                continue
            member = f"(({t.name} *)0)->{m.name}"
            size = f"sizeof({member})"
            count = f"sizeof({member}) / sizeof({member}[0])" if m.array else "1"
            if m.array.startswith("[]"):    # a flexible array member has no size
                size = count = "0"
            out.append(f"    {{offsetof({t.name}, {m.name}), {size}, {count}}},")
            owner[len(out)] = (t, m)
    out += ["    {0, 0, 0} /* end */", "};", "",
            "/* Prints where the set bits of an object lie: lowest bit, count, and the",
            "   bit-field's storage unit. */",
            "static void bits(const void *object, size_t size, size_t unit)",
            "{",
            "    const unsigned char *bytes = object;",
            "    size_t i, low = 0, count = 0;",
            "    for (i = 0; i < size * 8; i++) {",
            "        if ((bytes[i / 8] >> (i % 8)) & 1) {",
            "            if (count++ == 0) low = i;",
            "        }",
            "    }",
            '    printf("%lu %lu %lu\\n", (unsigned long)low, (unsigned long)count,',
            "           (unsigned long)unit);",
            "}",
            "",
            "int main(void)",
            "{",
            "    size_t i;",
            "    for (i = 0; i + 1 < sizeof type_sizes / sizeof type_sizes[0]; i++)",
            '        printf("%lu\\n", type_sizes[i]);',
            "    for (i = 0; i + 1 < sizeof members / sizeof members[0]; i++)",
            '        printf("%lu %lu %lu\\n", members[i][0], members[i][1], members[i][2]);',
            "    /* Each bit-field set to all ones in a zeroed object. */"]
    for t in types:
        for m in t.members:
            if not m.width:
                continue
            out.append(f"    {{ {t.name} v; memset(&v, 0, sizeof v); v.{m.name} = ~v.{m.name}; "
                       f"bits(&v, sizeof v, sizeof({m.type})); }}")
            owner[len(out)] = (t, m)
    out += ["    return 0;", "}", ""]
    return "\n".join(out), owner


def parse_output(types: List[TypeDecl], text: str) -> dict:
    """The probe's lines of numbers, named: each type's size and members, in
    the order probe_source wrote its tables."""
    lines = iter(text.splitlines())

    def numbers(count: int) -> List[int]:
        values = [int(v) for v in next(lines).split()]
        if len(values) != count:
            raise LayoutError(f"the layout probe printed {values}, expected {count} numbers")
        return values

    measured = {t.name: {"size": numbers(1)[0], "members": [None] * len(t.members)}
                for t in types}
    for bitfields in (False, True):    # the plain members' table, then the bit-fields
        for t in types:
            for n, m in enumerate(t.members):
                if bool(m.width) != bitfields:
                    continue
                if bitfields:
                    bit, width, unit = numbers(3)
                    entry = {"name": m.name, "bit": bit, "width": width, "unit": unit}
                else:
                    offset, size, count = numbers(3)
                    entry = {"name": m.name, "offset": offset, "size": size, "count": count}
                measured[t.name]["members"][n] = entry
    if next(lines, None) is not None:
        raise LayoutError("the layout probe printed more lines than it has entries")
    return measured


def compiler_errors(stderr: str, probe: Path, owner: Dict[int, Owner]) -> str:
    """What does not compile, as header file:line and entity, then the
    compiler's own messages."""
    named: List[str] = []
    for match in re.finditer(re.escape(str(probe)) + r":(\d+):\d+: error:", stderr):
        t, m = owner.get(int(match.group(1)), (None, None))
        if t is None:
            continue
        entry = (f"{t.where(m.line)}: {t.kind} {t.name}, member {m.name}" if m
                 else f"{t.where()}: {t.kind} {t.name}")
        if entry not in named:
            named.append(entry)
    head = ["the layout probe does not compile for:"] + [f"  {e}" for e in named]
    if not named:
        head = [f"the layout probe ({probe}) does not compile:"]
    return "\n".join(head + ["gcc says:"] + ["    " + line for line in stderr.splitlines()])


def check(types: List[TypeDecl], measured: dict) -> None:
    """Each bit-field has the width its declaration gives, and the bit-fields
    of a type tile their storage units: no overlap, no gap, nothing left over
    (CONTRIBUTING.md: every bit named). A union's bit-fields must cover the
    whole union, which is what its diagram draws."""
    for t in types:
        info = measured[t.name]
        fields = []
        for decl, m in zip(t.members, info["members"]):
            if not decl.width:
                continue
            if m["width"] != decl.width or m["width"] == 0:
                raise LayoutError(f"{t.where(decl.line)}: bit-field {t.name}.{decl.name} is "
                                  f"declared {decl.width} bits wide but sets {m['width']} bits")
            fields.append((m["bit"], m["width"], m["unit"], decl))
        if not fields:
            continue
        fields.sort(key=lambda f: f[0])
        unit_bits = fields[0][2] * 8
        start = fields[0][0] - fields[0][0] % unit_bits
        end = -(-(fields[-1][0] + fields[-1][1]) // unit_bits) * unit_bits
        if t.kind == "union":
            start, end = 0, info["size"] * 8
        next_bit, previous = start, None
        for bit, width, unit, decl in fields:
            if bit != next_bit:
                problem = (f"overlaps {t.name}.{previous.name} (line {previous.line}) in bits "
                           f"{bit}-{min(next_bit, bit + width) - 1}" if bit < next_bit
                           else f"leaves bits {next_bit}-{bit - 1} unnamed")
                raise LayoutError(f"{t.where(decl.line)}: bit-field {t.name}.{decl.name} at bit "
                                  f"{bit} {problem}; the diagram needs every bit named once")
            next_bit, previous = bit + width, decl
        if next_bit != end:
            raise LayoutError(f"{t.where(fields[-1][3].line)}: the bit-fields of {t.name} end at "
                              f"bit {next_bit} but their container ({t.kind} {t.name}) has "
                              f"{end - start} bits from bit {start}; the widths must add up to it")


def assemble(types: List[TypeDecl], measured: dict, compiler: str) -> dict:
    """The JSON document: the measured numbers with the declarations' facts."""
    out = {}
    for t in types:
        info = measured[t.name]
        members = []
        for decl, m in zip(t.members, info["members"]):
            entry = {"name": decl.name, "type": decl.type, "line": decl.line}
            if decl.width:
                entry.update(bit=m["bit"], width=m["width"], unit=m["unit"])
            else:
                entry.update(offset=m["offset"], size=m["size"])
                if decl.array:      # the bounds as written, and the element count
                    entry.update(array=decl.array, count=m["count"])
            members.append(entry)
        out[t.name] = {"kind": t.kind, "size": info["size"], "header": t.header,
                       "line": t.line, "members": members}
    return {"format": FORMAT, "compiler": compiler, "types": out}


def dump(document: dict) -> str:
    """JSON with one line per member: small, and a change shows as a one-line diff."""
    lines = ["{", f' "format": {json.dumps(document["format"])},',
             f' "compiler": {json.dumps(document["compiler"])},', ' "types": {']
    items = list(document["types"].items())
    for n, (name, t) in enumerate(items):
        head = {k: v for k, v in t.items() if k != "members"}
        lines.append(f"  {json.dumps(name)}: {json.dumps(head)[:-1]}, \"members\": [")
        lines += [f"   {json.dumps(m)}{',' if i < len(t['members']) - 1 else ''}"
                  for i, m in enumerate(t["members"])]
        lines.append(f"  ]}}{',' if n < len(items) - 1 else ''}")
    lines += [" }", "}", ""]
    text = "\n".join(lines)
    assert json.loads(text) == document
    return text


def write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def headers_text(gcc: str, include: Path, work: Path) -> str:
    """What the probe includes, as its preprocessor sees it: declarations
    without comments or line markers (-P), and every macro definition (-dD),
    since the probe's own lines expand the headers' macros."""
    unit = work / "layout_probe_headers.c"
    write_if_changed(unit, "".join(f"#include {name}\n" for name in PROBE_INCLUDES))
    result = subprocess.run([gcc, *CFLAGS, f"-I{include}", "-E", "-P", "-dD", str(unit)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise LayoutError("the headers do not preprocess; gcc says:\n" + result.stderr)
    return result.stdout


def run(xml_dir: Path, include: Path, work: Path, json_path: Path,
        wait_for_xml=lambda: None) -> str:
    """Generates, compiles and runs the probe; writes json_path when its
    content changed. Compiling and running are skipped when the probe's text
    and its headers as preprocessed (declarations and macros, without
    comments) and the compiler are those of the last run: a comment or a
    line number cannot change a layout, so a documentation edit costs one
    preprocessor run. That run and everything else that does not need the
    XML happen before `wait_for_xml` returns (docs/build_site.py starts this
    while Doxygen runs). Returns what it did, for the build's log."""
    gcc = shutil.which("gcc")
    if gcc is None:
        raise LayoutError("gcc not found: apt-get install gcc")
    version = subprocess.run([gcc, "-dumpfullversion"], capture_output=True,
                             text=True).stdout.strip()
    machine = subprocess.run([gcc, "-dumpmachine"], capture_output=True, text=True).stdout.strip()
    compiler = f"gcc {version} ({CFLAGS[0]}, {machine})"
    work.mkdir(parents=True, exist_ok=True)
    headers = headers_text(gcc, include, work)
    stamp, measured_path = work / "layout_probe.stamp", work / "layout_probe.measured.json"
    last = (stamp.read_text() if stamp.exists() and measured_path.exists() else None)

    wait_for_xml()
    types = read_types(xml_dir, work / "read_types.cache.json")
    source, owner = probe_source(types)
    probe = work / "layout_probe.c"
    write_if_changed(probe, source)
    digest = hashlib.sha256("\0".join([headers, source, compiler, *CFLAGS]).encode()).hexdigest()
    if last == digest:
        measured = json.loads(measured_path.read_text(encoding="utf-8"))
        how = "probe unchanged, not rebuilt"
    else:
        measured = measure(gcc, include, work, probe, owner, types)
        measured_path.write_text(json.dumps(measured), encoding="utf-8")
        stamp.write_text(digest)
        how = "probe compiled and run"
    check(types, measured)
    # The JSON also names each type's header line, which a comment can move.
    changed = write_if_changed(json_path, dump(assemble(types, measured, compiler)))
    bitfields = sum(1 for t in types if any(m.width for m in t.members))
    return (f"{len(types)} types ({bitfields} with bit-fields), {how}, "
            f"{'written' if changed else 'same content, kept'}")


def measure(gcc: str, include: Path, work: Path, probe: Path, owner: Dict[int, Owner],
            types: List[TypeDecl]) -> dict:
    """Compiles and runs the probe: each type's measurements by name."""
    binary = work / "layout_probe"
    result = subprocess.run([gcc, *CFLAGS, f"-I{include}", "-o", str(binary), str(probe)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise LayoutError(compiler_errors(result.stderr, probe, owner)
                          or f"{probe}: gcc failed with status {result.returncode}")
    result = subprocess.run([str(binary)], capture_output=True, text=True)
    if result.returncode != 0:
        raise LayoutError(f"{binary} failed with status {result.returncode}:\n{result.stderr}")
    return parse_output(types, result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xml", type=Path, required=True, help="Doxygen's XML (filtered)")
    parser.add_argument("--include", type=Path, required=True, help="ROOT/include")
    parser.add_argument("--out", type=Path, required=True, help="folder for the probe")
    parser.add_argument("--json", type=Path, help="default: OUT/../layouts.json")
    parser.add_argument("--wait-for-xml", action="store_true",
                        help="read one line on standard input before reading the XML "
                             "(docs/build_site.py: the XML is being written)")
    args = parser.parse_args()

    def wait_for_xml() -> None:
        if args.wait_for_xml and sys.stdin.readline().strip() != "xml":
            raise LayoutError("docs/build_site.py stopped before the XML was written")

    try:
        print("layouts: " + run(args.xml, args.include, args.out,
                                args.json or args.out.parent / "layouts.json", wait_for_xml))
    except LayoutError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
