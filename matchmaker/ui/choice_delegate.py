"""A combo box editor for a table column whose cells hold one code out of a few (a pick, an outcome).

The cell keeps the code under ``role`` (None allowed: "not decided"); the combo shows each code's
words (``text(code)``, translated when the editor opens). Qt cannot find ``None`` among a combo's
item data, so it is stored there as ``""``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

__all__ = ["ChoiceDelegate"]


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(
        self,
        choices: Sequence[str | None],
        text: Callable[[str | None], str],
        role: int = Qt.ItemDataRole.EditRole,
        parent=None,
    ):
        super().__init__(parent)
        self.choices, self.text, self.role = tuple(choices), text, role

    def createEditor(self, parent, _option, _index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for choice in self.choices:
            combo.addItem(self.text(choice), choice or "")
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(self.role) or "")))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData() or None, self.role)
