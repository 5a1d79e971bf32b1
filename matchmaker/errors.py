"""The errors a user can act on, each naming where the problem is.

Commands catch :class:`MatchmakerError` and print its message without a traceback.
"""

from __future__ import annotations

from matchmaker.visible_controls import show_controls

__all__ = [
    "AmbiguousActorError",
    "MatchmakerError",
    "InterchangeError",
    "UnknownActorError",
    "UnknownEventError",
    "UnknownSkillError",
    "StoreError",
    "DatabaseFileError",
    "DatabaseBusyError",
    "DatabaseReadOnlyError",
    "DatabaseInUseError",
    "DatabaseLostError",
]


class MatchmakerError(Exception):
    """Base of every error that is the user's to fix (bad input, unknown name, …)."""


class StoreError(MatchmakerError):
    """The database cannot be opened or is not a Sandbox Matchmaker database."""


class DatabaseBusyError(StoreError):
    """Another program kept the database locked for longer than we were willing to wait.

    Nothing was written: the transaction that met the lock was rolled back whole, so the
    command can simply be run again (``--wait`` makes it wait longer).
    """


class DatabaseReadOnlyError(StoreError):
    """A write was attempted on a database opened read-only; the message says why it is read-only."""


class DatabaseInUseError(StoreError):
    """The database is open in another Sandbox Matchmaker and the operation needs it to oneself."""


class DatabaseLostError(StoreError):
    """The database's journal (``-wal``) or shared-memory (``-shm``) file vanished under us.

    Another program deleted it while we had the database open (SQLite's documented hazard when
    a process's POSIX locks are dropped). Writing on would go into a deleted file, so the store
    refuses every further transaction until the database is opened again.
    """


class DatabaseFileError(MatchmakerError):
    """A file named for import, export or a dialog is the open database (or one of its journal files)."""


class UnknownActorError(MatchmakerError):
    """A name or id given on the command line matches no actor."""


class UnknownEventError(MatchmakerError):
    """An event id or name given by the user matches no event (or several)."""


class UnknownSkillError(MatchmakerError):
    """A skill id given to an edit is in neither the taxonomy nor the free tags."""


class AmbiguousActorError(UnknownActorError):
    """A name given on the command line matches several actors and none by its whole name."""


class InterchangeError(MatchmakerError):
    """A file being imported breaks the format; names the file, the place and the field.

    ``location`` is ``line N`` for CSV (and for JSON syntax errors) or a JSON path such as
    ``$.actors[3]``; ``field`` is the column or key at fault (None when the whole record is).
    """

    def __init__(self, path: str, location: str | None, field: str | None, message: str):
        self.path, self.location, self.field, self.message = path, location, field, message
        where = ", ".join(part for part in (location, f"field '{field}'" if field else None) if part)
        text = f"{path}: {where}: {message}" if where else f"{path}: {message}"
        # file names and keys come from the file system and the file: never let them drive a terminal
        super().__init__(show_controls(text, keep_newlines=False))
