"""Opening a database: URL checks, SQLite pragmas, busy waits and migration to the newest schema.

Every entry point (CLI, UI, tests) opens the store through :func:`open_engine` (directly or via
:func:`matchmaker.store.open_store`), so a database made by an older version is always upgraded
before anything reads it, and anything that is not one of our databases is refused in one line
before SQLAlchemy could turn it into a traceback.

Concurrent writers wait instead of failing: SQLite connections carry a busy timeout, PostgreSQL
sessions a ``lock_timeout``, and the migration itself runs under a lock (``BEGIN IMMEDIATE`` /
an advisory lock) so two processes opening a new database at once do not both create it.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.pool import StaticPool

from matchmaker.db_errors import install_error_translation
from matchmaker.errors import StoreError
from matchmaker.i18n import _
from matchmaker.paths import resolve_database_url, sqlite_file
from matchmaker.schema_head import HEAD_REVISION

__all__ = [
    "open_engine",
    "create_store_engine",
    "check_database_url",
    "check_schema",
    "take_write_lock",
    "prepare_schema",
    "upgrade_schema",
    "schema_revision",
    "describe_database",
    "database_file_of",
    "HEAD_REVISION",
    "BUSY_WAIT_SECONDS",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# How long a writer waits for another one before giving up with a DatabaseBusyError. Long enough
# for a 100,000-actor import of someone else to finish; the CLI's --wait changes it.
BUSY_WAIT_SECONDS = 60.0
_MIGRATION_LOCK_KEY = 0x4D4D_4D49_4752  # PostgreSQL advisory lock id: one migration at a time
_PG_DRIVERS = {"psycopg": "psycopg", "psycopg2": "psycopg2", "pg8000": "pg8000", "asyncpg": "asyncpg"}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-131072")  # up to 128 MiB: big imports stop thrashing the index pages
    cursor.close()


_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


def _write_lock_first(conn, cursor, statement, parameters, _context, _executemany):
    """Begin a real SQLite transaction, holding the write lock, before a transaction's first write.

    Python's sqlite3 begins one only before INSERT/UPDATE/DELETE, and a deferred one: schema
    statements (an import drops and rebuilds an empty table's indexes) then ran outside any
    transaction — a cancelled import left the indexes dropped — and two writers could read, then
    collide on the upgrade to a write lock. ``BEGIN IMMEDIATE`` waits its turn (the busy timeout)
    and makes everything after it one transaction.
    """
    if not conn.connection.driver_connection.in_transaction and statement.lstrip()[:8].upper().startswith(
        _WRITE_VERBS
    ):
        cursor.execute("BEGIN IMMEDIATE")
    return statement, parameters


def take_write_lock(connection) -> None:
    """Start the open transaction as a writer, before its first read.

    SQLite: ``BEGIN IMMEDIATE`` waits its turn behind another writer (the busy timeout) and then
    holds the write lock, so what the transaction reads stays true until it commits (two imports
    at once would otherwise both see an empty table and both insert). PostgreSQL needs nothing:
    a conflict there fails one side, which :func:`matchmaker.db_errors.retry_when_busy` runs again.
    """
    if connection.dialect.name == "sqlite" and not connection.connection.driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # the journal mode is the writer's to choose
    cursor.execute("PRAGMA cache_size=-131072")
    cursor.close()


def describe_database(url: str) -> str:
    """How messages name a database: the file path, or the URL without its password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return re.sub(r"://([^:/@]*):[^@/]*@", r"://\1:***@", url)


def database_file_of(engine: Engine) -> Path | None:
    """The SQLite file an engine works on (also when opened read-only), None for a server or memory."""
    if engine.url.get_backend_name() != "sqlite":
        return None
    name = engine.url.database or ""
    if name.startswith("file:"):
        name = unquote(name[len("file:") :])
    return Path(name) if name not in ("", ":memory:") else None


def _where(engine: Engine) -> str:
    path = database_file_of(engine)
    return str(path) if path is not None else engine.url.render_as_string(hide_password=True)


def check_database_url(url: str) -> None:
    """Refuse, in one line, a ``--db`` that cannot be a database of ours (before any file is touched).

    Only ``os.stat`` is used on the path: the database file is never opened outside SQLite.
    """
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    backend, _plus, driver = scheme.partition("+")
    if backend == "sqlite":
        path = sqlite_file(url)
        if path is None:
            return
        if path.is_dir():
            raise StoreError(_("{path} is a folder, not a database file").format(path=path))
        if not path.parent.is_dir():
            raise StoreError(
                _("{path}: the folder {folder} does not exist").format(path=path, folder=path.parent)
            )
        if path.exists() and not path.is_file():
            raise StoreError(_("{path} is not a regular file").format(path=path))
        return
    if backend == "postgresql":
        module = _PG_DRIVERS.get(driver or "psycopg", driver)
        if importlib.util.find_spec(module) is None:
            raise StoreError(
                _(
                    "PostgreSQL needs the {module} driver, which is not installed: "
                    "pip install 'sandbox-matchmaker[postgres]'"
                ).format(module=module)
            )
        return
    raise StoreError(
        _("{url}: not a database this app can open; give a SQLite file path or a postgresql:// URL").format(
            url=describe_database(url)
        )
    )


def create_store_engine(
    url: str, *, read_only: bool = False, immutable: bool = False, wait: float | None = None, why=None
) -> Engine:
    """An engine with our connection settings, without touching the schema.

    ``read_only`` opens a SQLite file with ``mode=ro`` (such a connection never checkpoints or
    deletes the write-ahead log, whoever else has the file open); ``immutable`` additionally
    reads it without a ``-shm`` file, for a read-only file in a read-only folder. ``why`` is a
    callable giving the reason a store is read-only, for the message a refused write shows.
    """
    wait = BUSY_WAIT_SECONDS if wait is None else wait
    where = describe_database(url)
    if url.startswith("sqlite"):
        kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": wait}}
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = StaticPool  # one shared in-memory database
        elif read_only:
            query = "mode=ro&immutable=1" if immutable else "mode=ro"
            url = f"sqlite:///file:{quote(str(sqlite_file(url)))}?{query}&uri=true"
        engine = _create(url, where, **kwargs)
        event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
        if not read_only:
            event.listen(engine, "before_cursor_execute", _write_lock_first, retval=True)
    else:
        # lock_timeout bounds every wait for a row or table lock, as SQLite's busy timeout does
        options = f"-c lock_timeout={int(wait * 1000)}"
        engine = _create(url, where, pool_pre_ping=True, connect_args={"options": options})
    install_error_translation(engine, where, wait, why or (lambda: None))
    return engine


def _create(url: str, where: str, **kwargs) -> Engine:
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        return create_engine(url, **kwargs)
    except NoSuchModuleError as error:
        raise StoreError(
            _(
                "{url}: not a database this app can open; give a SQLite file path or a postgresql:// URL"
            ).format(url=where)
        ) from error
    except ArgumentError as error:
        raise StoreError(
            _("{url} is not a valid database address: {detail}").format(url=where, detail=error)
        ) from error
    except ImportError as error:
        raise StoreError(
            _("{url} needs the Python package {module}, which is not installed").format(
                url=where, module=error.name or error
            )
        ) from error


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` (the newest by default), one process at a time."""
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # the write lock first: a second process opening the same new file waits here, then
            # finds the schema made and does nothing (alembic's upgrade to head is idempotent)
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        elif connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        command.upgrade(_alembic_config(connection), revision)


def schema_revision(engine: Engine) -> str | None:
    """The migration revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return {name for name in inspect(connection).get_table_names() if not name.startswith("sqlite_")}


def check_schema(engine: Engine) -> str | None:
    """The revision the database is at (None: empty), after checking it is ours and not too new.

    Refuses a SQLite or PostgreSQL database holding someone else's tables, and one made by a
    newer version of the app (downgrading would lose what that version stored). Reads only.
    """
    where = _where(engine)
    tables = _tables(engine)
    revision = schema_revision(engine) if "alembic_version" in tables else None
    if revision == HEAD_REVISION:
        return revision
    if revision is None and tables - {"alembic_version"}:
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError(
            _("{db} is not a Sandbox Matchmaker database (it holds other tables: {tables})").format(
                db=where, tables=shown
            )
        )
    if revision is not None and revision not in _known_revisions():
        raise StoreError(
            _(
                "{db} was made by a newer version of Sandbox Matchmaker (schema {revision}; this version "
                "knows up to {head}): update the app to open it"
            ).format(db=where, revision=revision, head=HEAD_REVISION)
        )
    return revision


def prepare_schema(engine: Engine, *, read_only: bool = False, why: str | None = None) -> str | None:
    """Check the database is ours and bring it to the newest schema; returns the revision it had."""
    revision = check_schema(engine)
    if revision == HEAD_REVISION:
        _track_unless_read_only(engine, read_only)
        return revision
    if read_only:
        where = _where(engine)
        reason = why or _("it is open read-only")
        if revision is None:
            raise StoreError(
                _("{db} is empty and cannot be set up: {reason}").format(db=where, reason=reason)
            )
        raise StoreError(
            _("{db} needs upgrading to this version's schema, which cannot be done now: {reason}").format(
                db=where, reason=reason
            )
        )
    upgrade_schema(engine)
    _track_unless_read_only(engine, read_only)
    return revision


def _track_unless_read_only(engine: Engine, read_only: bool) -> None:
    """Writes through this engine move the network's generation on (``matchmaker.generation``)."""
    if not read_only:
        from matchmaker.generation import track_generation

        track_generation(engine)


def open_engine(
    db: str | None = None, *, migrate: bool = True, read_only: bool = False, wait: float | None = None
) -> Engine:
    """Open (and by default upgrade) the database named by ``db``, env or the default."""
    url = resolve_database_url(db)
    check_database_url(url)
    engine = create_store_engine(url, read_only=read_only, wait=wait)
    if migrate:
        try:
            prepare_schema(engine, read_only=read_only)
        except BaseException:
            engine.dispose()
            raise
    return engine
