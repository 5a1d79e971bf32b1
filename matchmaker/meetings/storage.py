"""The brokerage and the store: an event's forum in, picks, availability, plans and outcomes out.

All SQL of the brokerage lives here; the solvers and file readers take and return plain data.
Participants are the event's participations in every role but ``organiser`` (organisers run
the session; speakers, sponsors, mentors and jury members take meetings like anyone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select

from matchmaker.meetings.delegations import DELEGATE_TIES, delegations_of
from matchmaker.meetings.problem import Forum, ForumRules, Meeting, Schedule
from matchmaker.models import (
    MatchDecision,
    MeetingAvailability,
    MeetingPick,
    MeetingPlan,
    Participation,
    Tie,
    utcnow,
)
from matchmaker.models import (
    Meeting as MeetingRow,
)
from matchmaker.records import ActorRecord, DecisionRecord, EventRecord, TieRecord
from matchmaker.store import Store

__all__ = [
    "ForumData",
    "SavedPlan",
    "load_forum",
    "save_picks",
    "set_pick",
    "save_availability",
    "save_plan",
    "record_outcomes",
    "NOT_IN_BROKERAGE",
    "refuse_database_path",
]

NOT_IN_BROKERAGE = ("organiser",)


@dataclass
class SavedPlan:
    """An event's stored schedule, the room it was made for and the outcomes recorded so far."""

    rules: ForumRules
    meetings: list[Meeting]
    objective: int
    bound: int | None
    method: str
    start: str | None = None
    slot_minutes: int = 20
    outcomes: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass
class ForumData:
    """Everything the brokerage knows about one event: who, their picks, presence, the plan."""

    event: EventRecord
    people: dict[str, ActorRecord]  # participants, in a stable order
    forum: Forum
    plan: SavedPlan | None = None
    pick_order: list[tuple[str, str]] = field(default_factory=list)


def load_forum(store: Store, event_key: str) -> ForumData:
    """The forum of the event whose id or exact name is ``event_key``."""
    from matchmaker.teams.service import find_event  # the one lookup of an event by id or name

    event = find_event(store, event_key)
    p, t = Participation.__table__.c, Tie.__table__.c
    pick, avail = MeetingPick.__table__.c, MeetingAvailability.__table__.c
    with store.engine.connect() as conn:
        ids = list(
            conn.execute(
                select(p.actor_id)
                .where(p.event_id == event.id, p.role.not_in(NOT_IN_BROKERAGE))
                .order_by(p.actor_id)
            ).scalars()
        )
        ties = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            ties += [
                TieRecord(*row)
                for row in conn.execute(
                    select(t.source, t.target, t.kind).where(t.source.in_(chunk), t.kind.in_(DELEGATE_TIES))
                )
            ]
        picks_rows = conn.execute(
            select(pick.actor_id, pick.target_id, pick.pick)
            .where(pick.event_id == event.id)
            .order_by(pick.position, pick.actor_id, pick.target_id)
        ).all()
        availability = {
            actor: frozenset(slots)
            for actor, slots in conn.execute(
                select(avail.actor_id, avail.slots).where(avail.event_id == event.id)
            )
        }
    people = {a.id: a for a in store.actors(ids)}
    organisations = {a: rec.kind for a, rec in people.items() if rec.kind != "person"}
    persons = set(people) - set(organisations)
    forum = Forum(
        participants=tuple(people),
        picks={(a, b): value for a, b, value in picks_rows},
        availability=availability,
        delegations=delegations_of(persons, ties, organisations),
    )
    return ForumData(event, people, forum, _load_plan(store, event.id), [(a, b) for a, b, _v in picks_rows])


def _load_plan(store: Store, event_id: str) -> SavedPlan | None:
    plan, m = MeetingPlan.__table__.c, MeetingRow.__table__.c
    with store.engine.connect() as conn:
        head = conn.execute(select(MeetingPlan.__table__).where(plan.event_id == event_id)).mappings().first()
        if head is None:
            return None
        rows = conn.execute(
            select(m.slot, m.table_no, m.actor_a, m.actor_b, m.kind, m.outcome)
            .where(m.event_id == event_id)
            .order_by(m.slot, m.table_no)
        ).all()
    return SavedPlan(
        rules=ForumRules(head["slots"], head["tables"], head["max_per_person"]),
        meetings=[Meeting(s, table, a, b, kind) for s, table, a, b, kind, _o in rows],
        objective=head["objective"],
        bound=head["bound"],
        method=head["method"],
        start=head["start"],
        slot_minutes=head["slot_minutes"],
        outcomes={(a, b): outcome for _s, _t, a, b, _k, outcome in rows if outcome},
    )


def save_picks(store: Store, event_id: str, picks: list[tuple[str, str, str]]) -> int:
    """Store ``(who, whom, pick)`` rows; each participant named replaces their whole list of picks.

    Returns the number of picks stored. The order of ``picks`` is kept as the order of arrival.
    """
    table = MeetingPick.__table__
    who = sorted({row[0] for row in picks})
    with store.engine.begin() as conn:
        taken = conn.execute(
            select(table.c.position).where(table.c.event_id == event_id).order_by(table.c.position.desc())
        ).first()
        first = (taken[0] + 1) if taken else 0
        for start in range(0, len(who), 500):
            conn.execute(
                delete(table).where(
                    table.c.event_id == event_id, table.c.actor_id.in_(who[start : start + 500])
                )
            )
        rows = [
            {"event_id": event_id, "actor_id": a, "target_id": b, "pick": value, "position": first + i}
            for i, (a, b, value) in enumerate(picks)
        ]
        if rows:
            conn.execute(table.insert(), rows)
    return len(picks)


def set_pick(store: Store, event_id: str, who: str, whom: str, pick: str | None) -> None:
    """Set one pick of ``who`` about ``whom`` (None: undecided again), leaving their others alone.

    What a host does in the Brokerage view, one cell at a time. A changed pick arrives now: it
    goes last in the order of arrival (the first-come baseline books in that order).
    """
    table = MeetingPick.__table__
    c = table.c
    with store.engine.begin() as conn:
        conn.execute(delete(table).where(c.event_id == event_id, c.actor_id == who, c.target_id == whom))
        if pick is None:
            return
        taken = conn.execute(
            select(c.position).where(c.event_id == event_id).order_by(c.position.desc())
        ).first()
        conn.execute(
            table.insert(),
            [
                {
                    "event_id": event_id,
                    "actor_id": who,
                    "target_id": whom,
                    "pick": pick,
                    "position": (taken[0] + 1) if taken else 0,
                }
            ],
        )


def save_availability(store: Store, event_id: str, availability: dict[str, frozenset[int] | None]) -> None:
    """Set who is present when; None for an actor means present throughout (the row goes)."""
    table = MeetingAvailability.__table__
    with store.engine.begin() as conn:
        for actor, slots in availability.items():
            conn.execute(delete(table).where(table.c.event_id == event_id, table.c.actor_id == actor))
            if slots is not None:
                conn.execute(
                    table.insert(), [{"event_id": event_id, "actor_id": actor, "slots": sorted(slots)}]
                )


def save_plan(
    store: Store,
    event_id: str,
    rules: ForumRules,
    schedule: Schedule,
    *,
    start: str | None = None,
    slot_minutes: int = 20,
) -> None:
    """Replace the event's plan with ``schedule`` in one transaction (outcomes of kept pairs stay)."""
    plan, m = MeetingPlan.__table__, MeetingRow.__table__
    with store.engine.begin() as conn:
        outcomes = {
            (a, b): o
            for a, b, o in conn.execute(
                select(m.c.actor_a, m.c.actor_b, m.c.outcome).where(
                    m.c.event_id == event_id, m.c.outcome.is_not(None)
                )
            )
        }
        conn.execute(delete(m).where(m.c.event_id == event_id))
        conn.execute(delete(plan).where(plan.c.event_id == event_id))
        conn.execute(
            plan.insert(),
            [
                {
                    "event_id": event_id,
                    "slots": rules.slots,
                    "tables": rules.tables,
                    "max_per_person": rules.max_per_person,
                    "start": start,
                    "slot_minutes": slot_minutes,
                    "objective": schedule.objective,
                    "bound": schedule.bound,
                    "method": schedule.method,
                    "updated_at": utcnow(),
                }
            ],
        )
        rows = [
            {
                "event_id": event_id,
                "slot": x.slot,
                "table_no": x.table,
                "actor_a": x.a,
                "actor_b": x.b,
                "kind": x.kind,
                "outcome": outcomes.get((x.a, x.b)),
            }
            for x in schedule.meetings
        ]
        if rows:
            conn.execute(m.insert(), rows)


def record_outcomes(
    store: Store, event_id: str, outcomes: dict[tuple[str, str], str], decisions: list[DecisionRecord]
) -> None:
    """Write the meetings' outcomes and the decisions they imply, all or nothing.

    An ``agreement`` already recorded for a pair is never overwritten by a later meeting's outcome.
    """
    from matchmaker.interchange.load import upsert_rows

    m, d = MeetingRow.__table__, MatchDecision.__table__
    now = utcnow()
    with store.engine.begin() as conn:
        for (a, b), outcome in outcomes.items():
            conn.execute(
                m.update()
                .where(m.c.event_id == event_id, m.c.actor_a == a, m.c.actor_b == b)
                .values(outcome=outcome)
            )
        existing = {}
        for record in decisions:
            row = conn.execute(
                select(d.c.status, d.c.suggested_at).where(d.c.actor_a == record.a, d.c.actor_b == record.b)
            ).first()
            existing[(record.a, record.b)] = row
        rows = []
        for record in decisions:
            old = existing[(record.a, record.b)]
            if old is not None and old[0] == "agreement" and record.status != "agreement":
                continue
            rows.append(
                {
                    "actor_a": record.a,
                    "actor_b": record.b,
                    "status": record.status,
                    "note": record.note,
                    "suggested_at": old[1] if old is not None else now,
                    "updated_at": now,
                }
            )
        upsert_rows(conn, d, rows, ["actor_a", "actor_b"])


def refuse_database_path(store: Store, path: str | Path) -> None:
    """A file to read or write must not be the database (or its journal): see :meth:`Store.refuse_database_files`."""
    store.refuse_database_files([path])
