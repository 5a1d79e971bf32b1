"""The data model of the collaboration network, as SQLModel tables.

The schema itself is owned by the Alembic migrations in ``matchmaker/migrations``;
these classes must stay in step with the newest migration (a test compares them).
List-valued fields (sectors, languages, roles) are JSON columns: they are read and
written whole, never queried element by element in SQL.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import JSON, BigInteger, Column, Index, String, UniqueConstraint
from sqlmodel import Field, SQLModel

__all__ = [
    "Actor",
    "ActorSkill",
    "Event",
    "FieldClock",
    "LayoutPosition",
    "MatchDecision",
    "Meeting",
    "MeetingAvailability",
    "MeetingPick",
    "MeetingPlan",
    "Participation",
    "Replica",
    "Skill",
    "Team",
    "TeamMember",
    "Tie",
    "Tombstone",
    "new_actor_id",
    "utcnow",
]


def utcnow() -> datetime:
    """The current time in UTC (stored times are always UTC)."""
    return datetime.now(UTC)


def byte_key(length: int) -> String:
    """A key column's type: compared byte by byte on PostgreSQL (``COLLATE "C"``), as SQLite's
    ``BINARY`` compares it; see migration 0008_ids_compared_by_bytes for why."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def new_actor_id() -> str:
    """A fresh id for an actor created in the app (imported actors keep their own)."""
    return str(uuid.uuid4())


class Actor(SQLModel, table=True):
    id: str = Field(default_factory=new_actor_id, primary_key=True, max_length=200, sa_type=byte_key(200))
    kind: str = Field(index=True, max_length=32)
    name: str = Field(index=True, max_length=300)
    native_name: str | None = Field(default=None, max_length=300)
    country: str = Field(index=True, max_length=2)
    city: str | None = Field(default=None, max_length=120)
    sectors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    description: str | None = None
    languages: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    website: str | None = Field(default=None, max_length=500)
    stage: str | None = Field(default=None, max_length=32)
    size: str | None = Field(default=None, max_length=32)
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    email: str | None = Field(default=None, max_length=320)
    visibility: str = Field(default="public", max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # moved on by a database trigger whenever a field changes (migration 0005): an editor's save
    # names the version it loaded, and a different one means someone else saved meanwhile
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class Skill(SQLModel, table=True):
    """One concept of the taxonomy, labelled in three languages.

    ``source`` is ``esco`` (ESCO digital skills), ``egov`` (the Sandbox's own e-government
    vocabulary) or ``tag`` (a free tag an import brought that matched no skill; kept, not dropped).
    """

    id: str = Field(primary_key=True, max_length=200, sa_type=byte_key(200))
    source: str = Field(max_length=16)
    label_en: str = Field(max_length=300)
    label_et: str | None = Field(default=None, max_length=300)
    label_uk: str | None = Field(default=None, max_length=300)
    alt_labels: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    broader: str | None = Field(default=None, max_length=300)
    uri: str | None = Field(default=None, max_length=300)


class ActorSkill(SQLModel, table=True):
    """What an actor offers (side ``offer``) or needs (side ``need``), with a weight in (0, 1]."""

    __tablename__ = "actor_skill"
    # SQLite: the rows live in the key's B-tree alone (migration 0007_actor_skill_without_rowid)
    __table_args__ = {"sqlite_with_rowid": False}
    actor_id: str = Field(
        foreign_key="actor.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    skill_id: str = Field(foreign_key="skill.id", primary_key=True, max_length=200, sa_type=byte_key(200))
    side: str = Field(primary_key=True, max_length=8, sa_type=byte_key(8))
    weight: float = 1.0


class Tie(SQLModel, table=True):
    """A typed, dated, weighted link between two actors; one per (source, target, kind)."""

    __table_args__ = (
        UniqueConstraint("source", "target", "kind", name="uq_tie_source_target_kind"),
        Index("ix_tie_target", "target"),
    )
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(foreign_key="actor.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    target: str = Field(foreign_key="actor.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    kind: str = Field(max_length=32, sa_type=byte_key(32))
    since: date | None = None
    weight: float = 1.0


class Event(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=200, sa_type=byte_key(200))
    name: str = Field(max_length=300)
    kind: str = Field(max_length=32)
    city: str | None = Field(default=None, max_length=120)
    country: str | None = Field(default=None, max_length=2)
    start: date | None = None
    end: date | None = None
    venue: str | None = Field(default=None, max_length=300)  # where in the city (migration 0004)
    agenda: str | None = None  # one line: what the event is about and its programme


class Participation(SQLModel, table=True):
    event_id: str = Field(
        foreign_key="event.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    actor_id: str = Field(
        foreign_key="actor.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    role: str = Field(default="participant", max_length=32)


class Team(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(foreign_key="event.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    name: str = Field(max_length=200)
    challenge: str | None = Field(default=None, max_length=300)
    created_at: datetime = Field(default_factory=utcnow)


class TeamMember(SQLModel, table=True):
    __tablename__ = "team_member"
    team_id: int = Field(foreign_key="team.id", primary_key=True, ondelete="CASCADE")
    actor_id: str = Field(
        foreign_key="actor.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    locked: bool = False


class MatchDecision(SQLModel, table=True):
    """A suggested pair and what became of it: the outcomes the recommender learns from."""

    __tablename__ = "match_decision"
    __table_args__ = (UniqueConstraint("actor_a", "actor_b", name="uq_decision_pair"),)
    id: int | None = Field(default=None, primary_key=True)
    actor_a: str = Field(foreign_key="actor.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    actor_b: str = Field(foreign_key="actor.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    status: str = Field(default="suggested", max_length=16)
    suggested_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    note: str | None = None


class LayoutPosition(SQLModel, table=True):
    """Where the canvas last placed an actor, so it opens at once next time (migration 0002)."""

    __tablename__ = "layout_position"
    actor_id: str = Field(
        foreign_key="actor.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    x: float
    y: float


class MeetingPick(SQLModel, table=True):
    """What a forum participant said about meeting another: ``must``, ``would`` or ``no`` (migration 0003)."""

    __tablename__ = "meeting_pick"
    event_id: str = Field(
        foreign_key="event.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    actor_id: str = Field(
        foreign_key="actor.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    target_id: str = Field(
        foreign_key="actor.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    pick: str = Field(max_length=8)
    position: int = 0  # order of arrival (the first-come baseline books in this order)


class MeetingAvailability(SQLModel, table=True):
    """The brokerage slots (from 1) a participant is present; no row: present throughout."""

    __tablename__ = "meeting_availability"
    event_id: str = Field(
        foreign_key="event.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    actor_id: str = Field(
        foreign_key="actor.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    slots: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class MeetingPlan(SQLModel, table=True):
    """An event's brokerage session: the room it was planned for and how good the plan is."""

    __tablename__ = "meeting_plan"
    event_id: str = Field(
        foreign_key="event.id", primary_key=True, ondelete="CASCADE", max_length=200, sa_type=byte_key(200)
    )
    slots: int
    tables: int
    max_per_person: int | None = None
    start: str | None = Field(default=None, max_length=5)  # "HH:MM" of slot 1, when known
    slot_minutes: int = 20
    objective: int = 0
    bound: int | None = None
    method: str = Field(default="heuristic", max_length=16)
    updated_at: datetime = Field(default_factory=utcnow)


class Meeting(SQLModel, table=True):
    """One scheduled one-to-one meeting, and (after the forum) its outcome."""

    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("event_id", "actor_a", "actor_b", name="uq_meeting_pair"),
        Index("ix_meeting_event_slot", "event_id", "slot"),
    )
    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(foreign_key="event.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    slot: int
    table_no: int
    actor_a: str = Field(foreign_key="actor.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    actor_b: str = Field(foreign_key="actor.id", ondelete="CASCADE", max_length=200, sa_type=byte_key(200))
    kind: str = Field(max_length=16)
    outcome: str | None = Field(default=None, max_length=16)


class NetworkGeneration(SQLModel, table=True):
    """One row: a token that changes with every committed write to the network (``matchmaker.generation``).

    What is slow to rebuild from the whole network (its records, the fitted recommender) is kept
    beside the database under this token and used only while it is still the same.
    """

    __tablename__ = "network_generation"
    id: int = Field(default=1, primary_key=True)
    counter: int = Field(default=0, sa_type=BigInteger)
    token: str = Field(max_length=64)


class FieldClock(SQLModel, table=True):
    """When and where one field of an actor or tie last changed, for snapshot merges (migration 0006).

    ``entity`` is ``actor`` or ``tie``; ``key`` the actor id, or a tie's source, target and kind
    joined by U+001F; ``vv`` the version vector ``{replica: edits}`` of the value; times are ISO
    8601 UTC text so that they sort and compare alike on every database.
    """

    __tablename__ = "field_clock"
    entity: str = Field(primary_key=True, max_length=8)
    key: str = Field(primary_key=True, max_length=700)
    field: str = Field(primary_key=True, max_length=300)
    changed_at: str = Field(max_length=40)
    origin: str = Field(max_length=64)
    vv: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Tombstone(SQLModel, table=True):
    """A deleted actor or tie, kept so that a merge carries the deletion (migration 0006)."""

    entity: str = Field(primary_key=True, max_length=8)
    key: str = Field(primary_key=True, max_length=700)
    deleted_at: str = Field(max_length=40)
    origin: str = Field(max_length=64)
    vv: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Replica(SQLModel, table=True):
    """The one row naming this copy of the database in field clocks (migration 0006)."""

    id: str = Field(primary_key=True, max_length=64)
    seat: str = Field(max_length=700)  # host, file and inode: a copied file is another copy
