"""Several programs on one database: writers take turns, the app's database is read-only to others.

Issue 16 item 3 (concurrent writers end in tracebacks) and issue 9 (a second writer beside the
app, a journal deleted under it).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.db_access import remove_database
from matchmaker.errors import DatabaseInUseError, DatabaseLostError, DatabaseReadOnlyError
from matchmaker.store import open_store
from tests.sample_network import write_sample

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "network.json"
DEMO_ACTORS = len(json.loads(DEMO.read_text(encoding="utf-8"))["actors"])


def matchmaker(*argv: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "matchmaker", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish(child: subprocess.Popen, timeout: int = 300) -> tuple[int, str, str]:
    out, err = child.communicate(timeout=timeout)
    return child.returncode, out, err


def in_child(code: str, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


# -- writers take turns --------------------------------------------------------------------------------
@pytest.mark.slow
def test_four_imports_into_one_new_sqlite_file_all_succeed(tmp_path):
    db = str(tmp_path / "shared.sqlite")
    children = [matchmaker("--db", db, "import", str(DEMO)) for _ in range(4)]
    results = [finish(child) for child in children]
    assert [code for code, _out, _err in results] == [0] * 4, [err[-400:] for _c, _o, err in results]
    store = open_store(db)
    assert store.stats()["actors"] == DEMO_ACTORS  # each imported it whole, none twice
    store.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_eight_imports_into_one_postgresql_database_all_succeed(postgres_server):
    url = postgres_server.create_database()
    children = [matchmaker("--db", url, "import", str(DEMO)) for _ in range(8)]
    results = [finish(child, timeout=600) for child in children]
    assert [code for code, _out, _err in results] == [0] * 8, [err[-400:] for _c, _o, err in results]
    store = open_store(url)
    assert store.stats()["actors"] == DEMO_ACTORS  # each imported it whole, none twice
    store.close()


def test_a_writer_blocked_for_longer_than_wait_says_so_in_one_line(tmp_path):
    db = tmp_path / "busy.sqlite"
    open_store(str(db)).close()
    blocker = sqlite3.connect(db)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        code, out, err = finish(
            matchmaker("--db", str(db), "--wait", "0.3", "import", str(write_sample(tmp_path)))
        )
    finally:
        blocker.rollback()
        blocker.close()
    assert code == 2 and out == ""
    lines = err.splitlines()
    notices = [line for line in lines if "trying again" in line]  # said at most once, if a retry happened
    assert len(notices) <= 1 and len(lines) == 1 + len(notices)
    assert "kept the database locked" in lines[-1] and "nothing was changed" in lines[-1]
    store = open_store(str(db))
    assert store.is_empty()
    store.close()


def test_a_cancelled_import_into_an_empty_database_keeps_its_indexes(tmp_path):
    """The import rebuilds an empty table's indexes; cancelled, it must give them back (one transaction)."""
    from matchmaker.interchange import import_document, read_files
    from matchmaker.interchange.load import ImportCancelled

    store = open_store(str(tmp_path / "n.sqlite"))
    doc = read_files([str(DEMO)], store.resolver())
    calls = []
    with pytest.raises(ImportCancelled):
        import_document(store.engine, doc, cancelled=lambda: calls.append(1) or len(calls) > 2)
    with store.engine.connect() as connection:
        indexes = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'actor'"
            )
        }
    store.close()
    assert {"ix_actor_kind", "ix_actor_country", "ix_actor_name"} <= indexes


# -- the app holds its database ----------------------------------------------------------------------
@pytest.fixture
def app_store(tmp_path):
    """The database as the app holds it (role ``app``), with the sample network."""
    from matchmaker.interchange import import_document, read_files

    store = open_store(str(tmp_path / "held.sqlite"), role="app")
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    yield store
    store.close()


def test_commands_read_alongside_the_app_but_do_not_write_behind_its_back(app_store, tmp_path):
    db = str(app_store.database_file)
    code, out, err = finish(matchmaker("--db", db, "stats", "--json"))
    assert code == 0 and json.loads(out)["actors"] == 4
    code, out, err = finish(matchmaker("--db", db, "demo", "--reset"))
    assert code == 2
    assert err.strip() == (
        f"error: {db} is open read-only (it is open in Sandbox Matchmaker (process {os.getpid()}) — "
        "make the change there, or close it first); nothing was changed"
    )
    assert app_store.stats()["actors"] == 4
    # and the app's journal is still its own: the reading command did not delete it on the way out
    assert Path(db + "-wal").exists()


def test_a_second_app_gets_the_database_read_only(app_store):
    code = (
        "import sys; from matchmaker.store import open_store\n"
        "s = open_store(sys.argv[1], role='app'); print(s.read_only, '|', s.read_only_reason); s.close()"
    )
    read_only, reason = in_child(code, str(app_store.database_file)).split(" | ")
    assert read_only == "True" and f"process {os.getpid()}" in reason


def test_the_app_waits_for_running_commands_then_writes_alone(tmp_path):
    db = str(tmp_path / "n.sqlite")
    command = open_store(db)  # a command is still running
    early = open_store(db, role="app", wait=0.2)
    assert early.read_only and "commands are still using it" in early.read_only_reason
    early.close()
    command.close()
    app = open_store(db, role="app", wait=0.2)
    assert not app.read_only
    app.close()


def test_an_app_that_crashed_leaves_no_stale_lock(tmp_path):
    db = str(tmp_path / "n.sqlite")
    code = (
        "import os, signal, sys; from matchmaker.store import open_store\n"
        "open_store(sys.argv[1], role='app'); os.kill(os.getpid(), signal.SIGKILL)"
    )
    crashed = subprocess.run([sys.executable, "-c", code, db], capture_output=True, timeout=120)
    assert crashed.returncode == -signal.SIGKILL
    store = open_store(db, role="app")
    assert not store.read_only
    store.close()


def test_a_new_database_never_replaces_one_the_app_holds(app_store):
    db = app_store.database_file
    code = (
        "import sys; from pathlib import Path; from matchmaker.db_access import remove_database\n"
        "try:\n    remove_database(Path(sys.argv[1]))\nexcept Exception as e:\n    print(type(e).__name__, e)"
    )
    outcome = in_child(code, str(db))
    assert outcome.startswith("DatabaseInUseError") and f"process {os.getpid()}" in outcome
    assert db.exists() and app_store.stats()["actors"] == 4


def test_remove_database_refuses_while_a_command_uses_it(tmp_path):
    db = tmp_path / "n.sqlite"
    command = open_store(str(db))
    with pytest.raises(DatabaseInUseError):
        remove_database(db)
    command.close()
    remove_database(db)
    assert not db.exists()


def test_writes_to_a_read_only_store_are_refused_with_the_reason(app_store):
    from matchmaker.editing import update_actor

    second = open_store(str(app_store.database_file), role="app")
    try:
        with pytest.raises(DatabaseReadOnlyError, match="open in Sandbox Matchmaker"):
            update_actor(second, "ua-olena", city="Odesa")
    finally:
        second.close()
    assert app_store.find_actor("ua-olena").city == "Lviv"


# -- a journal deleted under the app --------------------------------------------------------------------
CITY_OF_OLENA = (
    "import sys; from matchmaker.store import open_store\n"
    "print(open_store(sys.argv[1]).find_actor('ua-olena').city)"
)
FOREIGN_READER = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('SELECT 1 FROM actor').fetchall()\n"
    "c.close()"
)


def drop_our_sqlite_locks(db: Path) -> None:
    """What a file dialog sniffing the database did: open and close it outside SQLite."""
    os.close(os.open(db, os.O_RDONLY))


def delete_journal_from_another_program(db: Path) -> None:
    """A program that believes it is alone: its close checkpoints and deletes -wal and -shm."""
    in_child(FOREIGN_READER, str(db))


def test_a_deleted_journal_stops_every_write_and_says_why(app_store):
    from matchmaker.editing import update_actor

    db = app_store.database_file
    heard: list[str] = []
    app_store.on_lost(heard.append)
    update_actor(app_store, "ua-olena", city="Kharkiv")  # saved while all is well
    drop_our_sqlite_locks(db)
    delete_journal_from_another_program(db)
    assert not Path(f"{db}-wal").exists()

    with pytest.raises(DatabaseLostError, match="held.sqlite-wal"):
        update_actor(app_store, "ua-olena", city="Odesa")
    with pytest.raises(DatabaseLostError):
        app_store.record_decision("ua-olena", "ee-kadri", "contacted")
    assert len(heard) == 1 and "deleted" in heard[0] and "held.sqlite-wal" in heard[0]
    # what was saved before is in the file, and nothing went into a deleted one
    assert in_child(CITY_OF_OLENA, str(db)) == "Kharkiv"
