"""The SQL of a person's rights: every row about one actor, read out or erased, and the file compacted.

Kept in one module (no algorithm reads it) so that it can move behind :class:`~matchmaker.store.Store`
with the rest of the store's SQL. The orchestration — confirmation, backups, the report — is
:mod:`matchmaker.person_rights`'.

The rows that name an actor are listed once, in :data:`PERSON_COLUMNS`: each is read by
:func:`person_rows` and deleted by :func:`erase_person_rows`, and
``tests/test_person_rights.py`` fails if a table holding an ``actor.id`` foreign key is missing.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Connection, Engine, func, inspect, or_, select

from matchmaker.models import (
    Actor,
    ActorSkill,
    Event,
    LayoutPosition,
    MatchDecision,
    Meeting,
    MeetingAvailability,
    MeetingPick,
    MeetingPlan,
    Participation,
    Skill,
    Team,
    TeamMember,
    Tie,
)

__all__ = [
    "PERSON_COLUMNS",
    "person_rows",
    "erase_person_rows",
    "person_mentions",
    "compact_sqlite",
    "compact_postgresql",
]

# table -> the columns holding an actor id; children first (the order they are erased in)
PERSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "meeting": ("actor_a", "actor_b"),
    "meeting_pick": ("actor_id", "target_id"),
    "meeting_availability": ("actor_id",),
    "layout_position": ("actor_id",),
    "team_member": ("actor_id",),
    "match_decision": ("actor_a", "actor_b"),
    "participation": ("actor_id",),
    "tie": ("source", "target"),
    "actor_skill": ("actor_id",),
    "actor": ("id",),
}
_TABLES = {
    model.__tablename__: model.__table__
    for model in (
        Meeting,
        MeetingPick,
        MeetingAvailability,
        LayoutPosition,
        TeamMember,
        MatchDecision,
        Participation,
        Tie,
        ActorSkill,
        Actor,
    )
}


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(conn: Connection, statement) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in conn.execute(statement).mappings()]


def _naming(table, actor_id: str):
    return or_(*(table.c[column] == actor_id for column in PERSON_COLUMNS[table.name]))


def person_rows(conn: Connection, actor_id: str) -> dict[str, list[dict]]:
    """Every stored row about ``actor_id``, by section, with the names a reader needs beside the ids.

    Sections: ``actor`` (one row, every column), ``skills``, ``ties``, ``participations``,
    ``team_places``, ``decisions``, ``meeting_picks``, ``meeting_availability``,
    ``meetings``, ``layout_position``.
    """
    a, e = Actor.__table__, Event.__table__
    other = a.alias("other")
    links, skills = ActorSkill.__table__, Skill.__table__
    t, p = Tie.__table__, Participation.__table__
    team, member = Team.__table__, TeamMember.__table__
    d, pick, avail = MatchDecision.__table__, MeetingPick.__table__, MeetingAvailability.__table__
    m, plan, pos = Meeting.__table__, MeetingPlan.__table__, LayoutPosition.__table__
    return {
        "actor": _rows(conn, select(a).where(a.c.id == actor_id)),
        "skills": _rows(
            conn,
            select(links.c.side, links.c.skill_id, skills.c.label_en.label("label"), links.c.weight)
            .join(skills, skills.c.id == links.c.skill_id)
            .where(links.c.actor_id == actor_id)
            .order_by(links.c.side, links.c.skill_id),
        ),
        "ties": _rows(
            conn,
            select(t.c.source, t.c.target, t.c.kind, t.c.since, t.c.weight, other.c.name.label("other_name"))
            .join(other, other.c.id == func.coalesce(func.nullif(t.c.source, actor_id), t.c.target))
            .where(_naming(t, actor_id))
            .order_by(t.c.id),
        ),
        "participations": _rows(
            conn,
            select(p.c.event_id, e.c.name.label("event_name"), e.c.start, p.c.role)
            .join(e, e.c.id == p.c.event_id)
            .where(p.c.actor_id == actor_id)
            .order_by(e.c.start, p.c.event_id),
        ),
        "team_places": _rows(
            conn,
            select(team.c.event_id, team.c.name.label("team"), team.c.challenge, member.c.locked)
            .join(team, team.c.id == member.c.team_id)
            .where(member.c.actor_id == actor_id)
            .order_by(team.c.event_id, team.c.id),
        ),
        "decisions": _rows(
            conn,
            select(d.c.actor_a, d.c.actor_b, d.c.status, d.c.note, d.c.suggested_at, d.c.updated_at)
            .where(_naming(d, actor_id))
            .order_by(d.c.id),
        ),
        "meeting_picks": _rows(
            conn,
            select(pick.c.event_id, pick.c.actor_id, pick.c.target_id, pick.c.pick)
            .where(_naming(pick, actor_id))
            .order_by(pick.c.event_id, pick.c.position),
        ),
        "meeting_availability": _rows(
            conn,
            select(avail.c.event_id, avail.c.slots)
            .where(avail.c.actor_id == actor_id)
            .order_by(avail.c.event_id),
        ),
        "meetings": _rows(
            conn,
            select(
                m.c.event_id,
                m.c.slot,
                m.c.table_no,
                m.c.actor_a,
                m.c.actor_b,
                m.c.kind,
                m.c.outcome,
                plan.c.start.label("first_slot_at"),
                plan.c.slot_minutes,
            )
            .outerjoin(plan, plan.c.event_id == m.c.event_id)
            .where(_naming(m, actor_id))
            .order_by(m.c.event_id, m.c.slot),
        ),
        "layout_position": _rows(conn, select(pos.c.x, pos.c.y).where(pos.c.actor_id == actor_id)),
    }


def erase_person_rows(conn: Connection, actor_id: str) -> dict[str, int]:
    """Delete every row naming ``actor_id`` (and free tags only they used); rows removed per table.

    Works on older schemas too (a backup made before a table existed): missing tables are
    skipped. Run it inside the caller's transaction.
    """
    present = set(inspect(conn).get_table_names())
    links, skills = ActorSkill.__table__, Skill.__table__
    tags = []
    if "actor_skill" in present:
        tags = list(
            conn.execute(
                select(links.c.skill_id)
                .join(skills, skills.c.id == links.c.skill_id)
                .where(links.c.actor_id == actor_id, skills.c.source == "tag")
            ).scalars()
        )
    removed: dict[str, int] = {}
    for name in PERSON_COLUMNS:
        if name in present:
            table = _TABLES[name]
            removed[name] = conn.execute(table.delete().where(_naming(table, actor_id))).rowcount
    if "field_clock" in present:  # the snapshot history names the actor too (migration 0006)
        from matchmaker.snapshots.clock_store import forget_actor_history

        removed["field_clock"] = forget_actor_history(conn, actor_id)
    if tags:
        still_used = select(links.c.skill_id).where(links.c.skill_id.in_(tags))
        removed["skill"] = conn.execute(
            skills.delete().where(skills.c.id.in_(tags), skills.c.id.not_in(still_used))
        ).rowcount
    return {name: count for name, count in removed.items() if count}


def person_mentions(conn: Connection, actor_id: str, names: list[str]) -> list[dict]:
    """Other records whose free text holds one of ``names``: left as they are, for the user to edit.

    Matched case-insensitively for ASCII letters (SQL ``lower``); the descriptions of other
    actors, decision notes, team names and challenges, event names and agendas.
    """
    a, d, team, e = Actor.__table__, MatchDecision.__table__, Team.__table__, Event.__table__
    places = (
        ("actor", a.c.id, (a.c.description,), a.c.id != actor_id),
        ("decision", d.c.id, (d.c.note,), None),
        ("team", team.c.id, (team.c.name, team.c.challenge), None),
        ("event", e.c.id, (e.c.name, e.c.agenda), None),
    )
    found = []
    for name in (n for n in names if n and len(n) >= 3):
        for what, key, columns, extra in places:
            for column in columns:
                # autoescape: a '%' or '_' in a name is a character, not a wildcard
                query = select(key).where(func.lower(column).contains(name.lower(), autoescape=True))
                if extra is not None:
                    query = query.where(extra)
                for (record,) in conn.execute(query):
                    found.append({"record": what, "id": record, "field": column.name, "text": name})
    return found


def compact_sqlite(engine: Engine) -> bool:
    """Rewrite the SQLite file without free pages (VACUUM) and empty its journal; True when emptied.

    ``secure_delete`` has already overwritten the deleted rows in the pages written; VACUUM
    drops the pages that held them, and the checkpoint copies everything into the file and
    truncates the write-ahead log, where the rows' earlier versions may still lie. Another
    program reading the database at that moment keeps the log from being emptied (False): the
    next checkpoint after it stops reading does it.
    """
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        previous = driver.execute("PRAGMA secure_delete").fetchone()[0]
        driver.execute("PRAGMA secure_delete=ON")
        try:
            driver.execute("VACUUM")
            busy, _log, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            driver.execute(f"PRAGMA secure_delete={int(previous)}")
    finally:
        raw.close()
    return busy == 0


def compact_postgresql(engine: Engine, tables: list[str]) -> list[str]:
    """``VACUUM FULL`` each table (a new file without the dead rows); returns the tables it could not.

    VACUUM cannot run inside a transaction, needs the table's owner, and waits for an exclusive
    lock (the ``lock_timeout`` of the connection bounds it).
    """
    from sqlalchemy.exc import DBAPIError

    from matchmaker.errors import StoreError

    failed = []
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in tables:
            try:
                conn.exec_driver_sql(f'VACUUM FULL "{table}"')
            except (DBAPIError, StoreError):
                failed.append(table)
    return failed
