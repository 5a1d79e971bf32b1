"""How commands talk: one JSON document on stdout for ``--json``, messages on stderr."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

__all__ = ["emit_json", "say", "table"]


def _default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def emit_json(document) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def say(message: str) -> None:
    print(message, file=sys.stderr)


def table(rows: list[tuple], headers: tuple[str, ...]) -> str:
    """A plain-text table with columns padded to their widest cell."""
    cells = [tuple(map(str, headers)), *[tuple(map(str, row)) for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
