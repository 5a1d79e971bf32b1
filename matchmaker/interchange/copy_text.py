"""Rows as PostgreSQL ``COPY`` text: what the bulk writer sends to ``COPY … FROM STDIN``.

Kept apart from :mod:`~matchmaker.interchange.bulk_rows` (which needs SQLAlchemy) because the
child process staging a big file's ties (:mod:`~matchmaker.interchange.tie_stage`) writes the
same text into a file for the writer to stream, and should import little.
"""

from __future__ import annotations

from datetime import date
from operator import itemgetter

__all__ = ["CopyText", "copy_lines", "escaped"]

# COPY's text format: tab between columns, newline between rows, \N for NULL, and these escaped
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


class CopyText(dict):
    """One column's values as COPY text, each distinct value formatted once (ids, kinds, days
    and weights repeat across a million rows: one C-level lookup per value, not a Python call)."""

    def __missing__(self, value: object) -> str:
        if value is None:
            text = "\\N"
        elif isinstance(value, str):
            text = value.translate(_COPY_ESCAPES)
        elif isinstance(value, date):  # a datetime too: ISO text, with its offset when it has one
            text = value.isoformat()
        elif isinstance(value, bool):
            text = "t" if value else "f"
        else:  # int, float: Python's shortest round-trip text
            text = str(value)
        self[value] = text
        return text


_COPY_SPECIAL = ("\\", "\t", "\n", "\r")


def _needs_escaping(text: str) -> bool:
    """Whether ``text`` holds a character COPY escapes: four ``in`` scans, each a C ``memchr``
    (a regular expression's character class over a batch's joined text took ten times as long:
    0.5 s of two million skill links' COPY text under load)."""
    return any(special in text for special in _COPY_SPECIAL)


def escaped(texts: set[str]) -> dict[str, str] | None:
    """Each of ``texts`` as COPY text, or None when none holds a character COPY escapes (the
    usual case: the texts go as they are)."""
    if not _needs_escaping("".join(texts)):
        return None
    return {text: text.translate(_COPY_ESCAPES) for text in texts}


def _plain_format(columns: list[tuple]) -> str | None:
    """A ``%`` format writing each row of these columns as COPY text, or None when one needs more.

    A column of text without any of COPY's special characters goes as it is (``%s``), one of
    floats or of ints as Python writes them (``%r``); a NULL, a date, or a character to
    escape sends the rows through :class:`CopyText`.
    """
    specs = []
    for column in columns:
        kinds = set(map(type, column))
        if kinds == {str} and not _needs_escaping("".join(column)):
            specs.append("%s")
        elif kinds in ({float}, {int}):
            specs.append("%r")
        else:
            return None
    return "\t".join(specs) + "\n"


def copy_lines(rows: list[tuple], texts: list[CopyText]) -> str:
    """``rows`` in COPY's text format (psycopg's ``write_row`` is a Python call per row: most of
    a million-tie ``COPY``'s time). Plain columns (a batch of skill links, say) go through one
    C-level ``%`` per row; others a column at a time, each distinct value formatted once."""
    columns = [list(map(itemgetter(i), rows)) for i in range(len(texts))]  # not zip(*rows): 3x slower
    plain = _plain_format(columns)
    if plain is not None:
        return "".join(map(plain.__mod__, rows))
    cells = (map(text.__getitem__, column) for text, column in zip(texts, columns, strict=True))
    return "\n".join(map("\t".join, zip(*cells, strict=True))) + "\n"
