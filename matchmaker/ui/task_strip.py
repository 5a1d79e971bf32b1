"""A slim strip a view shows while one of its analyses runs: what it does, how far, and Cancel.

At 100,000 actors finding communities or brokers takes tens of seconds; the view stays usable
meanwhile and the strip says what is still coming. Cancel stops the task (its function sees
``cancelled()`` and raises); the view then calls :meth:`TaskStrip.stopped`, and the strip offers
to start the analysis again instead of leaving a blank the user cannot explain.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from matchmaker.ui.tasks import Task, while_alive

__all__ = ["TaskStrip"]


class TaskStrip(QWidget):
    """Label, progress bar and Cancel for the task :meth:`watch` was given; hidden when idle.

    ``restart`` is called when the user asks, after a cancel, to run the analysis again.
    """

    def __init__(self, restart: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._restart = restart
        self.task: Task | None = None
        self._text: Callable[[], str] | None = None  # what the label says, asked again on a language switch
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(self)
        self.again = QToolButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addWidget(self.again)
        self.cancel.clicked.connect(self._cancel)
        self.again.clicked.connect(self._again)
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop this analysis; the rest of the view stays as it is"))
        self.again.setText(self.tr("Start again"))
        if self._text is not None:
            self.label.setText(self._text())

    def _say(self, text: Callable[[], str]) -> None:
        self._text = text
        self.label.setText(text())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def watch(self, text: Callable[[], str], task: Task | None) -> None:
        """Show ``task``'s progress under ``text()`` until it ends (nothing to show for None: the result was kept).

        ``text`` is a function returning the translated words, so that a language switch while the
        task runs re-asks it instead of leaving the old language on screen.
        """
        if task is None or task.done.is_set():
            return
        self.task = task
        self._say(text)
        self.bar.setRange(0, 0)  # busy until the first step is reported
        self.bar.show()
        self.cancel.setEnabled(True)
        self.cancel.show()
        self.again.hide()
        task.signals.progress.connect(
            while_alive(self, lambda done, total: self._progress(task, done, total))
        )
        task.signals.finished.connect(while_alive(self, lambda: self._finished(task)))
        self.show()

    def stopped(self, text: Callable[[], str]) -> None:
        """The analysis was cancelled: say so (``text()``, as for :meth:`watch`), and offer to run it again."""
        self.task = None
        self._say(text)
        self.bar.hide()
        self.cancel.hide()
        self.again.show()
        self.show()

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task is self.task and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _finished(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self.hide()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel.setEnabled(False)
            self._say(lambda: self.tr("Stopping…"))

    def _again(self) -> None:
        self.hide()
        self._restart()
