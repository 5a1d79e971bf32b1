"""Where things live on disk: the default database, its companion files and the bundled resources.

Nothing here opens a file: a SQLite database must never be opened outside SQLite (closing any
descriptor of it drops the process's POSIX locks), so files are compared by ``os.stat`` only.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "DB_ENV_VAR",
    "default_database_path",
    "resolve_database_url",
    "resource_path",
    "sqlite_file",
    "database_companions",
    "is_database_file",
    "database_companion",
]

DB_ENV_VAR = "MATCHMAKER_DB"
APP_NAME = "sandbox-matchmaker"

_CHECKOUT = Path(__file__).resolve().parent.parent
_PACKAGED_RESOURCES = Path(__file__).resolve().parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, from a source checkout or an installed wheel."""
    in_checkout = (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "resources").is_dir()
    base = _CHECKOUT / "resources" if in_checkout else _PACKAGED_RESOURCES
    return base.joinpath(*parts)


def default_database_path() -> Path:
    """The database file in the platform's user data folder (created on demand)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True) / "matchmaker.sqlite"


def resolve_database_url(db: str | os.PathLike | None = None) -> str:
    """Turn ``--db`` / ``MATCHMAKER_DB`` / the default into a SQLAlchemy URL.

    A value containing ``://`` is taken as a URL as it is (``postgresql://…``); anything else
    is a file path for SQLite.
    """
    value = os.fspath(db) if db is not None else os.environ.get(DB_ENV_VAR)
    if not value:
        value = os.fspath(default_database_path())
    if "://" in value:
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value[len("postgresql://") :]
        return value
    return "sqlite:///" + os.path.abspath(value)


def is_default_database(url: str) -> bool:
    """True when ``url`` is the app's own default file (the only one seeded automatically)."""
    return url == "sqlite:///" + os.fspath(default_database_path())


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (``sqlite:///…``, also in ``file:`` URI form), None otherwise.

    In-memory databases and server URLs have no file.

    >>> sqlite_file("sqlite:////tmp/net.sqlite"), sqlite_file("sqlite://"), sqlite_file("postgresql://h/db")
    (PosixPath('/tmp/net.sqlite'), None, None)
    >>> sqlite_file("sqlite:///file:/tmp/net.sqlite?mode=ro&uri=true")
    PosixPath('/tmp/net.sqlite')
    """
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///") :]
    if path.startswith("file:"):
        from urllib.parse import unquote

        path = unquote(path[len("file:") :].split("?", 1)[0])
    if path in ("", ":memory:"):
        return None
    return Path(path)


def database_companions(db_file: Path) -> tuple[Path, ...]:
    """The database and the files SQLite keeps beside it (write-ahead log, shared memory, journal)."""
    return (db_file, *(Path(f"{db_file}{suffix}") for suffix in ("-wal", "-shm", "-journal")))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def database_companion(candidate: str | os.PathLike, db_file: Path | None) -> Path | None:
    """Which of the database ``db_file`` and its companions ``candidate`` is, or None.

    Links and other spellings of the same file count (compared by device and inode); a
    companion that does not exist yet is matched by its absolute path.
    """
    if db_file is None:
        return None
    wanted = _identity(Path(candidate))
    target = os.path.abspath(candidate)
    for companion in database_companions(db_file):
        if wanted is not None and wanted == _identity(companion):
            return companion
        if target == os.path.abspath(companion):
            return companion
    return None


def is_database_file(candidate: str | os.PathLike, db_file: Path | None) -> bool:
    """True when ``candidate`` is the database ``db_file`` or one of its companions."""
    return database_companion(candidate, db_file) is not None
    wanted = _identity(Path(candidate))
    target = os.path.abspath(candidate)
    for companion in database_companions(db_file):
        if wanted is not None and wanted == _identity(companion):
            return True
        if target == os.path.abspath(companion):
            return True
    return False
