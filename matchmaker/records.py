"""Plain, Qt-free snapshots of the network that the analytics, matcher and team builder read.

The store loads these in bulk (no ORM objects per row) and the interchange format
produces and consumes them, so every consumer sees one shape of the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

__all__ = [
    "ActorRecord",
    "DecisionRecord",
    "EventRecord",
    "NetworkData",
    "ParticipationRecord",
    "SkillRecord",
    "TieRecord",
]


@dataclass(frozen=True, slots=True)
class SkillRecord:
    id: str
    source: str
    label_en: str
    label_et: str | None = None
    label_uk: str | None = None
    alt_labels: tuple[str, ...] = ()
    broader: str | None = None
    uri: str | None = None

    def label(self, language: str = "en") -> str:
        """The label in ``language`` (``en``, ``et``, ``uk``), English when none is kept."""
        return getattr(self, f"label_{language}", None) or self.label_en


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: str
    kind: str
    name: str
    country: str
    native_name: str | None = None
    city: str | None = None
    sectors: tuple[str, ...] = ()
    description: str | None = None
    languages: tuple[str, ...] = ()
    website: str | None = None
    stage: str | None = None
    size: str | None = None
    roles: tuple[str, ...] = ()
    email: str | None = None
    visibility: str = "public"
    offers: dict[str, float] = field(default_factory=dict)  # skill id -> weight
    needs: dict[str, float] = field(default_factory=dict)
    # the stored version this record was read at (see matchmaker.editing); metadata of the read,
    # not data, so two reads of the same actor compare equal across unrelated saves
    version: int = field(default=1, compare=False)


class TieRecord(NamedTuple):
    """A tie; a named tuple because imports and loads build a million of them (2x cheaper)."""

    source: str
    target: str
    kind: str
    since: date | None = None
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: str
    name: str
    kind: str
    city: str | None = None
    country: str | None = None
    start: date | None = None
    end: date | None = None
    venue: str | None = None
    agenda: str | None = None


@dataclass(frozen=True, slots=True)
class ParticipationRecord:
    event: str
    actor: str
    role: str = "participant"


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """What became of a suggested pair (``a`` was shown ``b``)."""

    a: str
    b: str
    status: str = "suggested"
    note: str | None = None
    suggested_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class NetworkData:
    """The whole network in memory: what ``load_network`` returns and import/export speak."""

    actors: list[ActorRecord] = field(default_factory=list)
    ties: list[TieRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    participations: list[ParticipationRecord] = field(default_factory=list)
    decisions: list[DecisionRecord] = field(default_factory=list)
    skills: dict[str, SkillRecord] = field(default_factory=dict)

    def actor_index(self) -> dict[str, ActorRecord]:
        return {a.id: a for a in self.actors}
