"""File dialogs that list a folder without reading a single file in it.

Qt's own file dialog asks :class:`QFileIconProvider` for every entry's icon and type, and the
default provider finds them with ``QMimeDatabase``, which *opens and reads* any file whose name
alone does not settle its type — the database ``net.sqlite`` and its ``-wal`` and ``-shm`` files
included (seen with ``strace``). Closing that descriptor drops every POSIX lock SQLite holds on
the file for this process; the next program to close the database then thinks it is the last
one, checkpoints and deletes the write-ahead log, and our later edits go into a deleted file
(issue 9). A native dialog (GTK, macOS) reads files to guess their type as well.

So every dialog here is Qt's widget dialog (``DontUseNativeDialog``, except on Windows, whose
file locks belong to handles and are safe) with :class:`NonReadingIconProvider`, which answers
from the file name and ``stat`` alone. The dialogs open window-modal with :meth:`QDialog.open`
and call back with the choice; the event loop keeps turning meanwhile.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QFileInfo, Qt
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

__all__ = [
    "NonReadingIconProvider",
    "safe_file_dialog",
    "ask_open_file",
    "ask_open_files",
    "ask_save_file",
    "ask_folder",
]

_provider: NonReadingIconProvider | None = None
_last_folder = ""  # where the previous dialog was accepted: the next one starts there


class NonReadingIconProvider(QFileIconProvider):
    """Icons and type names from the name and ``stat`` only: never opens a file to sniff it."""

    def __init__(self):
        super().__init__()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)  # no .directory files read
        self._folder = super().icon(QFileIconProvider.IconType.Folder)
        self._file = super().icon(QFileIconProvider.IconType.File)

    def icon(self, what):  # noqa: D102 - both C++ overloads arrive here
        if isinstance(what, QFileInfo):
            return self._folder if what.isDir() else self._file
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt API
        # Qt's own words (context QAbstractFileIconProvider), so Qt's translations apply
        if info.isDir():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        if info.suffix():
            return QCoreApplication.translate("QAbstractFileIconProvider", "%1 File").replace(
                "%1", info.suffix()
            )
        return QCoreApplication.translate("QAbstractFileIconProvider", "File")


def _icon_provider() -> NonReadingIconProvider:
    """One provider for all dialogs, alive as long as the app (dialogs do not own their provider)."""
    global _provider
    if _provider is None:
        _provider = NonReadingIconProvider()
    return _provider


def safe_file_dialog(parent: QWidget | None, caption: str, directory: str = "") -> QFileDialog:
    """A file dialog that never reads the files it lists; shown by the caller."""
    dialog = QFileDialog(parent)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_icon_provider())  # before a folder is listed
    dialog.setWindowTitle(caption)
    folder = directory or _last_folder
    if folder:
        dialog.setDirectory(folder)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def _remember_folder(dialog: QFileDialog) -> None:
    global _last_folder
    _last_folder = dialog.directory().absolutePath()


def _show(dialog: QFileDialog, on_chosen: Callable[[list[str]], None]) -> QFileDialog:
    def accepted() -> None:
        _remember_folder(dialog)
        on_chosen(dialog.selectedFiles())

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def ask_open_file(
    parent: QWidget, caption: str, name_filter: str, on_chosen: Callable[[str], None], directory: str = ""
) -> QFileDialog:
    """Ask for one existing file; ``on_chosen(path)`` when the user accepts."""
    dialog = safe_file_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    return _show(dialog, lambda paths: paths and on_chosen(paths[0]))


def ask_open_files(
    parent: QWidget,
    caption: str,
    name_filter: str,
    on_chosen: Callable[[list[str]], None],
    directory: str = "",
) -> QFileDialog:
    """Ask for one or more existing files; ``on_chosen(paths)`` when the user accepts."""
    dialog = safe_file_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(name_filter)
    return _show(dialog, lambda paths: paths and on_chosen(paths))


def ask_save_file(
    parent: QWidget,
    caption: str,
    name_filter: str,
    on_chosen: Callable[[str], None],
    default_name: str = "",
    default_suffix: str = "",
) -> QFileDialog:
    """Ask where to write a file (replacing one is confirmed); ``on_chosen(path)`` when accepted."""
    dialog = safe_file_dialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    if default_name:
        dialog.selectFile(default_name)
    return _show(dialog, lambda paths: paths and on_chosen(paths[0]))


def ask_folder(parent: QWidget, caption: str, on_chosen: Callable[[str], None]) -> QFileDialog:
    """Ask for a folder; ``on_chosen(path)`` when the user accepts."""
    dialog = safe_file_dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _show(dialog, lambda paths: paths and on_chosen(paths[0]))
