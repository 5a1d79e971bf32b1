"""Undo commands for profile edits: each wraps a change :mod:`matchmaker.editing` already made.

The edit is written when the user makes it (through the session's one door, on the database
worker); when it is saved the command is pushed with its first ``redo`` skipped. Undo and redo
write the inverse change through :meth:`Session.run_op` as well, so the same checks apply (a
read-only database, a vanished journal, and someone else's save of the actor since: an undo never
overwrites another client's change). Such a write ends after ``undo()`` returned: if it fails,
the store still holds what it held, so the command takes itself off the stack (obsolete, and the
stack steps back over it without writing) and the session reports the error — the stack never
claims a change the file does not hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from matchmaker.ui.changes import Changes
from matchmaker.ui.session import Session

if TYPE_CHECKING:
    from matchmaker.editing import FieldChange, SkillChange

__all__ = ["FieldEditCommand", "SkillEditCommand", "WriteCommand"]


class WriteCommand(QUndoCommand):
    """A change already in the store; undo/redo write its inverse/itself through the session."""

    changes = Changes.ACTORS

    def __init__(self, session: Session, stack: QUndoStack, change, text: str):
        super().__init__(text)
        self.session = session
        self.stack = stack
        self.change = change
        self._skip = True  # the first redo: the change is already in the store

    def write(self, store, change) -> None:
        """Write ``change`` (on the database worker)."""
        raise NotImplementedError

    def actors(self) -> list[str]:
        """The actors an ``ACTORS`` change touches (read back after the write)."""
        return [self.change.actor_id]

    def actor_to_show(self) -> str:
        """The actor whose view the user sees the undone or redone change in."""
        return self.change.actor_id

    def _run(self, change, undoing: bool) -> None:
        if self._skip:
            self._skip = False
            return

        def failed(error: BaseException) -> None:
            self._withdraw(undoing)
            self.session.opFailed.emit(error)

        self.session.run_op(
            lambda store, _p, _c: self.write(store, change),
            self.changes,
            actors=self.actors(),
            on_done=lambda _r: self.session.set_current(self.actor_to_show()),
            on_failure=failed,
        )

    def _withdraw(self, undoing: bool) -> None:
        """The write failed: the store holds what it held before; take this command off the stack."""
        self.setObsolete(True)  # QUndoStack deletes an obsolete command when it next undoes or redoes it
        self._skip = True  # ... and that last call must not write
        index = self.stack.index()
        if undoing and index < self.stack.count() and self.stack.command(index) is self:
            self.stack.redo()  # steps back over it without writing, and drops it
        elif not undoing and index > 0 and self.stack.command(index - 1) is self:
            self.stack.undo()

    def redo(self) -> None:
        self._run(self.change, undoing=False)

    def undo(self) -> None:
        if self._skip:  # withdrawing after a failed redo: nothing to write
            self._skip = False
            return
        self._run(self.change.inverse(), undoing=True)


class FieldEditCommand(WriteCommand):
    def __init__(self, session: Session, stack: QUndoStack, change: FieldChange):
        from matchmaker.ui.field_labels import field_label

        text = QCoreApplication.translate("ProfileCommands", "Edit %1").replace(
            "%1", field_label(change.field)
        )
        super().__init__(session, stack, change, text)

    def write(self, store, change: FieldChange) -> None:
        from matchmaker.editing import apply_field_change

        apply_field_change(store, change, expected_version=self.session.expected_version(change.actor_id))


class SkillEditCommand(WriteCommand):
    def __init__(self, session: Session, stack: QUndoStack, change: SkillChange):
        label = session.skill_label(change.skill_id)
        if change.after is None:
            text = QCoreApplication.translate("ProfileCommands", "Remove %1").replace("%1", label)
        elif change.before is None:
            text = QCoreApplication.translate("ProfileCommands", "Add %1").replace("%1", label)
        else:
            text = QCoreApplication.translate("ProfileCommands", "Change %1").replace("%1", label)
        super().__init__(session, stack, change, text)

    def write(self, store, change: SkillChange) -> None:
        from matchmaker.editing import apply_skill_change

        apply_skill_change(store, change, expected_version=self.session.expected_version(change.actor_id))
