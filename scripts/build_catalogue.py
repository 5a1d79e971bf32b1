"""Compile the core's ``.po`` message catalogues into the ``.mo`` files gettext reads.

    python scripts/build_catalogue.py

A small msgfmt (single-form entries with continuation lines), so the build needs no GNU
gettext; the output is deterministic (entries sorted by msgid, as the format requires).
"""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matchmaker.i18n import LOCALE_DIR  # noqa: E402


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of one ``.po`` file (the header is the entry with the empty msgid)."""
    entries: dict[str, str] = {}
    key = field = None
    parts: dict[str, list[str]] = {}
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = line.strip()
        if line.startswith(("msgid ", "msgstr ")):
            field, _, rest = line.partition(" ")
            parts.setdefault(field, []).append(ast.literal_eval(rest))
        elif line.startswith('"') and field:
            parts[field].append(ast.literal_eval(line))
        elif not line or line.startswith("#"):
            if "msgid" in parts and "msgstr" in parts:
                key = "".join(parts["msgid"])
                entries[key] = "".join(parts["msgstr"])
            parts, field = {}, None
    return entries


def write_mo(entries: dict[str, str], path: Path) -> None:
    keys = sorted(entries)
    ids = [k.encode("utf-8") for k in keys]
    strs = [entries[k].encode("utf-8") for k in keys]
    header = 7 * 4
    ids_table = header
    strs_table = ids_table + 8 * len(keys)
    data_start = strs_table + 8 * len(keys)
    offsets, blob = [], b""
    for text in ids + strs:
        offsets.append((len(text), data_start + len(blob)))
        blob += text + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, len(keys), ids_table, strs_table, 0, 0)
    out += b"".join(struct.pack("<2I", *o) for o in offsets[: len(keys)])
    out += b"".join(struct.pack("<2I", *o) for o in offsets[len(keys) :])
    path.write_bytes(out + blob)


def main() -> None:
    for po in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        write_mo(read_po(po), po.with_suffix(".mo"))
        print(po.with_suffix(".mo"))


if __name__ == "__main__":
    main()
