"""The faces agendas are set in: an embedded TrueType font when one is found, else Helvetica.

Searched in order: ``MATCHMAKER_PDF_FONT`` / ``MATCHMAKER_PDF_FONT_BOLD`` (paths to .ttf files),
DejaVu Sans (Debian's ``fonts-dejavu-core`` and other Linux layouts), Liberation Sans, Arial
(Windows, macOS). Without any, the PDF standard font Helvetica serves: it covers Estonian but
not Cyrillic, so Ukrainian text is transliterated (``textnorm.transliterate_uk``) rather than
lost.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from matchmaker.meetings.truetype import FontFormatError, TrueTypeFont
from matchmaker.textnorm import transliterate_uk

__all__ = ["FontFace", "TrueTypeFace", "StandardFace", "agenda_faces", "FONT_CANDIDATES"]

FONT_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
)


class FontFace:
    """One face as the PDF writer uses it: measure, encode, and the glyphs used so far."""

    name: str

    def width(self, text: str, size: float) -> float:
        raise NotImplementedError

    def encode(self, text: str) -> str:
        """The PDF string operand (hex or literal) that shows ``text``."""
        raise NotImplementedError


class TrueTypeFace(FontFace):
    def __init__(self, font: TrueTypeFont, name: str):
        self.font, self.name = font, name
        self.used: dict[int, str] = {}  # glyph -> the character it shows (for copy and search)

    def width(self, text: str, size: float) -> float:
        return sum(self.font.advance(self.font.glyph(c)) for c in text) * size / 1000

    def encode(self, text: str) -> str:
        glyphs = []
        for char in text:
            g = self.font.glyph(char)
            self.used.setdefault(g, char)
            glyphs.append(f"{g:04X}")
        return "<" + "".join(glyphs) + ">"


class StandardFace(FontFace):
    """Helvetica in WinAnsiEncoding; widths approximated (the fallback only)."""

    def __init__(self, bold: bool = False):
        self.name = "Helvetica-Bold" if bold else "Helvetica"
        self.bold = bold

    def _plain(self, text: str) -> bytes:
        return transliterate_uk(text).encode("cp1252", errors="replace")

    def width(self, text: str, size: float) -> float:
        return len(self._plain(text)) * size * (0.58 if self.bold else 0.54)

    def encode(self, text: str) -> str:
        raw = self._plain(text)
        escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        return "(" + "".join(chr(b) if 32 <= b < 127 else f"\\{b:03o}" for b in escaped) + ")"


@cache
def _font(path: str) -> TrueTypeFont | None:
    try:
        return TrueTypeFont(path) if Path(path).is_file() else None
    except (OSError, FontFormatError):
        return None


def agenda_faces() -> tuple[FontFace, FontFace]:
    """Fresh (regular, bold) faces for one document."""
    candidates = list(FONT_CANDIDATES)
    if os.environ.get("MATCHMAKER_PDF_FONT"):
        regular = os.environ["MATCHMAKER_PDF_FONT"]
        candidates.insert(0, (regular, os.environ.get("MATCHMAKER_PDF_FONT_BOLD", regular)))
    for regular_path, bold_path in candidates:
        regular = _font(regular_path)
        if regular is not None:
            bold = _font(bold_path) or regular
            return TrueTypeFace(regular, "F1"), TrueTypeFace(bold, "F2")
    return StandardFace(), StandardFace(bold=True)
