"""Recording a match outcome, undoably: the write and its inverse go through the session's door.

Recording returns what the pair had before (:meth:`Store.record_decision`); undo puts exactly
that back (:meth:`Store.restore_decision`), so a declined partner can be found again. Restoring a
partner from the recorded outcomes is the same change with no status: the record is forgotten
(the pair is a plain suggestion again), and its undo puts the record back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from matchmaker.records import DecisionRecord
from matchmaker.ui.changes import Changes
from matchmaker.ui.profile_commands import WriteCommand
from matchmaker.ui.session import Session

__all__ = ["OutcomeChange", "OutcomeCommand"]


@dataclass(frozen=True)
class OutcomeChange:
    """``b`` suggested to ``a`` got ``status`` (None: no record any more, a plain suggestion again);
    ``previous`` is what was recorded before (or None)."""

    a: str
    b: str
    status: str | None
    previous: DecisionRecord | None
    undoing: bool = False

    def inverse(self) -> OutcomeChange:
        return replace(self, undoing=not self.undoing)


class OutcomeCommand(WriteCommand):
    changes = Changes.DECISIONS

    def __init__(
        self,
        session: Session,
        stack: QUndoStack,
        a: str,
        b: str,
        status: str | None,
        previous: DecisionRecord | None,
    ):
        from matchmaker.ui.matches import outcome_label

        if status is None:
            text = QCoreApplication.translate("MatchesView", "Restore %1 as a suggestion").replace(
                "%1", session.name(b)
            )
        else:
            text = (
                QCoreApplication.translate("MatchesView", "Record %1: %2")
                .replace("%1", outcome_label(status))
                .replace("%2", session.name(b))
            )
        super().__init__(session, stack, OutcomeChange(a, b, status, previous), text)

    def actors(self) -> list[str]:
        return []

    def actor_to_show(self) -> str:
        return self.change.a

    def write(self, store, change: OutcomeChange) -> None:
        if change.undoing:
            store.restore_decision(change.a, change.b, change.previous)
        elif change.status is None:
            store.restore_decision(change.a, change.b, None)
        else:
            store.record_decision(change.a, change.b, change.status)
