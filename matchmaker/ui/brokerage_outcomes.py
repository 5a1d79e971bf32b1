"""After the forum: what came of each meeting, entered in bulk, then recorded in one go.

One row per scheduled meeting with an *Outcome* cell (—, met, agreement, no follow-up,
no-show). Select many rows and press a button to set them all; or read the venue sheet back
with its ``outcome`` column filled in (:func:`matchmaker.meetings.outcomes.read_outcomes`).
Nothing is stored until *Record outcomes*: the view then writes the outcomes and the
recommender decisions they imply (``met`` → met, ``agreement`` → agreement, ``no-follow-up`` →
declined) in one transaction through the session's door, and the recommender learns from them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.choice_delegate import ChoiceDelegate
from matchmaker.ui.meeting_style import OUTCOME_CHOICES, TEXT_COLOUR, kind_colour, kind_text, outcome_text

__all__ = ["OutcomesPanel", "OUTCOME_ROLE"]

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 2
OUTCOME_COLUMN = 4


class OutcomesPanel(QWidget):
    recordRequested = Signal(object)  # noqa: N815 - {(a, b): outcome} of the rows with an outcome
    importRequested = Signal()  # noqa: N815

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(
            OUTCOME_COLUMN, ChoiceDelegate(OUTCOME_CHOICES, outcome_text, OUTCOME_ROLE, self.table)
        )
        self.table.itemChanged.connect(self._item_changed)
        self.bulk = {choice: QPushButton(self) for choice in ("met", "agreement", "no-follow-up", "no-show")}
        for choice, button in self.bulk.items():
            button.clicked.connect(lambda _=False, c=choice: self.set_selected(c))
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.importRequested)
        self.record_button = QPushButton(self)
        self.record_button.clicked.connect(lambda: self.recordRequested.emit(self.entered()))
        self.set_label = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_label)
        for button in self.bulk.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.stored: dict[tuple[str, str], str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Slot"),
                self.tr("Participant"),
                self.tr("Participant"),
                self.tr("Kind"),
                self.tr("Outcome"),
            ]
        )
        self.set_label.setText(self.tr("Selected meetings:"))
        for choice, button in self.bulk.items():
            button.setText(outcome_text(choice))
        self.import_button.setText(self.tr("Read venue sheet…"))
        self.record_button.setText(self.tr("Record outcomes"))
        self.hint.setText(
            self.tr(
                "After the forum: what came of each meeting. Met and agreement teach the recommender "
                "that the pair was worth suggesting; no follow-up that it was not."
            )
        )
        for row in range(self.table.rowCount()):
            item = self.table.item(row, OUTCOME_COLUMN)
            item.setText(outcome_text(item.data(OUTCOME_ROLE)))

    def show_meetings(self, meetings, outcomes: dict, name) -> None:
        """The plan's meetings with the outcomes stored so far (``outcomes``: (a, b) -> outcome)."""
        self.stored = dict(outcomes)
        self.table.blockSignals(True)
        self.table.setRowCount(len(meetings))
        for row, m in enumerate(sorted(meetings, key=lambda m: (m.slot, m.table))):
            cells = (str(m.slot), name(m.a), name(m.b), kind_text(m.kind))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 3:
                    item.setBackground(kind_colour(m.kind))
                    item.setForeground(TEXT_COLOUR)
                self.table.setItem(row, column, item)
            outcome = outcomes.get((m.a, m.b))
            item = QTableWidgetItem(outcome_text(outcome))
            item.setData(OUTCOME_ROLE, outcome)
            item.setData(Qt.ItemDataRole.UserRole, (m.a, m.b))
            self.table.setItem(row, OUTCOME_COLUMN, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(OUTCOME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == OUTCOME_COLUMN:
            text = outcome_text(item.data(OUTCOME_ROLE))
            if item.text() != text:
                self.table.blockSignals(True)
                item.setText(text)
                self.table.blockSignals(False)
            self._update_buttons()

    def set_outcome(self, a: str, b: str, outcome: str | None) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, OUTCOME_COLUMN)
            if item.data(Qt.ItemDataRole.UserRole) in ((a, b), (b, a)):
                item.setData(OUTCOME_ROLE, outcome)

    def set_selected(self, outcome: str | None) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        for row in sorted(rows):
            self.table.item(row, OUTCOME_COLUMN).setData(OUTCOME_ROLE, outcome)

    def entered(self) -> dict[tuple[str, str], str]:
        out = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, OUTCOME_COLUMN)
            if item.data(OUTCOME_ROLE):
                out[tuple(item.data(Qt.ItemDataRole.UserRole))] = item.data(OUTCOME_ROLE)
        return out

    def unsaved(self) -> bool:
        return self.entered() != {k: v for k, v in self.stored.items() if v}

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.unsaved())
