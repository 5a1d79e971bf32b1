"""Issue 9: an edit made after an in-app import must survive quit and reopen.

Each test runs the user's exact sequence in the real window: open the app on a database file,
File ▸ Import… a JSON file from the database's own folder, open Teams ▸ Challenges… there and
cancel it, then let another process use the same file (a command, or a second app), edit an
actor's city in the profile, quit, and read the file from a fresh process.

On the tree before the fix the file dialog read ``network.sqlite`` (and its ``-wal`` and
``-shm``) to guess their types; closing that descriptor dropped the app's SQLite locks, the
import's helper process then believed it was alone, checkpointed and deleted the write-ahead
log, and the edit went into a deleted file: the reopened database still said "Lviv".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from matchmaker.ui.main_window import MainWindow
from tests.sample_network import write_sample
from tests.ui.conftest import drain
from tests.ui.file_dialog_driver import answer_file_dialog

# the offscreen platform says so when a dialog opens; nothing a user would see
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NEW_ACTORS = {
    "format": "sandbox-matchmaker/1",
    "actors": [{"id": f"new-{i}", "kind": "startup", "name": f"New {i}", "country": "EE"} for i in range(3)],
}


def run_matchmaker(*args: str, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "matchmaker", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def city_on_disk(db: Path, actor_id: str) -> str:
    """What a freshly started program reads from the file (the app, reopened)."""
    code = (
        "import sys; from matchmaker.store import open_store; "
        "print(open_store(sys.argv[1]).find_actor(sys.argv[2]).city)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db), actor_id], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def shared_folder(tmp_path):
    """A folder holding the database (the sample network) next to files the user imports."""
    from matchmaker.interchange import import_document, read_files
    from matchmaker.store import open_store

    folder = tmp_path / "sandbox"
    folder.mkdir()
    db = folder / "network.sqlite"
    store = open_store(str(db))
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    store.close()
    (folder / "new-actors.json").write_text(json.dumps(NEW_ACTORS), encoding="utf-8")
    return folder, db


def open_app_on(qtbot, db: Path) -> MainWindow:
    """The window as ``matchmaker --db FILE`` makes it: painted first, then told to open the file."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.files.open_database(str(db))
    qtbot.waitUntil(
        lambda: window.session.net is not None and len(window.session.net.actors) == 4, timeout=60_000
    )
    return window


def import_through_the_dialog(qtbot, window: MainWindow, folder: Path) -> None:
    answered = answer_file_dialog(folder, folder / "new-actors.json")
    window.files.ask_import()  # File ▸ Import…
    qtbot.waitUntil(lambda: bool(answered), timeout=30_000)
    qtbot.waitUntil(lambda: len(window.session.net.actors) == 7, timeout=120_000)


def open_and_cancel_challenges(qtbot, window: MainWindow, folder: Path) -> None:
    teams = window.show_view("teams")
    qtbot.waitUntil(lambda: teams.challenges_button.isEnabled(), timeout=30_000)
    answered = answer_file_dialog(folder, None)
    teams.challenges_button.click()  # Teams ▸ Challenges… opens the editor
    editor = teams.dialog
    editor.open_button.click()  # ... whose Open… asks for a challenges file
    qtbot.waitUntil(lambda: bool(answered), timeout=30_000)
    editor.reject()


def edit_city(qtbot, window: MainWindow, actor_id: str, city: str) -> None:
    window.open_profile(actor_id)
    edit = window.profile.edits["city"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, city)
    with qtbot.waitSignal(window.session.changed, timeout=30_000):  # written on the database worker
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.profile.error.text() == ""
    assert window.session.actor(actor_id).city == city


def test_edit_after_import_dialog_and_command_survives_quit(qtbot, qapp, shared_folder):
    folder, db = shared_folder
    window = open_app_on(qtbot, db)
    import_through_the_dialog(qtbot, window, folder)
    open_and_cancel_challenges(qtbot, window, folder)

    stats = run_matchmaker("--db", str(db), "stats", "--json")
    write_sample(folder, NEW_ACTORS | {"actors": [{**NEW_ACTORS["actors"][0], "id": "cli-1"}]}, "cli.json")
    cli_import = run_matchmaker("--db", str(db), "import", str(folder / "cli.json"))

    edit_city(qtbot, window, "ua-olena", "Odesa")
    drain(qapp)
    window.close()  # File ▸ Quit

    assert city_on_disk(db, "ua-olena") == "Odesa"
    # the command read alongside the app; the write was refused in one line, not done behind its back
    assert stats.returncode == 0 and json.loads(stats.stdout)["actors"] == 7
    assert cli_import.returncode == 2
    assert cli_import.stderr.count("\n") == 1 and "open in Sandbox Matchmaker" in cli_import.stderr
    assert f"process {os.getpid()}" in cli_import.stderr


def test_edit_survives_a_second_app_instance_on_the_same_file(qtbot, qapp, shared_folder, tmp_path):
    folder, db = shared_folder
    window = open_app_on(qtbot, db)
    import_through_the_dialog(qtbot, window, folder)
    open_and_cancel_challenges(qtbot, window, folder)

    # a second Sandbox Matchmaker, started the plain way in its own process on the same database
    # (MATCHMAKER_DB, as a user's default), opens it, loads it and quits
    home = tmp_path / "second-home"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        MATCHMAKER_DB=str(db),
        MATCHMAKER_STARTUP_PROBE="1",
    )
    second = run_matchmaker(env=env)
    assert second.returncode == 0, second.stderr
    assert "loaded" in second.stdout.split()

    edit_city(qtbot, window, "ua-olena", "Odesa")
    drain(qapp)
    window.close()

    assert city_on_disk(db, "ua-olena") == "Odesa"
