"""Noticing that a SQLite database's ``-wal`` or ``-shm`` file was deleted while we have it open.

If some process drops our POSIX locks (see :mod:`matchmaker.db_guard`), another one may believe
it is the database's last user, checkpoint the write-ahead log and delete it together with the
shared-memory index. Our connections keep writing into the deleted files and every later change
is lost when we close. SQLite cannot tell us, so we look ourselves:

* a *keeper* connection stays open as long as the store does, so neither file may ever
  legitimately disappear while the store is open (SQLite only deletes them when the last
  connection of the last process closes);
* before every transaction begins and before every commit, the two paths are ``stat``-ed and
  compared with the files we started with (device and inode). A missing or different file means
  we have been cut off: the store refuses that transaction and every later one with a
  :class:`~matchmaker.errors.DatabaseLostError`, so nothing is written into nothing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event

from matchmaker.errors import DatabaseLostError
from matchmaker.i18n import _

__all__ = ["WalWatch"]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino


class WalWatch:
    """Watches one writable SQLite database in WAL mode for as long as ``engine`` uses it."""

    def __init__(self, db_file: Path, engine: Engine, wait: float):
        self.db_file = db_file
        self.paths = (Path(f"{db_file}-wal"), Path(f"{db_file}-shm"))
        self.lost: str | None = None
        self._listeners: list[Callable[[str], None]] = []
        self._lock = threading.Lock()
        # the keeper: its SHARED lock tells every other process that we are still here
        self._keeper = sqlite3.connect(str(db_file), timeout=wait, check_same_thread=False)
        self._keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # opens both files
        mode = self._keeper.execute("PRAGMA journal_mode").fetchall()[0][0]
        self._known = tuple(_identity(p) for p in self.paths) if mode == "wal" else None
        self._engine = engine
        event.listen(engine, "begin", self._on_transaction)
        event.listen(engine, "commit", self._on_transaction)

    def on_lost(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(message)`` once, from whichever thread noticed, when the files vanish."""
        self._listeners.append(listener)
        if self.lost:
            listener(self.lost)

    def check(self) -> None:
        """Raise :class:`DatabaseLostError` if the journal files are gone or were replaced."""
        if self.lost:
            raise DatabaseLostError(self.lost)
        if self._known is None:
            return
        now = tuple(_identity(p) for p in self.paths)
        if now == self._known:
            return
        missing = [p.name for p, was, is_ in zip(self.paths, self._known, now, strict=True) if was != is_]
        message = _(
            "{db}: another program deleted {files} while the database was open here, so changes could "
            "no longer be saved; nothing more will be written. What was saved before is in the file — "
            "close this database and open it again"
        ).format(db=self.db_file, files=" and ".join(missing))
        with self._lock:
            first = self.lost is None
            self.lost = message
        if first:
            for listener in self._listeners:
                listener(message)
        raise DatabaseLostError(message)

    def _on_transaction(self, _connection) -> None:
        self.check()

    def close(self) -> None:
        """Stop watching and close the keeper (after the engine's own connections)."""
        event.remove(self._engine, "begin", self._on_transaction)
        event.remove(self._engine, "commit", self._on_transaction)
        self._keeper.close()
