"""A slim strip saying what long work is doing, how far it got, with Cancel.

Two places show one: a view, while one of its analyses runs (at 100,000 actors finding
communities or brokers takes tens of seconds; the view stays usable meanwhile and the strip says
what is still coming), and the status bar, while the File menu's work runs (opening a database,
imports, exports, briefings). Cancel stops the task (its function sees ``cancelled()`` and
raises). A view then calls :meth:`TaskStrip.stopped`, and its strip offers to start the analysis
again instead of leaving a blank the user cannot explain.

The words are given as a function returning them translated, so a language switch while the
task runs re-asks it instead of leaving the old language on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from matchmaker.ui.tasks import Task, while_alive
from matchmaker.ui.time_left_label import TimeLeftLabel

__all__ = ["TaskStrip", "Words"]

Words = Callable[[], str] | str  # a function giving the translated words (or words that never change)


class TaskStrip(QWidget):
    """Label, progress bar and Cancel for one task at a time; hidden when idle.

    :meth:`watch` follows a task's own signals; :meth:`start`, :meth:`progress` and
    :meth:`finish` are for a caller that reports them itself. ``restart`` (views only) is called
    when the user asks, after a cancel, to run the analysis again.
    """

    def __init__(self, restart: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._restart = restart
        self.task: Task | None = None
        self._words: Callable[[], str] | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.left = TimeLeftLabel(self)  # "about 3 minutes left", once the pace is known
        self.cancel = QToolButton(self)
        self.again = QToolButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.left)
        layout.addWidget(self.cancel)
        layout.addWidget(self.again)
        self.cancel.clicked.connect(self._cancel)
        self.again.clicked.connect(self._again)
        self.again.hide()
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop this work; what is shown stays as it is"))
        self.again.setText(self.tr("Start again"))
        if self._words is not None:
            self.label.setText(self._words())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _say(self, words: Words) -> None:
        self._words = words if callable(words) else lambda: words
        self.label.setText(self._words())

    def start(self, words: Words, task: Task) -> None:
        """Show ``task`` under ``words``, busy until :meth:`progress` says how far; :meth:`finish` hides it."""
        self.task = task
        self._say(words)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.left.reset()
        self.left.show()
        self.cancel.setEnabled(True)
        self.cancel.show()
        self.again.hide()
        self.show()

    def watch(self, words: Words, task: Task | None) -> None:
        """Show ``task``'s own progress under ``words`` until it ends (nothing to show for None: the result was kept).

        The task runs already: reports it made before the connection are signals no one
        received, so how far it got is read off the task, and a task that ended meanwhile is
        not shown at all (its ``finished`` went unheard too)."""
        if task is None or task.done.is_set():
            return
        self.start(words, task)
        task.signals.progress.connect(
            while_alive(self, lambda done, total: self.task is task and self.progress(done, total))
        )
        task.signals.finished.connect(while_alive(self, lambda: self.task is task and self.finish()))
        if task.done.is_set():  # ended between the check above and the connections
            self.finish()
        elif task.last_progress is not None:
            self.progress(*task.last_progress)

    def progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps (a total of 0: busy, no count yet)."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.left.report(done, total)
        else:
            self.bar.setRange(0, 0)

    def finish(self) -> None:
        self.task = None
        self._words = None
        self.hide()

    def stopped(self, words: Words) -> None:
        """The analysis was cancelled: say so, and offer to run it again."""
        self.task = None
        self._say(words)
        self.bar.hide()
        self.left.hide()
        self.cancel.hide()
        self.again.setVisible(self._restart is not None)
        self.show()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel.setEnabled(False)
            self._say(lambda: self.tr("Stopping…"))

    def _again(self) -> None:
        self.hide()
        if self._restart is not None:
            self._restart()
