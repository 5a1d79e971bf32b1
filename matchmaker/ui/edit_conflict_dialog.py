"""Two people saved the same actor: show both versions side by side and let the user choose.

A save names the version of the actor it loaded; when someone else (another laptop on the
shared server, a command) saved it since, the core refuses with
:class:`~matchmaker.edit_conflict.EditConflictError` carrying *yours* (what this save tried to
write) and *theirs* (what is stored now), per field. Nothing is overwritten silently: this
dialog lists each field with both values, and the user either **keeps theirs** (saves again,
now naming the stored version, so it goes through) or **takes the saved one** (nothing is
written; the profile already shows what is stored).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

__all__ = ["EditConflictDialog", "conflict_rows"]


def _value_text(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def conflict_rows(error, field_label, skill_label) -> list[tuple[str, str, str]]:
    """(field, yours, saved) for each field of the refused save, as a reader says them.

    Offers and needs come as ``{skill_id: weight or None}``: one row per skill, "offered" (with its
    weight when not 1) or "—" (not there).
    """
    rows = []
    for key, mine in error.yours.items():
        theirs = error.theirs.get(key)
        if key in ("offers", "needs"):
            for skill, weight in mine.items():
                stored = (theirs or {}).get(skill)
                rows.append(
                    (
                        f"{field_label(key)}: {skill_label(skill)}",
                        _skill_text(weight),
                        _skill_text(stored),
                    )
                )
        else:
            rows.append((field_label(key), _value_text(mine), _value_text(theirs)))
    return rows


def _skill_text(weight) -> str:
    if weight is None:
        return "—"
    return "✓" if weight == 1 else f"✓ ({weight:g})"


class EditConflictDialog(QDialog):
    """Field | yours | saved; *Keep mine* (accepted) or *Take the saved one* (rejected)."""

    def __init__(self, error, field_label, skill_label, parent=None):
        super().__init__(parent)
        self.error = error
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.rows = conflict_rows(error, field_label, skill_label)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)  # user text: a table item is plain text
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self)
        self.take_button = QPushButton(self)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.take_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 260)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.setWindowTitle(self.tr("Someone else saved this actor"))
        self.intro.setText(
            self.tr(
                "%1 was saved by someone else after you opened it (version %2; you started from version %3). "
                "Your change was not saved. Compare both versions and choose."
            )
            .replace("%1", self.error.saved.name)
            .replace("%2", str(self.error.saved_version))
            .replace("%3", str(self.error.loaded_version))
        )
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Saved")])
        self.keep_button.setText(self.tr("Keep mine"))
        self.take_button.setText(self.tr("Take the saved one"))

    def yours(self) -> list[str]:
        return [row[1] for row in self.rows]

    def saved(self) -> list[str]:
        return [row[2] for row in self.rows]
