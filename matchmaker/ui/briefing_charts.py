"""The drawings in a briefing: a neighbourhood, a line over the years, horizontal bars.

Each draws into a rectangle of a :class:`~matchmaker.ui.briefing_page.PageFlow` with the colours
of the canvas (:mod:`matchmaker.graph.palette`), so the paper looks like the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from matchmaker.graph.palette import COUNTRY_HEX, NEUTRAL_HEX

__all__ = ["draw_bars", "draw_line", "draw_neighbourhood"]

GRID = QColor("#d5dce4")
LABEL = QColor("#4a5562")


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _country(code: str) -> QColor:
    return QColor(COUNTRY_HEX.get(code, NEUTRAL_HEX))


def draw_neighbourhood(p: QPainter, rect: QRectF, drawing, centre: str) -> None:
    """The actor in the middle, its neighbours around it; cross-border ties drawn stronger."""
    inner = rect.adjusted(70, 16, -70, -34)  # room for the names under the lowest dots

    def at(x: float, y: float) -> QPointF:
        return QPointF(inner.left() + x * inner.width(), inner.top() + y * inner.height())

    where = {n: at(x, y) for n, _name, _c, x, y in drawing.nodes}
    p.setPen(QPen(QColor("#e1e6ec"), 0.8))
    p.setBrush(QColor("#fafbfc"))
    p.drawRoundedRect(rect, 6, 6)
    for u, v, crosses in drawing.edges:
        p.setPen(QPen(QColor("#b8860b") if crosses else QColor("#9aa5b1"), 1.6 if crosses else 0.8))
        p.drawLine(where[u], where[v])
    p.setFont(_font(7.5))
    for n, name, country, _x, _y in drawing.nodes:
        radius = 9.0 if n == centre else 5.5
        colour = _country(country)
        p.setPen(QPen(colour.darker(140), 1.0))
        p.setBrush(colour)
        p.drawEllipse(where[n], radius, radius)
        p.setPen(LABEL if n != centre else QColor("#111111"))
        p.setFont(_font(8.5 if n == centre else 7.5, n == centre))
        box = QRectF(where[n].x() - 70, where[n].y() + radius + 1, 140, 22)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        p.fillRect(
            p.boundingRect(box, flags, name).adjusted(-1, 0, 1, 0), QColor(250, 251, 252, 215)
        )  # a halo
        p.drawText(box, flags, name)


def draw_line(
    p: QPainter, rect: QRectF, series: list[tuple[str, dict[int, float], QColor]], caption: str
) -> None:
    """Shares (0–1) by year, one line per series, with a legend and a 0–100 % axis."""
    plot = rect.adjusted(36, 22, -12, -24)
    years = sorted({y for _n, values, _c in series for y in values})
    p.setFont(_font(8))
    p.setPen(LABEL)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 16), int(Qt.AlignmentFlag.AlignLeft), caption)
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        y = plot.bottom() - tick * plot.height()
        p.setPen(QPen(GRID, 0.6))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(LABEL)
        p.drawText(QRectF(rect.left(), y - 6, 32, 12), int(Qt.AlignmentFlag.AlignRight), f"{tick:.0%}")
    if not years:
        return
    span = max(len(years) - 1, 1)

    def point(year: int, share: float) -> QPointF:
        return QPointF(
            plot.left() + years.index(year) / span * plot.width(), plot.bottom() - share * plot.height()
        )

    step = max(1, len(years) // 10)
    for year in years[::step]:
        p.drawText(
            QRectF(point(year, 0).x() - 20, plot.bottom() + 4, 40, 12),
            int(Qt.AlignmentFlag.AlignHCenter),
            str(year),
        )
    for i, (name, values, colour) in enumerate(series):
        path = QPainterPath()
        for j, year in enumerate(y for y in years if y in values):
            (path.moveTo if j == 0 else path.lineTo)(point(year, values[year]))
        p.setPen(QPen(colour, 1.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setBrush(colour)
        for year, share in values.items():
            p.drawEllipse(point(year, share), 2.0, 2.0)
        legend = QRectF(plot.left() + 8 + i * 170, plot.top() - 2, 160, 12)
        p.fillRect(QRectF(legend.left(), legend.top() + 4, 12, 3), colour)
        p.setPen(LABEL)
        p.drawText(legend.adjusted(16, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft), name)


def draw_bars(p: QPainter, rect: QRectF, bars: list[tuple[str, float, str, QColor]], caption: str) -> None:
    """Horizontal bars: label, value (bar length against the largest), the value as text, colour."""
    p.setFont(_font(8))
    p.setPen(LABEL)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 16), int(Qt.AlignmentFlag.AlignLeft), caption)
    if not bars:
        return
    label_width = rect.width() * 0.42
    top = rect.top() + 18
    row = min(18.0, (rect.height() - 18) / len(bars))
    most = max(v for _l, v, _t, _c in bars) or 1.0
    for i, (label, value, text, colour) in enumerate(bars):
        y = top + i * row
        p.setPen(LABEL)
        p.drawText(
            QRectF(rect.left(), y, label_width - 6, row),
            int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter),
            p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6)),
        )
        length = (rect.width() - label_width - 50) * value / most
        p.fillRect(QRectF(rect.left() + label_width, y + row * 0.2, max(length, 1.0), row * 0.6), colour)
        p.drawText(
            QRectF(rect.left() + label_width + length + 4, y, 46, row),
            int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )
