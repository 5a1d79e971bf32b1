"""Undo commands for the team board: moving a member and locking one, on the window's undo stack.

Board changes are the host's draft (saved with "Save teams"), so they do not go through the
session's door; each command remembers the board's generation and does nothing once another
plan replaced the one it was made on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from matchmaker.ui.team_board import TeamBoard

__all__ = ["LockCommand", "MoveCommand"]


class _BoardCommand(QUndoCommand):
    def __init__(self, board: TeamBoard, text: str):
        super().__init__(text)
        self.board = board
        self.generation = board.generation

    def _current(self) -> bool:
        if self.board.generation != self.generation:
            self.setObsolete(True)  # the plan it was made on is gone
            return False
        return True


class MoveCommand(_BoardCommand):
    def __init__(self, board: TeamBoard, actor_id: str, team: int, row: int | None, name: str):
        super().__init__(
            board,
            QCoreApplication.translate("TeamsView", "Move %1 to %2")
            .replace("%1", name)
            .replace("%2", board.teams[team].name),
        )
        self.actor_id, self.team, self.row = actor_id, team, row
        self.came_from: tuple[int, int] | None = None

    def redo(self) -> None:
        if self._current():
            self.came_from = self.board.move(self.actor_id, self.team, self.row)

    def undo(self) -> None:
        if self._current() and self.came_from is not None:
            self.board.move(self.actor_id, *self.came_from)


class LockCommand(_BoardCommand):
    def __init__(self, board: TeamBoard, actor_id: str, locked: bool, name: str):
        text = (
            QCoreApplication.translate("TeamsView", "Lock %1")
            if locked
            else QCoreApplication.translate("TeamsView", "Unlock %1")
        )
        super().__init__(board, text.replace("%1", name))
        self.actor_id, self.locked = actor_id, locked

    def redo(self) -> None:
        if self._current():
            self.board.set_locked(self.actor_id, self.locked)

    def undo(self) -> None:
        if self._current():
            self.board.set_locked(self.actor_id, not self.locked)
