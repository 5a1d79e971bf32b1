"""Opening a database: URL resolution, SQLite pragmas and migration to the newest schema.

Every entry point (CLI, UI, tests) opens the store through :func:`open_engine`, so a
database made by an older version is always upgraded before anything reads it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.pool import StaticPool

from matchmaker.paths import resolve_database_url

__all__ = ["open_engine", "upgrade_schema", "schema_revision", "HEAD_REVISION"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0004_event_venue"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-131072")  # up to 128 MiB: big imports stop thrashing the index pages
    cursor.close()


def create_store_engine(url: str) -> Engine:
    """An engine with our connection settings, without touching the schema."""
    if url.startswith("sqlite"):
        kwargs: dict = {"connect_args": {"check_same_thread": False}}
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = StaticPool  # one shared in-memory database
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (the newest by default)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), revision)


def schema_revision(engine: Engine) -> str | None:
    """The migration revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_engine(db: str | None = None, *, migrate: bool = True) -> Engine:
    """Open (and by default upgrade) the database named by ``db``, env or the default."""
    engine = create_store_engine(resolve_database_url(db))
    if migrate and schema_revision(engine) != HEAD_REVISION:
        upgrade_schema(engine)
    return engine
