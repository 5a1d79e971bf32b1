"""A short label beside a progress bar saying how long the work still needs ("about 3 minutes left").

The estimate is :class:`matchmaker.time_left.TimeLeft`'s; this widget only words it, in whole
minutes (a reader planning a coffee needs no seconds), and words it again when the language
changes. It says nothing until the estimate is there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from matchmaker.time_left import TimeLeft, minutes_to_say

__all__ = ["TimeLeftLabel"]


class TimeLeftLabel(QLabel):
    """Told each ``report(done, total)``; cleared by :meth:`reset` when new work begins."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("time_left")
        self._time_left = TimeLeft()
        self._seconds: float | None = None

    def reset(self) -> None:
        self._time_left.reset()
        self._seconds = None
        self.clear()

    def report(self, done: int, total: int) -> None:
        self._seconds = self._time_left.seconds(done, total)
        self._word()

    def _word(self) -> None:
        if self._seconds is None:
            self.clear()
        elif (minutes := minutes_to_say(self._seconds)) == 0:
            self.setText(self.tr("less than a minute left"))
        else:
            self.setText(self.tr("about %n minute(s) left", "", minutes))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._word()
        super().changeEvent(event)
