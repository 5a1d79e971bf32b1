"""Which encoding a CSV file was saved in: UTF-8 (with or without a BOM), or the Windows code pages
for Baltic (cp1257) and Cyrillic (cp1251) text that older Excel versions write.

UTF-8 is tried first: it fails loudly on anything else. Both code pages decode any bytes, so the
choice between them looks at the words they give. Estonian read as cp1251 mixes Latin and Cyrillic
letters in one word (``Tхnu``); Ukrainian read as cp1257 gives words made of accented Latin letters
only (``Ęčżâ``). The decoding with fewer implausible words wins.

>>> decode_text("Tõnu Põder, Pärnu".encode("cp1257"))
('Tõnu Põder, Pärnu', 'cp1257')
>>> decode_text("Київстар, Харків".encode("cp1251"))
('Київстар, Харків', 'cp1251')
>>> decode_text("\\ufeffTõnu".encode("utf-8"))
('Tõnu', 'utf-8-sig')
"""

from __future__ import annotations

import re

__all__ = ["SNIFFED", "decode_text"]

SNIFFED = ("utf-8-sig", "cp1257", "cp1251")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _implausible_cp1251(words: list[str]) -> int:
    """Words that mix Cyrillic with Latin letters: Estonian or Latvian text read as Cyrillic."""
    return sum(1 for w in words if _CYRILLIC.search(w) and re.search("[A-Za-z]", w))


def _implausible_cp1257(words: list[str]) -> int:
    """Words of three letters or more that are mostly accented Latin: Cyrillic read as Baltic."""
    return sum(1 for w in words if len(w) >= 3 and sum(not c.isascii() for c in w) * 2 > len(w))


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``: ``data`` decoded with ``encoding``, or the sniffed one when None.

    Raises :class:`UnicodeDecodeError` only when an ``encoding`` was named and does not fit.
    """
    if encoding:
        name = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        return data.decode(name), name
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    baltic, cyrillic = data.decode("cp1257", errors="replace"), data.decode("cp1251", errors="replace")
    words_baltic, words_cyrillic = _WORD.findall(baltic), _WORD.findall(cyrillic)
    if _implausible_cp1251(words_cyrillic) < _implausible_cp1257(words_baltic):
        return cyrillic, "cp1251"
    return baltic, "cp1257"
