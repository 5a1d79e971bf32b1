"""A small PDF 1.4 writer: pages of text, rules and shaded boxes, fonts embedded and subset.

The core may not use Qt's PDF writer, and agendas need little: positioned text in two faces,
thin lines and grey bars. Coordinates are in points from the *top left* of an A4 page (the
writer flips them into PDF's bottom-left space). Streams are deflated.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from matchmaker.atomic import write_file
from matchmaker.meetings.fonts import FontFace, StandardFace, TrueTypeFace, agenda_faces

__all__ = ["PdfDocument", "Page", "A4"]

A4 = (595.28, 841.89)


class Page:
    def __init__(self, document: PdfDocument):
        self.document = document
        self.width, self.height = document.size
        self.ops: list[str] = []

    def text(
        self, x: float, y: float, text: str, size: float = 10, *, bold: bool = False, gray: float = 0.0
    ) -> None:
        """Text whose baseline is ``y`` points below the top edge."""
        face = self.document.faces[1 if bold else 0]
        name = "F2" if bold else "F1"
        self.ops.append(
            f"BT {gray:.2f} g /{name} {size:.2f} Tf {x:.2f} {self.height - y:.2f} Td {face.encode(text)} Tj ET"
        )

    def rule(self, x1: float, y: float, x2: float, *, width: float = 0.5, gray: float = 0.6) -> None:
        h = self.height - y
        self.ops.append(f"{gray:.2f} G {width:.2f} w {x1:.2f} {h:.2f} m {x2:.2f} {h:.2f} l S")

    def box(self, x: float, y: float, w: float, h: float, *, gray: float = 0.92) -> None:
        """A filled rectangle whose top edge is ``y`` points below the top of the page."""
        self.ops.append(f"{gray:.2f} g {x:.2f} {self.height - y - h:.2f} {w:.2f} {h:.2f} re f")

    def measure(self, text: str, size: float, *, bold: bool = False) -> float:
        return self.document.faces[1 if bold else 0].width(text, size)

    def fit(self, text: str, size: float, room: float, *, bold: bool = False) -> str:
        """``text`` cut with an ellipsis so that it takes at most ``room`` points."""
        if self.measure(text, size, bold=bold) <= room:
            return text
        while text and self.measure(text + "…", size, bold=bold) > room:
            text = text[:-1]
        return text.rstrip() + "…"


class PdfDocument:
    def __init__(
        self,
        *,
        title: str = "",
        size: tuple[float, float] = A4,
        faces: tuple[FontFace, FontFace] | None = None,
    ):
        self.title, self.size = title, size
        self.faces = faces or agenda_faces()
        self.pages: list[Page] = []

    def new_page(self) -> Page:
        page = Page(self)
        self.pages.append(page)
        return page

    # -- serialising ------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        def stream(data: bytes, extra: str = "") -> int:
            packed = zlib.compress(data, 6)
            return add(
                f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
                + packed
                + b"\nendstream"
            )

        catalog = add(b"")  # filled in last
        pages_id = add(b"")
        contents = [stream("\n".join(page.ops).encode("latin-1")) for page in self.pages]
        fonts = [self._font_object(face, add, stream) for face in self.faces]
        resources = f"<< /Font << /F1 {fonts[0]} 0 R /F2 {fonts[1]} 0 R >> >>"
        width, height = self.size
        kids = [
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
                f"/Resources {resources} /Contents {c} 0 R >>".encode()
            )
            for c in contents
        ]
        objects[pages_id - 1] = (
            f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
        )
        info = add(b"<< /Title " + _utf16(self.title) + b" /Producer (Sandbox Matchmaker) >>")
        objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)

    @staticmethod
    def _font_object(face: FontFace, add, stream) -> int:
        if isinstance(face, StandardFace):
            return add(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{face.name} /Encoding /WinAnsiEncoding >>".encode()
            )
        assert isinstance(face, TrueTypeFace)
        font = face.font
        tag = "".join(chr(65 + (hash(frozenset(face.used)) >> (5 * i)) % 26) for i in range(6))
        base = f"{tag}+{font.path.stem.replace(' ', '')}"
        file_id = stream(font.subset(set(face.used)))
        scale = 1000 / font.units
        bbox = " ".join(str(round(v * scale)) for v in font.bbox)
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [{bbox}] /ItalicAngle 0 "
            f"/Ascent {round(font.ascent * scale)} /Descent {round(font.descent * scale)} "
            f"/CapHeight {round(font.cap_height * scale)} /StemV {120 if font.bold else 80} /FontFile2 {file_id} 0 R >>".encode()
        )
        widths = " ".join(f"{g} [{round(font.advance(g))}]" for g in sorted(face.used))
        cid = add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} "
            f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap /Identity >>".encode()
        )
        to_unicode = stream(_cmap(face.used))
        return add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>".encode()
        )

    def save(self, path: str | Path) -> Path:
        """Write the PDF atomically."""
        data = self.to_bytes()
        return write_file(path, lambda handle: handle.write(data))


def _utf16(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _cmap(used: dict[int, str]) -> bytes:
    """The ToUnicode map, so text copied out of the PDF (and searched in it) is the real text."""
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    items = sorted(used.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{g:04X}> <{char.encode('utf-16-be').hex().upper()}>" for g, char in chunk]
        lines.append("endbfchar")
    lines += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    return "\n".join(lines).encode()
