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


def _actor_record_class() -> type:
    """``ActorRecord``, made from :data:`matchmaker.actor_fields.ACTOR_FIELDS`: required fields
    without a default first (so ``ActorRecord("a1", "startup", "Kratt OÜ", "EE")`` works), then
    the rest in declaration order. A field added there is a field of every record."""
    from dataclasses import make_dataclass

    from matchmaker.actor_fields import ACTOR_FIELDS

    python_type = {"list": "tuple[str, ...]", "skills": "dict[str, float]"}
    first = [f for f in ACTOR_FIELDS if f.required and f.default is None]
    rest = [f for f in ACTOR_FIELDS if f not in first]
    spec = [(f.name, "str") for f in first]
    for f in rest:
        kind = python_type.get(f.value, "str" if f.default is not None else "str | None")
        default = field(default_factory=dict) if f.value == "skills" else field(default=f.empty)
        spec.append((f.name, kind, default))
    # the stored version this record was read at (see matchmaker.editing): metadata of the read,
    # not an actor field, so two reads of the same actor compare equal across unrelated saves
    spec.append(("version", "int", field(default=1, compare=False)))
    cls = make_dataclass(
        "ActorRecord",
        spec,
        frozen=True,
        slots=True,
        namespace={
            "__doc__": "One actor: the fields of ``matchmaker.actor_fields`` (offers and needs: "
            "``{skill id: weight}``)."
        },
    )
    cls.__module__ = __name__  # pickles (the recommender's worker processes) find it here
    return cls


ActorRecord = _actor_record_class()


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
    # the generation it was read at and what it held then (matchmaker.generation.NetworkSeal):
    # never copied by dataclasses.replace or pickling, so a changed copy carries none
    seal: object = field(default=None, init=False, repr=False, compare=False)

    def actor_index(self) -> dict[str, ActorRecord]:
        return {a.id: a for a in self.actors}

    def __reduce__(self):
        """Pickled as columns (:mod:`matchmaker.network_columns`): 30x fewer objects to write and read."""
        from matchmaker.network_columns import pack, unpack

        return (unpack, (pack(self),))
