#!/usr/bin/env python3
"""Writes the decoders' tables from hvref.json: C for hvref-decode, a script
for the site's decode page (decode.html).

Both decoders know what the site and hvref.json know, and nothing typed a
second time: every call code, status code, MSR (with the type that lays out
its value), CPUID leaf (with the type of its four registers), register name
(HV_REGISTER_NAME's enumerators, where the headers define them) and every
structure's fields as the compiler laid them out. CMake (decode/CMakeLists.txt)
and the site build (docs/build_site.py, step export) run this; the output is
never committed.

Usage: gen_tables.py HVREF_JSON (--c OUT.c | --js OUT.js)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "references"))
from model import REGISTER_NAME_ENUM  # noqa: E402  (which enumerations are register names)

# The value tables, in the order both writers list them: (name, which
# entities of hvref.json).
TABLES = (
    ("calls", lambda e: "call" in e),
    ("statuses", lambda e: e["kind"] == "macro" and e["name"].startswith("HV_STATUS_")),
    ("msrs", lambda e: e["kind"] == "macro" and e["name"].startswith("HV_X64_MSR_")
     and not e["name"].endswith("_CONTENTS")),
    ("leaves", lambda e: e.get("parent") == "HV_CPUID_FUNCTION"),
    ("registers", lambda e: REGISTER_NAME_ENUM.fullmatch(e.get("parent", "")) is not None),
    ("smcccs", lambda e: e["kind"] == "macro" and e["name"].startswith("HV_ARM64_SMCCC_")
     and e["name"].endswith("_FUNCTION_ID")),
)
# Types the decoders start from, by name.
ROOTS = ("HV_HYPERCALL_INPUT", "HV_HYPERCALL_OUTPUT", "HV_ARM64_SMCCC_FUNCTION_ID")


def whole_value(entity: dict, field: dict) -> bool:
    """A member that views the whole type as one number (AsUINT64), beside
    the members that split it: not a field of its own."""
    return (field.get("offset") == 0 and field.get("size") == entity["size"]
            and len(entity["fields"]) > 1)


def decode_model(document: dict, strict: bool = True) -> dict:
    """What both decoders need, in plain lists: types with their fields as
    (bit, width) spans, and the value tables sorted by value. A root type the
    document lacks is an error when `strict` (the command needs them all),
    else index -1 (the page then says it cannot decode that kind: a
    generated tree such as bench/synth.py's defines none of them)."""
    entities = document["entities"]
    types = [e for e in entities if e["kind"] in ("struct", "union") and e.get("fields")]
    index = {e["name"]: i for i, e in enumerate(types)}
    model = {"version": document["hvref_version"], "types": [], "roots": {}}
    for e in types:
        fields = []
        for f in e["fields"]:
            if whole_value(e, f):
                continue
            bit, width = ((f["bit"], f["width"]) if "bit" in f
                          else (8 * f["offset"], 8 * f["size"]))
            fields.append({"name": f["name"], "bit": bit, "width": width,
                           "reserved": f.get("reserved", ""), "type": index.get(f["type"], -1),
                           "text": f["type"] in ("UINT8", "CHAR") and f.get("count", 1) > 1,
                           "meaning": f.get("meaning", "")})
        model["types"].append({"name": e["name"], "size": e["size"], "url": e["url"],
                               "fields": fields})
    for name in ROOTS:
        if name not in index and strict:
            raise SystemExit(f"gen_tables: hvref.json has no layout of {name}")
        model["roots"][name] = index.get(name, -1)
    valued = [e for e in entities if "value" in e]
    for table, wanted in TABLES:
        rows = []
        # Of the names one number has (0x00060001: HvX64RegisterCs and
        # HvArm64RegisterIccAp1r1El1), one whose value hvref can lay out
        # comes first, then by name.
        for e in sorted((e for e in valued if wanted(e)),
                        key=lambda e: (e["value"], not e.get("layouts"), e["name"])):
            call = e.get("call", {})
            detail = " ".join(x for x in (call.get("kind", ""), "fast" if call.get("fast")
                                          else "") if x)
            if e.get("returned_by"):
                detail = "returned by " + ", ".join(e["returned_by"])
            rows.append({"value": e["value"], "name": e["name"], "meaning": e.get("meaning", ""),
                         "url": e["url"], "type": index.get((e.get("layouts") or [""])[0], -1),
                         "detail": detail})
        model[table] = rows
    return model


def c_string(text) -> str:
    """A C string literal: printable ASCII as is, every other byte of the
    UTF-8 text (and '?', which could start a trigraph) as an octal escape."""
    if text is None or text == "":
        return "NULL"
    out = []
    for byte in str(text).encode("utf-8"):
        ch = chr(byte)
        out.append(ch if 32 <= byte < 127 and ch not in '"\\?' else "\\%03o" % byte)
    return '"' + "".join(out) + '"'


RESERVED = {"": "HVREF_FIELD_MEANING", "zero": "HVREF_FIELD_ZERO",
            "preserve": "HVREF_FIELD_PRESERVE", "ignore": "HVREF_FIELD_IGNORE"}


def c_source(model: dict) -> str:
    lines = ["/* Generated by decode/gen_tables.py from hvref.json: do not edit. */",
             '#include <stddef.h>', '#include <hvref/hvref.h>', "", '#include "decode.h"', "",
             "/* The tables agree with the headers as this compiler sees them. */"]
    for t in model["types"]:
        lines.append(f'_Static_assert(sizeof({t["name"]}) == {t["size"]}, "{t["name"]}");')
    for table, _ in TABLES:
        for r in model[table]:
            lines.append(f'_Static_assert((unsigned long long)({r["name"]}) == 0x{r["value"]:X}ull, '
                         f'"{r["name"]}");')
    lines += ["", "const hvref_field hvref_fields[] = {"]
    starts, count = [], 0
    for t in model["types"]:
        starts.append(count)
        for f in t["fields"]:
            lines.append(f"    {{{c_string(f['name'])}, {f['bit']}u, {f['width']}u, "
                         f"{RESERVED[f['reserved']]}, {f['type']}, {int(f['text'])}, "
                         f"{c_string(f['meaning'])}}},")
            count += 1
    lines += ["    {NULL, 0u, 0u, HVREF_FIELD_MEANING, -1, 0, NULL}", "};", "",
              "const hvref_type hvref_types[] = {"]
    for t, start in zip(model["types"], starts):
        lines.append(f"    {{{c_string(t['name'])}, {t['size']}u, &hvref_fields[{start}], "
                     f"{len(t['fields'])}u, {c_string(t['url'])}}},")
    lines += ["};", f"const unsigned hvref_type_count = {len(model['types'])}u;", ""]
    for table, _ in TABLES:
        lines.append(f"const hvref_value hvref_{table}[] = {{")
        for r in model[table]:
            lines.append(f"    {{0x{r['value']:X}ull, {c_string(r['name'])}, "
                         f"{c_string(r['meaning'])}, {c_string(r['url'])}, {r['type']}, "
                         f"{c_string(r['detail'])}}},")
        if not model[table]:
            lines.append("    {0ull, NULL, NULL, NULL, -1, NULL}")
        lines += ["};", f"const unsigned hvref_{table}_count = {len(model[table])}u;", ""]
    for name, index in model["roots"].items():
        lines.append(f"const int hvref_type_{name.lower()[3:]} = {index};")
    lines.append(f"const char hvref_json_version[] = {c_string(model['version'])};")
    return "\n".join(lines) + "\n"


def js_source(model: dict) -> str:
    # Values as hex strings: JavaScript numbers lose bits above 2^53.
    data = dict(model)
    for table, _ in TABLES:
        data[table] = [dict(r, value=f"0x{r['value']:X}") for r in model[table]]
    return ("/* Generated by decode/gen_tables.py from hvref.json: the tables of "
            "hvref-decode.js. */\nwindow.HVREF_DECODE_DATA = "
            + json.dumps(data, ensure_ascii=False, separators=(",", ":")) + ";\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", type=Path)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--c", type=Path, help="write hvref-decode's C tables here")
    what.add_argument("--js", type=Path, help="write the decode page's script here")
    args = parser.parse_args()
    model = decode_model(json.loads(args.json.read_text(encoding="utf-8")), strict=bool(args.c))
    out, text = (args.c, c_source(model)) if args.c else (args.js, js_source(model))
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
