"""Fewer automatic runs of Python's cycle collector.

A Sphinx build keeps hundreds of thousands of long-lived objects (the
environment, the C domain's symbols, Breathe's parsed XML) and makes millions
of short-lived nodes; with the default thresholds (700, 10, 10) every
generation-2 collection rescans the long-lived ones. The thresholds below
collect young objects as often but old ones far less often; what the build
allocates is the same, so the pages are the same.
"""

from __future__ import annotations

import gc
import sys

APPLIES_TO = "CPython 3.11 to 3.13"

THRESHOLDS = (50_000, 20, 100)


def install(app) -> bool:
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return False
    gc.set_threshold(*THRESHOLDS)
    return True
