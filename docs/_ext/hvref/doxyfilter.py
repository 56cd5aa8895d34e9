#!/usr/bin/env python3
"""Copies Doxygen's XML to the directory Breathe reads, with two changes,
touching only the files whose content changed.

1. Doxygen lists each anonymous struct inside a union twice: its members are
   flattened into the union (which is what a reader wants), and it also
   appears as a member ``@57`` of type ``struct X::@56``. Breathe renders the
   latter as a reference to a type that is declared nowhere, a warning in
   nitpicky mode. Doxygen 1.9.8 gives that member an empty name instead of
   ``@57`` (and no type). Those anonymous members are dropped; the ``@N`` counters
   they carry also change whenever any header changes, which would make
   every file look changed.
2. Doxygen 1.9.8 (unlike 1.9.4) lists a header's members that belong to a
   group (``\defgroup`` ... ``\{``) only by reference in the header's file
   compound (``<member refid=... kind=...>``), with their definitions in the
   group's compound alone; Breathe's ``doxygenfile`` then renders none of
   them. Each such reference is replaced by the group's ``<memberdef>``, as
   1.9.4 writes it, so both versions give Breathe the same file compounds.
3. Files whose filtered content is unchanged keep their old copy and its
   timestamp, so Sphinx re-reads only the pages whose XML really changed
   (Doxygen rewrites every XML file on every run). A digest of each raw
   file is kept (OUT_XML_DIR/.raw-digests.json) with a digest of this
   script: a file whose raw bytes are those of the last run, filtered by the
   same script, is not filtered and compared again.

Usage: doxyfilter.py RAW_XML_DIR OUT_XML_DIR
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

VARIABLE = '<memberdef kind="variable"'
END = "</memberdef>"
ANONYMOUS_NAME = re.compile(r"<name>(?:@\d+)?</name>")
MEMBER_REFERENCE = re.compile(r'<member refid="([^"]+)" kind="[^"]+"><name>[^<]*</name></member>')
ANONYMOUS_MEMBER = re.compile(r"[ \t]*<member refid=\"[^\"]*\"[^>]*>\s*(?:<scope>[^<]*</scope>)?"
                              r"\s*<name>(?:@\d+)?</name>\s*</member>\n?")


def drop_anonymous_memberdefs(text: str) -> str:
    """Each variable memberdef whose name is @N or empty goes, with the indentation
    before it and the line break after it. Found with str.find rather than
    one regular expression: a pattern that must not run past </memberdef>
    stepped through every variable's text (0.5 of the 0.55 s a clean build
    at full scale spent filtering, between Doxygen and Sphinx; now 0.1 s)."""
    out, pos = [], 0
    while True:
        start = text.find(VARIABLE, pos)
        if start < 0:
            break
        end = text.find(END, start)
        if end < 0:
            break
        end += len(END)
        if ANONYMOUS_NAME.search(text, start, end):
            indent = start
            while indent > pos and text[indent - 1] in " \t":
                indent -= 1
            out.append(text[pos:indent])
            pos = end + (text.startswith("\n", end))
        else:
            out.append(text[pos:end])
            pos = end
    out.append(text[pos:])
    return "".join(out)


def filter_text(text: str) -> str:
    if "<name>@" not in text and "<name></name>" not in text:   # most files lack both
        return text
    return ANONYMOUS_MEMBER.sub("", drop_anonymous_memberdefs(text))


def group_memberdefs(raw: Path) -> dict:
    """Every memberdef of the group compounds, by id, as its XML text."""
    memberdefs = {}
    for path in sorted(raw.glob("group__*.xml")):
        text = path.read_text(encoding="utf-8")
        pos = 0
        while (start := text.find("<memberdef ", pos)) >= 0:
            end = text.index(END, start) + len(END)
            memberdef = text[start:end]
            memberdefs[re.search(r'\bid="([^"]+)"', memberdef)[1]] = memberdef
            pos = end
    return memberdefs


def inline_group_members(text: str, memberdefs: dict) -> str:
    """A file compound's member references replaced by their definitions."""
    def definition(match):
        memberdef = memberdefs.get(match[1])
        return memberdef if memberdef is not None else match[0]
    return MEMBER_REFERENCE.sub(definition, text)


def main(raw: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    digests_path = out / ".raw-digests.json"
    script = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()
    try:
        record = json.loads(digests_path.read_text(encoding="utf-8"))
        last = record["files"] if record.get("script") == script else {}
    except (OSError, ValueError, KeyError, AttributeError):
        last = {}
    digests = {}
    changed = 0
    # A file compound that refers to group members depends on the groups too.
    groups = hashlib.sha1(b"".join(p.read_bytes() for p in sorted(raw.glob("group__*.xml"))))
    memberdefs = None
    for source in sorted(raw.glob("*.xml")):
        data = source.read_bytes()
        refers = source.name.endswith("_8h.xml") and b"<member refid=" in data
        digest = hashlib.sha1(data + (groups.digest() if refers else b"")).hexdigest()
        digests[source.name] = digest
        target = out / source.name
        if last.get(source.name) == digest and target.exists():
            continue
        text = data.decode("utf-8")
        if refers:
            memberdefs = group_memberdefs(raw) if memberdefs is None else memberdefs
            text = inline_group_members(text, memberdefs)
        text = filter_text(text)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            changed += 1
    for stale in out.glob("*.xml"):
        if stale.name not in digests:
            stale.unlink()
            changed += 1
    digests_path.write_text(json.dumps({"script": script, "files": digests}, sort_keys=True),
                            encoding="utf-8")
    print(f"doxyfilter: {len(digests)} XML files, {changed} changed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
