"""The File menu's work: new/open database, import and export, each off the UI thread.

Opening a database runs its migrations, importing parses and writes thousands of rows,
exporting walks the whole network: all go through ``run_task`` on the database pool with
the status bar's progress bar and Cancel button. Errors a user can act on
(:class:`~matchmaker.errors.MatchmakerError`, e.g. an ``InterchangeError`` naming the file,
line and field) are shown as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from matchmaker.ui.session import while_alive
from matchmaker.ui.tasks import DB_POOL, Task, run_task

__all__ = ["FileActions", "ProgressPanel", "EXPORT_FORMATS", "open_store_task", "export_task", "import_task"]

EXPORT_FORMATS = {  # translated where shown (context "FileActions")
    "json": QT_TRANSLATE_NOOP("FileActions", "JSON file (*.json)"),
    "csv": QT_TRANSLATE_NOOP("FileActions", "CSV tables in a folder"),
    "gexf": QT_TRANSLATE_NOOP("FileActions", "GEXF graph (*.gexf)"),
    "graphml": QT_TRANSLATE_NOOP("FileActions", "GraphML graph (*.graphml)"),
}


def open_store_task(db: str | None, app_start: bool = False):
    """A task function opening (and migrating) a database; at the app's start, maybe seeding the demo."""

    def open_it(_progress, _cancelled):
        if app_start:
            from matchmaker.startup import open_app_store

            return open_app_store(db)[0]
        from matchmaker.store import open_store

        return open_store(db)

    return open_it


def import_task(store, paths: list[str]):
    """A task function: read, validate and write the files in one transaction, in a child process.

    An in-memory database cannot be shared with another process; it is imported on the worker thread.
    """

    def run(progress, cancelled):
        url = store.engine.url
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            from matchmaker.interchange import import_document, read_files

            doc = read_files(paths, store.resolver())
            return import_document(store.engine, doc, progress=progress, cancelled=cancelled)
        from matchmaker.ui.import_process import import_in_child

        return import_in_child(url.render_as_string(hide_password=False), paths, progress, cancelled)

    return run


def export_task(store, fmt: str, out: str):
    """A task function writing the network as JSON or CSV (interchange) or GEXF/GraphML (the graph)."""

    def run(_progress, _cancelled):
        from matchmaker.exports import export_store

        return export_store(store, fmt, out)

    return run


class ProgressPanel(QWidget):
    """Status-bar progress with a Cancel button, shown while a long task runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.task: Task | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def start(self, text: str, task: Task) -> None:
        self.task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.show()

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)

    def finish(self) -> None:
        self.task = None
        self.hide()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))


class FileActions(QObject):
    """Database, import and export commands for the main window."""

    storeOpened = Signal(object, str)  # the store, its path or URL
    message = Signal(str)

    def __init__(self, window, progress: ProgressPanel):
        super().__init__(window)
        self.window = window
        self.panel = progress
        self.last_error: QMessageBox | None = None
        self.busy = False

    # -- helpers ----------------------------------------------------------------------------------
    def show_error(self, title: str, error: BaseException) -> None:
        from matchmaker.errors import MatchmakerError

        text = str(error) if isinstance(error, MatchmakerError) else f"{type(error).__name__}: {error}"
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if not isinstance(error, MatchmakerError):
            box.setDetailedText(getattr(error, "formatted_traceback", ""))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_error = box
        box.open()  # window-modal but asynchronous: the event loop keeps turning
        self.message.emit(text)

    def _run(self, text: str, fn, on_success) -> Task:
        self.busy = True

        def done(result) -> None:
            self.busy = False
            self.panel.finish()
            on_success(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.panel.finish()
            from matchmaker.interchange.load import ImportCancelled

            if isinstance(error, ImportCancelled):
                self.message.emit(self.tr("Import cancelled; nothing was changed."))
            else:
                self.show_error(text, error)

        task = run_task(
            self.window,
            fn,
            on_success=while_alive(self.panel, done),
            on_failure=while_alive(self.panel, failed),
            on_progress=while_alive(self.panel, self.panel.progress),
            pool=DB_POOL,
        )
        self.panel.start(text, task)
        return task

    # -- databases --------------------------------------------------------------------------------
    def open_database(self, path: str, app_start: bool = False) -> Task:
        return self._run(
            self.tr("Opening %1…").replace("%1", Path(path).name if path else ""),
            open_store_task(path or None, app_start),
            lambda store: self.storeOpened.emit(store, path),
        )

    def ask_new_database(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), "", self.tr("Matchmaker database (*.sqlite)")
        )
        if path:
            self.new_database(path if path.endswith(".sqlite") else path + ".sqlite")

    def new_database(self, path: str) -> Task | None:
        """Start an empty network in ``path`` (the file dialog has asked before replacing a file)."""
        store = self.window.session.store
        if (
            store is not None
            and store.engine.url.database
            and Path(store.engine.url.database).resolve() == Path(path).resolve()
        ):
            self.message.emit(self.tr("That database is open; choose another file name."))
            return None
        for suffix in ("", "-wal", "-shm"):
            Path(path + suffix).unlink(missing_ok=True)
        return self.open_database(path)

    def ask_open_database(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open database"),
            "",
            self.tr("Matchmaker database (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(path)

    # -- import / export ------------------------------------------------------------------------------
    def import_files(self, paths: list[str]) -> Task:
        store = self.window.session.store
        names = ", ".join(Path(p).name for p in paths)
        return self._run(
            self.tr("Importing %1…").replace("%1", names), import_task(store, paths), self._imported
        )

    def _imported(self, report) -> None:
        added = sum(report.added.values())
        updated = sum(report.updated.values())
        self.message.emit(
            self.tr("Import complete: %1 added, %2 updated.")
            .replace("%1", str(added))
            .replace("%2", str(updated))
        )
        self.window.session.reload()

    def ask_import(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import"), "", self.tr("Interchange files (*.json *.csv)")
        )
        if paths:
            self.import_files(paths)

    def export_to(self, fmt: str, out: str) -> Task:
        store = self.window.session.store
        return self._run(
            self.tr("Exporting…"),
            export_task(store, fmt, out),
            lambda written: self.message.emit(self.tr("Exported %n file(s).", "", len(written))),
        )

    def ask_export(self, fmt: str) -> None:
        if fmt == "csv":
            out = QFileDialog.getExistingDirectory(self.window, self.tr("Export CSV tables to folder"))
        else:
            out, _f = QFileDialog.getSaveFileName(
                self.window, self.tr("Export"), f"network.{fmt}", self.tr(EXPORT_FORMATS[fmt])
            )
        if out:
            self.export_to(fmt, out)
