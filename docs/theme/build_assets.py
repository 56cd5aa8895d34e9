#!/usr/bin/python3
"""Repair the static assets of Debian's ``furo`` theme for a static site.

Debian 12's furo (2022.12.07+dfsg-1) ships its sources instead of the
upstream webpack build, which breaks a site served from ``file://`` or any
static host:

* ``styles/furo.css`` starts with ``@import url(/javascript/normalize.css/
  normalize.css);`` -- an absolute path that only exists on a Debian web
  server with ``libjs-normalize.css`` mapped under ``/javascript/``;
* ``scripts/furo.js`` is an ES module (``import Gumshoe from
  "./gumshoe-patched.js"``) that Sphinx loads as a classic ``<script>``, so
  it dies with "Cannot use import statement outside a module" and the theme
  toggle, back-to-top button and scroll-spy never run;
* Debian compiled ``furo.css`` from Furo's indented-Sass sources with a Sass
  compiler that differs from upstream's dart-sass (see repair_sass_damage):
  it dropped the ``@media (prefers-color-scheme: dark)`` block nested in
  ``@media not print`` (so "auto" never turns dark with a dark system
  setting), and it read the nested selectors ``:target`` and ``:last-child``
  at the start of a line as old-style ``:property value`` declarations,
  emitting the invalid ``target-scroll-margin-top`` (twice) and
  ``last-child-margin-bottom``.  Compiling the Sass sources Debian ships
  (furo/assets/styles) with dart-sass gives exactly these three rules more.

This script writes repaired copies, without touching the installed package:

    OUT/styles/furo.css     furo.css, normalize import -> ../vendor/normalize.css
    OUT/vendor/normalize.css  normalize.css 8.0.1 from node_modules
    OUT/scripts/furo.js     furo.js + gumshoe-patched.js bundled by esbuild
                            into one classic (IIFE) script, not minified:
                            ~14 kB, readable in the browser's debugger, and
                            it keeps gumshoe's MIT licence header

``docs/_ext/hvref_theme.py`` puts OUT in front of ``html_static_path`` so
these files replace the theme's copies in the built ``_static/``.

Usage::

    npm ci                                     # at the repository root
    /usr/bin/python3 docs/theme/build_assets.py --out build/theme-assets

Only the standard library is used; furo is located with ``import furo``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# The import exactly as Furo 2022.12.07's stylesheet (as packaged by Debian)
# has it, and what it becomes.  OUT/styles/furo.css is served as
# _static/styles/furo.css, so ../vendor/ is _static/vendor/.
NORMALIZE_IMPORT_RE = re.compile(
    r"""@import\s+url\(\s*(['"]?)/javascript/normalize\.css/normalize\.css\1\s*\)\s*;"""
)
NORMALIZE_IMPORT_NEW = "@import url(../vendor/normalize.css);"
NORMALIZE_EXPECTED_VERSION = "8.0.1"  # what Furo 2022.12.07 was built against

CSS_URL_RE = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.S)
CSS_IMPORT_RE = re.compile(r"""@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1""")


class AssetError(Exception):
    """A missing input or a check that failed; the message says what to do."""


def find_furo_static() -> tuple[Path, str]:
    try:
        import furo  # noqa: PLC0415 -- located at run time on purpose
    except ImportError as exc:
        raise AssetError(
            f"furo not importable by {sys.executable} ({exc}): "
            "apt-get install furo"
        ) from exc
    static = Path(furo.__file__).resolve().parent / "theme" / "furo" / "static"
    if not static.is_dir():
        raise AssetError(f"furo's static directory not found: {static}")
    return static, getattr(furo, "__version__", "unknown")


def require_file(path: Path, what: str, hint: str) -> Path:
    if not path.is_file():
        raise AssetError(f"{what} not found: {path}: {hint}")
    return path


def bad_css_references(css: str) -> list[str]:
    """References in a stylesheet that would break on file:// or leave the site.

    Allowed: data: URIs, fragment-only references and relative paths.
    Refused: absolute paths (/x), scheme-relative (//host) and any scheme
    other than data: (http:, https:, ...).
    """
    bad = []
    refs = [m.group(2) for m in CSS_URL_RE.finditer(css)]
    refs += [m.group(2) for m in CSS_IMPORT_RE.finditer(css)]
    for ref in refs:
        ref = ref.strip()
        if not ref or ref.startswith(("data:", "#")):
            continue
        if ref.startswith("/") or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", ref):
            bad.append(ref)
    return sorted(set(bad))


# Declarations the Debian build emitted for a nested ":target" or
# ":last-child" selector (old Sass ":property value" syntax), and the rules
# upstream's dart-sass build has in their place.  (old, new, occurrences)
SASS_REPAIRS = (
    (
        # @media (max-width: 67em), from content/_scaffold.sass
        "\n  target-scroll-margin-top: var(--header-height);\n",
        "\n  :target {\n    scroll-margin-top: var(--header-height); }\n",
        1,
    ),
    (
        # @media (max-width: 67em), from content/_target.sass
        "\n  target-scroll-margin-top: calc(0.5rem + var(--header-height));\n",
        "\n  :target {\n    scroll-margin-top: calc(0.5rem + var(--header-height)); }\n",
        1,
    ),
    (
        # content/_images.sass
        "article figure, article .figure {\n  border-radius: 0.2rem;\n  margin: 0;\n"
        "  last-child-margin-bottom: 0; }\n",
        "article figure, article .figure {\n  border-radius: 0.2rem;\n  margin: 0; }\n"
        "  article figure :last-child, article .figure :last-child {\n"
        "    margin-bottom: 0; }\n",
        1,
    ),
)
# What is left of such a mis-parsed nested pseudo-class selector.
MISPARSED_PSEUDO_RE = re.compile(
    r"^\s*(?:target|(?:first|last|only|nth)-(?:child|of-type)|hover|focus|active|"
    r"checked|empty|before|after|not|is|where|has)-[a-z-]+\s*:",
    re.M,
)
DARK_BLOCK_START = '@media not print {\n  body[data-theme="dark"] {'


def _block_end(css: str, open_brace: int) -> int:
    """Index of the "}" matching the "{" at open_brace (no braces in strings here)."""
    depth = 0
    for i in range(open_brace, len(css)):
        if css[i] == "{":
            depth += 1
        elif css[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced braces")


def repair_sass_damage(css: str, src: Path) -> str:
    """Restore the rules Debian's Sass compile of furo.css lost (see module doc)."""
    for old, new, expected in SASS_REPAIRS:
        found = css.count(old)
        if found == 0 and new in css:
            continue  # already right in this build of furo
        if found != expected:
            raise AssetError(
                f"{src}: expected {expected} occurrence(s) of {old.strip()!r}, found "
                f"{found}; this is not the Debian furo 2022.12.07 build that "
                "build_assets.py knows how to repair"
            )
        css = css.replace(old, new)

    # "auto" theme + dark system setting: upstream nests
    #   @media (prefers-color-scheme: dark) { body:not([data-theme="light"]) ... }
    # inside "@media not print", repeating the body[data-theme="dark"] rules.
    if "prefers-color-scheme" not in css:
        start = css.find(DARK_BLOCK_START)
        if start < 0 or css.count(DARK_BLOCK_START) != 1:
            raise AssetError(
                f"{src}: cannot find the single '@media not print {{ "
                'body[data-theme="dark"] ...\' block to derive the automatic '
                "dark mode from; this is not the Debian furo 2022.12.07 build"
            )
        brace = start + len("@media not print ")
        end = _block_end(css, brace)
        inner = css[brace + 1 : end]
        if inner.count('body[data-theme="dark"]') != 3:
            raise AssetError(
                f"{src}: unexpected content in the '@media not print' dark block"
            )
        auto = inner.replace('body[data-theme="dark"]', 'body:not([data-theme="light"])')
        auto = "\n".join(("  " + line) if line.strip() else line for line in auto.split("\n"))
        nested = f"\n  @media (prefers-color-scheme: dark) {{{auto.rstrip()} }}"
        css = css[:end].rstrip() + nested + " " + css[end:]

    leftover = MISPARSED_PSEUDO_RE.findall(css)
    if leftover:
        raise AssetError(
            f"{src}: declarations that look like mis-compiled nested selectors "
            f"remain: {leftover}; build_assets.py must be taught to repair them"
        )
    return css


def build_css(furo_static: Path, node_modules: Path, out: Path) -> None:
    src = require_file(
        furo_static / "styles" / "furo.css",
        "furo's stylesheet",
        "reinstall the Debian package: apt-get install --reinstall furo",
    )
    css = src.read_text(encoding="utf-8")
    css, count = NORMALIZE_IMPORT_RE.subn(NORMALIZE_IMPORT_NEW, css)
    if count != 1:
        raise AssetError(
            f"{src}: expected exactly one '@import url(/javascript/normalize.css/"
            f"normalize.css);', found {count}; this furo is not the 2022.12.07 "
            "Debian build that build_assets.py knows how to repair"
        )
    css = repair_sass_damage(css, src)
    bad = bad_css_references(css)
    if bad:
        raise AssetError(f"{src}: references that break a static site remain: {bad}")

    normalize_dir = node_modules / "normalize.css"
    hint = "run `npm ci` at the repository root (npm package normalize.css)"
    normalize = require_file(normalize_dir / "normalize.css", "normalize.css", hint)
    pkg = normalize_dir / "package.json"
    if pkg.is_file():
        m = re.search(r'"version"\s*:\s*"([^"]+)"', pkg.read_text(encoding="utf-8"))
        if m and m.group(1) != NORMALIZE_EXPECTED_VERSION:
            raise AssetError(
                f"{pkg}: normalize.css {m.group(1)} installed, Furo 2022.12.07 "
                f"expects {NORMALIZE_EXPECTED_VERSION}: run `npm ci` at the "
                "repository root"
            )
    normalize_css = normalize.read_text(encoding="utf-8")
    bad = bad_css_references(normalize_css)
    if bad:
        raise AssetError(f"{normalize}: references that break a static site: {bad}")

    (out / "styles").mkdir(parents=True, exist_ok=True)
    (out / "vendor").mkdir(parents=True, exist_ok=True)
    (out / "styles" / "furo.css").write_text(css, encoding="utf-8")
    (out / "vendor" / "normalize.css").write_text(normalize_css, encoding="utf-8")


def build_js(furo_static: Path, node_modules: Path, out: Path) -> None:
    scripts = furo_static / "scripts"
    hint = "reinstall the Debian package: apt-get install --reinstall furo"
    require_file(scripts / "furo.js", "furo's script", hint)
    require_file(scripts / "gumshoe-patched.js", "furo's scroll-spy script", hint)

    esbuild = node_modules / ".bin" / "esbuild"
    if not esbuild.exists():
        esbuild = node_modules / "esbuild" / "bin" / "esbuild"
    if not esbuild.exists():
        raise AssetError(
            f"esbuild not found in {node_modules}: run `npm ci` at the repository root"
        )
    node = shutil.which("node")
    if node is None:
        raise AssetError(
            "node not found on PATH (esbuild's launcher needs it): "
            "apt-get install nodejs"
        )

    (out / "scripts").mkdir(parents=True, exist_ok=True)
    target = (out / "scripts" / "furo.js").resolve()
    cmd = [
        str(esbuild),
        "furo.js",
        "--bundle",
        "--format=iife",  # a classic script: Sphinx emits <script src=...>
        "--target=es2017",
        "--charset=utf8",
        "--legal-comments=inline",  # keeps gumshoe's MIT header
        # gumshoe is UMD: never let it register with a page-global AMD loader
        # (RequireJS) instead of handing its constructor to furo.js.
        "--define:define=undefined",
        "--log-level=warning",
        f"--outfile={target}",
    ]
    # cwd = furo's scripts dir so the "// furo.js" markers esbuild writes are
    # short and the output does not depend on where the repository lives.
    proc = subprocess.run(cmd, cwd=scripts, capture_output=True, text=True)
    if proc.returncode != 0:
        raise AssetError(
            f"esbuild failed ({' '.join(cmd)}, exit {proc.returncode}):\n"
            f"{proc.stdout}{proc.stderr}"
        )
    if proc.stderr.strip():
        sys.stderr.write(proc.stderr)

    js = target.read_text(encoding="utf-8")
    if re.search(r"^\s*(import|export)\b", js, re.M):
        raise AssetError(f"{target}: bundle still has an import/export statement")
    if "Gumshoe" not in js or "cycleThemeOnce" not in js:
        raise AssetError(f"{target}: bundle lacks furo.js or gumshoe-patched.js")
    # Parse it as a classic (non-module) script.
    check = subprocess.run([node, "--check", str(target)], capture_output=True, text=True)
    if check.returncode != 0:
        raise AssetError(f"{target}: not a valid classic script:\n{check.stderr}")


def audit_other_assets(furo_static: Path) -> None:
    """Fail if another stylesheet Furo ships references a path/host we don't fix."""
    for css in sorted((furo_static / "styles").glob("*.css")):
        if css.name == "furo.css":
            continue  # repaired above
        bad = bad_css_references(css.read_text(encoding="utf-8"))
        if bad:
            raise AssetError(
                f"{css}: references that break a static site: {bad}; "
                "build_assets.py must be taught to repair this file"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write repaired Furo assets (styles/furo.css, "
        "vendor/normalize.css, scripts/furo.js) into a directory."
    )
    parser.add_argument("--out", required=True, type=Path, help="output directory")
    parser.add_argument(
        "--node-modules",
        type=Path,
        default=REPO_ROOT / "node_modules",
        help="node_modules holding esbuild and normalize.css "
        "(default: %(default)s)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    node_modules: Path = args.node_modules.resolve()

    try:
        furo_static, furo_version = find_furo_static()
        audit_other_assets(furo_static)
        out.mkdir(parents=True, exist_ok=True)
        build_css(furo_static, node_modules, out)
        build_js(furo_static, node_modules, out)
    except AssetError as exc:
        print(f"build_assets.py: error: {exc}", file=sys.stderr)
        return 1

    for rel in ("styles/furo.css", "vendor/normalize.css", "scripts/furo.js"):
        size = (out / rel).stat().st_size
        print(f"build_assets.py: wrote {os.path.join(out, rel)} ({size} bytes)")
    print(f"build_assets.py: from furo {furo_version} at {furo_static}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
