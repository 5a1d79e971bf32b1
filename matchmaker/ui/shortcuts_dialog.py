"""Help ▸ Keyboard shortcuts: every key the app answers, in one table.

The window's own actions are read from their shortcuts (so the list cannot drift from what the
keys do); the keys handled inside views (the map's, the directory's) are listed beside them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ShortcutsDialog", "VIEW_KEYS_HELP"]

#: Keys a view handles itself: (keys, what they do).
VIEW_KEYS_HELP = (
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Directory: open the selected actor's profile")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Directory: clear the search; map: clear the selection")),
    ("+ / -", QT_TRANSLATE_NOOP("ShortcutsDialog", "Map: zoom in / out")),
    ("0", QT_TRANSLATE_NOOP("ShortcutsDialog", "Map: fit the whole network")),
    ("← ↑ → ↓", QT_TRANSLATE_NOOP("ShortcutsDialog", "Map: pan")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Map: open the selected actor's profile")),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    """A two-column table: keys, and what they do."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = []
        for action in actions:
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and action.text():
                rows.append((", ".join(keys), _plain(action.text()).rstrip("…")))
        rows += [(keys, QCoreApplication.translate("ShortcutsDialog", text)) for keys, text in VIEW_KEYS_HELP]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())
        ]
