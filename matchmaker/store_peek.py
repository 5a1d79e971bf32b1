"""What the app shows of a SQLite database before its store is open: the kept preview and the layout.

Opening the store takes a second or more before it reads a row (SQLAlchemy and the models
imported, the schema checked, the guard taken). The directory and the map of a network opened
before need much less: the preview kept beside the database (:mod:`matchmaker.network_preview`)
and the saved layout. So the app first *peeks*, through a read-only connection of SQLite's own
driver (:mod:`sqlite3`: the file is never opened outside SQLite), at

- the schema revision: only a database at this version's newest revision is trusted (one still
  to be upgraded may hold what the preview does not describe);
- the network's generation (:mod:`matchmaker.generation`): the preview is used only when it was
  kept under that very generation;
- the saved layout, for the map.

A peek writes, migrates and locks nothing beyond SQLite's own read lock. Any surprise (no file,
an older schema, someone else's database, a damaged or busy file) is "nothing to peek at": the
app then waits for the store as before. Once the store is open the session reads the generation
again and drops a peeked preview that the network has moved past meanwhile
(:meth:`matchmaker.ui.session.Session.reload`).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from matchmaker.network_preview import PREVIEW_FORMAT, NetworkPreview, placed_with
from matchmaker.schema_head import HEAD_REVISION

__all__ = ["PEEK_BUSY_WAIT", "peek_generation", "peek_positions", "peek_preview"]

PEEK_BUSY_WAIT = 1.0  # seconds: a reader waits only for a recovery or checkpoint; the store then goes on


def _read_only(db_file: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        f"file:{quote(str(db_file))}?mode=ro", uri=True, timeout=PEEK_BUSY_WAIT, isolation_level=None
    )
    connection.execute("BEGIN")  # one snapshot: the revision and the generation read together
    return connection


def peek_generation(db_file: Path) -> str | None:
    """The network's generation (as :func:`matchmaker.generation.network_generation` gives it) when
    ``db_file`` is a database at this version's newest schema; otherwise None."""
    try:
        if not db_file.is_file() or db_file.stat().st_size == 0:
            return None  # SQLite would call an empty file an empty database
        with closing(_read_only(db_file)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(HEAD_REVISION,)]:
                return None
            row = connection.execute("SELECT counter, token FROM network_generation WHERE id = 1").fetchone()
    except (sqlite3.Error, OSError):  # not ours, older, damaged, locked: the store will say what it is
        return None
    return None if row is None else f"{row[0]}-{row[1]}"


def peek_preview(db_file: Path) -> NetworkPreview | None:
    """The preview kept for the current generation of ``db_file`` (positions still to be read), or None."""
    from matchmaker.kept import kept_value_at

    found = kept_value_at(db_file, "preview", peek_generation(db_file), depends_on=PREVIEW_FORMAT)
    if found is None:
        return None
    directory, ties = found
    return NetworkPreview(directory, ties, {})


def peek_positions(db_file: Path, preview: NetworkPreview | None) -> NetworkPreview | None:
    """A copy of ``preview`` placed at the layout saved in ``db_file``, or None when there is nothing
    to draw (no preview, no kept ties, no layout saved, the file unreadable)."""
    if preview is None or preview.ties is None:
        return None
    try:
        with closing(_read_only(db_file)) as connection:
            rows = connection.execute("SELECT actor_id, x, y FROM layout_position").fetchall()
    except (sqlite3.Error, OSError):
        return None
    return placed_with(preview, {actor_id: (x, y) for actor_id, x, y in rows})
