"""Answering a file dialog as a user would: go to a folder, let it list everything, then choose or cancel.

Works whether the code under test blocks in ``exec()`` (Qt's static getters) or opens the dialog
with ``open()``: the answer runs from timers on whichever event loop is turning.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLineEdit

__all__ = ["answer_file_dialog"]


def _open_dialog() -> QFileDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            return widget
    return None


def answer_file_dialog(folder: Path, choose: Path | None) -> list[QFileDialog]:
    """When the next file dialog shows: list ``folder`` in it, then select ``choose`` (or cancel).

    The dialog is answered only once its model has loaded the folder: the file-system thread
    sends the whole listing of a small folder as one batch, then ``directoryLoaded``; the batch
    went through the dialog's icon provider (where Qt's default one reads files to guess their
    type) before that signal arrives. Returns a list that holds the dialog once answered.
    """
    answered: list[QFileDialog] = []
    loaded: list[str] = []
    shown: list[QFileDialog] = []
    wanted = os.path.normpath(str(folder))

    def step() -> None:
        dialog = _open_dialog()
        if dialog is None:
            QTimer.singleShot(10, step)
            return
        model = dialog.findChild(QFileSystemModel)
        if not shown:
            model.directoryLoaded.connect(lambda path: loaded.append(os.path.normpath(path)))
            dialog.setDirectory(str(folder))
            shown.append(dialog)
        if wanted not in loaded:
            QTimer.singleShot(10, step)
            return
        if choose is None:
            dialog.reject()
        else:
            # typed into the name field, as a user would (selectFile leaves a focused field alone)
            dialog.findChild(QLineEdit, "fileNameEdit").setText(choose.name)
            dialog.accept()
            if dialog.isVisible():  # the choice was refused: close it rather than hang a blocking exec()
                dialog.reject()
        answered.append(dialog)

    QTimer.singleShot(0, step)
    return answered
