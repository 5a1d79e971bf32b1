"""Schema changes go through migrations, and an older database opens with nothing lost."""

import shutil
from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from matchmaker.db import HEAD_REVISION, create_store_engine, open_engine, schema_revision, upgrade_schema
from matchmaker.paths import resolve_database_url
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
