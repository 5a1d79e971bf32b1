"""Opening a database for the app or for a command: who may write, and who must only read.

For a SQLite file the answer comes from :class:`~matchmaker.db_guard.DatabaseGuard`:

=====================================  ==============================================================
the database is …                      what a newcomer gets
=====================================  ==============================================================
free, or used by commands only         app: waits (up to 10 s) for the commands, then writes alone;
                                       command: writes alongside (SQLite's busy timeout orders writes)
open in a Sandbox Matchmaker window    read-only (``mode=ro``): it can show and export everything, and
                                       a write is refused in one line naming that window's process
a file or folder we may not write      read-only; without a ``-shm`` file and a writable folder it
                                       is read as ``immutable`` (nobody can be changing it either)
=====================================  ==============================================================

A read-only SQLite connection never checkpoints or deletes the write-ahead log, so reading a
database the app holds is safe even if the app's own locks had been dropped. The app's writable
store also gets a :class:`~matchmaker.wal_watch.WalWatch`, which refuses to write once the
journal files are deleted under it. PostgreSQL and in-memory databases have none of these hazards.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from matchmaker.db import check_database_url, check_schema, create_store_engine, prepare_schema
from matchmaker.db_guard import DatabaseGuard
from matchmaker.errors import DatabaseInUseError, DatabaseReadOnlyError, StoreError
from matchmaker.i18n import _
from matchmaker.paths import database_companions, resolve_database_url, sqlite_file
from matchmaker.wal_watch import WalWatch

__all__ = ["OpenedDatabase", "open_database", "remove_database", "ROLE_APP", "ROLE_COMMAND", "APP_GUARD_WAIT"]

ROLE_APP = "app"  # holds the database alone for as long as the window has it open
ROLE_COMMAND = "command"  # one CLI command, or a helper process of the app
APP_GUARD_WAIT = 10.0  # how long the app waits for running commands before opening read-only


@dataclass
class OpenedDatabase:
    engine: Engine
    db_file: Path | None
    read_only_reason: str | None
    created: bool  # the schema was made by this opening (a new, empty database)
    guard: DatabaseGuard | None
    watch: WalWatch | None

    def close(self) -> None:
        """Close every connection (the keeper last, so SQLite checkpoints cleanly), then the guard."""
        self.engine.dispose()
        if self.watch is not None:
            self.watch.close()
        if self.guard is not None:
            self.guard.release()


def _filesystem_reason(db_file: Path) -> tuple[str | None, bool]:
    """Why the file can only be read (None if it can be written), and whether to read it immutable."""
    folder_writable = os.access(db_file.parent, os.W_OK | os.X_OK)
    if not db_file.exists():
        if not folder_writable:
            raise StoreError(
                _("{path} does not exist, and its folder cannot be written to make it").format(path=db_file)
            )
        return None, False
    wal, shm = Path(f"{db_file}-wal"), Path(f"{db_file}-shm")
    if not os.access(db_file, os.W_OK):
        reason = _("you may not write to the file")
    elif not folder_writable and not all(os.access(p, os.W_OK) for p in (wal, shm)):
        reason = _("you may not write to its folder, where SQLite keeps its journal")
    else:
        return None, False
    if folder_writable or os.access(shm, os.R_OK):
        return reason, False
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(
            _(
                "{path} cannot be read safely: its folder is read-only and {wal} holds changes not yet "
                "written into it; open it once where it can be written"
            ).format(path=db_file, wal=wal.name)
        )
    return reason, True


def _refuse_foreign_file(url: str, db_file: Path, immutable: bool) -> None:
    """Refuse random bytes, another program's database or a newer schema before a lock file is made.

    Looked at through a read-only SQLite connection (never as a plain file); one that cannot
    even read (say, a crashed writer's journal to recover) leaves the verdict to the real opening.
    """
    if not db_file.exists() or db_file.stat().st_size == 0:
        return
    probe = create_store_engine(url, read_only=True, immutable=immutable, wait=0)
    try:
        check_schema(probe)
    except DatabaseReadOnlyError:
        pass
    finally:
        probe.dispose()


def _guard_for(db_file: Path, role: str, wait: float) -> tuple[DatabaseGuard | None, str | None]:
    """Take the guard for ``role``; returns it (None if unguarded) or why the database is read-only."""
    guard = DatabaseGuard(db_file)
    exclusive = role == ROLE_APP
    try:
        if guard.acquire(exclusive=exclusive, wait=min(wait, APP_GUARD_WAIT) if exclusive else wait):
            return guard, None
    except OSError:
        return None, None  # no lock file beside it (e.g. a folder we may not create files in): unguarded
    pid = guard.app_holder()
    if pid is not None:
        return None, _(
            "it is open in Sandbox Matchmaker (process {pid}) — make the change there, or close it first"
        ).format(pid=pid)
    return None, _("Sandbox Matchmaker commands are still using it")


def open_database(
    db: str | None = None, *, role: str = ROLE_COMMAND, wait: float | None = None
) -> OpenedDatabase:
    """Open (creating and migrating if needed) the database ``db`` names, as ``role``."""
    from matchmaker.db import BUSY_WAIT_SECONDS

    wait = BUSY_WAIT_SECONDS if wait is None else wait
    url = resolve_database_url(db)
    check_database_url(url)
    db_file = sqlite_file(url)
    if db_file is None:
        engine = create_store_engine(url, wait=wait)
        try:
            before = prepare_schema(engine)
        except BaseException:
            engine.dispose()
            raise
        return OpenedDatabase(engine, None, None, before is None, None, None)

    reason, immutable = _filesystem_reason(db_file)
    _refuse_foreign_file(url, db_file, immutable)
    guard = None
    if reason is None:
        guard, reason = _guard_for(db_file, role, wait)
    read_only = reason is not None
    engine = None
    try:
        engine = create_store_engine(
            url, read_only=read_only, immutable=immutable, wait=wait, why=lambda: reason
        )
        before = prepare_schema(engine, read_only=read_only, why=reason)
        # the app keeps a database open for hours: it alone gets the keeper connection and the watch
        watch = WalWatch(db_file, engine, wait) if role == ROLE_APP and not read_only else None
    except BaseException:
        if engine is not None:
            engine.dispose()
        if guard is not None:
            guard.release()
        raise
    return OpenedDatabase(engine, db_file, reason, before is None and not read_only, guard, watch)


def remove_database(db_file: Path) -> None:
    """Delete a database and its journal files to start afresh, unless a window or command has it open."""
    guard = DatabaseGuard(db_file)
    try:
        free = guard.acquire(exclusive=True)
    except OSError:
        free, guard = True, None
    if not free:
        pid = guard.app_holder()
        raise DatabaseInUseError(
            _("{path} is open in Sandbox Matchmaker (process {pid}); close it there first").format(
                path=db_file, pid=pid
            )
            if pid is not None
            else _(
                "{path} is in use by Sandbox Matchmaker commands; try again when they have finished"
            ).format(path=db_file)
        )
    try:
        for companion in database_companions(db_file):
            companion.unlink(missing_ok=True)
    finally:
        if guard is not None:
            guard.release()
