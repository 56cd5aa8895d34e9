"""objects.inv is written only when what it lists changed.

Sphinx 5.3 writes the inventory on every build: every object of every domain,
sorted, formatted and compressed at zlib's level 9 (0.14 s of a one-comment
rebuild on bench/run's full-scale tree, whose 25,000 objects do not change
when a comment does). Here a digest of everything the file is made from
(project, version, the builder's page suffix, each domain's sorted objects)
is kept next to the doctrees with the size and timestamp of the file
written; when both still match, the file on disk is the one Sphinx would
write again, and it is left as it is. Any other case writes it as Sphinx
does.
"""

from __future__ import annotations

import hashlib
import json
import os

DIGEST_FILE = "hvref-inventory.json"


def _digest(env, builder) -> str:
    parts = [env.config.project, env.config.version, builder.name,
             getattr(builder, "link_suffix", ""), getattr(builder, "out_suffix", "")]
    for name, domain in sorted(env.domains.items()):
        parts.append((name, sorted(domain.get_objects())))
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def _stamp(filename: str):
    try:
        stat = os.stat(filename)
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def install() -> None:
    from sphinx.util.inventory import InventoryFile

    original = InventoryFile.dump.__func__

    def dump(cls, filename, env, builder) -> None:
        record = os.path.join(env.doctreedir, DIGEST_FILE)
        digest = _digest(env, builder)
        try:
            with open(record, encoding="utf-8") as f:
                kept = json.load(f)
            if kept == {"digest": digest, "file": _stamp(filename)}:
                return
        except (OSError, ValueError):
            pass
        original(cls, filename, env, builder)
        with open(record, "w", encoding="utf-8") as f:
            json.dump({"digest": digest, "file": _stamp(filename)}, f)

    InventoryFile.dump = classmethod(dump)
