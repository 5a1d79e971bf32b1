"""How commands talk: one JSON document on stdout for ``--json``, messages on stderr.

Names and descriptions come from files anyone may have written, so nothing reaches the
terminal raw: :func:`out`, :func:`say` and :func:`table` show control characters as visible
escapes (``\\x1b``), and :func:`emit_json` escapes the C1 controls JSON would let through.
Commands print only through these.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime

from matchmaker.visible_controls import show_controls

__all__ = ["emit_json", "out", "say", "table"]

# JSON escapes C0 controls itself; DEL and C1 (0x9b is CSI on 8-bit terminals) it writes raw.
_RAW_IN_JSON = re.compile("[\x7f-\x9f]")


def _default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def emit_json(document) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write(_RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    sys.stdout.write("\n")


def out(text: str = "") -> None:
    """Print ``text`` (a result) on stdout; its own newlines are kept, other controls escaped."""
    print(show_controls(text))


def say(message: str) -> None:
    """Print ``message`` (progress, a note) on stderr."""
    print(show_controls(message), file=sys.stderr)


def table(rows: list[tuple], headers: tuple[str, ...]) -> str:
    """A plain-text table with columns padded to their widest cell (one line per row, always)."""
    cells = [tuple(show_controls(str(cell), keep_newlines=False) for cell in row) for row in (headers, *rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
