"""A team member's row on the board: the name, and a labelled lock control at the right.

An unlabelled tick box said nothing; the row now ends in a small toggle that reads "Lock" (or
"Locked", highlighted) and is clicked, or toggled with Space, to keep the member in this team
on the next Build. It sets the model's check state, which the view turns into an undoable
command; the delegate holds no state.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

__all__ = ["LockDelegate"]

PADDING = 4


class LockDelegate(QStyledItemDelegate):
    def lock_text(self, locked: bool) -> str:
        return self.tr("Locked") if locked else self.tr("Lock")

    def _lock_rect(self, option: QStyleOptionViewItem, index) -> QRect:
        metrics = option.fontMetrics
        width = max(
            metrics.horizontalAdvance(self.lock_text(True)), metrics.horizontalAdvance(self.lock_text(False))
        )
        width += 4 * PADDING
        rect = option.rect
        return QRect(rect.right() - width - PADDING, rect.top() + 2, width, rect.height() - 4)

    @staticmethod
    def _locked(index) -> bool:
        return index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        option.features &= (
            ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        )  # drawn as a labelled toggle

    def paint(self, painter, option, index) -> None:
        if index.data(Qt.ItemDataRole.CheckStateRole) is None:
            super().paint(painter, option, index)
            return
        lock = self._lock_rect(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.rect = QRect(
            option.rect.left(), option.rect.top(), lock.left() - option.rect.left(), option.rect.height()
        )
        item.textElideMode = Qt.TextElideMode.ElideRight
        style = option.widget.style() if option.widget else QApplication.style()
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        full.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, full, painter, option.widget)  # background
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, option.widget)
        button = QStyleOptionButton()
        button.rect = lock
        button.text = self.lock_text(self._locked(index))
        button.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if self._locked(index) else QStyle.StateFlag.State_Off
        )
        button.state |= (
            QStyle.StateFlag.State_Sunken if self._locked(index) else QStyle.StateFlag.State_Raised
        )
        button.palette = option.palette
        if self._locked(index):
            button.palette.setColor(
                QPalette.ColorRole.Button, option.palette.color(QPalette.ColorRole.Highlight).lighter(170)
            )
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802 - Qt API
        if not (index.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            if not self._lock_rect(option, index).contains(event.position().toPoint()):
                return False
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            # a press on the toggle must not start a drag or a selection change
            return self._lock_rect(option, index).contains(event.position().toPoint())
        elif kind == QEvent.Type.KeyPress:
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        new = Qt.CheckState.Unchecked if self._locked(index) else Qt.CheckState.Checked
        return model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)
