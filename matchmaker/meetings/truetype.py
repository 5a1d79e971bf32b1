"""Just enough of a TrueType font to embed it in a PDF: metrics, character map, glyph subset.

Agendas carry Estonian and Ukrainian names, which the PDF standard fonts cannot show, so the
writer embeds a TrueType font (DejaVu Sans on Linux, Arial elsewhere; ``fonts.py``). Only the
glyphs a document uses keep their outlines (composite glyphs keep their parts); the others are
emptied, so glyph ids stay those of the font and the file stays small.
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["TrueTypeFont", "FontFormatError"]

_KEEP_TABLES = (b"head", b"hhea", b"maxp", b"hmtx", b"loca", b"glyf", b"cvt ", b"fpgm", b"prep")


class FontFormatError(ValueError):
    """Not a TrueType (glyf-outline) font this module can read."""


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


class TrueTypeFont:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        data = self.path.read_bytes()
        try:
            self._parse(data)
        except (struct.error, KeyError, IndexError) as error:
            raise FontFormatError(f"{path}: not a readable TrueType font ({error})") from None

    def _parse(self, data: bytes) -> None:
        if data[:4] not in (b"\x00\x01\x00\x00", b"true"):
            raise FontFormatError(f"{self.path}: not a TrueType outline font")
        (count,) = struct.unpack(">H", data[4:6])
        self.tables: dict[bytes, bytes] = {}
        for i in range(count):
            tag, _sum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
            self.tables[tag] = data[offset : offset + length]
        head, hhea = self.tables[b"head"], self.tables[b"hhea"]
        self.units = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">4h", head[36:44])
        self.long_loca = struct.unpack(">h", head[50:52])[0] == 1
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        (metrics,) = struct.unpack(">H", hhea[34:36])
        (self.glyph_count,) = struct.unpack(">H", self.tables[b"maxp"][4:6])
        hmtx = self.tables[b"hmtx"]
        advances = [struct.unpack(">H", hmtx[4 * i : 4 * i + 2])[0] for i in range(metrics)]
        self.advances = advances + [advances[-1]] * (self.glyph_count - metrics)
        os2 = self.tables.get(b"OS/2", b"")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent
        self.bold = len(os2) >= 6 and struct.unpack(">H", os2[4:6])[0] >= 600
        self.cmap = self._read_cmap(self.tables[b"cmap"])
        loca = self.tables[b"loca"]
        n = self.glyph_count + 1
        self.offsets = (
            struct.unpack(f">{n}I", loca[: 4 * n])
            if self.long_loca
            else [2 * o for o in struct.unpack(f">{n}H", loca[: 2 * n])]
        )
        if b"glyf" not in self.tables:
            raise FontFormatError(f"{self.path}: no glyf table (CFF fonts are not supported)")

    @staticmethod
    def _read_cmap(cmap: bytes) -> dict[int, int]:
        (count,) = struct.unpack(">H", cmap[2:4])
        subtables = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])
            subtables[(platform, encoding)] = offset
        for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
            if key in subtables:
                offset = subtables[key]
                (fmt,) = struct.unpack(">H", cmap[offset : offset + 2])
                if fmt == 12:
                    return TrueTypeFont._cmap12(cmap, offset)
                if fmt == 4:
                    return TrueTypeFont._cmap4(cmap, offset)
        raise FontFormatError("no Unicode character map")

    @staticmethod
    def _cmap4(cmap: bytes, offset: int) -> dict[int, int]:
        (segments,) = struct.unpack(">H", cmap[offset + 6 : offset + 8])
        segments //= 2
        base = offset + 14
        ends = struct.unpack(f">{segments}H", cmap[base : base + 2 * segments])
        starts = struct.unpack(f">{segments}H", cmap[base + 2 * segments + 2 : base + 4 * segments + 2])
        deltas = struct.unpack(f">{segments}h", cmap[base + 4 * segments + 2 : base + 6 * segments + 2])
        range_base = base + 6 * segments + 2
        ranges = struct.unpack(f">{segments}H", cmap[range_base : range_base + 2 * segments])
        out = {}
        for i in range(segments):
            for code in range(starts[i], ends[i] + 1):
                if code == 0xFFFF:
                    continue
                if ranges[i] == 0:
                    glyph = (code + deltas[i]) & 0xFFFF
                else:
                    at = range_base + 2 * i + ranges[i] + 2 * (code - starts[i])
                    (glyph,) = struct.unpack(">H", cmap[at : at + 2])
                    glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
                if glyph:
                    out[code] = glyph
        return out

    @staticmethod
    def _cmap12(cmap: bytes, offset: int) -> dict[int, int]:
        (groups,) = struct.unpack(">I", cmap[offset + 12 : offset + 16])
        out = {}
        for g in range(groups):
            start, end, glyph = struct.unpack(">III", cmap[offset + 16 + 12 * g : offset + 28 + 12 * g])
            for code in range(start, end + 1):
                out[code] = glyph + code - start
        return out

    # -- use ----------------------------------------------------------------------------------------
    def glyph(self, char: str) -> int:
        return self.cmap.get(ord(char), 0)

    def advance(self, glyph: int) -> float:
        """Advance width in thousandths of the font size (PDF text space units)."""
        return self.advances[glyph] * 1000 / self.units

    def _glyph_data(self, glyph: int) -> bytes:
        return self.tables[b"glyf"][self.offsets[glyph] : self.offsets[glyph + 1]]

    def _with_components(self, glyphs: set[int]) -> set[int]:
        todo, done = list(glyphs | {0}), set()
        while todo:
            g = todo.pop()
            if g in done or g >= self.glyph_count:
                continue
            done.add(g)
            data = self._glyph_data(g)
            if len(data) >= 10 and struct.unpack(">h", data[:2])[0] < 0:
                at = 10
                while True:
                    flags, component = struct.unpack(">HH", data[at : at + 4])
                    todo.append(component)
                    at += 4 + (4 if flags & 0x0001 else 2)
                    at += 2 if flags & 0x0008 else 4 if flags & 0x0040 else 8 if flags & 0x0080 else 0
                    if not flags & 0x0020:
                        break
        return done

    def subset(self, glyphs: set[int]) -> bytes:
        """A TrueType file holding the outlines of ``glyphs`` only (ids unchanged)."""
        keep = self._with_components(glyphs)
        glyf, loca = bytearray(), [0]
        for g in range(self.glyph_count):
            if g in keep:
                glyf += self._glyph_data(g)
                glyf += b"\0" * (-len(glyf) % 4)
            loca.append(len(glyf))
        head = bytearray(self.tables[b"head"])
        head[8:12] = b"\0\0\0\0"  # checkSumAdjustment: not needed inside a PDF
        head[50:52] = struct.pack(">h", 1)
        tables = {tag: self.tables[tag] for tag in _KEEP_TABLES if tag in self.tables}
        tables.update(
            {b"head": bytes(head), b"glyf": bytes(glyf), b"loca": struct.pack(f">{len(loca)}I", *loca)}
        )
        tags = sorted(tables)
        out = bytearray(struct.pack(">IHHHH", 0x00010000, len(tags), 0, 0, 0))
        offset = 12 + 16 * len(tags)
        body = bytearray()
        for tag in tags:
            table = tables[tag]
            out += struct.pack(">4sIII", tag, _checksum(table), offset + len(body), len(table))
            body += table + b"\0" * (-len(table) % 4)
        return bytes(out + body)
