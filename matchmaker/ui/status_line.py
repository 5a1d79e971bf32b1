"""A one-line status label that stays in the current language, whatever it says and whenever.

Views say things while work runs ("Ranking every actor…", "Looking for chains…"). A label set once
with ``setText`` keeps the old language if the user switches while the work is still running; this
one keeps the *function* that words the message and asks it again on ``QEvent.LanguageChange``.
User-supplied text inside a message stays plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["StatusLine"]


class StatusLine(QLabel):
    """Plain-text, word-wrapped label whose text is :meth:`say`'s function, re-asked on a language switch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._words: Callable[[], str] | None = None

    def say(self, words: Callable[[], str]) -> None:
        """Show ``words()`` now, and again in the new language after each switch."""
        self._words = words
        self.setText(words())

    def clear(self) -> None:
        self._words = None
        super().clear()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self._words is not None:
            self.setText(self._words())
        super().changeEvent(event)
