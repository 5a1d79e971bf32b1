"""Peeking at a database before its store is open (issue 12): what the app shows first, and when not.

The app shows the directory and the map of a network it opened before from what was kept beside
the database, read through SQLite's own driver while the store (SQLAlchemy, the schema check)
still opens. The peek must never show what the database no longer holds: a network changed since
the preview was kept, a database still to be upgraded, or a file that is not ours give nothing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.store_peek import peek_generation, peek_positions, peek_preview


def _copy_database(source: Path, target: Path) -> None:
    """Through SQLite's backup API: the database file is never opened outside SQLite."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def keep_demo(demo_store_path: Path, folder: Path, monkeypatch) -> tuple[Path, list]:
    """A copy of the demo database opened once: its preview kept (as for a big network) and a
    layout saved. Returns its path and its actors."""
    from matchmaker import kept
    from matchmaker.generation import network_generation
    from matchmaker.network_preview import keep_preview
    from matchmaker.store import open_store

    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)  # the demo is small: keep it as a big one is
    db = folder / "kept.sqlite"
    _copy_database(demo_store_path, db)
    store = open_store(str(db))
    try:
        net = store.load_network()
        keep_preview(store, net, network_generation(store.engine))
        store.save_positions({a.id: (float(i), float(i % 7)) for i, a in enumerate(net.actors)})
    finally:
        store.close()
    return db, net.actors


@pytest.fixture
def kept_demo(demo_store_path, tmp_path, monkeypatch):
    return keep_demo(demo_store_path, tmp_path, monkeypatch)


def test_a_network_opened_before_is_peeked_at_with_its_layout(kept_demo):
    db, actors = kept_demo
    preview = peek_preview(db)
    assert preview is not None
    assert preview.directory.ids == [a.id for a in actors]
    assert preview.directory.names == [a.name for a in actors]
    placed = peek_positions(db, preview)
    assert placed.positions[actors[3].id] == (3.0, 3.0)
    assert placed.xy[10].tolist() == [10.0, 3.0]


def test_peeking_needs_neither_sqlalchemy_nor_the_store(kept_demo):
    """What makes it quick: the store's opening imports SQLAlchemy and the models (a second or more)."""
    db, actors = kept_demo
    code = (
        "import sys; from pathlib import Path; from matchmaker.store_peek import peek_preview, peek_positions; "
        f"p = peek_positions(Path({str(db)!r}), peek_preview(Path({str(db)!r}))); "
        "print(len(p.directory), len(p.positions), 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(actors)), str(len(actors)), "False"]


def test_a_preview_kept_before_another_program_wrote_is_not_trusted(kept_demo):
    from matchmaker.generation import network_generation
    from matchmaker.store import open_store

    db, actors = kept_demo
    other = open_store(str(db))  # another program renames an actor after the preview was kept
    try:
        other.update_actor_values(actors[0].id, {"name": "Renamed elsewhere"})
        assert peek_generation(db) == network_generation(other.engine)
    finally:
        other.close()
    assert peek_preview(db) is None


def test_a_database_still_to_be_upgraded_is_not_peeked_at(kept_demo):
    db, _actors = kept_demo
    with sqlite3.connect(db) as connection:  # as a database of the version before this one
        connection.execute("UPDATE alembic_version SET version_num = '0006_network_generation'")
    connection.close()
    assert peek_generation(db) is None
    assert peek_preview(db) is None


def test_nothing_is_peeked_at_in_a_missing_empty_or_foreign_file(tmp_path):
    missing = tmp_path / "missing.sqlite"
    assert peek_preview(missing) is None
    assert not missing.exists()  # a peek creates nothing
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert peek_preview(empty) is None
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(b"not a database at all " * 100)
    assert peek_preview(noise) is None
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    assert peek_generation(foreign) is None


def test_the_peek_knows_the_newest_migration():
    """A new migration moves ``HEAD_REVISION`` on; a stale one would only make every peek give nothing."""
    from alembic.script import ScriptDirectory

    from matchmaker.db import HEAD_REVISION, MIGRATIONS_DIR
    from matchmaker.schema_head import HEAD_REVISION as PEEKED_HEAD

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION == PEEKED_HEAD
