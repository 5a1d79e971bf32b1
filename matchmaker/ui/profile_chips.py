"""Skill chips for the profile: a wrapping row of labelled chips with a remove button each,
and an entry with a completer over the taxonomy's labels in all three languages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.records import SkillRecord
from matchmaker.ui.plain_tooltip import plain_tooltip

__all__ = ["FlowLayout", "SkillChip", "SkillChipBox", "skill_completer_labels"]


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to a new line when the row is full (Qt's flow layout example)."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class SkillChip(QFrame):
    """One offer or need: its label in the current language, and × to remove it."""

    removeRequested = Signal(str)

    def __init__(self, skill_id: str, label: str, color: QColor, tooltip: str = "", parent=None):
        super().__init__(parent)
        self.skill_id = skill_id
        self.setObjectName("chip")
        self.setStyleSheet(f"#chip {{ background: {color.name()}; border-radius: 10px; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.setSpacing(2)
        self.label = QLabel(label, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(plain_tooltip(tooltip))
        remove = QToolButton(self)
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(plain_tooltip(self.tr("Remove %1").replace("%1", label)))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", label))
        remove.clicked.connect(lambda: self.removeRequested.emit(self.skill_id))
        layout.addWidget(self.label)
        layout.addWidget(remove)


def skill_completer_labels(skills: dict[str, SkillRecord]) -> list[str]:
    """Every preferred label in English, Estonian and Ukrainian, once each, sorted."""
    labels = {
        label
        for s in skills.values()
        if s.source != "tag"
        for label in (s.label_en, s.label_et, s.label_uk)
        if label
    }
    return sorted(labels, key=str.casefold)


class SkillChipBox(QWidget):
    """A titled set of chips plus an entry to add a skill by any of its labels."""

    addRequested = Signal(str)  # the text typed or picked
    removeRequested = Signal(str)  # a skill id

    def __init__(self, color_key: str, parent=None):
        super().__init__(parent)
        self.color_key = color_key
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.chips_host = QWidget(self)
        self.flow = FlowLayout(self.chips_host)
        self.entry = QLineEdit(self)
        self.completer = QCompleter(QStringListModel(self), self.entry)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.entry.setCompleter(self.completer)
        self.entry.returnPressed.connect(self._submit)
        self.completer.activated.connect(self._picked)
        self.empty = QLabel(self)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.chips_host)
        layout.addWidget(self.entry)
        self.retranslateUi()

    def set_title(self, title: str) -> None:
        self.title.setText(title)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.entry.setPlaceholderText(self.tr("Add a skill (English, eesti, українська)…"))
        self.empty.setText(self.tr("none yet"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_labels(self, labels: list[str]) -> None:
        self.completer.model().setStringList(labels)

    def set_chips(self, chips: list[tuple[str, str, str]], color: QColor) -> None:
        """``chips``: (skill id, label, tooltip) in display order."""
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for skill_id, label, tooltip in chips:
            chip = SkillChip(skill_id, label, color, tooltip, self.chips_host)
            chip.removeRequested.connect(self.removeRequested)
            self.flow.addWidget(chip)
        self.empty.setVisible(not chips)
        self.chips_host.updateGeometry()

    def chip_labels(self) -> list[str]:
        return [self.flow.itemAt(i).widget().label.text() for i in range(self.flow.count())]

    def _picked(self, text: str) -> None:
        self.entry.setText(text)
        self._submit()

    def _submit(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.addRequested.emit(text)
            self.entry.clear()
