#!/usr/bin/env python3
"""Builds the hvref site: the one pipeline that CMake's `site` target and the
benchmark (bench/) both run.

  1. doxygen  headers -> XML, skipped when no header and no setting changed
  3. filter   raw XML -> the XML Breathe reads; unchanged files keep their
              timestamps (docs/_ext/hvref/doxyfilter.py)
  3b. layouts every struct and union of the XML measured by a generated C
              probe compiled with gcc, started with Sphinx (it preprocesses
              the headers while Doxygen runs and reads Doxygen's own XML
              while step 3 runs): BUILD/layouts.json, written only when
              it changed; compiling and running are skipped when the
              probe's text, the headers' preprocessed text (declarations
              and macros, no comments) and the compiler are unchanged
              (docs/_ext/hvref/layout_probe.py)
  4. sources  hand-written pages and the examples are synchronised into
              BUILD/src, where the extension also writes generated pages, so
              the repository's docs/ folder is never written to
  5. sphinx   BUILD/src -> SITE with docs/conf.py; warnings are errors.
              Sphinx is started before step 2 and waits for the steps it
              reads (the hvref extension's _wait_for), so its start-up
              runs on the second core while Doxygen runs. After a build
              that failed, the next one reads every page again (-E):
              Sphinx warns only about the pages it reads, so a rebuild
              with nothing changed would otherwise pass

Every step touches only what changed, so a rebuild after a one-line comment
change re-reads only the pages that use that header.

Usage: build_site.py --root ROOT --build DIR --site DIR [--jobs N]
ROOT is a tree with include/hvref/, references/ and examples/ (the
repository itself, or the benchmark's synthetic tree).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent


def need(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        sys.exit(f"build_site: {program} not found: apt-get install {package}")
    return path


def step(name: str, timings: dict):
    class Timer:
        def __enter__(self):
            self.start = time.perf_counter()

        def __exit__(self, *exc):
            timings[name] = time.perf_counter() - self.start
    return Timer()


def copy_if_changed(source: Path, dest: Path) -> None:
    """Copies a file unless the copy already has its bytes (keeps its mtime)."""
    data = source.read_bytes()
    if not dest.exists() or dest.read_bytes() != data:
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)


def sync(source: Path, target: Path, patterns) -> None:
    """Mirrors the files matching patterns; only changed files are written."""
    wanted = set()
    for pattern in patterns:
        for path in source.rglob(pattern):
            rel = path.relative_to(source)
            wanted.add(rel)
            copy_if_changed(path, target / rel)
    if target.exists():
        for path in target.rglob("*"):
            if path.is_file() and path.relative_to(target) not in wanted:
                path.unlink()


def doxyfile_text(root: Path, out: Path) -> str:
    """conf/Doxyfile.in for the headers of `root`, writing into `out`, with
    the spec-reference aliases of references/spec_aliases.py."""
    sys.path.insert(0, str(REPO / "references"))
    import spec_aliases

    text = (REPO / "conf" / "Doxyfile.in").read_text(encoding="utf-8")
    return (text.replace("@HVREF_DOXYGEN_OUT@", str(out))
            .replace("@PROJECT_SOURCE_DIR@", str(root))
            .replace("@HVREF_DOXYGEN_ALIASES@", spec_aliases.doxygen_aliases()))


def doxygen(root: Path, build: Path) -> bool:
    """Runs Doxygen unless the headers and the Doxyfile are unchanged."""
    out = build / "doxygen"
    doxyfile = doxyfile_text(root, out)
    digest = hashlib.sha256(doxyfile.encode())
    for header in sorted((root / "include" / "hvref").glob("*.h")):
        digest.update(header.name.encode() + header.read_bytes())
    stamp = build / "doxygen.stamp"
    if stamp.exists() and stamp.read_text() == digest.hexdigest() and (out / "xml").exists():
        return False
    build.mkdir(parents=True, exist_ok=True)
    (build / "Doxyfile").write_text(doxyfile, encoding="utf-8")
    result = subprocess.run([need("doxygen", "doxygen"), str(build / "Doxyfile")])
    if result.returncode != 0:
        sys.exit("build_site: Doxygen reported warnings (above, as file:line); fix the comments")
    stamp.write_text(digest.hexdigest())
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--jobs", default="1", help="sphinx-build -j (a number or auto)")
    args = parser.parse_args()
    root, build, site = args.root.resolve(), args.build.resolve(), args.site.resolve()
    timings: dict = {}

    # Sphinx starts now and waits, in the hvref extension, for the steps it
    # reads: its start-up and its reading of the catalogue, the headers and
    # the XML overlap Doxygen and the layout probe (docs/_ext/hvref/__init__.py,
    # _wait_for). A failed step stops it.
    to_dir, layouts, src = build / "xml", build / "layouts.json", build / "src"
    src.mkdir(parents=True, exist_ok=True)
    failed_marker = build / "sphinx.failed"
    fresh = ["-E"] if failed_marker.exists() else []
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", "-n",
               "-q", *fresh, "-j", str(args.jobs), "-c", str(DOCS), "-d", str(build / "doctrees"),
               "-D", f"hvref_doxygen_xml={to_dir}",
               "-D", f"hvref_root={root}", "-D", f"hvref_layouts={layouts}",
               "-D", "hvref_wait_for_steps=1", str(src), str(site)]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    sphinx = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, text=True)

    def done(step_name: str) -> None:
        try:
            sphinx.stdin.write(step_name + "\n")
            sphinx.stdin.flush()
        except BrokenPipeError:
            sys.exit("build_site: Sphinx stopped before its inputs were ready (its error is "
                     "above)")

    # The layout probe starts now too: it preprocesses the headers while
    # Doxygen runs, then reads Doxygen's own XML while the filter runs.
    probe = subprocess.Popen([sys.executable, str(DOCS / "_ext" / "hvref" / "layout_probe.py"),
                              "--xml", str(build / "doxygen" / "xml"),
                              "--include", str(root / "include"), "--out", str(build / "layouts"),
                              "--json", str(layouts), "--wait-for-xml"],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        with step("doxygen", timings):
            doxygen(root, build)
        with step("filter, layouts", timings):
            try:
                probe.stdin.write("xml\n")
                probe.stdin.close()
            except BrokenPipeError:
                pass                  # it stopped early: its status says why, below
            subprocess.run([sys.executable, str(DOCS / "_ext" / "hvref" / "doxyfilter.py"),
                            str(build / "doxygen" / "xml"), str(to_dir)],
                           check=True, stdout=subprocess.DEVNULL)
            done("xml")
            if probe.wait() != 0:
                sys.exit("build_site: the layout probe failed (above, with the type's file:line)")
        with step("sources", timings):
            for page in DOCS.glob("*.rst"):            # the hand-written pages
                copy_if_changed(page, src / page.name)
            sync(root / "examples", src / "examples", ("*.c", "*.h"))
        done("inputs")
    except BaseException:
        for process in (probe, sphinx):
            process.kill()
            process.wait()
        raise
    with step("sphinx (after its inputs)", timings):
        sphinx.stdin.close()
        if sphinx.wait() != 0:
            failed_marker.write_text("the last Sphinx run failed: the next reads every page\n")
            sys.exit("build_site: Sphinx reported warnings or errors (above)")
        failed_marker.unlink(missing_ok=True)
    print("build_site: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
          + f"; site in {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
