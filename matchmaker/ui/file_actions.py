"""The File menu's work: new/open database, import and export, each off the UI thread.

Opening a database runs its migrations, importing parses and writes thousands of rows,
exporting walks the whole network: all run on the database pool with the status bar's progress
bar and Cancel button. An import changes the network, so it goes through the session's one door
(``session.run_op(…, Changes.NETWORK)``): every view shows the new actors when it is done. Errors a user can act on
(:class:`~matchmaker.errors.MatchmakerError`, e.g. an ``InterchangeError`` naming the file,
line and field) are shown as they are.

Every file dialog comes from :mod:`matchmaker.ui.file_dialogs` (they never read the files they
list), imports and exports refuse the open database's own files, and the app opens its
database as the one writer (``role="app"``): a second window gets it read-only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QMessageBox,
)

from matchmaker.ui.changes import Changes
from matchmaker.ui.file_dialogs import ask_folder, ask_open_file, ask_open_files, ask_save_file
from matchmaker.ui.task_strip import TaskStrip
from matchmaker.ui.tasks import DB_POOL, Task, run_task, while_alive

__all__ = [
    "FileActions",
    "ProgressPanel",
    "EXPORT_FORMATS",
    "open_store_task",
    "new_store_task",
    "export_task",
    "import_write",
    "APP_WRITE_WAIT",
]

# How long an edit waits for another writer (an import running in the helper process) before
# saying the database is busy: the write is on the database worker, but later edits queue behind it.
APP_WRITE_WAIT = 5.0

EXPORT_FORMATS = {  # translated where shown (context "FileActions")
    "json": QT_TRANSLATE_NOOP("FileActions", "JSON file (*.json)"),
    "csv": QT_TRANSLATE_NOOP("FileActions", "CSV tables in a folder"),
    "gexf": QT_TRANSLATE_NOOP("FileActions", "GEXF graph (*.gexf)"),
    "graphml": QT_TRANSLATE_NOOP("FileActions", "GraphML graph (*.graphml)"),
}


def open_store_task(db: str | None, app_start: bool = False, after: threading.Event | None = None):
    """A task function opening (and migrating) a database; at the app's start, maybe seeding the demo.

    With ``after``, the opening first waits (at most ``PEEK_WAIT`` seconds) until that event is
    set: what was peeked of the database is being drawn (``Session.peek``)."""

    def open_it(_progress, _cancelled):
        if after is not None:
            from matchmaker.ui.session import PEEK_WAIT

            after.wait(PEEK_WAIT)
        if app_start:
            from matchmaker.startup import open_app_store

            return open_app_store(db, wait=APP_WRITE_WAIT)[0]
        from matchmaker.store import open_store

        return open_store(db, role="app", wait=APP_WRITE_WAIT)

    return open_it


def new_store_task(path: str):
    """A task function starting an empty database in ``path``, unless a window or command has it open."""

    def make_it(_progress, _cancelled):
        from matchmaker.db_access import remove_database
        from matchmaker.store import open_store

        remove_database(Path(path))
        return open_store(path, role="app", wait=APP_WRITE_WAIT)

    return make_it


def import_write(paths: list[str]):
    """A write for ``session.run_op``: read, validate and write the files in one transaction, in a
    child process. An in-memory database cannot be shared with another process; it is imported on
    the worker thread."""

    def run(store, progress, cancelled):
        store.refuse_database_files(paths)
        store.check_writable()
        url = store.engine.url
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            from matchmaker.interchange import import_document, read_files

            doc = read_files(paths, store.resolver())
            return import_document(store.engine, doc, progress=progress, cancelled=cancelled)
        from matchmaker.ui.import_process import import_in_child

        return import_in_child(url.render_as_string(hide_password=False), paths, progress, cancelled)

    return run


def export_task(store, fmt: str, out: str, include: tuple[str, ...] = (), with_contacts: bool = False):
    """A task function writing what the audience may see of the network as JSON or CSV (interchange)
    or GEXF/GraphML (the graph): public actors only unless ``include`` names ``council`` or
    ``private``, without contact fields unless ``with_contacts`` (the core's one export door)."""

    def run(_progress, _cancelled):
        from matchmaker.exports import export_store
        from matchmaker.visibility import export_audience

        left_out = []
        written = export_store(
            store,
            fmt,
            out,
            audience=export_audience(include),
            with_contacts=with_contacts,
            on_left_out=left_out.append,
        )
        run.left_out = left_out[0] if left_out else None
        return written

    run.left_out = None
    return run


class ProgressPanel(TaskStrip):
    """The status bar's strip while the File menu's work runs (opening, imports, exports, briefings):
    whoever runs the task reports its progress (:meth:`progress`) and its end (:meth:`finish`)."""

    def __init__(self, parent=None):
        super().__init__(None, parent)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)


class FileActions(QObject):
    """Database, import and export commands for the main window."""

    storeOpened = Signal(object, str)  # the store, its path or URL
    storeLost = Signal(str)  # the database's journal vanished: nothing more is written (from any thread)
    message = Signal(str)

    def __init__(self, window, progress: ProgressPanel):
        super().__init__(window)
        self.window = window
        self.panel = progress
        self.last_error: QMessageBox | None = None
        self.last_notice: QMessageBox | None = None
        self.dialog = None  # the file dialog last opened (tests answer it)
        self.options_dialog = None  # the export's audience dialog last opened
        self.backups_dialog = None
        self.wizard = None  # the spreadsheet import wizard last opened
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

    def show_notice(self, title: str, text: str) -> None:
        """Tell the user something they should know but need not fix (e.g. a read-only database)."""
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_notice = box
        box.open()
        self.message.emit(text.split("\n", 1)[0])

    def _run(self, words: Callable[[], str], fn, on_success) -> Task:
        """Run ``fn`` with the status bar's strip saying ``words()`` (asked again after a language switch)."""
        self.busy = True

        def done(result) -> None:
            self.busy = False
            self.panel.finish()
            on_success(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.panel.finish()
            self._report_failure(words(), error)

        task = run_task(
            self.window,
            fn,
            on_success=while_alive(self.panel, done),
            on_failure=while_alive(self.panel, failed),
            on_progress=while_alive(self.panel, self.panel.progress),
            pool=DB_POOL,
        )
        self.panel.start(words, task)
        return task

    def _report_failure(self, text: str, error: BaseException) -> None:
        from matchmaker.interchange.load import ImportCancelled

        if isinstance(error, ImportCancelled):
            self.message.emit(self.tr("Import cancelled; nothing was changed."))
        else:
            self.show_error(text, error)

    # -- databases --------------------------------------------------------------------------------
    def open_database(self, path: str, app_start: bool = False) -> Task:
        from matchmaker.paths import resolve_database_url, sqlite_file

        db_file = sqlite_file(resolve_database_url(path or None))
        # the directory and the map show what was kept while the store opens
        session = self.window.session
        peeked = session.peek(db_file) if db_file is not None else None
        task = self._run(
            lambda: self.tr("Opening %1…").replace("%1", Path(path).name if path else ""),
            open_store_task(path or None, app_start, after=peeked),
            lambda store: self.storeOpened.emit(store, path),
        )
        if peeked is not None:
            task.signals.failed.connect(while_alive(session, lambda _error: session.forget_peek()))
        return task

    def ask_new_database(self) -> None:
        self.dialog = ask_save_file(
            self.window,
            self.tr("New database"),
            self.tr("Matchmaker database (*.sqlite)"),
            lambda path: self.new_database(path if path.endswith(".sqlite") else path + ".sqlite"),
            default_suffix="sqlite",
        )

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
        return self._run(
            lambda: self.tr("Opening %1…").replace("%1", Path(path).name),
            new_store_task(path),
            lambda store: self.storeOpened.emit(store, path),
        )

    def ask_open_database(self) -> None:
        self.dialog = ask_open_file(
            self.window,
            self.tr("Open database"),
            self.tr("Matchmaker database (*.sqlite *.db);;All files (*)"),
            self.open_database,
        )

    # -- import / export ------------------------------------------------------------------------------
    def import_files(self, paths: list[str]) -> Task | None:
        """Import through the session's door: when it is written, every view shows the new network.

        A spreadsheet with its own columns (``.xlsx``, or a CSV not named like one of our tables)
        opens the import wizard instead, which comes back to :meth:`import_sheet`.
        """
        from matchmaker.interchange.sheets import is_sheet_file

        if any(is_sheet_file(p) for p in paths):
            if len(paths) == 1:
                self.open_sheet_wizard(paths[0])
            else:
                self.message.emit(self.tr("Import one spreadsheet at a time."))
            return None
        names = ", ".join(Path(p).name for p in paths)
        return self._import(lambda: self.tr("Importing %1…").replace("%1", names), import_write(paths))

    def open_sheet_wizard(self, path: str):
        """The wizard that maps, checks and then imports one spreadsheet (``self.wizard``)."""
        from matchmaker.errors import MatchmakerError
        from matchmaker.ui.sheet_wizard import SheetImportWizard

        store = self.window.session.store
        if store is None:
            return None
        try:
            store.refuse_database_files([path])
        except MatchmakerError as error:
            self.show_error(self.tr("Import"), error)
            return None
        self.wizard = SheetImportWizard(self.window, path, self.window.session, self.import_sheet)
        self.wizard.open()
        return self.wizard

    def import_sheet(self, path: str, sheet_map) -> Task | None:
        """Write a mapped spreadsheet through the session's door (read and checked again on the worker)."""
        from matchmaker.interchange.sheets.writing import write_sheet

        def write(store, progress, cancelled):
            return write_sheet(store, path, sheet_map, progress=progress, cancelled=cancelled)

        return self._import(lambda: self.tr("Importing %1…").replace("%1", Path(path).name), write)

    def _import(self, words: Callable[[], str], write) -> Task | None:
        self.busy = True

        def done(report) -> None:
            self.busy = False
            self.panel.finish()
            self._imported(report)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.panel.finish()
            self._report_failure(words(), error)

        task = self.window.session.run_op(
            write,
            Changes.NETWORK,
            on_done=done,
            on_failure=failed,
            on_progress=self.panel.progress,
            owner=self.panel,
        )
        if task is None:
            self.busy = False
            return None
        self.panel.start(words, task)
        return task

    def _imported(self, report) -> None:
        added = sum(report.added.values())
        updated = sum(report.updated.values())
        self.message.emit(
            self.tr("Import complete: %1 added, %2 updated.")
            .replace("%1", str(added))
            .replace("%2", str(updated))
        )

    def ask_import(self) -> None:
        self.dialog = ask_open_files(
            self.window,
            self.tr("Import"),
            self.tr("Interchange files and spreadsheets (*.json *.csv *.xlsx *.xlsm);;All files (*)"),
            self.import_files,
        )

    def export_to(
        self, fmt: str, out: str, include: tuple[str, ...] = (), with_contacts: bool = False
    ) -> Task:
        """Export what ``include`` lets out (public only by default), contacts only ``with_contacts``."""
        store = self.window.session.store
        task = export_task(store, fmt, out, include, with_contacts)

        def done(written) -> None:
            text = self.tr("Exported %n file(s).", "", len(written))
            left = task.left_out
            if left is not None and sum(left.actors.values()):
                text += " " + self.tr(
                    "%n actor(s) not for this audience left out.", "", sum(left.actors.values())
                )
            if left is not None and left.contacts:
                text += " " + self.tr("Contact details of %n actor(s) left out.", "", left.contacts)
            self.message.emit(text)

        return self._run(lambda: self.tr("Exporting…"), task, done)

    def ask_export(self, fmt: str) -> None:
        """Ask for whom the export is (public / council / everything, contacts or not), then where."""
        from matchmaker.ui.export_options_dialog import ExportOptionsDialog

        options = ExportOptionsDialog(self.window)
        options.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        options.accepted.connect(
            lambda: self._ask_export_target(fmt, options.include(), options.with_contacts())
        )
        self.options_dialog = options
        options.open()

    def _ask_export_target(self, fmt: str, include: tuple[str, ...], with_contacts: bool) -> None:
        def chosen(out: str) -> None:
            self.export_to(fmt, out, include, with_contacts)

        if fmt == "csv":
            self.dialog = ask_folder(self.window, self.tr("Export CSV tables to folder"), chosen)
        else:
            self.dialog = ask_save_file(
                self.window,
                self.tr("Export"),
                self.tr(EXPORT_FORMATS[fmt]),
                chosen,
                default_name=f"network.{fmt}",
                default_suffix=fmt,
            )
