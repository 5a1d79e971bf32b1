"""Schema changes go through migrations, and an older database opens with nothing lost."""

import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from matchmaker.db import HEAD_REVISION, create_store_engine, open_engine, schema_revision, upgrade_schema
from matchmaker.paths import resolve_database_url
from matchmaker.records import ActorRecord, TieRecord
from matchmaker.store import open_store

V0001 = Path(__file__).parent / "data" / "v0001.sqlite"


def test_a_database_made_by_the_first_migration_opens_with_nothing_lost(tmp_path):
    copy = tmp_path / "old.sqlite"
    shutil.copy(V0001, copy)
    assert schema_revision(create_store_engine(resolve_database_url(str(copy)))) == "0001"

    store = open_store(str(copy))
    assert schema_revision(store.engine) == HEAD_REVISION
    net = store.load_network()
    actors = net.actor_index()
    assert set(actors) == {"ua-1", "ee-1"}
    assert actors["ua-1"].native_name == "Швидко"
    assert actors["ua-1"].sectors == ("e-health",)
    assert actors["ua-1"].offers == {"egov:old-skill": 1.0}
    assert actors["ee-1"].visibility == "council"
    assert [(t.source, t.target, t.kind, t.since, t.weight) for t in net.ties] == [
        ("ua-1", "ee-1", "partner", date(2024, 6, 1), 2.0)
    ]
    assert [(p.event, p.actor) for p in net.participations] == [("hack-2024", "ua-1")]
    assert [(e.id, e.venue, e.agenda) for e in net.events] == [
        ("hack-2024", None, None)
    ]  # 0004 adds them empty
    assert [(d.a, d.b, d.status, d.note) for d in net.decisions] == [
        ("ee-1", "ua-1", "met", "coffee in Kyiv")
    ]
    # the user-made skill survives next to the bundled taxonomy that the upgrade adds
    assert "egov:old-skill" in net.skills and len(net.skills) > 100


def test_models_match_the_newest_migration(db_url):
    engine = open_engine(db_url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_sqlite_runs_with_foreign_keys_and_wal(tmp_path):
    engine = open_engine(str(tmp_path / "x.sqlite"))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_upgrading_twice_is_harmless(tmp_path):
    engine = open_engine(str(tmp_path / "x.sqlite"))
    upgrade_schema(engine)
    assert schema_revision(engine) == HEAD_REVISION


def test_skill_links_live_in_their_key_after_the_upgrade_and_read_back_the_same(tmp_path):
    """0007 makes the links a WITHOUT ROWID table (a big import writes them once, not twice)."""
    copy = tmp_path / "old.sqlite"
    shutil.copy(V0001, copy)
    store = open_store(str(copy))
    with store.engine.connect() as connection:
        made = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'actor_skill'").scalar()
    assert "WITHOUT ROWID" in made
    assert store.load_network().actor_index()["ua-1"].offers == {"egov:old-skill": 1.0}
    store.set_skill_weight("ua-1", "offer", "egov:old-skill", 0.5)  # an edit updates the link in place
    store.set_skill_weight("ua-1", "offer", "egov:digital-identity", 1.0)
    offers = {"egov:old-skill": 0.5, "egov:digital-identity": 1.0}
    assert store.load_network().actor_index()["ua-1"].offers == offers


# ids whose order differs between bytes and a language's collation (upper case first in bytes,
# an accented letter after every plain one)
UNSORTED_IDS = ["b-2", "é-5", "B-1", "a-4", "A-3"]


def _0008_key_columns() -> dict[str, tuple[tuple[str, int], ...]]:
    import importlib.util

    from matchmaker.db import MIGRATIONS_DIR

    path = MIGRATIONS_DIR / "versions" / "0008_ids_compared_by_bytes.py"
    spec = importlib.util.spec_from_file_location("migration_0008", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.KEY_COLUMNS


def _key_collations(engine) -> dict[tuple[str, str], str | None]:
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT table_name, column_name, collation_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        ).all()
    wanted = {(table, name) for table, columns in _0008_key_columns().items() for name, _length in columns}
    collations = {(t, c): collation for t, c, collation in found if (t, c) in wanted}
    assert collations.keys() == wanted  # every column the migration names is in the schema
    return collations


def test_the_models_declare_byte_order_on_exactly_the_columns_migration_0008_changes():
    """Alembic's autogenerate compares no collations, so a model column made a key without
    ``byte_key`` (or a ``byte_key`` the migration never altered) would leave a PostgreSQL
    database made by ``create_all`` unlike one made by the migrations, unnoticed."""
    from sqlalchemy.dialects import postgresql

    import matchmaker.models  # noqa: F401  (registers the tables)

    dialect = postgresql.dialect()
    declared = {}
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            as_postgres = column.type.dialect_impl(dialect)
            if getattr(as_postgres, "collation", None) == "C":
                declared[(table.name, column.name)] = as_postgres.length
    migrated = {
        (table, name): length for table, columns in _0008_key_columns().items() for name, length in columns
    }
    assert declared == migrated


@pytest.mark.postgres
def test_postgresql_compares_ids_as_sqlite_does_and_the_upgrade_keeps_every_row(postgres_server, tmp_path):
    """0008 makes the key columns ``COLLATE "C"`` (the big import's key builds sort without
    ``strcoll``): ids then come back in the byte order SQLite gives, and a store made before
    it upgrades in place, its rows and foreign keys intact."""
    from alembic import command

    from matchmaker.db import _alembic_config

    orders = {}
    for where in ("sqlite", "postgres"):
        url = str(tmp_path / "ids.sqlite") if where == "sqlite" else postgres_server.create_database()
        store = open_store(url)
        for actor_id in UNSORTED_IDS:
            store.add_actor(ActorRecord(actor_id, "startup", f"Actor {actor_id}", "EE"))
        store.put_tie(TieRecord("b-2", "é-5", "partner"))
        with store.engine.connect() as connection:
            orders[where] = connection.exec_driver_sql("SELECT id FROM actor ORDER BY id").scalars().all()
        if where == "postgres":
            assert set(_key_collations(store.engine).values()) == {"C"}
            with store.engine.begin() as connection:  # back to before 0008: the database's own collation
                command.downgrade(_alembic_config(connection), "0007_actor_skill_without_rowid")
            assert set(_key_collations(store.engine).values()) == {None}
            store.close()
            store = open_store(url)  # upgrades again, in place
            assert set(_key_collations(store.engine).values()) == {"C"}
            assert schema_revision(store.engine) == HEAD_REVISION
            net = store.load_network()
            assert sorted(a.id for a in net.actors) == sorted(UNSORTED_IDS)
            assert [(t.source, t.target) for t in net.ties] == [("b-2", "é-5")]
            store.delete_actor("é-5")  # the foreign keys still cascade
            assert store.load_network().ties == []
        store.close()
    assert orders["postgres"] == orders["sqlite"] == sorted(UNSORTED_IDS)
