"""A copy's network as merge sees it: every record a set of fields, each a value with its clock.

Actors are keyed by id; their fields are the actor table's columns (:mod:`matchmaker.actor_fields`)
plus one field per skill and side (``offer:SKILL``, ``need:SKILL``: the weight, or ``None`` once
removed), so two people adding different skills to one actor never conflict. Ties are keyed by
``(source, target, kind)`` with the fields ``since`` and ``weight``. Values are in a canonical,
comparable form: text or ``None``, tuples for lists, floats for weights, ISO text for dates.
Events, participations and free-tag skills ride along as plain rows (a merge only adds them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from matchmaker.snapshots.clock import Clock

__all__ = [
    "SKILL_SIDES",
    "ReplicaState",
    "TieKey",
    "Version",
    "is_skill_field",
    "tie_key_text",
    "tie_key_from_text",
]

SKILL_SIDES = ("offer", "need")
TieKey = tuple[str, str, str]
_SEPARATOR = "\x1f"  # ids never hold control characters (actor_fields: kind "id")


def is_skill_field(name: str) -> bool:
    """``offer:…`` / ``need:…``: absent means "has not the skill", not "unknown"."""
    side, colon, _ = name.partition(":")
    return bool(colon) and side in SKILL_SIDES


def tie_key_text(key: TieKey) -> str:
    return _SEPARATOR.join(key)


def tie_key_from_text(text: str) -> TieKey:
    source, target, kind = text.split(_SEPARATOR)
    return source, target, kind


@dataclass(frozen=True, slots=True)
class Version:
    """One field's value and the clock of the edit that made it."""

    value: object
    clock: Clock = Clock.EMPTY


Record = dict[str, Version]


@dataclass(slots=True)
class ReplicaState:
    """Everything a merge compares; tombstones keyed ``("actor", id)`` or ``("tie", TieKey)``."""

    actors: dict[str, Record] = field(default_factory=dict)
    ties: dict[TieKey, Record] = field(default_factory=dict)
    tombstones: dict[tuple[str, object], Clock] = field(default_factory=dict)
    events: dict[str, dict] = field(default_factory=dict)
    participations: dict[tuple[str, str], str] = field(default_factory=dict)  # (event, actor) -> role
    skills: dict[str, dict] = field(default_factory=dict)  # free tags: id -> row

    def network_values(self) -> dict:
        """The network without clocks: what two copies must agree on after merging both ways."""
        return {
            "actors": {
                k: {f: v.value for f, v in r.items() if v.value is not None} for k, r in self.actors.items()
            },
            "ties": {k: {f: v.value for f, v in r.items()} for k, r in self.ties.items()},
            "deleted": set(self.tombstones),
        }
