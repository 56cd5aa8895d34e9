#!/usr/bin/env python3
"""Checks the search box's identifier index in a built site.

Loads SITE/_static/hvref-lookup-index.js (written by
docs/_ext/hvref/lookup.py), checks that every entry's page exists in the
site and has the entry's anchor (so a stale entry fails), that no two
entries share a target, and prints the number of entries of each kind.
The ranking itself (docs/_static/hvref-lookup.js) is not re-implemented
here; the browser tests exercise it.

Usage: check_lookup.py --site DIR
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Dict, List, Set

INDEX = Path("_static") / "hvref-lookup-index.js"
PREFIX = "window.HVREF_LOOKUP_INDEX = "
FORMAT = 1


class Ids(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: Set[str] = set()

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if value and (key == "id" or (key == "name" and tag == "a")):
                self.ids.add(value)


def load(site: Path) -> dict:
    path = site / INDEX
    if not path.is_file():
        raise SystemExit(f"check_lookup: {path} is missing: build the site first")
    text = path.read_text(encoding="utf-8")
    start = text.find(PREFIX)
    if start < 0:
        raise SystemExit(f"check_lookup: {path} does not assign {PREFIX.split(' ')[0]}")
    body = text[start + len(PREFIX):].strip()
    if body.endswith(";"):
        body = body[:-1]
    try:
        return json.loads(body)
    except json.JSONDecodeError as error:
        raise SystemExit(f"check_lookup: {path}: not a JSON object: {error}") from None


def check(site: Path, data: dict) -> List[str]:
    problems = []
    if data.get("format") != FORMAT:
        problems.append(f"index format {data.get('format')!r}, expected {FORMAT}")
        return problems
    kinds, pages = data["kinds"], data["pages"]
    ids: Dict[str, Set[str]] = {}
    seen: Dict[str, str] = {}
    for number, entry in enumerate(data["entries"]):
        kind, title, _detail, page_index, anchor, keys, value = entry
        label = f"entry {number} ({kinds[kind]} {title})"
        page = pages[page_index]
        url = page + (f"#{anchor}" if anchor else "")
        if not keys or any(not isinstance(k, str) or not k for k in keys):
            problems.append(f"{label}: no lookup keys")
        if value is not None and not isinstance(value, int):
            problems.append(f"{label}: value {value!r} is not an integer")
        if url in seen:
            problems.append(f"{label}: same target {url} as {seen[url]}")
        seen[url] = label
        path = site / page
        if not path.is_file():
            problems.append(f"{label}: page {page} does not exist")
            continue
        if anchor:
            if page not in ids:
                parser = Ids()
                parser.feed(path.read_text(encoding="utf-8", errors="replace"))
                ids[page] = parser.ids
            if anchor not in ids[page]:
                problems.append(f"{label}: {page} has no anchor #{anchor}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True)
    args = parser.parse_args()
    data = load(args.site)
    problems = check(args.site, data)
    counts = Counter(data["kinds"][e[0]] for e in data.get("entries", []))
    print(f"check_lookup: {sum(counts.values())} entries: "
          + ", ".join(f"{counts[k]} {k}" for k in data.get("kinds", []) if counts[k]))
    for problem in problems:
        print(f"check_lookup: {problem}", file=sys.stderr)
    if problems:
        print(f"check_lookup: {len(problems)} problem(s); rebuild the site, or fix "
              "docs/_ext/hvref/lookup.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
