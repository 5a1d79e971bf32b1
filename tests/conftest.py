"""Shared fixtures: a fresh store on SQLite, and the same on a real PostgreSQL server."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from matchmaker.compiled_translations import build_stale  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402

build_stale()  # the .qm/.mo files the tests read, built from the .ts/.po sources as `make test` does


@pytest.fixture(scope="session")
def postgres_server():
    server = PostgresServer()
    if not server.start():
        if os.environ.get("MATCHMAKER_REQUIRE_POSTGRES"):
            pytest.fail(server.error)
        pytest.skip(server.error)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """URL of a new, empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite")
    return request.getfixturevalue("postgres_server").create_database()


@pytest.fixture
def postgres_or_sqlite_url(request, tmp_path):
    """A factory of further empty databases on the same backend as ``db_url``."""
    counter = iter(range(1000))

    def make() -> str:
        if "[postgres" in request.node.name:
            return request.getfixturevalue("postgres_server").create_database()
        return str(tmp_path / f"extra-{next(counter)}.sqlite")

    return make


@pytest.fixture
def store(db_url):
    """An opened (migrated, taxonomy-seeded) store on an empty network, on each backend."""
    from matchmaker.store import open_store

    opened = open_store(db_url)
    yield opened
    opened.engine.dispose()


@pytest.fixture
def sqlite_store(tmp_path):
    """A store on SQLite only, for tests that are not about the backend."""
    from matchmaker.store import open_store

    opened = open_store(str(tmp_path / "test.sqlite"))
    yield opened
    opened.engine.dispose()


@pytest.fixture(scope="session")
def demo_store_path(tmp_path_factory):
    """A SQLite file holding the demo network, built once per session; copy before writing to it."""
    from matchmaker.demo import seed_demo
    from matchmaker.store import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(str(path))
    seed_demo(store)
    store.engine.dispose()
    return path


@pytest.fixture
def demo_store(demo_store_path, tmp_path):
    """A private copy of the demo store, safe to modify."""
    import shutil

    from matchmaker.store import open_store

    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_store_path, copy)
    opened = open_store(str(copy))
    yield opened
    opened.engine.dispose()


@pytest.fixture(scope="session")
def kept_demo_path(demo_store_path, tmp_path_factory):
    """The demo database with its model fitted once a session and kept beside it, as a big
    network's is (the demo is small): what spawned rankers open. Copy before use (``kept_demo_store``)."""
    import shutil

    from matchmaker import kept
    from matchmaker.match import PartnerRecommender, kept_check
    from matchmaker.store import open_store

    path = tmp_path_factory.mktemp("kept-demo") / "demo.sqlite"
    shutil.copy(demo_store_path, path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kept, "KEEP_FROM_ACTORS", 1)
        store = open_store(str(path))
        assert kept_check.kept_model_for(store, PartnerRecommender(), store.load_network()) is not None
        store.engine.dispose()
    return path


@pytest.fixture
def kept_demo_store(kept_demo_path, tmp_path):
    """A private copy of the kept demo: its database and what is kept beside it."""
    import shutil

    from matchmaker.kept import kept_folder
    from matchmaker.store import open_store

    copy = tmp_path / kept_demo_path.name
    shutil.copy(kept_demo_path, copy)
    shutil.copytree(kept_folder(kept_demo_path), kept_folder(copy))
    opened = open_store(str(copy))
    yield opened
    opened.engine.dispose()
