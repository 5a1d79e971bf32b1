"""What every main view shares: it follows the session's changes, and it speaks the current language.

A view says which changes it shows (``listens_to``) and implements ``refresh(changes, actor_ids)``
and ``retranslateUi()``. While the view is visible a change refreshes it at once; while it is
hidden the changes are gathered and it refreshes once, when shown (napari and Anki do the same:
no work for what nobody sees). A language switch (``QEvent.LanguageChange``, sent to every widget
when a translator is installed) calls ``retranslateUi``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from matchmaker.ui.changes import Changes
from matchmaker.ui.session import Session

__all__ = ["SessionView"]


class SessionView(QWidget):
    """Base of the main views; ``actorActivated`` asks the window to open an actor's profile."""

    actorActivated = Signal(str)
    listens_to = Changes.NONE

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._dirty = Changes.NETWORK if session.net is not None else Changes.NONE
        self._dirty_actors: set[str] = set()
        session.changed.connect(self._session_changed)

    # -- to implement ------------------------------------------------------------------------------
    def refresh(self, changes: Changes, actor_ids: frozenset[str]) -> None:
        """Show what ``changes`` changed (``NETWORK``: everything) while the view is visible."""
        raise NotImplementedError

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name for it
        """Set every text the view owns again, in the current language."""
        raise NotImplementedError

    # -- plumbing ----------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty != Changes.NONE

    def _session_changed(self, changes: Changes, actor_ids: frozenset[str]) -> None:
        if not changes.touches(self.listens_to):
            return
        if self.isVisible():
            self.refresh(changes, actor_ids)
        else:
            self._dirty |= changes
            self._dirty_actors |= actor_ids

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._dirty != Changes.NONE and self.session.net is not None:
            changes, actors = self._dirty, frozenset(self._dirty_actors)
            self._dirty, self._dirty_actors = Changes.NONE, set()
            self.refresh(changes, actors)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
