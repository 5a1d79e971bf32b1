"""Rotating backups beside a SQLite database: taken before bulk writes, listed, restored.

Backups are read here through SQLite (``sqlite3`` on the backup files, which are ordinary
databases of their own); the live database is never opened as a plain file.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from matchmaker.backups import (
    BackupError,
    backup_folder,
    before_bulk_write,
    create_backup,
    list_backups,
    restore_backup,
)
from matchmaker.cli import main
from matchmaker.db import HEAD_REVISION, schema_revision
from matchmaker.store import open_store
from tests.sample_network import SAMPLE, write_sample

V0001 = Path(__file__).parent / "data" / "v0001.sqlite"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _actors_in(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as copy:
        return {row[0] for row in copy.execute("SELECT id FROM actor")}


@pytest.fixture
def db(tmp_path, capsys) -> str:
    path = str(tmp_path / "n.sqlite")
    assert main(["--db", path, "import", str(write_sample(tmp_path))]) == 0  # into an empty store: no backup
    capsys.readouterr()
    return path


def _second_file(tmp_path) -> Path:
    extra = {
        "format": "sandbox-matchmaker/1",
        "actors": [{"id": "ua-new", "kind": "startup", "name": "Nova", "country": "UA"}],
    }
    return write_sample(tmp_path, extra, "second.json")


def test_an_import_into_an_empty_database_takes_no_backup_and_the_next_one_does(db, tmp_path, capsys):
    assert list_backups(Path(db)) == []
    assert run(capsys, "--db", db, "import", str(_second_file(tmp_path)))[0] == 0
    (backup,) = list_backups(Path(db))
    assert backup.reason == "import" and backup.path.parent == tmp_path / "backups"
    assert _actors_in(backup.path) == {a["id"] for a in SAMPLE["actors"]}  # the state before the import
    assert not Path(f"{backup.path}-wal").exists()  # a self-contained file
    assert (backup.path.parent.stat().st_mode & 0o777) == 0o700  # personal data: the owner's only


def test_demo_reset_and_a_dry_run(db, tmp_path, capsys):
    run(capsys, "--db", db, "import", "--dry-run", str(_second_file(tmp_path)))
    assert list_backups(Path(db)) == []
    assert run(capsys, "--db", db, "demo", "--reset")[0] == 0
    (backup,) = list_backups(Path(db))
    assert backup.reason == "replace" and "ua-olena" in _actors_in(backup.path)


def test_the_newest_automatic_backups_are_kept_and_hand_made_ones_never_rotated(
    db, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("MATCHMAKER_BACKUPS_KEEP", "3")
    code, out, _err = run(capsys, "--db", db, "backup", "create", "--json")
    manual = json.loads(out)["id"]
    for _ in range(5):
        assert run(capsys, "--db", db, "import", str(_second_file(tmp_path)))[0] == 0
    backups = list_backups(Path(db))
    assert [b.reason for b in backups] == ["import", "import", "import", "manual"]
    assert backups[-1].id == manual
    assert backups[0].sort_key() > backups[1].sort_key() > backups[2].sort_key()  # newest first
    monkeypatch.setenv("MATCHMAKER_BACKUPS_KEEP", "0")
    run(capsys, "--db", db, "import", str(_second_file(tmp_path)))
    assert len(list_backups(Path(db))) == 4  # automatic backups off: none taken, none removed


def test_a_backup_that_cannot_be_made_stops_the_import(db, tmp_path, capsys):
    (tmp_path / "backups").write_text("a file where the folder should be")
    code, _out, err = run(capsys, "--db", db, "import", str(_second_file(tmp_path)))
    assert code == 2 and "set MATCHMAKER_BACKUPS_KEEP=0" in err and len(err.strip().splitlines()) == 1
    store = open_store(db)
    assert "ua-new" not in {a.id for a in store.load_network().actors}  # nothing was changed
    store.close()


def test_list_and_restore_from_the_command_line(db, tmp_path, capsys):
    run(capsys, "--db", db, "import", str(_second_file(tmp_path)))
    code, out, _err = run(capsys, "--db", db, "backup", "list", "--json")
    (listed,) = json.loads(out)["backups"]
    assert listed["reason"] == "import" and listed["actors"] == 4

    code, out, err = run(capsys, "--db", db, "backup", "restore", listed["id"][:10])  # no terminal, no --yes
    assert code == 2 and "add --yes" in err
    code, out, err = run(capsys, "--db", db, "backup", "restore", "latest", "--yes", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["restored"]["id"] == listed["id"] and result["previous"]["actors"] == 5

    store = open_store(db)
    assert "ua-new" not in {a.id for a in store.load_network().actors}
    assert schema_revision(store.engine) == HEAD_REVISION
    store.close()
    # and undone: the state before the restore is itself a backup
    assert run(capsys, "--db", db, "backup", "restore", result["previous"]["id"], "--yes")[0] == 0
    store = open_store(db)
    assert "ua-new" in {a.id for a in store.load_network().actors}
    store.close()


def test_a_restore_is_seen_by_a_store_already_open_on_the_database(db, tmp_path):
    writer = open_store(db)
    reader = open_store(db)
    try:
        backup = create_backup(writer.engine)
        writer.clear_network()
        assert reader.load_network().actors == []
        restore_backup(writer, backup.id)
        assert {a.id for a in reader.load_network().actors} == {a["id"] for a in SAMPLE["actors"]}
    finally:
        reader.close()
        writer.close()


def test_a_backup_from_an_older_version_is_upgraded_and_a_foreign_file_refused(db, tmp_path):
    folder = backup_folder(Path(db))
    folder.mkdir(exist_ok=True)
    shutil.copy(V0001, folder / "n.sqlite.20250101T000000Z.manual.sqlite")
    store = open_store(db)
    try:
        restore_backup(store, "20250101T000000Z")
        assert schema_revision(store.engine) == HEAD_REVISION
        assert {a.id for a in store.load_network().actors} == {"ua-1", "ee-1"}
        foreign = folder / "n.sqlite.20250102T000000Z.manual.sqlite"
        with sqlite3.connect(foreign) as other:
            other.execute("CREATE TABLE recipes (name TEXT)")
        with pytest.raises(Exception, match="not a Sandbox Matchmaker database"):
            restore_backup(store, "20250102")
        assert {a.id for a in store.load_network().actors} == {"ua-1", "ee-1"}  # unchanged
    finally:
        store.close()


def test_two_backups_in_one_second_get_their_own_ids(db, monkeypatch):
    from datetime import UTC, datetime

    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 3, 1, 10, 15, 2, tzinfo=UTC)

    monkeypatch.setattr("matchmaker.backups.datetime", FrozenClock)
    store = open_store(db)
    try:
        ids = [create_backup(store.engine).id for _ in range(11)]
        assert ids[:3] == ["20260301T101502Z", "20260301T101502Z-2", "20260301T101502Z-3"]
        assert [b.id for b in list_backups(store.engine)] == ids[::-1]  # -10 sorts after -9
    finally:
        store.close()


def test_unknown_and_ambiguous_ids_are_named(db):
    store = open_store(db)
    try:
        with pytest.raises(BackupError, match="has no backups yet"):
            restore_backup(store, "latest")
        folder = backup_folder(Path(db))
        for backup_id in ("20250101T000000Z", "20250101T000000Z-2", "20250202T000000Z"):
            create_backup(store.engine).path.rename(folder / f"n.sqlite.{backup_id}.manual.sqlite")
        with pytest.raises(BackupError, match="no backup has the id '19990101'"):
            restore_backup(store, "19990101")
        with pytest.raises(BackupError, match="matches several backups"):
            restore_backup(store, "20250101")
        assert restore_backup(store, "202502").restored.id == "20250202T000000Z"  # a unique start will do
    finally:
        store.close()


def test_a_read_only_or_memory_store_takes_no_automatic_backup(db):
    memory = open_store("sqlite://")
    assert before_bulk_write(memory.engine, "import") is None
    memory.close()
    app = open_store(db, role="app")
    command = open_store(db)  # the app holds the database: this one only reads
    try:
        assert command.read_only and before_bulk_write(command.engine, "import") is None
        assert list_backups(Path(db)) == []
    finally:
        command.close()
        app.close()


@pytest.mark.postgres
def test_postgresql_backups_are_the_administrators_in_one_line(postgres_server, capsys):
    url = postgres_server.create_database()
    for action in (["list"], ["create"], ["restore", "latest", "--yes"]):
        code, out, err = run(capsys, "--db", url, "backup", *action)
        assert code == 2 and out == ""
        assert "pg_dump" in err and len(err.strip().splitlines()) == 1
    store = open_store(url)
    assert before_bulk_write(store.engine, "import") is None  # imports go on without one
    store.close()
