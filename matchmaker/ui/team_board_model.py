"""Item model adapter over a :class:`~matchmaker.ui.team_board.TeamBoard`: teams as rows, members below.

A thin translation (napari's ``_base_item_model``): the board's events become
``beginMoveRows``/``endMoveRows``, ``dataChanged`` and resets. The model never changes the board
itself: a drop or a tick asks for it (``moveRequested``, ``lockRequested``) and the view turns the
request into an undoable command. Each team's list is a ``QListView`` rooted at that team's index.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, Qt, Signal

from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.team_board import TeamBoard

__all__ = ["ACTOR_ROLE", "COVERS_ROLE", "LACKS_ROLE", "SCORE_ROLE", "TeamBoardModel", "MIME_TYPE"]

ACTOR_ROLE = Qt.ItemDataRole.UserRole
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1
COVERS_ROLE = Qt.ItemDataRole.UserRole + 2
LACKS_ROLE = Qt.ItemDataRole.UserRole + 3
MIME_TYPE = "application/x-matchmaker-actor-ids"
_TEAM = 0xFFFFFFFF  # internal id of a team row; a member row carries its team's number


class TeamBoardModel(QAbstractItemModel):
    moveRequested = Signal(str, int, int)  # actor id, team, row (-1: last)
    lockRequested = Signal(str, bool)

    def __init__(self, board: TeamBoard, parent=None):
        super().__init__(parent)
        self.board = board
        board.subscribe(self._board_changed)

    # -- the board's events -------------------------------------------------------------------------
    def _board_changed(self, event: str, *args) -> None:
        if event == "reset":
            self.beginResetModel()
            self.endResetModel()
        elif event == "moving":
            source, source_row, team, row = args
            self.beginMoveRows(self.index(source, 0), source_row, source_row, self.index(team, 0), row)
        elif event == "moved":
            self.endMoveRows()
        elif event == "locked":
            team, row = args
            member = self.index(row, 0, self.index(team, 0))
            self.dataChanged.emit(member, member, [Qt.ItemDataRole.CheckStateRole])
        elif event == "scored" and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    # -- structure ----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TEAM)
        return self.createIndex(row, 0, parent.row())

    def parent(self, index: QModelIndex = QModelIndex()):  # noqa: B008
        if not index.isValid() or index.internalId() == _TEAM:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _TEAM)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        teams = self.board.teams
        if not parent.isValid():
            return len(teams)
        if parent.internalId() == _TEAM and parent.row() < len(teams):
            return len(teams[parent.row()].members)
        return 0

    def columnCount(self, _parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    # -- data ---------------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TEAM:
            team = self.board.teams[index.row()]
            label = self.board.pool.label if self.board.pool else str
            return {
                Qt.ItemDataRole.DisplayRole: f"{team.name} — {team.challenge}"
                if team.challenge
                else team.name,
                SCORE_ROLE: team.score,
                COVERS_ROLE: [label(s) for s in team.covers],
                LACKS_ROLE: [label(s) for s in team.lacks],
            }.get(role)
        team = self.board.teams[int(index.internalId())]
        actor_id = team.members[index.row()]
        if role == ACTOR_ROLE:
            return actor_id
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if actor_id in team.locked else Qt.CheckState.Unchecked
        person = self.board.pool.by_id().get(actor_id) if self.board.pool else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name} · {person.country}" if person else actor_id
        if role == Qt.ItemDataRole.ToolTipRole and person is not None:
            return plain_tooltip("\n".join(sorted(self.board.pool.label(s) for s in person.skills)))
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.internalId() == _TEAM:
            return False
        locked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.lockRequested.emit(index.data(ACTOR_ROLE), locked)
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() == _TEAM:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    # -- drag and drop ------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = [i.data(ACTOR_ROLE) for i in indexes if i.isValid() and i.internalId() != _TEAM]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(ids).encode("utf-8")))
        return data

    def canDropMimeData(self, data, _action, _row, _column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME_TYPE) and parent.isValid()

    def dropMimeData(self, data, action, row, _column, parent) -> bool:  # noqa: N802
        """Ask for the move (the view makes it undoable) and report no drop, so the view that the
        card was dragged from removes nothing: the board moved it already."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE) or not parent.isValid():
            return False
        if parent.internalId() != _TEAM:  # dropped onto a member: in front of it, in its team
            row, parent = parent.row(), parent.parent()
        for actor_id in bytes(data.data(MIME_TYPE)).decode("utf-8").split("\n"):
            if actor_id:
                self.moveRequested.emit(actor_id, parent.row(), row)
        return False
