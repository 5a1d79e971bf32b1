"""The dialog a snapshot merge opens when both laptops changed the same fields: one row per field,
both values side by side, and a choice per row (keep mine / take theirs).

Values are the user's data: every cell is a plain-text item. The dialog only collects the choices;
:mod:`matchmaker.ui.snapshot_actions` runs the merge with them through the session.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

__all__ = ["MergeConflictsDialog"]


def _shown(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return "; ".join(map(str, value)) or "—"
    return str(value)


class MergeConflictsDialog(QDialog):
    """``choices()`` gives ``{conflict.ident: "ours" | "theirs"}`` once accepted."""

    def __init__(self, conflicts: list, names: dict[str, str], field_label, parent=None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.setWindowTitle(self.tr("Merge snapshot: fields changed on both sides"))
        self.setMinimumSize(720, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%n field(s) were changed both here and in the snapshot since the two copies last met. "
                "Choose which value to keep; nothing is written until you press Merge.",
                "",
                len(conflicts),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(conflicts), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Here"),
                self.tr("In the snapshot"),
                self.tr("Keep"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.boxes: list[QComboBox] = []
        for row, c in enumerate(conflicts):
            record = (
                names.get(c.key, c.key)
                if c.entity == "actor"
                else " → ".join(names.get(k, k) for k in c.key[:2])
            )
            cells = [record, field_label(c.field), _shown(c.ours.value), _shown(c.theirs.value)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text, whatever the data holds
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            box = QComboBox()
            box.addItem(self.tr("Here"), "ours")
            box.addItem(self.tr("Snapshot"), "theirs")
            box.setCurrentIndex(1 if c.theirs.clock.order() > c.ours.clock.order() else 0)  # the later change
            self.table.setCellWidget(row, 4, box)
            self.boxes.append(box)
        layout.addWidget(self.table)
        quick = QHBoxLayout()
        for text, choice in (
            (self.tr("Keep all here"), "ours"),
            (self.tr("Take all from the snapshot"), "theirs"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=choice: self.choose_all(c))
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_all(self, choice: str) -> None:
        for box in self.boxes:
            box.setCurrentIndex(box.findData(choice))

    def choices(self) -> dict[tuple, str]:
        return {c.ident: box.currentData() for c, box in zip(self.conflicts, self.boxes, strict=True)}
