"""scripts/preview's loop: serve build/site/ and rebuild it on change.

The same pipeline as the site target (docs/build_site.py), so a rebuild
after an edit takes what an incremental build takes (seconds), and a
warning is shown, not fatal: the last good site stays served.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WATCHED = ("include", "references", "examples", "docs")


def snapshot() -> dict:
    """Each watched file's modification time."""
    return {path: path.stat().st_mtime_ns
            for folder in WATCHED for path in (REPO / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts}


def build() -> None:
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(REPO / "docs" / "build_site.py"),
                             "--root", str(REPO), "--build", str(REPO / "build" / "docs"),
                             "--site", str(REPO / "build" / "site")])
    state = "built" if result.returncode == 0 else "FAILED (the last good pages stay served)"
    print(f"preview: {state} in {time.monotonic() - started:.1f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    build()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                directory=str(REPO / "build" / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"preview: serving http://127.0.0.1:{args.port}/ (Ctrl-C stops)", flush=True)
    seen = snapshot()
    try:
        while True:
            time.sleep(1)
            now = snapshot()
            if now != seen:
                seen = now
                build()
                seen = snapshot()
    except KeyboardInterrupt:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
