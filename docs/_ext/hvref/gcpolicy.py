"""When Python's cycle collector runs during a site build.

A docutils tree is one big reference cycle (each node points to its parent),
so only the cycle collector frees a page's tree, and its automatic runs scan
the objects the process holds. A site build holds a great many long-lived
objects (Sphinx's C domain, Breathe's parsed XML, the environment), and on
bench/run's full-scale tree the automatic runs rescanned them so often that
they took 45 % of the Sphinx step: loading each pickled page spent four
fifths of its time in them (CONTRIBUTING.md, build speed).

So, while Sphinx reads, the automatic collector is off. Once the saved
environment is loaded, everything the process holds is frozen
(``gc.freeze()``) without a collection: it lives to the end of the build,
and scanning it to find the little garbage start-up leaves took a second on
an incremental build. Before each page is read the build collects (the
previous page's tree is garbage by then) and freezes what survived: the
environment's and the caches' growth, which no later run scans again.
Each object is scanned about once, and memory stays bounded by one page's
garbage. Before Sphinx writes, what reading left is frozen without a
collection (all but the last page's leftovers is alive: the trees kept for
writing, Breathe's parsed XML), and the automatic collector comes back with
a larger first generation, so that the written pages' trees are freed as
they go.

Sphinx's parallel readers and writers are forked processes and inherit it.

What the collector has to find is also made smaller. docutils parses every
rst list with a new state machine of 17 states, each holding a table of its
own bound methods: a cycle per state, so about 400 objects of cyclic
garbage per list, and on bench/run's full-scale tree 2 of the 2.7 million
objects the collector freed while reading. docutils already calls
``State.unlink()`` when such a machine is done; here that also drops the
state's transition table, so reference counting frees the machine at once.
Nothing uses a state after its machine is unlinked.
"""

from __future__ import annotations

import gc

# Objects allocated between two young collections while writing (default
# 700): one page's tree is far larger, so most of it is freed young.
WRITE_THRESHOLD = (100_000, 10, 10)


def _collect_and_freeze(*_args) -> None:
    gc.collect()
    gc.freeze()


def _before_write(app, env) -> None:
    gc.freeze()
    gc.set_threshold(*WRITE_THRESHOLD)
    gc.enable()


def _before_read(app, env, docnames) -> None:
    gc.freeze()


def _unlink_transitions_too() -> None:
    from docutils.statemachine import State

    original = State.unlink

    def unlink(self):
        original(self)
        self.transitions = {}
        self.transition_order = []

    State.unlink = unlink


def setup(app) -> None:
    _unlink_transitions_too()
    gc.disable()
    app.connect("env-before-read-docs", _before_read)
    app.connect("source-read", _collect_and_freeze)
    app.connect("env-check-consistency", _before_write)
