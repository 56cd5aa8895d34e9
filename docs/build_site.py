#!/usr/bin/env python3
"""Builds the hvref site: the one pipeline that CMake's `site` target and the
benchmark (bench/) both run.

  step      reads                        writes (in BUILD)
  doxygen   include/hvref/*.h, conf/     doxygen/xml/
  filter    doxygen/xml/                 xml/ (what Breathe and the model read)
  layouts   doxygen/xml/, the headers    layouts.json
  sources   docs/*.rst, examples/        src/ (Sphinx's source folder)
  export    xml/, layouts.json,          SITE/hvref.json, SITE/hvref.schema.json,
            references/                  SITE/_static/hvref-decode-data.js
  sphinx    src/, xml/, layouts.json,    SITE
            references/

  1. doxygen  headers -> XML, skipped when no header and no setting changed
  2. filter   raw XML -> the XML Breathe reads; unchanged files keep their
              timestamps (docs/_ext/hvref/doxyfilter.py)
  3. layouts  every struct and union of the XML measured by a generated C
              probe compiled with gcc, started with Sphinx (it preprocesses
              the headers while Doxygen runs and reads Doxygen's own XML
              while step 2 runs): BUILD/layouts.json, written only when
              it changed; compiling and running are skipped when the
              probe's text, the headers' preprocessed text (declarations
              and macros, no comments) and the compiler are unchanged
              (docs/_ext/hvref/layout_probe.py)
  4. sources  hand-written pages and the examples are synchronised into
              BUILD/src, where the extension also writes generated pages, so
              the repository's docs/ folder is never written to
  5. export   hvref.json, every entity as data (references/export.py), and
              the decode page's tables from it (decode/gen_tables.py),
              beside Sphinx, on the second core
  6. sphinx   BUILD/src -> SITE with docs/conf.py; warnings are errors.
              Sphinx is started before step 2 and waits for the steps it
              reads (the hvref extension's _wait_for), so its start-up
              runs on the second core while Doxygen runs. After a build
              that failed, the next one reads every page again (-E):
              Sphinx warns only about the pages it reads, so a rebuild
              with nothing changed would otherwise pass

Every step touches only what changed, so a rebuild after a one-line comment
change re-reads only the pages that use that header.

Usage: build_site.py --root ROOT --build DIR --site DIR [--jobs N] [--step STEP]
ROOT is a tree with include/hvref/, references/ and examples/ (the
repository itself, or the benchmark's synthetic tree). --step runs one step
alone, after the steps before it have run (without it, all of them run,
overlapped as above). Once the first four have run, Sphinx also runs by
hand: .venv/bin/sphinx-build -n -W -c docs BUILD/src SITE -D hvref_root=ROOT
-D hvref_doxygen_xml=BUILD/xml (conf.py's defaults are the repository and
build/docs).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import threading
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


def filter_xml(build: Path) -> None:
    subprocess.run([sys.executable, str(DOCS / "_ext" / "hvref" / "doxyfilter.py"),
                    str(build / "doxygen" / "xml"), str(build / "xml")],
                   check=True, stdout=subprocess.DEVNULL)


def layout_probe_command(root: Path, build: Path) -> list:
    return [sys.executable, str(DOCS / "_ext" / "hvref" / "layout_probe.py"),
            "--xml", str(build / "doxygen" / "xml"), "--include", str(root / "include"),
            "--out", str(build / "layouts"), "--json", str(build / "layouts.json")]


def export_commands(root: Path, build: Path, site: Path) -> list:
    """hvref.json beside the site's pages, then the decode page's tables
    (_static/hvref-decode-data.js) from it."""
    return [[sys.executable, str(REPO / "references" / "export.py"), "--root", str(root),
             "--xml", str(build / "xml"), "--layouts", str(build / "layouts.json"),
             "--out", str(site / "hvref.json")],
            [sys.executable, str(REPO / "decode" / "gen_tables.py"), str(site / "hvref.json"),
             "--js", str(site / "_static" / "hvref-decode-data.js")]]


class Export(threading.Thread):
    """The export step, beside Sphinx, from the same XML and layouts."""

    def __init__(self, root: Path, build: Path, site: Path):
        super().__init__()
        copy_if_changed(REPO / "references" / "hvref.schema.json", site / "hvref.schema.json")
        self.commands = export_commands(root, build, site)
        self.status = 0
        self.start()

    def run(self) -> None:
        for command in self.commands:
            self.status = subprocess.run(command).returncode
            if self.status != 0:
                return

    def wait(self) -> int:
        self.join()
        return self.status


def sources(root: Path, build: Path) -> None:
    src = build / "src"
    for page in DOCS.glob("*.rst"):            # the hand-written pages
        copy_if_changed(page, src / page.name)
    sync(root / "examples", src / "examples", ("*.c", "*.h"))


def sphinx_command(root: Path, build: Path, site: Path, jobs: str) -> list:
    fresh = ["-E"] if (build / "sphinx.failed").exists() else []
    return [sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", "-n",
            "-q", *fresh, "-j", str(jobs), "-c", str(DOCS), "-d", str(build / "doctrees"),
            "-D", f"hvref_doxygen_xml={build / 'xml'}",
            "-D", f"hvref_root={root}", "-D", f"hvref_layouts={build / 'layouts.json'}",
            str(build / "src"), str(site)]


def sphinx_finished(build: Path, status: int) -> None:
    failed_marker = build / "sphinx.failed"
    if status != 0:
        failed_marker.write_text("the last Sphinx run failed: the next reads every page\n")
        sys.exit("build_site: Sphinx reported warnings or errors (above)")
    failed_marker.unlink(missing_ok=True)


def one_step(name: str, root: Path, build: Path, site: Path, jobs: str) -> int:
    """A step alone, as `--step` asks: nothing overlaps."""
    if name == "doxygen":
        doxygen(root, build)
    elif name == "filter":
        filter_xml(build)
    elif name == "layouts":
        if subprocess.run(layout_probe_command(root, build)).returncode != 0:
            sys.exit("build_site: the layout probe failed (above, with the type's file:line)")
    elif name == "sources":
        sources(root, build)
    elif name == "export":
        if Export(root, build, site).wait() != 0:
            sys.exit("build_site: the export failed (above)")
    else:
        (build / "src").mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        sphinx_finished(build, subprocess.run(sphinx_command(root, build, site, jobs),
                                              env=env).returncode)
    return 0


STEPS = ("doxygen", "filter", "layouts", "sources", "export", "sphinx")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--jobs", default="1", help="sphinx-build -j (a number or auto)")
    parser.add_argument("--step", choices=STEPS, help="run this step alone")
    args = parser.parse_args()
    root, build, site = args.root.resolve(), args.build.resolve(), args.site.resolve()
    if args.step:
        return one_step(args.step, root, build, site, args.jobs)
    timings: dict = {}

    # Sphinx starts now and waits, in the hvref extension, for the steps it
    # reads: its start-up and its reading of the catalogue, the headers and
    # the XML overlap Doxygen and the layout probe (docs/_ext/hvref/__init__.py,
    # _wait_for). A failed step stops it.
    (build / "src").mkdir(parents=True, exist_ok=True)
    command = sphinx_command(root, build, site, args.jobs)
    command[-2:-2] = ["-D", "hvref_wait_for_steps=1"]
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
    probe = subprocess.Popen(layout_probe_command(root, build) + ["--wait-for-xml"],
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
            filter_xml(build)
            done("xml")
            if probe.wait() != 0:
                sys.exit("build_site: the layout probe failed (above, with the type's file:line)")
        with step("sources", timings):
            sources(root, build)
        done("inputs")
        exporter = Export(root, build, site)
    except BaseException:
        for process in (probe, sphinx):
            process.kill()
            process.wait()
        raise
    with step("sphinx (after its inputs)", timings):
        sphinx.stdin.close()
        sphinx_finished(build, sphinx.wait())
    if exporter.wait() != 0:
        sys.exit("build_site: the export of hvref.json failed (above)")
    print("build_site: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
          + f"; site in {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
