"""Item model adapter: the network's actors as rows of a table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from matchmaker.records import ActorRecord

__all__ = ["ActorTableModel"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActorTableModel", text)


class ActorTableModel(QAbstractTableModel):
    COLUMNS = ("name", "native_name", "kind", "country", "city")

    def __init__(self, actors: list[ActorRecord] | None = None, parent=None):
        super().__init__(parent)
        self._actors = list(actors or [])
        self._headers = (_tr("Name"), _tr("Native name"), _tr("Kind"), _tr("Country"), _tr("City"))

    def set_actors(self, actors: list[ActorRecord]) -> None:
        self.beginResetModel()
        self._actors = list(actors)
        self.endResetModel()

    def actor(self, row: int) -> ActorRecord:
        return self._actors[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actors)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return getattr(self._actors[index.row()], self.COLUMNS[index.column()]) or ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
