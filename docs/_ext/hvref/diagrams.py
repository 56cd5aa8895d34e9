"""Bit-field diagrams: one SVG per struct or union with bit-fields, drawn by
bit-field (WaveDrom's register renderer) from the layout probe's JSON, never
by hand.

``render`` describes each diagram (fields lowest bit first, reserved fields
shaded, long names shortened, 32 bits per lane), keeps a manifest of what
each SVG was drawn from, and starts ``docs/diagrams/bitfield.cjs`` once with the
diagrams that are missing or changed; SVGs of types that are gone are
removed. The SVGs are black on transparent; ``docs/_static/hvref.css``
inverts them in Furo's dark mode.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional, Tuple

REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "docs" / "diagrams" / "bitfield.cjs"
RENDERER = REPO / "node_modules" / "bit-field" / "package.json"

RESERVED_PREFIXES = ("Rsvd", "Reserved")
FONT_SIZE = 12
CHAR_WIDTH = 7.2        # px per character of a 12 px sans-serif label, generously
HSPACE = 760            # px; Furo's content column is about this wide
LANE_BITS = 32
ROTATED_MAX = 24        # characters of a label written upwards in a 1-bit box
CONNECTIVES = ("For", "And", "Of", "To", "The")
RESERVED_RECT = {"style": "fill:#808080;fill-opacity:0.35"}

# Shortenings used, longest word first, only when a name does not fit.
ABBREVIATIONS = {
    "Access": "Acc", "Address": "Addr", "Architectural": "Arch", "Available": "Avail",
    "Configuration": "Cfg", "Control": "Ctrl", "Controls": "Ctrls", "Counter": "Ctr",
    "Counters": "Ctrs", "Debugging": "Dbg", "Deprecated": "Depr", "Destination": "Dest",
    "Distance": "Dist", "Dynamic": "Dyn", "Emulation": "Emul", "Enlightened": "Enl",
    "Enlightenment": "Enl", "Exception": "Exc", "Extended": "Ext", "Frequency": "Freq",
    "Hypercall": "Hcall", "Hypervisor": "Hv", "Identity": "Id", "Intercept": "Icpt",
    "Interrupt": "Intr", "Logical": "Log", "Machine": "Mach", "Management": "Mgmt",
    "Memory": "Mem", "Monitoring": "Mon", "Monitors": "Mon", "Number": "Num",
    "Partition": "Part", "Partitioning": "Part", "Performance": "Perf", "Physical": "Phys",
    "Processor": "Proc", "Protection": "Prot", "Reenlightenment": "Reenl",
    "Reference": "Ref", "Register": "Reg", "Registers": "Regs", "Remapping": "Remap",
    "Required": "Req", "Reserved": "Rsvd", "Scrubber": "Scrub", "Supervisor": "Sup", "Supported": "Supp",
    "Support": "Supp", "Synthetic": "Syn", "Translation": "Xlat", "Unhalted": "Unhlt",
    "Version": "Ver", "Virtual": "Virt", "Virtualization": "Virt", "Volatile": "Vol",
}


class DiagramError(Exception):
    """The renderer failed; the message names the types it was drawing."""


@dataclass
class Diagram:
    type: str
    file: str           # the SVG's name, in the output folder
    alt: str            # the image's alternative text: the type and every field
    caption: str        # plain text
    bits: int


def is_reserved(name: str) -> bool:
    return name.startswith(RESERVED_PREFIXES)


def shorten(name: str, limit: int) -> str:
    """name in at most limit characters: usual abbreviations of its longest
    CamelCase words first, then without "For", "And", ..., then its longest
    words cut to four letters, then an ellipsis."""
    if len(name) <= limit:
        return name
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|.", name)
    for i in sorted(range(len(words)), key=lambda i: -len(words[i])):
        if len("".join(words)) <= limit:
            break
        words[i] = ABBREVIATIONS.get(words[i], words[i])
    if len("".join(words)) > limit:
        words = [w for w in words if w not in CONNECTIVES] or words
    while len("".join(words)) > limit:
        i = max(range(len(words)), key=lambda i: len(words[i]))
        if len(words[i]) <= 4:
            break
        words[i] = words[i][:4]
    text = "".join(words)
    return text if len(text) <= limit else text[:max(limit - 1, 1)] + "\u2026"


def _span(bit: int, width: int) -> str:
    return f"bit {bit}" if width == 1 else f"bits {bit}-{bit + width - 1}"


def describe(name: str, layout: dict) -> Optional[Tuple[dict, Diagram]]:
    """bit-field's description of a type's bit-fields (None without any)."""
    fields = sorted((m for m in layout["members"] if "bit" in m), key=lambda m: m["bit"])
    if not fields:
        return None
    if layout["kind"] == "union":
        start, end = 0, layout["size"] * 8
    else:       # a struct's bit-fields: the storage units they occupy
        unit = fields[0]["unit"] * 8
        start = fields[0]["bit"] - fields[0]["bit"] % unit
        end = -(-(fields[-1]["bit"] + fields[-1]["width"]) // unit) * unit
    total = end - start
    # Rows of 32 bits (bit-field needs rows of equal width: 16 or 8 bits
    # when the total is not a multiple of 32).
    per_lane = next((n for n in (LANE_BITS, 16, 8) if total % n == 0), total)
    per_lane = total if total <= LANE_BITS else per_lane
    lanes = total // per_lane
    step = (HSPACE - 9) / per_lane
    reg, rotated = [], 0
    for m in fields:
        lo, hi = m["bit"] - start, m["bit"] - start + m["width"]
        # The name is written in every lane the field crosses: fit the narrowest part.
        narrowest = min(min(hi, (lane + 1) * per_lane) - max(lo, lane * per_lane)
                        for lane in range(lo // per_lane, (hi - 1) // per_lane + 1))
        room = int((narrowest * step - 6) // CHAR_WIDTH)
        entry = {"bits": m["width"]}
        if room >= min(len(m["name"]), 10):  # whole, or shortened but still readable
            entry["name"] = shorten(m["name"], room)
        else:
            entry["name"] = shorten(m["name"], ROTATED_MAX)
            entry["rotate"] = -90
            rotated = max(rotated, len(entry["name"]))
        if is_reserved(m["name"]):
            entry.update(type=1, rect=RESERVED_RECT)
        reg.append(entry)
    options = {"bits": total, "lanes": lanes, "hspace": HSPACE, "fontsize": FONT_SIZE,
               "fontfamily": "sans-serif", "offset": start}
    if rotated:
        # bit-field centres an upright label in its lane: make the lane tall enough.
        options["vspace"] = int(rotated * CHAR_WIDTH) + 34
    alt = (f"Bit-field diagram of {name} ({total} bits): "
           + "; ".join(f"{_span(m['bit'], m['width'])} {m['name']}"
                       + (" (reserved)" if is_reserved(m["name"]) else "") for m in fields)
           + ".")
    where = (f"{per_lane} bits per row, bit {start} at the bottom right" if lanes > 1
             else f"bit {start} on the right")
    shaded = (" Shaded fields are reserved." if any(is_reserved(m["name"]) for m in fields)
              else "")
    shortened = (" The table below gives every name in full."
                 if any(e["name"] != m["name"] for e, m in zip(reg, fields)) else "")
    caption = f"{name}: bits {start}-{start + total - 1}, {where}.{shaded}{shortened}"
    return ({"reg": reg, "options": options},
            Diagram(name, f"{name}.svg", alt, caption, total))


def render(layouts: Dict[str, dict], out: Path) -> Tuple[Dict[str, Diagram], int]:
    """Draws the diagram of every type with bit-fields into out (one SVG per
    type); only missing or changed SVGs are drawn, all in one node run.
    Returns the diagrams by type and how many were drawn."""
    diagrams: Dict[str, Diagram] = {}
    requests: Dict[str, dict] = {}
    for name, layout in layouts.items():
        described = describe(name, layout)
        if described:
            requests[name], diagrams[name] = described
    manifest_path = out / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    tool = SCRIPT.read_bytes() + (RENDERER.read_bytes() if RENDERER.exists() else b"")
    wanted, todo = {}, []
    for name, request in requests.items():
        digest = hashlib.sha256(tool + json.dumps(request, sort_keys=True).encode()).hexdigest()
        wanted[name] = digest
        path = out / diagrams[name].file
        if manifest.get(name) != digest or not path.exists():
            todo.append(dict(request, out=str(path)))
    if todo:
        node = shutil.which("node")
        if node is None:
            raise DiagramError("node not found: apt-get install nodejs (the bit-field diagrams "
                               "are drawn with the npm package bit-field)")
        result = subprocess.run([node, str(SCRIPT)], input=json.dumps({"diagrams": todo}),
                                capture_output=True, text=True)
        if result.returncode != 0:
            names = ", ".join(Path(d["out"]).stem for d in todo)
            raise DiagramError(f"{SCRIPT.relative_to(REPO)} failed drawing {names}:\n"
                               f"{result.stderr.strip()}")
    files = {d.file for d in diagrams.values()}
    if out.exists():
        for stale in out.glob("*.svg"):
            if stale.name not in files:
                stale.unlink()
    if manifest != wanted:
        out.mkdir(parents=True, exist_ok=True)
        manifest_path.write_text(json.dumps(wanted, indent=1, sort_keys=True) + "\n",
                                 encoding="utf-8")
    return diagrams, len(todo)

