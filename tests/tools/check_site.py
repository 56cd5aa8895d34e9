#!/usr/bin/env python3
"""Checks the built site.

pages  every call code in references/hypercalls.csv has its page, showing
       its code; every header, status code, MSR and CPUID leaf page exists.
links  every internal link and anchor of every page resolves; every asset
       (script, stylesheet, image) is local, so the site works from file://
       and makes no request to another host; every external spec link is
       one the catalogue knows (an online TLFS page and anchor, a PDF page
       of an edition, a 2013 WDK archive page) or one of the few general
       links of docs/sources.rst; other external links (the theme's
       credits) are listed.

Usage: check_site.py --root REPO --site DIR pages|links
"""

from __future__ import annotations

import argparse
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Dict, List, Set
from urllib.parse import unquote, urldefrag, urlparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "references"))
import catalogue as cat  # noqa: E402

# General links written in docs/sources.rst (the documents' home pages).
GENERAL_LINKS = {
    cat.ONLINE_BASE + "tlfs",
    "https://gerhart01.github.io/",
    cat.PDF_BASE.format(edition="6.0b"),
    cat.PDF_BASE.format(edition="2.0"),
}


# Links to these addresses are spec links: each must be one the catalogue
# lists (page, anchor, PDF page). Other external links (the theme's credits)
# are allowed on <a> only and are listed in the output.
SPEC_PREFIXES = (cat.ONLINE_BASE, "https://github.com/MicrosoftDocs/Virtualization-Documentation/",
                 "https://gerhart01.github.io/")


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: Set[str] = set()
        self.links: List[tuple] = []    # (tag, attribute, url, line)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key) and (key == "id" or tag == "a"):
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            if attrs.get(key) is not None:
                self.links.append((tag, key, attrs[key], self.getpos()[0]))


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    return page


def known_external(catalogue: cat.Catalogue) -> Set[str]:
    urls = set(GENERAL_LINKS)
    for path in catalogue.online:
        base = cat.ONLINE_BASE + path.lower()
        urls.add(base)
        urls.update(f"{base}#{anchor}" for anchor in catalogue.online_anchors[path])
    for section in catalogue.sections.values():
        urls.add(section.url)
    urls.update(row["archive_url"] for row in catalogue.wdk.values())
    return urls


def check_links(site: Path, catalogue: cat.Catalogue) -> List[str]:
    problems: List[str] = []
    pages: Dict[Path, Page] = {p.resolve(): parse(p) for p in site.rglob("*.html")}
    known = known_external(catalogue)
    external = 0
    internal = 0
    others: Set[str] = set()
    for path, page in pages.items():
        rel = path.relative_to(site.resolve())
        for tag, attr, url, line in page.links:
            where = f"{rel}:{line}: <{tag} {attr}=\"{url}\">"
            parsed = urlparse(url)
            if parsed.scheme in ("http", "https") or url.startswith("//"):
                if tag != "a":
                    problems.append(f"{where}: loads an asset from another host")
                elif url.startswith(SPEC_PREFIXES) and url not in known:
                    problems.append(f"{where}: spec link not in the catalogue (a page, anchor "
                                    "or PDF page the references/ tables do not list)")
                elif not url.startswith(SPEC_PREFIXES):
                    others.add(url)
                external += 1
                continue
            if parsed.scheme in ("mailto", "data", "javascript"):
                continue
            if url.startswith("/"):
                problems.append(f"{where}: absolute path breaks file:// and sub-path hosting")
                continue
            target_rel, anchor = urldefrag(url)
            target_rel = target_rel.split("?", 1)[0]     # cache-busting queries
            target = (path.parent / unquote(target_rel)).resolve() if target_rel else path
            internal += 1
            if not target.exists():
                problems.append(f"{where}: target {target_rel} does not exist")
                continue
            if target.is_dir():
                target = target / "index.html"
            if anchor and target.suffix == ".html":
                target_page = pages.get(target) or parse(target)
                if unquote(anchor) not in target_page.ids:
                    problems.append(f"{where}: no anchor #{anchor} in {target_rel or rel}")
    print(f"links: {len(pages)} pages, {internal} internal and {external} external links checked")
    print("other external links (not spec links): " + ", ".join(sorted(others)))
    return problems


def check_pages(site: Path, root: Path, catalogue: cat.Catalogue) -> List[str]:
    problems = []
    generated = site / "generated"
    for row in catalogue.hypercalls:
        page = generated / "hypercalls" / f"{row['name']}.html"
        if not page.exists():
            problems.append(f"{row.where}: {row['name']} has no page ({page.relative_to(site)})")
        elif row["code"] not in page.read_text(encoding="utf-8"):
            problems.append(f"{page.relative_to(site)}: does not show the call code {row['code']}")
    for header in sorted((root / "include" / "hvref").glob("*.h")):
        if not (generated / "reference" / f"{header.stem}.html").exists():
            problems.append(f"{header.relative_to(root)}:1: no reference page for this header")
    for name in ("index", "status-codes", "msrs", "cpuid-leaves", "registers", "spec-map",
                 "examples", "hypercalls/index", "search"):
        base = site if name in ("index", "search") else generated
        if not (base / f"{name}.html").exists():
            problems.append(f"site: missing {name}.html")
    print(f"pages: {len(catalogue.hypercalls)} call codes checked")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("check", choices=("pages", "links"))
    args = parser.parse_args()
    if not (args.site / "index.html").exists():
        print(f"error: no site in {args.site}; build it with `cmake --build build --target site`")
        return 1
    catalogue = cat.load(args.root)
    if args.check == "pages":
        problems = check_pages(args.site, args.root, catalogue)
    else:
        problems = check_links(args.site, catalogue)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
