"""Reading a copy's :class:`~matchmaker.snapshots.state.ReplicaState` from the database, and writing
a merged state back as the few rows that differ, inside the caller's transaction.

Reads and writes use one connection so a merge reads what it writes over (the caller takes the
write lock first). Actor updates go through the actor table's UPDATE, so the version trigger of
migration 0005 moves on and an editor holding an older version is told "changed meanwhile".
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, select

from matchmaker.actor_fields import column_fields
from matchmaker.models import Actor, ActorSkill, Event, Participation, Skill, Tie, utcnow
from matchmaker.snapshots.clock import Clock
from matchmaker.snapshots.clock_store import (
    forget_clocks,
    load_clocks,
    load_tombstones,
    write_clocks,
    write_tombstones,
)
from matchmaker.snapshots.state import ReplicaState, Version, tie_key_from_text, tie_key_text

__all__ = ["apply_state", "load_state", "canonical_actor_value"]

_EVENT_COLUMNS = ("id", "name", "kind", "city", "country", "start", "end", "venue", "agenda")


def canonical_actor_value(name: str, value):
    if isinstance(value, list | tuple):
        return tuple(value)
    return value


def _iso(value):
    return value.isoformat() if isinstance(value, date) else value


def load_state(conn: Connection) -> ReplicaState:
    """Every actor, tie, tombstone, event, participation and free tag, with their clocks."""
    state = ReplicaState()
    clocks = load_clocks(conn)
    for (entity, key), stone in load_tombstones(conn).items():
        state.tombstones[(entity, tie_key_from_text(key) if entity == "tie" else key)] = stone
    names = [f.name for f in column_fields() if f.name != "id"]
    a = Actor.__table__.c
    for row in conn.execute(select(a.id, *(a[n] for n in names))):
        mine = clocks.get(("actor", row.id), {})
        state.actors[row.id] = {
            n: Version(canonical_actor_value(n, row._mapping[n]), mine.get(n, Clock.EMPTY)) for n in names
        }
    links = ActorSkill.__table__.c
    for actor_id, skill_id, side, weight in conn.execute(
        select(links.actor_id, links.skill_id, links.side, links.weight)
    ):
        name = f"{side}:{skill_id}"
        state.actors[actor_id][name] = Version(
            float(weight), clocks.get(("actor", actor_id), {}).get(name, Clock.EMPTY)
        )
    for (entity, key), fields in clocks.items():  # skills removed by a tracked edit: None, with its clock
        if entity == "actor" and key in state.actors:
            for name, clock in fields.items():
                state.actors[key].setdefault(name, Version(None, clock))
    t = Tie.__table__.c
    for source, target, kind, since, weight in conn.execute(
        select(t.source, t.target, t.kind, t.since, t.weight)
    ):
        key = (source, target, kind)
        mine = clocks.get(("tie", tie_key_text(key)), {})
        state.ties[key] = {
            "since": Version(_iso(since), mine.get("since", Clock.EMPTY)),
            "weight": Version(float(weight), mine.get("weight", Clock.EMPTY)),
        }
    e = Event.__table__.c
    for row in conn.execute(select(*(e[n] for n in _EVENT_COLUMNS))):
        state.events[row.id] = {n: _iso(row._mapping[n]) for n in _EVENT_COLUMNS}
    p = Participation.__table__.c
    for event_id, actor_id, role in conn.execute(select(p.event_id, p.actor_id, p.role)):
        state.participations[(event_id, actor_id)] = role
    s = Skill.__table__.c
    for row in conn.execute(
        select(s.id, s.source, s.label_en, s.label_et, s.label_uk).where(s.source == "tag")
    ):
        state.skills[row.id] = dict(row._mapping)
    return state


def _column_value(name: str, value):
    return list(value) if isinstance(value, tuple) else value


def _write_actors(conn: Connection, before: ReplicaState, after: ReplicaState) -> None:
    table, links = Actor.__table__, ActorSkill.__table__
    gone = [k for k in before.actors if k not in after.actors]
    for start in range(0, len(gone), 500):
        conn.execute(table.delete().where(table.c.id.in_(gone[start : start + 500])))
    forget_clocks(conn, "actor", gone)
    columns = {f.name: f for f in column_fields()}
    for key, record in after.actors.items():
        old = before.actors.get(key)
        changed = {
            n: v for n, v in record.items() if old is None or old.get(n, Version(None)).value != v.value
        }
        plain = {n: _column_value(n, v.value) for n, v in changed.items() if n in columns}
        if old is None:
            row = {n: f.empty if not f.is_list else [] for n, f in columns.items() if n != "id"}
            row.update(plain)
            now = utcnow()
            conn.execute(table.insert().values(id=key, created_at=now, updated_at=now, **row))
        elif plain:
            conn.execute(table.update().where(table.c.id == key).values(updated_at=utcnow(), **plain))
        for name, version in changed.items():
            if name in columns:
                continue
            side, _, skill_id = name.partition(":")
            where = (links.c.actor_id == key) & (links.c.skill_id == skill_id) & (links.c.side == side)
            conn.execute(links.delete().where(where))
            if version.value is not None:
                conn.execute(
                    links.insert().values(actor_id=key, skill_id=skill_id, side=side, weight=version.value)
                )
        # unchanged values too: their clocks may have learnt the other copy's history
        write_clocks(
            conn,
            [
                ("actor", key, n, v.clock)
                for n, v in record.items()
                if v.clock != Clock.EMPTY and (old is None or old.get(n, Version(None)).clock != v.clock)
            ],
        )


def _write_ties(conn: Connection, before: ReplicaState, after: ReplicaState) -> None:
    table = Tie.__table__
    for key in before.ties.keys() - after.ties.keys():
        source, target, kind = key
        conn.execute(
            table.delete().where(table.c.source == source, table.c.target == target, table.c.kind == kind)
        )
    forget_clocks(conn, "tie", [tie_key_text(k) for k in before.ties.keys() - after.ties.keys()])
    for key, record in after.ties.items():
        old = before.ties.get(key)
        values = {
            "since": date.fromisoformat(record["since"].value) if record["since"].value else None,
            "weight": record["weight"].value,
        }
        source, target, kind = key
        if old is None:
            conn.execute(table.insert().values(source=source, target=target, kind=kind, **values))
        elif any(old[n].value != record[n].value for n in ("since", "weight")):
            where = (table.c.source == source) & (table.c.target == target) & (table.c.kind == kind)
            conn.execute(table.update().where(where).values(**values))
        write_clocks(
            conn,
            [
                ("tie", tie_key_text(key), n, v.clock)
                for n, v in record.items()
                if v.clock != Clock.EMPTY and (old is None or old[n].clock != v.clock)
            ],
        )


def _write_plain_rows(conn: Connection, before: ReplicaState, after: ReplicaState) -> None:
    from matchmaker.interchange.load import upsert_rows

    upsert_rows(
        conn,
        Skill.__table__,
        [{**row, "alt_labels": []} for k, row in after.skills.items() if k not in before.skills],
        ["id"],
    )
    events = []
    for key, row in after.events.items():
        if key not in before.events:
            events.append(
                {
                    n: date.fromisoformat(row[n]) if n in ("start", "end") and row[n] else row[n]
                    for n in _EVENT_COLUMNS
                }
            )
    upsert_rows(conn, Event.__table__, events, ["id"])


def _write_participations(conn: Connection, before: ReplicaState, after: ReplicaState) -> None:
    from matchmaker.interchange.load import upsert_rows

    upsert_rows(
        conn,
        Participation.__table__,
        [
            {"event_id": e, "actor_id": a, "role": role}
            for (e, a), role in after.participations.items()
            if (e, a) not in before.participations
        ],
        ["event_id", "actor_id"],
    )


def apply_state(conn: Connection, before: ReplicaState, after: ReplicaState) -> None:
    """Write what differs between ``before`` (what ``conn`` holds) and ``after``."""
    _write_plain_rows(conn, before, after)  # tags and events first: skills and participations name them
    _write_actors(conn, before, after)
    _write_ties(conn, before, after)
    _write_participations(conn, before, after)
    write_tombstones(
        conn,
        [
            (entity, tie_key_text(key) if entity == "tie" else key, stone)
            for (entity, key), stone in after.tombstones.items()
            if before.tombstones.get((entity, key)) != stone
        ],
    )
