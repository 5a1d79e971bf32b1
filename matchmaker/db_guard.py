"""Our own lock beside a SQLite database, ``DB.sqlite.matchmaker-lock``: who else has it open.

SQLite's own locks are POSIX ``fcntl`` locks, which belong to the process and vanish when *any*
descriptor of the database file is closed; a second writer that then believes it is alone
checkpoints and deletes the write-ahead log under the first one. The guard is a BSD ``flock`` on
a *different* file: it belongs to our one open file description, so nothing another part of the
process opens or closes can drop it, and the kernel releases it when the process ends (even
after a crash), so it never goes stale.

* The app holds it **exclusively** while it has the database open, and notes its process id in
  the file for the message others show.
* A command holds it **shared** for as long as it runs (commands work alongside each other;
  SQLite's busy timeout orders their writes).
* Whoever cannot get the lock it wants opens the database read-only (see
  :mod:`matchmaker.db_access`).

On systems without ``fcntl`` (Windows) the guard is a no-op: SQLite's locks there are tied to
file handles and have no such hazard.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

__all__ = ["DatabaseGuard", "GUARD_SUFFIX"]

GUARD_SUFFIX = ".matchmaker-lock"


class DatabaseGuard:
    """The lock file of one SQLite database; ``acquire`` it shared or exclusive, ``release`` it."""

    def __init__(self, db_file: Path):
        self.path = Path(f"{db_file}{GUARD_SUFFIX}")
        self._fd: int | None = None
        self.exclusive = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _try(self, exclusive: bool) -> bool:
        """Take the lock if nobody conflicting holds it; raises OSError when the file cannot be made."""
        if fcntl is None:
            return True
        if self._fd is not None:
            raise RuntimeError("the guard is already held")
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd, self.exclusive = fd, exclusive
        if exclusive:
            self._write_note()
        return True

    def acquire(self, *, exclusive: bool, wait: float = 0.0) -> bool:
        """Take the lock, waiting up to ``wait`` seconds while only *commands* stand in the way.

        An app holding the database never lets go while it runs, so waiting for it would only
        delay the answer: the wait ends at once when the holder is an app.
        """
        deadline = time.monotonic() + wait
        pause = 0.02
        while not self._try(exclusive):
            if self.app_holder() is not None or time.monotonic() >= deadline:
                return False
            time.sleep(pause)  # polling a lock another process holds: there is no signal to wait on
            pause = min(pause * 2, 0.5)
        return True

    def release(self) -> None:
        if self._fd is None or fcntl is None:
            return
        fd, self._fd = self._fd, None
        try:
            if self.exclusive:
                os.ftruncate(fd, 0)  # the note would otherwise outlive us
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    # -- who holds it --------------------------------------------------------------------------------
    def _write_note(self) -> None:
        note = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "program": "app"}).encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, note, 0)

    def app_holder(self) -> int | None:
        """The process id of the app holding the database exclusively, or None.

        Only meaningful while the lock is taken by someone else; a note left by a process that
        no longer runs (on this machine) is ignored.
        """
        if fcntl is None or not self._held_exclusively_by_another():
            return None
        try:
            note = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return None
        pid = note.get("pid")
        if not isinstance(pid, int):
            return None
        if note.get("host") == socket.gethostname() and not _alive(pid):
            return None
        return pid

    def _held_exclusively_by_another(self) -> bool:
        """True when a shared lock cannot be had: someone holds the exclusive one."""
        if self._fd is not None:
            return False
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # a separate open file description: closing it never touches a lock we hold
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
