"""Two laptops that start from one network: the edits a hypothesis test makes on each, and what they did.

Every edit goes through the store's own write paths (profile fields, skills, ties, deletions),
so the field clocks under test are the ones the app writes. :class:`Laptop` remembers, apart
from the database, which fields it changed and which records it deleted: the merge tests check
the merged network against that record, not against the clocks.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

from matchmaker.actor_fields import column_fields
from matchmaker.records import ActorRecord, TieRecord
from matchmaker.snapshots.state_store import load_state
from matchmaker.store import open_store

ACTORS = ("ee-ria", "ua-kyiv-health", "ee-kadri", "ua-olena", "new-1", "new-2")
FIELD_VALUES = {
    "city": ("Tartu", "Narva", "Odesa", None),
    "stage": ("seed", "growth", None),
    "name": ("Alpha", "Beta"),
    "sectors": (("e-health",), ("fintech", "e-health"), ()),
}
SKILLS = ("egov:x-road", "esco:mobile-ux", "tag:drones")

edits = st.one_of(
    st.tuples(
        st.just("field"), st.sampled_from(ACTORS), st.sampled_from(sorted(FIELD_VALUES)), st.integers(0, 3)
    ),
    st.tuples(
        st.just("skill"),
        st.sampled_from(ACTORS),
        st.sampled_from(("offer", "need")),
        st.integers(0, 1),
        st.sampled_from((None, 0.5, 1.0)),
    ),
    st.tuples(
        st.just("tie"),
        st.sampled_from(ACTORS),
        st.sampled_from(ACTORS),
        st.sampled_from(("knows", "partner")),
        st.sampled_from((0.5, 1.0, 2.0)),
    ),
    st.tuples(
        st.just("untie"),
        st.sampled_from(ACTORS),
        st.sampled_from(ACTORS),
        st.sampled_from(("knows", "partner")),
    ),
    st.tuples(st.just("delete"), st.sampled_from(ACTORS)),
    st.tuples(st.just("add"), st.sampled_from(ACTORS[4:])),
)


@dataclass
class Laptop:
    store: object
    edited: dict = field(default_factory=dict)  # (entity, key, field) -> the value this laptop gave it
    deleted: set = field(default_factory=set)  # (entity, key) deleted here and not made again
    # the second laptop types other values for the same draw, so that edits of one field differ
    offset: int = 0

    @classmethod
    def copy_of(cls, base: Path, target: Path, offset: int = 0) -> Laptop:
        shutil.copy(base, target)  # a copied file: another inode, so its own replica id
        return cls(open_store(str(target)), offset=offset)

    def alive(self) -> set[str]:
        return set(self.state().actors)

    def state(self):
        with self.store.engine.connect() as conn:
            return load_state(conn)

    def _skill_id(self, index: int) -> str | None:
        known = sorted(self.store.skills())
        return known[index * 7 % len(known)] if known else None

    def apply(self, edit: tuple) -> None:
        kind, *args = edit
        alive = self.alive()
        if kind == "field" and args[0] in alive:
            actor, name, pick = args
            values = FIELD_VALUES[name]
            value = values[(pick + self.offset) % len(values)]
            value = list(value) if isinstance(value, tuple) else value
            before, _version = self.store.update_actor_values(actor, {name: value})
            if before:
                self.edited[("actor", actor, name)] = tuple(value) if isinstance(value, list) else value
        elif kind == "skill" and args[0] in alive:
            actor, side, index, weight = args
            skill = self._skill_id(index)
            weight = (None, 0.5, 1.0)[((None, 0.5, 1.0).index(weight) + self.offset) % 3]
            before, _version = self.store.set_skill_weight(actor, side, skill, weight)
            if before != weight:
                self.edited[("actor", actor, f"{side}:{skill}")] = weight
        elif kind == "tie" and args[0] in alive and args[1] in alive and args[0] != args[1]:
            source, target, tie_kind, weight = args
            weight += self.offset
            key = (source, target, tie_kind)
            had = self.state().ties.get(key)
            self.store.put_tie(TieRecord(source, target, tie_kind, None, weight))
            self.deleted.discard(("tie", key))
            if had is None:
                self.edited[("tie", key, "since")] = None
            if had is None or had["weight"].value != weight:
                self.edited[("tie", key, "weight")] = weight
        elif kind == "untie" and self.store.delete_tie(*args):
            self._forget(("tie", tuple(args)))
        elif kind == "delete" and args[0] in alive:
            for key in [k for k in self.state().ties if args[0] in k[:2]]:
                self._forget(("tie", key), tombstone=False)
            self.store.delete_actor(args[0])
            self._forget(("actor", args[0]))
        elif kind == "add" and args[0] not in alive:
            actor = ActorRecord(args[0], "startup", f"New {args[0]}", "EE")
            self.store.add_actor(actor)
            self.deleted.discard(("actor", args[0]))
            for spec in column_fields():
                if spec.name != "id":
                    value = getattr(actor, spec.name)
                    self.edited[("actor", args[0], spec.name)] = tuple(value) if spec.is_list else value

    def _forget(self, record: tuple, tombstone: bool = True) -> None:
        for key in [k for k in self.edited if k[:2] == record]:
            del self.edited[key]
        if tombstone:
            self.deleted.add(record)
