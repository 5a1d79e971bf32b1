"""Where things live on disk: the default database and the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DB_ENV_VAR", "default_database_path", "resolve_database_url", "resource_path"]

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
