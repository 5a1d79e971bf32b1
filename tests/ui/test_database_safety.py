"""The app and its database file: no dialog reads it, a second window only reads it, a lost journal is said.

Issue 9. SQLite's locks are dropped for the whole process when *any* descriptor of the database
file is closed, so the app must never open the file itself; these tests watch the file with
inotify while the user works.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.ui.main_window import MainWindow
from tests.file_opens import OpenWatch, inotify_available
from tests.sample_network import write_sample
from tests.test_db_sharing import FOREIGN_READER
from tests.ui.conftest import drain
from tests.ui.file_dialog_driver import answer_file_dialog
from tests.ui.test_lost_edits import city_on_disk, edit_city

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def folder_with_db(tmp_path):
    from matchmaker.interchange import import_document, read_files
    from matchmaker.store import open_store

    folder = tmp_path / "sandbox"
    folder.mkdir()
    db = folder / "network.sqlite"
    store = open_store(str(db))
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    store.close()
    write_sample(folder, name="more.json")
    return folder, db


@pytest.fixture
def app_window(qtbot, qapp, folder_with_db):
    """The window holding ``network.sqlite`` as ``matchmaker --db`` does; closed (quit) at the end."""
    _folder, db = folder_with_db
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.files.open_database(str(db))
    qtbot.waitUntil(
        lambda: window.session.net is not None and len(window.session.net.actors) == 4, timeout=60_000
    )
    yield window
    drain(qapp)
    window.close()


def journal_files(db: Path) -> list[Path]:
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm")]


def _open_teams(qtbot, window):
    teams = window.show_view("teams")
    qtbot.waitUntil(lambda: teams.challenges_button.isEnabled(), timeout=30_000)
    return teams


DIALOGS = {
    "import": lambda qtbot, w: w.files.ask_import(),
    "open database": lambda qtbot, w: w.files.ask_open_database(),
    "new database": lambda qtbot, w: w.files.ask_new_database(),
    "export json": lambda qtbot, w: (w.files.ask_export("json"), w.files.options_dialog.accept()),
    "export graphml": lambda qtbot, w: (w.files.ask_export("graphml"), w.files.options_dialog.accept()),
    "challenges": lambda qtbot, w: _open_teams(qtbot, w).edit_challenges().open_button.click(),
    "teams csv": lambda qtbot, w: _open_teams(qtbot, w).csv_button.clicked.emit(),
}


@pytest.mark.skipif(not inotify_available(), reason="watches file opens with Linux inotify")
@pytest.mark.parametrize("which", list(DIALOGS))
def test_no_file_dialog_opens_the_database_it_lists(qtbot, qapp, app_window, folder_with_db, which):
    folder, db = folder_with_db
    if which.startswith("teams") or which == "challenges":
        _open_teams(qtbot, app_window)
        drain(qapp)
    watch = OpenWatch(journal_files(db))
    try:
        answered = answer_file_dialog(folder, None)
        DIALOGS[which](qtbot, app_window)
        qtbot.waitUntil(lambda: bool(answered), timeout=30_000)
        assert watch.opened() == []
    finally:
        watch.close()


@pytest.mark.skipif(not inotify_available(), reason="watches file opens with Linux inotify")
def test_the_icon_provider_names_types_without_reading_where_qts_own_reads(tmp_path, qapp):
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    from matchmaker.ui.file_dialogs import NonReadingIconProvider

    db, wal = tmp_path / "net.sqlite", tmp_path / "net.sqlite-wal"
    db.write_bytes(b"SQLite format 3\x00" + bytes(100))
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    watch = OpenWatch([db, wal])
    try:
        ours = NonReadingIconProvider()
        assert [ours.type(QFileInfo(str(p))) for p in (db, wal, tmp_path)] == [
            "sqlite File",
            "sqlite-wal File",
            "Folder",
        ]
        assert not ours.icon(QFileInfo(str(db))).isNull()
        assert watch.opened() == []
        QFileIconProvider().type(QFileInfo(str(wal)))  # Qt's own guesses from the content: the hazard
        assert "net.sqlite-wal" in watch.opened()
    finally:
        watch.close()


@pytest.mark.skipif(not inotify_available(), reason="watches file opens with Linux inotify")
def test_importing_or_loading_the_database_file_itself_is_refused_without_opening_it(
    qtbot, qapp, app_window, folder_with_db
):
    _folder, db = folder_with_db
    teams = _open_teams(qtbot, app_window)
    drain(qapp)
    watch = OpenWatch(journal_files(db))
    try:
        with qtbot.waitSignal(app_window.files.message, timeout=30_000):
            app_window.files.import_files([str(db)])
        assert "is the database this command works on" in app_window.files.last_error.text()
        app_window.files.last_error.close()
        teams.load_challenges(str(db) + "-wal")
        assert "is the database this command works on" in teams.status.text()
        assert watch.opened() == []
    finally:
        watch.close()


def test_a_second_window_on_the_same_database_is_read_only(qtbot, qapp, app_window, folder_with_db):
    _folder, db = folder_with_db
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.files.open_database(str(db))
    qtbot.waitUntil(
        lambda: second.session.net is not None and len(second.session.net.actors) == 4, timeout=60_000
    )
    assert second.windowTitle().endswith("network.sqlite (read-only)")
    notice = second.files.last_notice.text()
    assert "read-only" in notice and f"open in Sandbox Matchmaker (process {os.getpid()})" in notice
    second.files.last_notice.close()

    second.open_profile("ua-olena")
    city = second.profile.edits["city"]
    city.setText("Odesa")
    city.editingFinished.emit()  # refused on the database worker, before anything is written
    qtbot.waitUntil(lambda: "Not saved" in second.profile.error.text(), timeout=30_000)
    assert "read-only" in second.profile.error.text()
    assert city.text() == "Lviv"  # the field shows what the file holds
    with qtbot.waitSignal(second.files.message, timeout=30_000):
        second.files.import_files([str(write_sample(db.parent, name="x.json"))])
    assert "read-only" in second.files.last_error.text()
    second.files.last_error.close()
    drain(qapp)
    second.close()

    edit_city(qtbot, app_window, "ua-olena", "Odesa")  # the first window writes as before
    drain(qapp)
    app_window.close()
    assert city_on_disk(db, "ua-olena") == "Odesa"


def test_a_journal_deleted_under_the_app_stops_edits_and_undo_with_a_message(
    qtbot, qapp, app_window, folder_with_db
):
    _folder, db = folder_with_db
    edit_city(qtbot, app_window, "ua-olena", "Kharkiv")  # saved while all is well
    assert app_window.undo_stack.count() == 1

    os.close(os.open(db, os.O_RDONLY))  # some code of ours opens the file outside SQLite: our locks are gone
    code = FOREIGN_READER
    subprocess.run(
        [sys.executable, "-c", code, str(db)], check=True, timeout=60
    )  # ... and a program deletes the journal
    assert not Path(f"{db}-wal").exists()

    profile = app_window.profile
    profile.edits["city"].setText("Odesa")
    profile.edits["city"].editingFinished.emit()
    qtbot.waitUntil(lambda: "Not saved" in profile.error.text(), timeout=30_000)
    assert "network.sqlite-wal" in profile.error.text()
    assert profile.edits["city"].text() == "Kharkiv"
    qtbot.waitUntil(lambda: "not saving" in app_window.windowTitle(), timeout=10_000)
    assert "deleted" in app_window.files.last_error.text()
    app_window.files.last_error.close()

    app_window.undo_action.trigger()  # Edit ▸ Undo cannot write either
    qtbot.waitUntil(lambda: app_window.undo_stack.count() == 0, timeout=30_000)  # no claim the file never saw
    assert app_window.session.actor("ua-olena").city == "Kharkiv"
    assert "network.sqlite-wal" in app_window.files.last_error.text()
    app_window.files.last_error.close()
    drain(qapp)
    app_window.close()
    assert city_on_disk(db, "ua-olena") == "Kharkiv"
