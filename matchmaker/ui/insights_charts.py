"""Small QPainter charts (PySide6-Essentials ships no QtCharts): horizontal bars, grouped bars, a line.

Each chart takes plain numbers and labels, draws itself with the palette's colours, and
reports ``is_empty()`` so a view can say "no data" instead of a blank frame. Labels too long for
their room are shortened in the middle ("Sandbox Annu…orum 2025"), where names differ least, and
hovering one shows it in full (as plain text: names are user data). Every bar carries its value.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from matchmaker.locale_format import local_number, percent
from matchmaker.ui.plain_tooltip import plain_tooltip

__all__ = ["BarChart", "GroupedBarChart", "LineChart"]

_PADDING = 10


class _Chart(QWidget):
    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.empty_text = ""  # what an empty chart says; "No data yet" unless its view says otherwise
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self._shortened: list[tuple[QRectF, str]] = []  # where a label was drawn shortened, and its full text

    def _label(self, painter: QPainter, fm: QFontMetrics, rect: QRectF, text: str, align) -> None:
        """Draw ``text`` in ``rect``, shortened in the middle if need be (hovering shows it whole)."""
        shown = fm.elidedText(text, Qt.TextElideMode.ElideMiddle, max(int(rect.width()), 0))
        if shown != text:
            self._shortened.append((QRectF(rect), text))
        painter.drawText(rect, align, shown)

    def full_label_at(self, x: float, y: float) -> str:
        """The full text of the shortened label at ``(x, y)`` ("" if none is there)."""
        return next((text for rect, text in self._shortened if rect.contains(QPointF(x, y))), "")

    def shortened_labels(self) -> list[str]:
        return [text for _rect, text in self._shortened]

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.full_label_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def set_title(self, title: str) -> None:
        self.title = title
        self.update()

    def shown_text(self) -> list[str]:
        """The words the chart paints besides its data: its title, and what it says while empty."""
        return [t for t in (self.title, self._empty_text() if self.is_empty() else "") if t]

    def _empty_text(self) -> str:
        return self.empty_text or self.tr("No data yet")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 260)

    def is_empty(self) -> bool:
        raise NotImplementedError

    def _text_color(self, faded: bool = False) -> QColor:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        if faded:
            color.setAlpha(150)
        return color

    def paintEvent(self, _event) -> None:  # noqa: N802
        self._shortened = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        fm = QFontMetrics(self.font())
        top = _PADDING
        if self.title:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(self._text_color())
            painter.drawText(
                QRectF(_PADDING, top, self.width() - 2 * _PADDING, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.title,
            )
            font.setBold(False)
            painter.setFont(font)
            top += fm.height() + 6
        area = QRectF(_PADDING, top, self.width() - 2 * _PADDING, self.height() - top - _PADDING)
        if self.is_empty():
            painter.setPen(self._text_color(faded=True))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty_text())
        else:
            self.draw(painter, area, fm)
        painter.end()

    def draw(self, painter: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        raise NotImplementedError


class BarChart(_Chart):
    """Horizontal bars, one per label; negative values extend left of the zero line."""

    def __init__(self, title: str = "", parent=None, value_format: str = "{:g}"):
        super().__init__(title, parent)
        self.items: list[tuple[str, float, QColor | None]] = []
        self.value_format = value_format

    def set_items(self, items: list[tuple[str, float]] | list[tuple[str, float, QColor]]) -> None:
        self.items = [(label, float(value), extra[0] if extra else None) for label, value, *extra in items]
        self.update()

    def is_empty(self) -> bool:
        return not self.items

    def draw(self, painter: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        label_w = min(
            area.width() * 0.55, max(fm.horizontalAdvance(label) for label, _v, _c in self.items) + 14
        )
        value_w = (
            max(fm.horizontalAdvance(local_number(self.value_format.format(v))) for _l, v, _c in self.items)
            + 8
        )
        low = min(0.0, *(v for _l, v, _c in self.items))
        high = max(0.0, *(v for _l, v, _c in self.items)) or 1.0
        span = (high - low) or 1.0
        bars_x, bars_w = area.left() + label_w, area.width() - label_w - value_w
        zero_x = bars_x + bars_w * (-low / span)
        row_h = min(26.0, area.height() / len(self.items))
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        for i, (label, value, color) in enumerate(self.items):
            y = area.top() + i * row_h
            painter.setPen(self._text_color())
            self._label(
                painter,
                fm,
                QRectF(area.left(), y, label_w - 8, row_h),
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            x0, x1 = sorted((zero_x, zero_x + bars_w * value / span))
            painter.fillRect(QRectF(x0, y + row_h * 0.18, max(1.0, x1 - x0), row_h * 0.64), color or accent)
            painter.drawText(
                QRectF(max(x1, zero_x) + 4, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                local_number(self.value_format.format(value)),
            )
        painter.setPen(QPen(self._text_color(faded=True), 1))
        painter.drawLine(QPointF(zero_x, area.top()), QPointF(zero_x, area.top() + row_h * len(self.items)))


class GroupedBarChart(_Chart):
    """Horizontal bars per category, one coloured bar per series (e.g. sectors × country)."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(title, parent)
        self.categories: list[str] = []
        self.series: list[tuple[str, QColor, list[float]]] = []

    def set_data(self, categories: list[str], series: list[tuple[str, QColor, list[float]]]) -> None:
        self.categories, self.series = categories, series
        self.update()

    def is_empty(self) -> bool:
        return not self.categories or not self.series

    def draw(self, painter: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        legend_h = fm.height() + 6
        x = area.left()
        for name, color, _values in self.series:
            painter.fillRect(QRectF(x, area.top() + 3, 12, 12), color)
            painter.setPen(self._text_color())
            painter.drawText(QPointF(x + 16, area.top() + fm.ascent() + 2), name)
            x += 16 + fm.horizontalAdvance(name) + 16
        area = area.adjusted(0, legend_h, 0, 0)
        label_w = min(area.width() * 0.4, max(fm.horizontalAdvance(c) for c in self.categories) + 14)
        high = max((v for _n, _c, values in self.series for v in values), default=1.0) or 1.0
        widest = max(
            fm.horizontalAdvance(" / ".join(f"{values[i]:g}" for _n, _c, values in self.series))
            for i in range(len(self.categories))
        )
        bars_w = area.width() - label_w - widest - 12
        row_h = area.height() / len(self.categories)
        bar_h = max(2.0, row_h * 0.8 / len(self.series))
        for i, category in enumerate(self.categories):
            y = area.top() + i * row_h
            painter.setPen(self._text_color())
            self._label(
                painter,
                fm,
                QRectF(area.left(), y, label_w - 8, row_h),
                category,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            roomy = bar_h >= fm.height() - 2
            right = area.left() + label_w
            for j, (_name, color, values) in enumerate(self.series):
                width = bars_w * values[i] / high
                bar = QRectF(area.left() + label_w, y + row_h * 0.1 + j * bar_h, max(1.0, width), bar_h - 1)
                painter.fillRect(bar, color)
                right = max(right, bar.right())
                if roomy:
                    painter.drawText(
                        QPointF(bar.right() + 4, bar.center().y() + fm.ascent() / 2 - 1),
                        local_number(f"{values[i]:g}"),
                    )
            if not roomy:  # bars too thin for a number each: the row's values side by side, in series order
                painter.drawText(
                    QRectF(right + 4, y, area.right() - right - 4, row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    " / ".join(f"{values[i]:g}" for _n, _c, values in self.series),
                )


class LineChart(_Chart):
    """One or more series over shared x labels (years, events), values in [0, 1] shown as percent."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(title, parent)
        self.x_labels: list[str] = []
        self.series: list[tuple[str, QColor, list[float | None]]] = []

    def set_data(self, x_labels: list[str], series: list[tuple[str, QColor, list[float | None]]]) -> None:
        self.x_labels, self.series = x_labels, series
        self.update()

    def is_empty(self) -> bool:
        return not self.x_labels or not any(v is not None for _n, _c, values in self.series for v in values)

    def draw(self, painter: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        axis_w = fm.horizontalAdvance("100%") + 8
        plot = QRectF(
            area.left() + axis_w,
            area.top() + 4,
            area.width() - axis_w - 8,
            area.height() - 2 * fm.height() - 12,
        )
        faded = self._text_color(faded=True)
        for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - tick * plot.height()
            painter.setPen(QPen(faded, 0.5, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(faded)
            painter.drawText(
                QRectF(area.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                percent(tick),
            )
        n = len(self.x_labels)
        step = plot.width() / max(1, n - 1)

        def x_of(i: int) -> float:
            return plot.left() + (i * step if n > 1 else plot.width() / 2)

        every = max(1, int(n / max(1, plot.width() / (fm.horizontalAdvance("2026") + 16))) + 1)
        painter.setPen(self._text_color())
        for i, label in enumerate(self.x_labels):
            if i % every == 0 or i == n - 1:
                painter.drawText(
                    QRectF(x_of(i) - 40, plot.bottom() + 4, 80, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
        legend_y = plot.bottom() + fm.height() + 8
        legend_x = plot.left()
        for name, color, values in self.series:
            path, started = QPainterPath(), False
            for i, value in enumerate(values):
                if value is None:
                    started = False
                    continue
                point = QPointF(x_of(i), plot.bottom() - value * plot.height())
                path.lineTo(point) if started else path.moveTo(point)
                started = True
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawEllipse(point, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(color, 2))
            painter.drawPath(path)
            painter.fillRect(QRectF(legend_x, legend_y + 2, 12, 12), color)
            painter.setPen(self._text_color())
            painter.drawText(QPointF(legend_x + 16, legend_y + fm.ascent()), name)
            legend_x += 16 + fm.horizontalAdvance(name) + 16
