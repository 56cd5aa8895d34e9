"""The Sphinx process ends without tearing down its objects one by one.

When a build is over, the interpreter's shutdown frees every object the
build made (the environment, the C domain's symbols, Breathe's parsed XML,
millions of them) and runs a last full cycle collection: about 1.8 s on
bench/run's full-scale tree, a third of a one-comment rebuild, spent after
the last page is written. Once a build has finished normally its files are
written and closed, so the process flushes its output and leaves at once with
Sphinx's own status code. After a failed build the normal shutdown runs.
"""

from __future__ import annotations

import atexit
import os
import sys

import sphinx

APPLIES_TO = "Sphinx 9.0 on CPython 3.11 to 3.13 (Sphinx.build sets statuscode before returning)"


def install(app) -> bool:
    if sphinx.version_info[:2] != (9, 0) or sys.implementation.name != "cpython" \
            or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return False
    finished = {"ok": False}

    def build_finished(_app, exception) -> None:
        finished["ok"] = exception is None

    def leave() -> None:
        # atexit runs after the SystemExit of `python -m sphinx`, before the
        # modules and their objects are torn down.
        if not finished["ok"]:
            return
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(app.statuscode)

    # Last of the build-finished handlers, so that a later failure still
    # counts: one that raises leaves the flag false.
    app.connect("build-finished", build_finished, priority=999)
    atexit.register(leave)
    return True
