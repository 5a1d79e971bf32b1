"""Rotating backups of a SQLite database, taken through SQLite's online backup API.

Before every write that replaces or merges much of the network (an import, ``demo --reset``,
a restore, forgetting a person) :func:`before_bulk_write` copies the database into
``backups/`` beside it: ``NAME.sqlite.20261201T101502Z.import.sqlite``. The copy is made by
SQLite itself (``sqlite3.Connection.backup`` on the engine's own connection, one consistent
snapshot while other programs go on reading and writing) — the database file is never opened
as a plain file, which would drop SQLite's locks. Each backup is an ordinary, self-contained
SQLite database (no ``-wal``), written under a temporary name and renamed whole.

The newest :data:`DEFAULT_KEEP` automatic backups of each database are kept (the
``MATCHMAKER_BACKUPS_KEEP`` environment variable changes the number; ``0`` stops automatic
backups); backups made by hand (``matchmaker backup create``) are never rotated away.

:func:`restore_backup` copies a backup back into the live database through the same API (the
copy holds SQLite's write lock until it is complete, so other programs see the old network or
the restored one, never a mix), after taking a backup of the current state.

PostgreSQL databases are backed up by their server's administrator (``pg_dump``);
:class:`BackupsUnavailableError` says so in one line.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine

from matchmaker.errors import MatchmakerError, StoreError
from matchmaker.i18n import _

__all__ = [
    "Backup",
    "BackupError",
    "BackupsUnavailableError",
    "DEFAULT_KEEP",
    "KEEP_ENV_VAR",
    "MANUAL",
    "backup_folder",
    "before_bulk_write",
    "configured_keep",
    "create_backup",
    "find_backup",
    "list_backups",
    "restore_backup",
]

DEFAULT_KEEP = 10
KEEP_ENV_VAR = "MATCHMAKER_BACKUPS_KEEP"
FOLDER_NAME = "backups"
MANUAL = "manual"  # made by hand: never rotated away
_STAMP = "%Y%m%dT%H%M%SZ"
_REASON = re.compile(r"^[a-z][a-z-]{0,30}$")


class BackupError(MatchmakerError):
    """A backup cannot be made, found or restored; says which and why."""


class BackupsUnavailableError(BackupError):
    """The database is not a SQLite file (a PostgreSQL server, or in memory)."""


@dataclass(frozen=True)
class Backup:
    """One backup file of one database."""

    id: str  # "20261201T101502Z", with "-2", "-3" … when several were taken within one second
    reason: str  # import, replace, restore, forget, merge, manual …
    path: Path
    taken_at: datetime  # UTC

    @property
    def automatic(self) -> bool:
        return self.reason != MANUAL

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def sort_key(self) -> tuple:
        stamp, _sep, sequence = self.id.partition("-")
        return (stamp, int(sequence or 1))


def backup_folder(db_file: Path) -> Path:
    """Where the backups of ``db_file`` are kept: ``backups/`` beside it."""
    return db_file.parent / FOLDER_NAME


def _database_file(engine: Engine) -> Path:
    from matchmaker.db import database_file_of

    db_file = database_file_of(engine)
    if db_file is None:
        if engine.dialect.name == "postgresql":
            raise BackupsUnavailableError(
                _(
                    "backups of a PostgreSQL database are the server administrator's to make "
                    "(pg_dump, or the server's own backup); this app makes backups of SQLite files only"
                )
            )
        raise BackupsUnavailableError(_("an in-memory database has no file to back up"))
    return db_file


def configured_keep() -> int:
    """How many automatic backups to keep per database (``MATCHMAKER_BACKUPS_KEEP``, default 10)."""
    raw = os.environ.get(KEEP_ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_KEEP
    try:
        keep = int(raw)
    except ValueError:
        keep = -1
    if keep < 0:
        raise BackupError(
            _("{var}={value!r}: give the number of backups to keep (0 turns automatic backups off)").format(
                var=KEEP_ENV_VAR, value=raw
            )
        )
    return keep


def list_backups(engine_or_file: Engine | Path) -> list[Backup]:
    """The backups of one database, newest first."""
    db_file = engine_or_file if isinstance(engine_or_file, Path) else _database_file(engine_or_file)
    folder = backup_folder(db_file)
    pattern = re.compile(rf"^{re.escape(db_file.name)}\.(\d{{8}}T\d{{6}}Z(?:-\d+)?)\.([a-z][a-z-]*)\.sqlite$")
    found = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise BackupError(f"{folder}: {error.strerror or error}") from None
    for entry in entries:
        match = pattern.match(entry.name)
        if match and entry.is_file():
            stamp = datetime.strptime(match.group(1).partition("-")[0], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(match.group(1), match.group(2), entry, stamp))
    return sorted(found, key=Backup.sort_key, reverse=True)


def find_backup(engine: Engine, backup_id: str) -> Backup:
    """The backup ``backup_id`` names: its id (or a unique start of it), or ``latest``."""
    backups = list_backups(engine)
    if not backups:
        raise BackupError(
            _("{db} has no backups yet (they are kept in {folder})").format(
                db=_database_file(engine), folder=backup_folder(_database_file(engine))
            )
        )
    if backup_id == "latest":
        return backups[0]
    exact = [b for b in backups if b.id == backup_id]
    matching = exact or [b for b in backups if b.id.startswith(backup_id)]
    if len(matching) == 1:
        return matching[0]
    if not matching:
        raise BackupError(
            _("no backup has the id {id!r}; `matchmaker backup list` shows them").format(id=backup_id)
        )
    raise BackupError(
        _("{id!r} matches several backups ({ids}); give more of the id").format(
            id=backup_id, ids=", ".join(b.id for b in matching[:4])
        )
    )


def _new_id(db_file: Path, now: datetime) -> str:
    stamp = now.strftime(_STAMP)
    taken = {b.id for b in list_backups(db_file)}
    if stamp not in taken:
        return stamp
    sequence = 2
    while f"{stamp}-{sequence}" in taken:
        sequence += 1
    return f"{stamp}-{sequence}"


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, exist_ok=True)  # backups hold personal data: the owner's only
    except OSError as error:
        raise BackupError(
            _("{folder}: cannot be made for the backups: {reason}").format(
                folder=folder, reason=error.strerror or error
            )
        ) from None


def create_backup(engine: Engine, reason: str = MANUAL, keep: int | None = None) -> Backup:
    """Copy the database into a new backup now; then drop automatic backups beyond ``keep``.

    ``keep`` defaults to :func:`configured_keep`. Raises :class:`BackupError` (nothing
    half-written is left behind) or :class:`BackupsUnavailableError`.
    """
    from matchmaker.atomic import WriteError, atomic_file

    if not _REASON.match(reason):
        raise ValueError(f"a backup reason is a lower-case word; got {reason!r}")
    db_file = _database_file(engine)
    folder = backup_folder(db_file)
    _make_folder(folder)
    now = datetime.now(UTC)
    backup_id = _new_id(db_file, now)
    target = folder / f"{db_file.name}.{backup_id}.{reason}.sqlite"
    try:
        with atomic_file(target) as temporary:
            _copy_out(engine, temporary)
    except WriteError as error:
        raise BackupError(_("the backup could not be written: {error}").format(error=error)) from None
    except sqlite3.Error as error:
        raise BackupError(
            _("{target}: the backup could not be made (SQLite: {error})").format(target=target, error=error)
        ) from None
    backup = Backup(backup_id, reason, target, now.replace(microsecond=0))
    _rotate(db_file, configured_keep() if keep is None else keep, backup)
    return backup


def _copy_out(engine: Engine, temporary: Path) -> None:
    """SQLite's backup API from the engine's own connection into ``temporary`` (a new database)."""
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(temporary)
        try:
            raw.driver_connection.backup(destination)
            # a self-contained file: the copy of a WAL database would otherwise keep -wal/-shm beside it
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        raw.close()


def _rotate(db_file: Path, keep: int, newest: Backup) -> None:
    """Drop the oldest automatic backups so that ``keep`` remain; after an automatic backup only."""
    if not newest.automatic:
        return
    automatic = [b for b in list_backups(db_file) if b.automatic]
    for old in automatic[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)


def _is_read_only(engine: Engine) -> bool:
    return engine.url.query.get("mode") == "ro"  # matchmaker.db opens read-only SQLite with mode=ro


def before_bulk_write(engine: Engine, reason: str) -> Backup | None:
    """The hook every bulk write calls first: a backup, unless there is nothing to lose.

    Nothing is taken for PostgreSQL and in-memory databases, a database open read-only (the
    write will be refused anyway), an empty network, or when automatic backups are off
    (``MATCHMAKER_BACKUPS_KEEP=0``). A backup that cannot be made stops the write: a
    :class:`BackupError` says why, and nothing has been changed.
    """
    from matchmaker.db import database_file_of
    from matchmaker.store import Store

    if database_file_of(engine) is None or _is_read_only(engine):
        return None
    keep = configured_keep()
    if keep == 0 or Store(engine).is_empty():
        return None
    try:
        return create_backup(engine, reason, keep)
    except BackupError as error:
        raise BackupError(
            _(
                "{error}; nothing was changed — free some space, or set {var}=0 to go on without a backup"
            ).format(error=error, var=KEEP_ENV_VAR)
        ) from None


def backup_revision(backup: Backup) -> str | None:
    """The schema revision a backup was made at, after checking it is one of ours and not too new."""
    from matchmaker.db import check_schema, create_store_engine

    probe = create_store_engine(f"sqlite:///{backup.path}", read_only=True, wait=0)
    try:
        return check_schema(probe)
    finally:
        probe.dispose()


def backup_actor_count(backup: Backup) -> int | None:
    """How many actors a backup holds (None when it cannot be read)."""
    source = sqlite3.connect(f"file:{quote(str(backup.path))}?mode=ro", uri=True)
    try:
        return source.execute("SELECT count(*) FROM actor").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        source.close()


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_backup` did: the backup put back, and the one taken just before."""

    restored: Backup
    previous: Backup


def restore_backup(store, backup_id: str, wait: float | None = None) -> Restored:
    """Put backup ``backup_id`` back as the live database; the current state is backed up first.

    The copy goes through SQLite's backup API into the live database and holds SQLite's write
    lock from start to end, so other programs see the whole old network or the whole restored
    one. A backup from an older version is upgraded to this version's schema afterwards; one
    from a newer version is refused.
    """
    from matchmaker.db import BUSY_WAIT_SECONDS, HEAD_REVISION, upgrade_schema

    engine = store.engine
    _database_file(engine)
    store.check_writable()
    backup = find_backup(engine, backup_id)
    revision = backup_revision(backup)  # refuses another program's file and a newer schema
    if revision is None:
        raise BackupError(_("{path}: is an empty database, not a backup").format(path=backup.path))
    previous = create_backup(engine, "restore")
    _copy_in(engine, backup, BUSY_WAIT_SECONDS if wait is None else wait)
    if revision != HEAD_REVISION:
        upgrade_schema(engine)
    if not store.read_only:
        store.ensure_taxonomy()
    return Restored(backup, previous)


def _copy_in(engine: Engine, backup: Backup, wait: float) -> None:
    """SQLite's backup API from the backup file into the live database, in one step."""
    from matchmaker.errors import DatabaseBusyError

    deadline = time.monotonic() + wait

    def give_up_when_late(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise DatabaseBusyError(
                _(
                    "another program kept the database locked for more than {seconds:g} s; "
                    "nothing was restored — try again when it has finished"
                ).format(seconds=wait)
            )

    source = sqlite3.connect(f"file:{quote(str(backup.path))}?mode=ro", uri=True)
    raw = engine.raw_connection()
    try:
        source.backup(raw.driver_connection, pages=-1, progress=give_up_when_late)
    except sqlite3.Error as error:
        raise StoreError(
            _("{path}: could not be restored (SQLite: {error}); the database is unchanged").format(
                path=backup.path, error=error
            )
        ) from None
    finally:
        raw.close()
        source.close()
