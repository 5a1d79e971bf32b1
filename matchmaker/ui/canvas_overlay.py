"""What the canvas draws fresh on every paint, over its cached layers: few items, so cheap.

Hover and selection rings, the selected actor's ties, a highlighted path, dashed suggestion
links, labels for the actors in play, and the colour legend. Everything here is positioned
with the *current* view, so it stays put while the cached layers are being previewed
(translated or scaled) during a pan or zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from matchmaker.ui.canvas_render import LABEL_CHARS, Theme, label_rect

__all__ = ["draw_ring", "draw_links", "draw_label", "draw_legend", "legend_rect", "MAX_INCIDENT_EDGES"]

MAX_INCIDENT_EDGES = 3_000


def draw_ring(painter: QPainter, center: QPointF, diameter: float, color: QColor, width: float = 2.5) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color, width))
    radius = diameter / 2 + width / 2 + 1.5
    painter.drawEllipse(center, radius, radius)


def draw_links(
    painter: QPainter, pairs: list[tuple[QPointF, QPointF]], color: QColor, width: float, dashed: bool = False
) -> None:
    if not pairs:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    for a, b in pairs:
        painter.drawLine(a, b)


def draw_label(
    painter: QPainter,
    center: QPointF,
    diameter: float,
    text: str,
    theme: Theme,
    bold: bool = False,
    view_width: float = 1e9,
    avoid: list[QRectF] | None = None,
) -> QRectF:
    """A label to the right of a node on a halo, as plain text (user data is never markup).

    With ``avoid``, the label moves down until it overlaps none of those rectangles (actors drawn
    on top of each other still get a readable label each); its rectangle is returned.
    """
    if len(text) > LABEL_CHARS:
        text = text[: LABEL_CHARS - 1].rstrip() + "…"
    font = painter.font()
    font.setBold(bold)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    w, h = fm.horizontalAdvance(text) + 6, fm.height() + 2
    rect = label_rect(center.x(), center.y(), diameter, w, h, view_width)
    for _attempt in range(len(avoid or ())):
        hit = next((r for r in avoid if r.intersects(rect)), None)
        if hit is None:
            break
        rect.moveTop(hit.bottom() + 1)
    halo = QColor(theme.background)
    halo.setAlpha(225)
    painter.fillRect(rect, halo)
    painter.setPen(theme.ink)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    font.setBold(False)
    painter.setFont(font)
    return rect


def legend_rect(
    font, title: str, entries: list[tuple[str, QColor]], height: int, max_entries: int = 12
) -> QRectF:
    """The box :func:`draw_legend` draws in the bottom-left corner (empty without entries)."""
    if not entries:
        return QRectF()
    shown = entries[:max_entries]
    fm = QFontMetricsF(font)
    line = fm.height() + 3
    rows = len(shown) + (1 if title else 0) + (1 if len(entries) > len(shown) else 0)
    texts = [text for text, _c in shown] + ([title] if title else [])
    width = max(fm.horizontalAdvance(t) for t in texts) + 34
    return QRectF(10, height - 10 - rows * line - 10, width, rows * line + 10)


def draw_legend(
    painter: QPainter,
    title: str,
    entries: list[tuple[str, QColor]],
    theme: Theme,
    height: int,
    max_entries: int = 12,
) -> None:
    """A boxed key in the bottom-left corner: a dot and a name per colour."""
    if not entries:
        return
    shown = entries[:max_entries]
    more = len(entries) - len(shown)
    line = QFontMetricsF(painter.font()).height() + 3
    box = legend_rect(painter.font(), title, entries, height, max_entries)
    width = box.width()
    back = QColor(theme.background)
    back.setAlpha(215)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    border = QColor(theme.ink)
    border.setAlpha(60)
    painter.setPen(QPen(border, 1))
    painter.setBrush(back)
    painter.drawRoundedRect(box, 6, 6)
    y = box.top() + 5
    if title:
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(theme.ink)
        painter.drawText(QRectF(box.left() + 8, y, width - 12, line), Qt.AlignmentFlag.AlignVCenter, title)
        font.setBold(False)
        painter.setFont(font)
        y += line
    for text, color in shown:
        painter.setPen(QPen(color.darker(150), 1))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(box.left() + 14, y + line / 2), 5, 5)
        painter.setPen(theme.ink)
        painter.drawText(QRectF(box.left() + 26, y, width - 30, line), Qt.AlignmentFlag.AlignVCenter, text)
        y += line
    if more:
        painter.setPen(theme.ink)
        painter.drawText(
            QRectF(box.left() + 26, y, width - 30, line), Qt.AlignmentFlag.AlignVCenter, f"+{more} …"
        )
