"""Sphinx, run by docs/build_site.py, exits without tearing its heap down.

When a build is over, the Python process still frees, one by one, every
object the build held (the environment, the C domain's symbols, Breathe's
parsed XML): 0.11-0.16 s on bench/run's full-scale tree, measured between
the last ``atexit`` handler and the moment build_site saw the process end,
and paid by every build, the one-comment rebuild included. Nothing is left
to do by then: every file Sphinx writes is written and closed.

So when the builder has cleaned up, the last step of a build that did not
raise, the process flushes its output and logging and leaves with
``os._exit`` and the status Sphinx would have returned (1 when warnings were
counted under --keep-going, else 0). A build that raises still goes through
Sphinx's own error handling and a normal exit.

Only under docs/build_site.py (``hvref_wait_for_steps``): it passes no
``-w`` warning file, which Sphinx closes only on a normal exit.
"""

from __future__ import annotations

import logging
import os
import sys


def _builder_inited(app) -> None:
    if not app.config.hvref_wait_for_steps:
        return
    builder = app.builder
    original_cleanup = builder.cleanup

    def cleanup() -> None:
        original_cleanup()
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(app.statuscode)

    builder.cleanup = cleanup


def setup(app) -> None:
    app.connect("builder-inited", _builder_inited)
