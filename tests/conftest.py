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
