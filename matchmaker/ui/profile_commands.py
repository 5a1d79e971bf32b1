"""Undo commands for profile edits: each wraps a change :mod:`matchmaker.editing` already made.

The edit is written when the user makes it (so validation errors surface at once); the
command is then pushed with its first ``redo`` skipped. Undo writes the inverse change through
the same store (and so the same checks: a read-only database, a vanished journal) as the edit.
A write that fails leaves the store as it was: the command then makes itself obsolete, so the
stack drops it instead of claiming a change the file does not hold, and the session reports
the error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from matchmaker.ui.session import Session

if TYPE_CHECKING:
    from matchmaker.editing import FieldChange, SkillChange

__all__ = ["FieldEditCommand", "SkillEditCommand"]


class _ChangeCommand(QUndoCommand):
    def __init__(self, session: Session, change, text: str):
        super().__init__(text)
        self.session = session
        self.change = change
        self._done = True  # the change is already in the store

    def _apply(self, change) -> None:
        raise NotImplementedError

    def _write(self, change) -> None:
        from matchmaker.errors import MatchmakerError

        try:
            self._apply(change)
        except MatchmakerError as error:
            self.setObsolete(True)  # QUndoStack deletes it: the shown state stays what the file holds
            self.session.storeError.emit(error)
            return
        self.session.refresh_actor(self.change.actor_id)
        self.session.set_current(self.change.actor_id)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._write(self.change)

    def undo(self) -> None:
        self._write(self.change.inverse())


class FieldEditCommand(_ChangeCommand):
    def __init__(self, session: Session, change: FieldChange):
        super().__init__(
            session,
            change,
            QCoreApplication.translate("ProfileCommands", "Edit %1").replace(
                "%1", change.field.replace("_", " ")
            ),
        )

    def _apply(self, change: FieldChange) -> None:
        from matchmaker.editing import apply_field_change

        apply_field_change(self.session.store, change)


class SkillEditCommand(_ChangeCommand):
    def __init__(self, session: Session, change: SkillChange):
        label = session.skill_label(change.skill_id)
        if change.after is None:
            text = QCoreApplication.translate("ProfileCommands", "Remove %1").replace("%1", label)
        elif change.before is None:
            text = QCoreApplication.translate("ProfileCommands", "Add %1").replace("%1", label)
        else:
            text = QCoreApplication.translate("ProfileCommands", "Change %1").replace("%1", label)
        super().__init__(session, change, text)

    def _apply(self, change: SkillChange) -> None:
        from matchmaker.editing import apply_skill_change

        apply_skill_change(self.session.store, change)
