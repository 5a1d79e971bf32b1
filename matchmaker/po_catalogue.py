"""Reading, writing and compiling the core's gettext catalogues (``.po`` → ``.mo``) without GNU gettext.

The CLI and the core translate through :mod:`matchmaker.i18n`; its sources are the ``.po`` files
under ``resources/translations/locale``. This module is the small part of ``msgfmt``/``msgmerge``
the project needs: entries with plural forms (Ukrainian has three), ``fuzzy`` flags, and the
``#~`` obsolete entries a merge leaves behind, so a check can refuse any of them.

>>> entry = PoEntry("{n} actor", "{n} actors", ["{n} учасник", "{n} учасники", "{n} учасників"])
>>> entry.translated
True
>>> compile_mo([entry], {"Plural-Forms": UKRAINIAN_PLURALS})[:4] == MO_MAGIC
True
"""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "PoEntry",
    "PoCatalogue",
    "read_po",
    "write_po",
    "compile_mo",
    "PLURAL_FORMS",
    "UKRAINIAN_PLURALS",
    "MO_MAGIC",
]

MO_MAGIC = struct.pack("<I", 0x950412DE)
UKRAINIAN_PLURALS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)
PLURAL_FORMS = {"et": "nplurals=2; plural=(n != 1);", "uk": UKRAINIAN_PLURALS}


@dataclass
class PoEntry:
    """One message: ``msgid`` (and ``plural``), its translations (one, or one per plural form)."""

    msgid: str
    plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    fuzzy: bool = False
    obsolete: bool = False
    references: list[str] = field(default_factory=list)

    @property
    def translated(self) -> bool:
        """Every form filled and not marked fuzzy (what a user would see in the language)."""
        return bool(self.msgstr) and all(self.msgstr) and not self.fuzzy and not self.obsolete


@dataclass
class PoCatalogue:
    """A ``.po`` file: its header fields and its entries in file order."""

    header: dict[str, str]
    entries: list[PoEntry]


def _unquote(text: str) -> str:
    return ast.literal_eval(text)


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def read_po(path: Path) -> PoCatalogue:
    """Parse ``path`` (UTF-8); the header is the entry with the empty msgid."""
    header: dict[str, str] = {}
    entries: list[PoEntry] = []
    fields: dict[str, list[str]] = {}
    flags: set[str] = set()
    refs: list[str] = []
    obsolete = False
    current: str | None = None

    def finish() -> None:
        nonlocal fields, flags, refs, obsolete, current
        if "msgid" in fields:
            msgid = "".join(fields["msgid"])
            forms = sorted(k for k in fields if k.startswith("msgstr"))
            msgstr = ["".join(fields[k]) for k in forms]
            if msgid == "" and not obsolete:
                for line in "".join(msgstr).splitlines():
                    name, _, value = line.partition(":")
                    header[name.strip()] = value.strip()
            else:
                plural = "".join(fields["msgid_plural"]) if "msgid_plural" in fields else None
                entries.append(PoEntry(msgid, plural, msgstr, "fuzzy" in flags, obsolete, refs))
        fields, flags, refs, obsolete, current = {}, set(), [], False, None

    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if line.startswith("#~"):
            obsolete = True
            line = line[2:].strip()
            if not line:
                continue
        if not line:
            finish()
        elif line.startswith("#,"):
            flags |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#:"):
            refs += line[2:].split()
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            if current is not None:
                fields[current].append(_unquote(line))
        else:
            keyword, _, rest = line.partition(" ")
            if keyword == "msgid" and "msgid" in fields:
                finish()  # entries not separated by a blank line
            current = keyword
            fields[current] = [_unquote(rest)]
    return PoCatalogue(header, entries)


def write_po(catalogue: PoCatalogue, path: Path, title: str) -> None:
    """Write ``catalogue`` to ``path`` in the usual layout (references, flags, plural forms)."""
    lines = [f"# {title}", 'msgid ""', 'msgstr ""']
    lines += [_quote(f"{name}: {value}\n") for name, value in catalogue.header.items()]
    for entry in catalogue.entries:
        prefix = "#~ " if entry.obsolete else ""
        lines.append("")
        if entry.references and not entry.obsolete:
            lines.append("#: " + " ".join(entry.references))
        if entry.fuzzy:
            lines.append("#, fuzzy")
        lines.append(f"{prefix}msgid {_quote(entry.msgid)}")
        if entry.plural is not None:
            lines.append(f"{prefix}msgid_plural {_quote(entry.plural)}")
            for i, form in enumerate(entry.msgstr):
                lines.append(f"{prefix}msgstr[{i}] {_quote(form)}")
        else:
            lines.append(f"{prefix}msgstr {_quote(entry.msgstr[0] if entry.msgstr else '')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def compile_mo(entries: list[PoEntry], header: dict[str, str]) -> bytes:
    """The ``.mo`` bytes gettext reads: translated, non-fuzzy entries only, sorted by msgid."""
    table = {"": "".join(f"{k}: {v}\n" for k, v in header.items())}
    for entry in entries:
        if not entry.translated:
            continue  # English is the fallback: better than an empty or doubtful string
        key = entry.msgid if entry.plural is None else f"{entry.msgid}\0{entry.plural}"
        table[key] = "\0".join(entry.msgstr)
    keys = sorted(table, key=lambda k: k.encode("utf-8"))
    ids = [k.encode("utf-8") for k in keys]
    strs = [table[k].encode("utf-8") for k in keys]
    ids_table = 7 * 4
    strs_table = ids_table + 8 * len(keys)
    data_start = strs_table + 8 * len(keys)
    offsets, blob = [], bytearray()
    for text in ids + strs:
        offsets.append((len(text), data_start + len(blob)))
        blob += text + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, len(keys), ids_table, strs_table, 0, 0)
    out += b"".join(struct.pack("<2I", *o) for o in offsets)
    return out + bytes(blob)
