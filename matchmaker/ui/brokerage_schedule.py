"""The schedule as a host reads it: a grid of slots × tables, a colour legend, and the pairs left out.

Each cell holds the two names of the meeting at that table in that slot, coloured by its kind
(mutual *must* … one-sided *would*, :mod:`~matchmaker.ui.meeting_style`); the legend says which
colour is which and how many meetings of each kind the schedule holds. Below, every requested
pair that is not in the schedule, with the core's reason in words (``matchmaker.meetings.why_text``).
Names are user text: table cells are plain text by construction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from matchmaker.ui.meeting_style import KIND_COLOURS, TEXT_COLOUR, kind_colour, kind_text

__all__ = ["ScheduleGrid", "KindLegend", "UnscheduledTable"]


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ScheduleGrid(QTableWidget):
    """Slots down, tables across; a cell per meeting, coloured by its kind."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(120)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_schedule(self, meetings, slots: int, tables: int, name, slot_label) -> None:
        """``name(actor_id)`` and ``slot_label(slot)`` say how people and slots read."""
        self.clear()
        self.setRowCount(slots)
        self.setColumnCount(tables)
        self.setHorizontalHeaderLabels(
            [self.tr("Table %1").replace("%1", str(t)) for t in range(1, tables + 1)]
        )
        self.setVerticalHeaderLabels([slot_label(s) for s in range(1, slots + 1)])
        for m in meetings:
            if not (1 <= m.slot <= slots and 1 <= m.table <= tables):
                continue
            item = _item(f"{name(m.a)}\n{name(m.b)}", kind_text(m.kind))
            item.setBackground(kind_colour(m.kind))
            item.setForeground(TEXT_COLOUR)
            item.setData(Qt.ItemDataRole.UserRole, (m.a, m.b, m.kind))
            self.setItem(m.slot - 1, m.table - 1, item)

    def meeting_at(self, slot: int, table: int) -> tuple[str, str, str] | None:
        item = self.item(slot - 1, table - 1)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class KindLegend(QWidget):
    """A swatch per meeting kind with its label and how many meetings of it the schedule holds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for kind, colour in KIND_COLOURS.items():
            swatch = QFrame(self)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #777;")
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(swatch)
            layout.addWidget(label)
            layout.addSpacing(10)
            self.labels[kind] = label
        layout.addStretch(1)
        self.counts: dict[str, int] = {}
        self.retranslate()

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.retranslate()

    def retranslate(self) -> None:
        for kind, label in self.labels.items():
            label.setText(f"{kind_text(kind)} ({self.counts.get(kind, 0)})")


class UnscheduledTable(QTableWidget):
    """Requested pairs not in the schedule: who asked, whom, the kind of request, and why."""

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Asked"), self.tr("To meet"), self.tr("Request"), self.tr("Why not")]
        )

    def show_pairs(self, unscheduled, name) -> None:
        from matchmaker.meetings import MEETING_KINDS, why_text

        rank = {kind: i for i, kind in enumerate(MEETING_KINDS)}
        pairs = sorted(unscheduled, key=lambda u: (u.why == "declined", rank.get(u.kind, 9), name(u.a)))
        self.setRowCount(len(pairs))
        for row, u in enumerate(pairs):
            why = why_text(u.why)
            for column, text in enumerate((name(u.a), name(u.b), kind_text(u.kind), why)):
                item = _item(text, why if column == 3 else "")
                if column == 2:
                    item.setBackground(kind_colour(u.kind))
                    item.setForeground(TEXT_COLOUR)
                item.setData(Qt.ItemDataRole.UserRole, (u.a, u.b, u.why))
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
