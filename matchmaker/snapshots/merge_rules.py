"""The merge of two copies' states, field by field: pure, and the same whichever copy merges which.

For each field the value with the newer history wins (its clock dominates). When neither history
contains the other, both copies changed the field since they last agreed: if the values differ,
that is a :class:`Conflict`, decided by ``decide`` (the user's choice; by default the later change
wins, ordered by wall time then replica id, which makes the merge symmetric). The merged clock has
seen both histories, so the decision is not asked again when the copies next meet.

A tombstone on either side deletes the record (deletions survive), unless the record was made
again after the deletion (every field's clock has seen the tombstone); a record edited on one side
after the other deleted it is reported in :attr:`MergeOutcome.deleted_over_edits`. Ties whose
actor is gone go with it. Events, participations and free tags are united.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from matchmaker.snapshots.clock import Clock
from matchmaker.snapshots.state import ReplicaState, Version, is_skill_field

__all__ = ["Conflict", "MergeOutcome", "later_wins", "merge_states"]

_ABSENT_SKILL = Version(None)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field both copies changed to different values; ``ours`` is the copy merged into."""

    entity: str  # "actor" or "tie"
    key: object  # actor id or (source, target, kind)
    field: str
    ours: Version
    theirs: Version

    @property
    def ident(self) -> tuple[str, object, str]:
        return (self.entity, self.key, self.field)


Decide = Callable[[Conflict], str]  # -> "ours" or "theirs"


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def later_wins(conflict: Conflict) -> str:
    """The default decision: the later change (wall time, then replica, then value: a total order)."""
    ours = (conflict.ours.clock.order(), _canonical(conflict.ours.value))
    theirs = (conflict.theirs.clock.order(), _canonical(conflict.theirs.value))
    return "theirs" if theirs > ours else "ours"


@dataclass(slots=True)
class MergeOutcome:
    state: ReplicaState
    conflicts: list[Conflict] = field(default_factory=list)
    deleted_over_edits: list[tuple[str, object]] = field(default_factory=list)
    before: ReplicaState | None = None  # the copy merged into, when the caller keeps it at hand


def _merge_field(entity, key, name, ours: Version, theirs: Version, decide: Decide, conflicts) -> Version:
    if ours == theirs:
        return ours
    if ours.clock.dominates(theirs.clock):
        return ours
    if theirs.clock.dominates(ours.clock):
        return theirs
    if ours.value == theirs.value:
        return Version(ours.value, ours.clock.joined(theirs.clock))
    conflict = Conflict(entity, key, name, ours, theirs)
    conflicts.append(conflict)
    chosen = theirs if decide(conflict) == "theirs" else ours
    return Version(chosen.value, ours.clock.joined(theirs.clock, newest=chosen.clock))


def _merge_record(entity, key, ours: dict, theirs: dict, decide: Decide, conflicts) -> dict:
    merged = {}
    for name in ours.keys() | theirs.keys():
        if name not in theirs and not is_skill_field(name):
            merged[name] = ours[name]  # the other copy left it out (a filtered snapshot): unknown there
        elif name not in ours and not is_skill_field(name):
            merged[name] = theirs[name]
        else:
            a, b = ours.get(name, _ABSENT_SKILL), theirs.get(name, _ABSENT_SKILL)
            merged[name] = _merge_field(entity, key, name, a, b, decide, conflicts)
    return merged


def _covers(record: dict, tombstone: Clock | None) -> bool:
    """The record was made again after the deletion: every field's history includes it."""
    return tombstone is not None and bool(record) and all(v.clock.covers(tombstone) for v in record.values())


def _covered(record: dict, tombstone: Clock) -> bool:
    return all(tombstone.covers(v.clock) for v in record.values())


def _merge_records(entity, ours_records, theirs_records, ours, theirs, merged, decide, outcome):
    target = {}
    keys = ours_records.keys() | theirs_records.keys() | _tombstoned(entity, ours, theirs)
    for key in sorted(keys, key=str):
        present = [c for c in (ours.tombstones.get((entity, key)), theirs.tombstones.get((entity, key))) if c]
        stone = present[0].joined(present[-1]) if present else None
        mine, other = ours_records.get(key), theirs_records.get(key)
        if stone is not None:  # a record survives it only if made again after the deletion
            mine = mine if mine is not None and _covers(mine, stone) else None
            other = other if other is not None and _covers(other, stone) else None
            if mine is None and other is None:
                merged.tombstones[(entity, key)] = stone
                for records in (ours_records, theirs_records):
                    if key in records and not _covered(records[key], stone):
                        outcome.deleted_over_edits.append((entity, key))
                continue
        if other is None:
            target[key] = mine
        elif mine is None:
            target[key] = other
        else:
            target[key] = _merge_record(entity, key, mine, other, decide, outcome.conflicts)
    return target


def _tombstoned(entity: str, *states: ReplicaState) -> set:
    return {key for s in states for (e, key) in s.tombstones if e == entity}


def merge_states(ours: ReplicaState, theirs: ReplicaState, decide: Decide = later_wins) -> MergeOutcome:
    """The merged state of two copies, the conflicts met on the way, and deletions over edits."""
    merged = ReplicaState()
    outcome = MergeOutcome(merged)
    merged.actors = _merge_records("actor", ours.actors, theirs.actors, ours, theirs, merged, decide, outcome)
    ties = _merge_records("tie", ours.ties, theirs.ties, ours, theirs, merged, decide, outcome)
    merged.ties = {k: r for k, r in ties.items() if k[0] in merged.actors and k[1] in merged.actors}
    merged.skills = {**theirs.skills, **ours.skills}
    merged.events = {**theirs.events, **ours.events}
    merged.participations = {
        k: role
        for k, role in {**theirs.participations, **ours.participations}.items()
        if k[1] in merged.actors and k[0] in merged.events
    }
    return outcome
