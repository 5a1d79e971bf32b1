"""Field clocks and tombstones in the database: written by every tracked edit, read by merges.

Every write path of the store that changes an actor or a tie calls :func:`record_edits` (or
:func:`record_deletion`) inside its own transaction, so a value and its clock are never apart.
Fields without a row were last changed by an untracked write (an import, a database made before
migration 0006); merge treats them as having an empty history.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, select

from matchmaker.models import FieldClock, Replica, Tombstone
from matchmaker.snapshots.clock import Clock, now_text

__all__ = [
    "forget_clocks",
    "load_clocks",
    "load_tombstones",
    "record_deletion",
    "record_edits",
    "replica_id",
    "write_clocks",
    "write_tombstones",
]


def _seat(conn: Connection) -> str:
    """Where this copy lives: a copied SQLite file (another inode, another host) is another copy."""
    import os
    import socket

    url = conn.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        try:
            info = os.stat(url.database)  # stat only: the file itself is opened by SQLite alone
            return f"{socket.gethostname()}:{os.path.realpath(url.database)}:{info.st_dev}:{info.st_ino}"
        except OSError:
            pass
    return f"{url.get_backend_name()}:{url.host or ''}:{url.database or ''}"[:700]


def replica_id(conn: Connection) -> str:
    """This copy's name in version vectors, made on first need and anew when the file was copied.

    Two copies sharing a name would count each other's edits as their own and could take an
    older value for a newer one; keying the name to the file's seat prevents that.
    """
    table = Replica.__table__
    seat = _seat(conn)[:700]
    found = conn.execute(select(table.c.id).where(table.c.seat == seat).limit(1)).scalar()
    if found is None:
        conn.execute(table.delete())
        found = uuid.uuid4().hex
        conn.execute(table.insert().values(id=found, seat=seat))
    return found


def _clock(row) -> Clock:
    return Clock.of(dict(row.vv or {}), row.changed_at, row.origin)


def _stored(conn: Connection, entity: str, key: str) -> dict[str, Clock]:
    c = FieldClock.__table__.c
    rows = conn.execute(select(c.field, c.vv, c.changed_at, c.origin).where(c.entity == entity, c.key == key))
    return {row.field: _clock(row) for row in rows}


def write_clocks(conn: Connection, rows: Iterable[tuple[str, str, str, Clock]]) -> None:
    """Upsert ``(entity, key, field, clock)`` rows."""
    from matchmaker.interchange.load import upsert_rows

    values = [
        {"entity": e, "key": k, "field": f, "changed_at": c.changed_at, "origin": c.origin, "vv": c.vector}
        for e, k, f, c in rows
    ]
    upsert_rows(conn, FieldClock.__table__, values, ["entity", "key", "field"])


def write_tombstones(conn: Connection, rows: Iterable[tuple[str, str, Clock]]) -> None:
    from matchmaker.interchange.load import upsert_rows

    values = [
        {"entity": e, "key": k, "deleted_at": c.changed_at, "origin": c.origin, "vv": c.vector}
        for e, k, c in rows
    ]
    upsert_rows(conn, Tombstone.__table__, values, ["entity", "key"])


def forget_clocks(conn: Connection, entity: str, keys: Iterable[str]) -> None:
    table = FieldClock.__table__
    keys = list(keys)
    for start in range(0, len(keys), 500):
        conn.execute(
            table.delete().where(table.c.entity == entity, table.c.key.in_(keys[start : start + 500]))
        )


def record_edits(conn: Connection, entity: str, key: str, fields: Iterable[str]) -> None:
    """Move the clocks of ``fields`` of one record on by an edit made here, now."""
    fields = list(fields)
    if not fields:
        return
    here, at = replica_id(conn), now_text()
    stored = _stored(conn, entity, key)
    base = _reborn(conn, entity, key)
    write_clocks(conn, [(entity, key, f, stored.get(f, base).bumped(here, at)) for f in fields])


def _reborn(conn: Connection, entity: str, key: str) -> Clock:
    """A record made again after its deletion: its clocks start from the tombstone, which goes."""
    table = Tombstone.__table__
    where = (table.c.entity == entity) & (table.c.key == key)
    row = conn.execute(select(table.c.vv, table.c.deleted_at, table.c.origin).where(where)).first()
    if row is None:
        return Clock.EMPTY
    conn.execute(table.delete().where(where))
    return Clock.of(dict(row.vv or {}), row.deleted_at, row.origin)


def record_deletion(conn: Connection, entity: str, key: str) -> None:
    """Leave a tombstone that has seen every edit of the record, and drop its field clocks."""
    stone = Clock.EMPTY
    for clock in _stored(conn, entity, key).values():
        stone = stone.joined(clock)
    write_tombstones(conn, [(entity, key, stone.bumped(replica_id(conn), now_text()))])
    forget_clocks(conn, entity, [key])


def load_clocks(conn: Connection) -> dict[tuple[str, str], dict[str, Clock]]:
    c = FieldClock.__table__.c
    found: dict[tuple[str, str], dict[str, Clock]] = {}
    for row in conn.execute(select(c.entity, c.key, c.field, c.vv, c.changed_at, c.origin)):
        found.setdefault((row.entity, row.key), {})[row.field] = _clock(row)
    return found


def load_tombstones(conn: Connection) -> dict[tuple[str, str], Clock]:
    c = Tombstone.__table__.c
    return {
        (row.entity, row.key): Clock.of(dict(row.vv or {}), row.deleted_at, row.origin)
        for row in conn.execute(select(c.entity, c.key, c.vv, c.deleted_at, c.origin))
    }


def forget_actor_history(conn: Connection, actor_id: str) -> int:
    """Delete every clock and tombstone naming ``actor_id`` (its own, and its ties'): a person who
    is forgotten leaves no id behind here either. Returns the rows removed."""
    from matchmaker.snapshots.state import tie_key_text

    removed = 0
    for table in (FieldClock.__table__, Tombstone.__table__):
        own = (table.c.entity == "actor") & (table.c.key == actor_id)
        as_source = table.c.key.startswith(tie_key_text((actor_id, "", ""))[:-1], autoescape=True)
        as_target = table.c.key.contains(tie_key_text(("", actor_id, "")), autoescape=True)
        ties = (table.c.entity == "tie") & (as_source | as_target)
        removed += conn.execute(table.delete().where(own | ties)).rowcount
    return removed
