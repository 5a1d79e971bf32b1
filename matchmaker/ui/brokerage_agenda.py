"""One participant's agenda as it will print, their presence, and "this person cancelled".

The rows are the printed agenda's (:func:`matchmaker.meetings.agendas.agenda_rows`): each slot's
time, table, whom and why, a colleague's meeting they may join, free, or not present. Below,
the slots the person attends (``1-4, 7``; empty: throughout; ``none``: not at the brokerage)
and *Cancelled from slot S*: the person is absent from S on and the fast heuristic repairs the
saved schedule at once, keeping every other meeting where it is. The panel only asks; the
view writes through the session's door.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.meeting_style import TEXT_COLOUR

__all__ = ["AgendaPanel", "slots_text"]


def slots_text(slots: frozenset[int] | None) -> str:
    """``{1, 2, 3, 7}`` -> ``1-3, 7``; None (throughout) -> ``""``; empty -> ``none``."""
    if slots is None:
        return ""
    if not slots:
        return "none"
    parts, ordered = [], sorted(slots)
    first = last = ordered[0]
    for s in ordered[1:] + [None]:
        if s is not None and s == last + 1:
            last = s
            continue
        parts.append(str(first) if first == last else f"{first}-{last}")
        if s is not None:
            first = last = s
    return ", ".join(parts)


class AgendaPanel(QWidget):
    presenceRequested = Signal(str, object)  # noqa: N815 - actor, frozenset of slots or None
    cancelRequested = Signal(str, int)  # noqa: N815 - actor, absent from this slot on
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.person = QComboBox(self)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.currentIndexChanged.connect(lambda _i: self._show())
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.presence = QLineEdit(self)
        self.apply_presence = QPushButton(self)
        self.apply_presence.clicked.connect(self._presence)
        self.from_slot = QSpinBox(self)
        self.from_slot.setMinimum(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancelled)
        self.person_label, self.presence_label = QLabel(self), QLabel(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.person_label)
        top.addWidget(self.person)
        top.addWidget(self.summary, 1)
        presence = QHBoxLayout()
        presence.addWidget(self.presence_label)
        presence.addWidget(self.presence, 1)
        presence.addWidget(self.apply_presence)
        presence.addSpacing(20)
        presence.addWidget(self.cancel_button)
        presence.addWidget(self.from_slot)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(presence)
        self.programme = None
        self.availability: dict[str, frozenset[int]] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.person_label.setText(self.tr("Agenda of"))
        self.presence_label.setText(self.tr("Present in slots"))
        self.presence.setPlaceholderText(self.tr("all (e.g. 1-4, 7; none)"))
        self.apply_presence.setText(self.tr("Set presence"))
        self.cancel_button.setText(self.tr("Cancelled from slot"))
        self.cancel_button.setToolTip(
            self.tr("Absent from this slot on: the schedule is repaired at once, other meetings stay put")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Slot"), self.tr("Table"), self.tr("With"), self.tr("Why")]
        )
        self._show()

    def set_people(self, people: dict) -> None:
        """``people``: id -> ActorRecord, in the forum's order; the chosen person is kept when still there."""
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for actor_id, person in sorted(people.items(), key=lambda kv: kv[1].name.casefold()):
            self.person.addItem(f"{person.name} ({person.country})", actor_id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    def set_programme(self, programme, availability: dict) -> None:
        """The plan to preview (:class:`~matchmaker.meetings.agendas.Programme`), or None."""
        self.programme, self.availability = programme, availability
        self.from_slot.setMaximum(max(1, programme.slots if programme else 1))
        self._show()

    def select(self, actor_id: str) -> None:
        self.person.setCurrentIndex(self.person.findData(actor_id))

    def current(self) -> str | None:
        return self.person.currentData()

    def rows(self) -> list[tuple]:
        from matchmaker.meetings.agendas import agenda_rows

        actor = self.current()
        if self.programme is None or actor is None:
            return []
        return agenda_rows(self.programme, actor)

    def _show(self) -> None:
        actor = self.current()
        self.presence.setText(slots_text(self.availability.get(actor)) if actor else "")
        rows = self.rows()
        self.table.setRowCount(len(rows))
        meetings = 0
        for r, (slot, time, table, whom, why, is_meeting) in enumerate(rows):
            meetings += is_meeting
            for c, text in enumerate((f"{slot}  {time}".strip(), table, whom, why)):
                item = QTableWidgetItem(text)
                if is_meeting:
                    item.setBackground(self.palette().highlight().color().lighter(170))
                    item.setForeground(TEXT_COLOUR)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self.tr("%n meeting(s)", "", meetings) if self.programme and actor else "")
        enabled = actor is not None
        for widget in (self.apply_presence, self.presence, self.cancel_button, self.from_slot):
            widget.setEnabled(enabled)
        self.cancel_button.setEnabled(enabled and self.programme is not None)

    def _presence(self) -> None:
        from matchmaker.meetings.availability_file import parse_slots

        actor = self.current()
        if actor is None:
            return
        slots = self.programme.slots if self.programme else 99
        try:
            present = parse_slots(self.presence.text(), slots)
        except ValueError as error:
            self.failed.emit(str(error))
            return
        self.presenceRequested.emit(actor, present)

    def _cancelled(self) -> None:
        actor = self.current()
        if actor is not None and self.programme is not None:
            self.cancelRequested.emit(actor, self.from_slot.value())
