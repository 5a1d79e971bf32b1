"""A page flow over Qt's PDF writer: headings, wrapped paragraphs, label/value rows and tables that
run on to the next page, in points on A4.

QPdfWriter at 72 dots per inch makes one painter unit one point, so sizes read as in print. Text
is drawn with ``drawText`` (plain text: names from the data are never read as markup), and fonts
come from the system, so Estonian and Ukrainian letters print as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

__all__ = ["PageFlow"]

MARGIN = 48.0
INK = QColor("#1d2733")
MUTED = QColor("#5b6673")
ACCENT = QColor("#1f6fd1")


class PageFlow:
    """Draws downwards from the top margin; :meth:`need` starts a new page when the rest won't fit."""

    def __init__(self, path: str, title: str) -> None:
        self.writer = QPdfWriter(path)
        self.writer.setResolution(72)
        self.writer.setTitle(title)
        self.writer.setCreator("Sandbox Matchmaker")
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
            )
        )
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.writer.pageLayout().fullRectPoints()
        self.width, self.height = rect.width(), rect.height()
        self.left, self.right = MARGIN, self.width - MARGIN
        self.y = MARGIN
        self.page = 1

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def need(self, height: float) -> None:
        if self.y + height > self.height - MARGIN:
            self.writer.newPage()
            self.page += 1
            self.y = MARGIN

    def _text(self, rect: QRectF, text: str, size: float, bold: bool, color: QColor, flags) -> float:
        self.painter.setFont(self.font(size, bold))
        self.painter.setPen(color)
        bound = self.painter.boundingRect(rect, flags, text)
        self.painter.drawText(rect, flags, text)
        return bound.height()

    def measure(self, text: str, width: float, size: float, bold: bool = False) -> float:
        self.painter.setFont(self.font(size, bold))
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 10_000), flags, text).height()

    def title(self, text: str, subtitle: str) -> None:
        self.painter.fillRect(QRectF(0, 0, self.width, 6), ACCENT)
        self.paragraph(text, size=22, bold=True)
        self.paragraph(subtitle, size=10, color=MUTED)
        self.y += 8

    def heading(self, text: str) -> None:
        self.need(110)  # never a heading alone at the foot of a page
        self.y += 10
        self.paragraph(text, size=13, bold=True, color=ACCENT)
        self.painter.setPen(QColor("#c9d3de"))
        self.painter.drawLine(int(self.left), int(self.y), int(self.right), int(self.y))
        self.y += 6

    def paragraph(
        self, text: str, size: float = 10, bold: bool = False, color: QColor = INK, indent: float = 0
    ) -> None:
        width = self.right - self.left - indent
        height = self.measure(text, width, size, bold)
        self.need(height)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        self._text(QRectF(self.left + indent, self.y, width, height + 2), text, size, bold, color, flags)
        self.y += height + 2

    def rows(self, pairs: list[tuple[str, str]], label_width: float = 110) -> None:
        """Label/value lines, the value wrapped beside its label."""
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        width = self.right - self.left - label_width
        for label, value in pairs:
            height = max(self.measure(value, width, 10), self.measure(label, label_width - 8, 9, True))
            self.need(height)
            self._text(QRectF(self.left, self.y + 1, label_width - 8, height), label, 9, True, MUTED, flags)
            self._text(
                QRectF(self.left + label_width, self.y, width, height + 2), value, 10, False, INK, flags
            )
            self.y += height + 3

    def table(self, headers: list[str], rows: list[list[str]], widths: list[float]) -> None:
        """A table whose columns take ``widths`` shares of the line; the header repeats on a new page."""
        total = self.right - self.left
        columns = [w * total for w in widths]
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)

        def line(cells: list[str], bold: bool, shade: bool) -> None:
            height = max(self.measure(c, w - 6, 9, bold) for c, w in zip(cells, columns, strict=True)) + 4
            if self.y + height > self.height - MARGIN and not bold:
                self.need(height + 40)
                line(headers, True, False)
            if shade:
                self.painter.fillRect(QRectF(self.left, self.y, total, height), QColor("#f1f4f8"))
            x = self.left
            for cell, width in zip(cells, columns, strict=True):
                self._text(
                    QRectF(x + 3, self.y + 2, width - 6, height), cell, 9, bold, MUTED if bold else INK, flags
                )
                x += width
            self.y += height

        self.need(40)
        line(headers, True, False)
        for i, row in enumerate(rows):
            line(row, False, i % 2 == 1)
        self.y += 6

    def box(self, height: float) -> QRectF:
        """Room for a drawing ``height`` points tall, on this page or the next."""
        self.need(height)
        rect = QRectF(self.left, self.y, self.right - self.left, height)
        self.y += height + 6
        return rect

    def finish(self) -> None:
        self.painter.end()
