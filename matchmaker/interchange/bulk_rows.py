"""Feeding a million rows to the database driver: the fast lanes of the bulk import writer.

Rows arrive as tuples already in the driver's form and go straight to ``executemany``
(SQLite) or ``COPY`` (PostgreSQL), with the settings that make a bulk load cheap on each:
a page cache big enough for the import, secondary indexes and foreign keys of an empty
table built or checked once after the load. All of it runs inside the import's one
transaction (:func:`matchmaker.interchange.load.import_document`), so a failure undoes it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import chain

from sqlalchemy import Connection, Table, func, select

from matchmaker.interchange.copy_text import CopyText, copy_lines

__all__ = [
    "BATCH",
    "IMPORT_CACHE_BYTES",
    "bulk_upsert",
    "chunks",
    "copy_staged_text",
    "copy_staged_ties",
    "count_rows",
    "foreign_keys_checked_after",
    "indexes_built_after",
    "keys_built_after",
    "references_checked_by_us",
    "roomy_cache",
    "staged_tie_keys",
    "staged_ties_attached",
]

BATCH = 5_000
# SQLite: rows written by one INSERT of many VALUES rows. Each statement run costs ~2 µs of
# driver and VDBE set-up, more than the B-tree insert itself; 200 rows a statement halves the
# time of two million skill links (bench_scale, scale-import)
ROWS_PER_STATEMENT = 200


def chunks(items: list, size: int = BATCH) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def bulk_upsert(
    connection: Connection,
    table: Table,
    columns: tuple[str, ...],
    keys: tuple[str, ...] | None,
    rows: Iterable[tuple],
    on_rows: Callable[[int], None] | None = None,
    keep: tuple[str, ...] = (),
) -> None:
    """``upsert_rows`` for millions of rows: plain tuples straight to the driver's executemany.

    SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself, so the
    hot tables (ties, skill links) skip it. Values must already be in the driver's form. On
    SQLite each statement carries :data:`ROWS_PER_STATEMENT` rows (one ``VALUES`` list, rows
    taken in order, so row ids and "the last one wins" on conflict are as one row at a time).

    A ``date`` value goes to SQLite as the ISO text SQLAlchemy's ``Date`` stores
    (``YYYY-MM-DD``), through an adapter that is ``date.isoformat`` itself: a C method, so a
    million tie records go to the driver as they are, with no row rebuilt to turn their day
    into text. It is the text Python's own default adapter writes (deprecated in 3.12),
    registered explicitly; ``datetime`` values keep their own adapter.
    With ``keys=None`` the rows are known to be new and go in as a plain INSERT (~40 % faster);
    columns in ``keep`` are written for new rows and left alone on conflict.
    """
    if connection.dialect.name == "postgresql":
        _copy_upsert(connection, table, columns, keys, rows, on_rows, keep)
        return
    head = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
    tail = ""
    if keys:
        updates = [c for c in columns if c not in keys and c not in keep]
        action = (
            f"DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in updates)}" if updates else "DO NOTHING"
        )
        tail = f" ON CONFLICT ({', '.join(keys)}) {action}"
    sqlite3.register_adapter(date, date.isoformat)  # a day as ISO text (see the docstring)
    raw = connection.connection.driver_connection
    per = max(1, min(ROWS_PER_STATEMENT, raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns)))
    one_row = f"({', '.join(['?'] * len(columns))})"
    many_sql = head + ", ".join([one_row] * per) + tail
    rows = rows if isinstance(rows, list) else list(rows)
    for batch in chunks(rows, BATCH * 4):  # slices: no Python step per row
        whole = len(batch) - len(batch) % per
        if whole:
            flat = chain.from_iterable
            connection.exec_driver_sql(
                many_sql, [tuple(flat(batch[i : i + per])) for i in range(0, whole, per)]
            )
        if whole < len(batch):
            rest = batch[whole:]
            connection.exec_driver_sql(
                head + ", ".join([one_row] * len(rest)) + tail, tuple(chain.from_iterable(rest))
            )
        if on_rows:
            on_rows(len(batch))


def _copy_upsert(
    connection: Connection,
    table: Table,
    columns: tuple[str, ...],
    keys: tuple[str, ...] | None,
    rows: Iterable[tuple],
    on_rows: Callable[[int], None] | None,
    keep: tuple[str, ...],
) -> None:
    """PostgreSQL: ``COPY … FROM STDIN`` (several times faster than batched INSERTs), the rows
    made into COPY text here, a batch at a time."""
    texts = [CopyText() for _ in columns]
    with _copying_into(connection, table, columns, keys, keep) as copy:
        for batch in chunks(rows if isinstance(rows, list) else list(rows), BATCH * 4):
            copy.write(copy_lines(batch, texts))
            if on_rows:
                on_rows(len(batch))


@contextmanager
def _copying_into(
    connection: Connection,
    table: Table,
    columns: tuple[str, ...],
    keys: tuple[str, ...] | None,
    keep: tuple[str, ...] = (),
) -> Iterator:
    """PostgreSQL: a ``COPY … FROM STDIN`` to write COPY text into, for ``table``'s ``columns``.

    New rows are copied straight into the table; rows that may exist already are copied into a
    temporary table first and moved with one ``INSERT … SELECT … ON CONFLICT`` (rows must be
    unique on ``keys``: PostgreSQL refuses to update one row twice in one statement).
    """
    # the lock COPY takes anyway, taken through the engine: a waiting writer, a timeout or a
    # login that may only read fails here as the one-line message every other statement gives
    # (the driver's cursor below bypasses the engine's error translation)
    connection.exec_driver_sql(f"LOCK TABLE {table.name} IN ROW EXCLUSIVE MODE")
    cursor = connection.connection.driver_connection.cursor()
    names = ", ".join(columns)
    target = table.name
    if keys:
        target = f"import_{table.name}"
        cursor.execute(f"CREATE TEMPORARY TABLE {target} AS SELECT {names} FROM {table.name} WITH NO DATA")
    copy_sql = f"COPY {target} ({names}) FROM STDIN"
    # the driver's cursor bypasses the engine's statement events: announce the COPY as the
    # engine would, so its listeners (the network generation, matchmaker.generation) see the write
    connection.dispatch.before_cursor_execute(connection, cursor, f"COPY {table.name}", (), None, False)
    with cursor.copy(copy_sql) as copy:
        yield copy
    if keys:
        updates = [c for c in columns if c not in keys and c not in keep]
        action = (
            f"DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in updates)}" if updates else "DO NOTHING"
        )
        cursor.execute(
            f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {target} "
            f"ON CONFLICT ({', '.join(keys)}) {action}"
        )
        cursor.execute(f"DROP TABLE {target}")


def count_rows(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar_one()


@contextmanager
def indexes_built_after(connection: Connection, table: Table) -> Iterator[None]:
    """Into an empty table, build the secondary indexes once at the end (a sort) instead of
    growing them by a million random inserts (~20 % of the tie write time). Unique
    constraints stay: the upserts rely on them. DDL is transactional, so a failure undoes it."""
    indexes = list(table.indexes) if count_rows(connection, table) == 0 else []
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


@contextmanager
def foreign_keys_checked_after(connection: Connection, table: Table) -> Iterator[None]:
    """PostgreSQL, into an empty table: check its foreign keys once at the end, not row by row.

    PostgreSQL checks a foreign key with a trigger per inserted row (most of a ``COPY``'s
    time); adding the constraint back after the load checks every row in one join, as
    ``pg_restore`` does. Like the index rebuild this runs in the import's transaction, so a
    failure undoes it, and a row that broke a reference fails the import whole.
    """
    if connection.dialect.name != "postgresql" or count_rows(connection, table):
        yield
        return
    keys = connection.exec_driver_sql(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
        (table.name,),
    ).all()
    quote = connection.dialect.identifier_preparer.quote
    for name, _definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {table.name} DROP CONSTRAINT {quote(name)}")
    yield
    for name, definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {table.name} ADD CONSTRAINT {quote(name)} {definition}")


@contextmanager
def keys_built_after(connection: Connection, table: Table) -> Iterator[None]:
    """PostgreSQL, into an empty table: build its primary key and unique constraints once after
    the load (a sort each), not by a B-tree insert per copied row, as ``pg_restore`` does.

    Only for rows known to be unique on those keys (the writer makes them so); a repeat would
    fail the re-added constraint, and with it the whole import. A key that a foreign key of
    another table refers to stays. Runs in the import's transaction: a failure undoes it.
    """
    if connection.dialect.name != "postgresql" or count_rows(connection, table):
        yield
        return
    keys = connection.exec_driver_sql(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint c "
        "WHERE conrelid = %(t)s::regclass AND contype IN ('p', 'u') AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid) "
        "ORDER BY contype, conname",
        {"t": table.name},
    ).all()
    quote = connection.dialect.identifier_preparer.quote
    for name, _definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {table.name} DROP CONSTRAINT {quote(name)}")
    yield
    if keys:  # index builds sort in memory rather than on disk (the default allows 64 MB)
        connection.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
    for name, definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {table.name} ADD CONSTRAINT {quote(name)} {definition}")


# SQLite's page cache while importing, at most: a 100,000-actor network is ~400 MB of pages;
# with the usual 128 MiB every index page is written out and read back again (2-3x slower)
IMPORT_CACHE_BYTES = 640 * 2**20


@contextmanager
def roomy_cache(connection: Connection, rows: int) -> Iterator[None]:
    """SQLite: let the page cache grow with the import (~200 bytes a row), then shrink it back.

    Setting the size back frees the pages above it, so the app does not keep an import's
    worth of memory afterwards.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    usual = raw.execute("PRAGMA cache_size").fetchone()[0]
    wanted = min(IMPORT_CACHE_BYTES, rows * 200) // 1024
    if usual < 0 and wanted > -usual:
        raw.execute(f"PRAGMA cache_size=-{wanted}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={usual}")


@contextmanager
def references_checked_by_us(connection: Connection) -> Iterator[None]:
    """SQLite: skip per-row foreign-key checks while importing (a third of the write time).

    ``_check_refs`` has already proved every reference, skill ids come from the resolver, and
    the pragma can only change outside a transaction, so it is set before ``begin`` and
    restored after commit or rollback.
    """
    raw = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


_STAGED = "staged_ties"  # the scratch database's schema name while attached


@contextmanager
def staged_ties_attached(connection: Connection, staged) -> Iterator[None]:
    """The child of :class:`~matchmaker.interchange.tie_stage.StagedTies` told which form this
    store wants the ties in (it writes them while the actors are written), and on SQLite its
    scratch database attached to the import's connection (outside its transaction: SQLite
    attaches only there), while the child may still be filling it (it is read only once
    written: ``copy_staged_ties``)."""
    from matchmaker.interchange.tie_stage import COPY_TEXT, SCRATCH_DATABASE

    if staged is None:
        yield
        return
    sqlite = connection.dialect.name == "sqlite"
    staged.ask(SCRATCH_DATABASE if sqlite else COPY_TEXT)
    if not sqlite:
        yield
        return
    raw = connection.connection.driver_connection
    raw.execute(f"ATTACH DATABASE ? AS {_STAGED}", (staged.path,))
    try:
        yield
    finally:
        raw.execute(f"DETACH DATABASE {_STAGED}")


STAGED_ROWS_PER_STATEMENT = 100_000  # a progress step and a chance to cancel


def copy_staged_ties(connection: Connection, on_rows: Callable[[int], None] | None = None) -> None:
    """SQLite: the attached staged ties into ``tie`` as ``bulk_upsert`` writes them, in their
    rowid order (by source, each source's ties as written, so a repeated (source, target, kind)
    keeps the first row's id and the last one's values), ``STAGED_ROWS_PER_STATEMENT`` a
    statement: SQLite's C code only, no row through Python."""
    count = connection.exec_driver_sql(f"SELECT max(rowid) FROM {_STAGED}.tie").scalar() or 0
    sql = (
        "INSERT INTO tie (source, target, kind, since, weight) "
        f"SELECT source, target, kind, since, weight FROM {_STAGED}.tie "
        "WHERE rowid > ? AND rowid <= ? ORDER BY rowid "
        "ON CONFLICT (source, target, kind) DO UPDATE SET since = excluded.since, weight = excluded.weight"
    )
    for start in range(0, count, STAGED_ROWS_PER_STATEMENT):
        end = min(count, start + STAGED_ROWS_PER_STATEMENT)
        connection.exec_driver_sql(sql, (start, end))
        if on_rows:
            on_rows(end - start)


STAGED_BYTES_PER_WRITE = 4 * 2**20  # ~90,000 ties: a progress step and a chance to cancel


def copy_staged_text(
    connection: Connection,
    table: Table,
    columns: tuple[str, ...],
    keys: tuple[str, ...] | None,
    path: str,
    on_rows: Callable[[int], None] | None = None,
) -> None:
    """PostgreSQL: the COPY text file the tie child wrote (rows unique, in the writer's order)
    streamed into ``COPY … FROM STDIN`` as it is: no row through Python, no read-back."""
    with _copying_into(connection, table, columns, keys) as copy, open(path, "rb") as text:
        while step := text.read(STAGED_BYTES_PER_WRITE):
            step += text.readline()  # whole rows a step, so the progress counts rows
            copy.write(step)
            if on_rows:
                on_rows(step.count(b"\n"))


def staged_tie_keys(connection: Connection) -> tuple[int, int]:
    """SQLite: how many distinct (source, target, kind) the attached staged ties hold, and how
    many of those are stored already (a dry run's counts, found by SQLite without a Python
    tuple per tie)."""
    distinct, stored = connection.exec_driver_sql(
        "SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM main.tie AS t WHERE t.source = s.source"
        " AND t.target = s.target AND t.kind = s.kind)), 0)"
        f" FROM (SELECT DISTINCT source, target, kind FROM {_STAGED}.tie) AS s"
    ).one()
    return distinct, stored
