"""Who is busy when: the mutable state the greedy, the local search and the repair share.

A *unit* is what can hold one meeting at a time: a delegation (all its members together, see
``delegations.py``) or a participant who belongs to none. A pair fits a slot when both its
people are present, none of their units is busy then, a table is free and neither person has
reached the cap.
"""

from __future__ import annotations

from matchmaker.meetings.problem import CandidatePair, Forum, ForumRules

__all__ = ["Board"]


class Board:
    """Placement of candidate pairs (by index into ``pairs``) into slots (from 1)."""

    def __init__(self, forum: Forum, rules: ForumRules, pairs: list[CandidatePair]):
        self.rules = rules
        self.pairs = pairs
        cap = rules.max_per_person
        self.cap = cap if cap is not None else rules.slots
        units: dict[str, list[int]] = {}
        for g, group in enumerate(forum.delegations):
            for actor in group:
                units.setdefault(actor, []).append(g)
        next_unit = len(forum.delegations)
        for actor in forum.participants:
            if actor not in units:
                units[actor] = [next_unit]
                next_unit += 1
        self.units_of = {actor: tuple(u) for actor, u in units.items()}
        self.present = {actor: forum.present(actor, rules) for actor in forum.participants}
        self.slots_of = [sorted(self.present[p.a] & self.present[p.b]) for p in pairs]
        self.pair_units = [tuple(sorted(set(self.units_of[p.a]) | set(self.units_of[p.b]))) for p in pairs]
        self.busy: dict[tuple[int, int], int] = {}  # (unit, slot) -> pair
        self.used = [0] * (rules.slots + 1)  # meetings per slot
        self.count: dict[str, int] = dict.fromkeys(forum.participants, 0)
        self.slot_of: dict[int, int] = {}
        self.fixed: set[int] = set()
        self.open_slots = set(range(1, rules.slots + 1))  # where new meetings may go

    # -- questions ------------------------------------------------------------------------------
    def blockers(self, p: int, s: int) -> set[int]:
        """Placed pairs that keep ``p`` out of slot ``s`` through a shared person or delegation."""
        found = {self.busy.get((u, s)) for u in self.pair_units[p]}
        found.discard(None)
        found.discard(p)
        return found  # type: ignore[return-value]

    def has_room(self, p: int) -> bool:
        """Neither person has reached the cap (counting ``p`` itself as not yet placed)."""
        pair, extra = self.pairs[p], 0 if p in self.slot_of else 1
        return self.count[pair.a] + extra <= self.cap and self.count[pair.b] + extra <= self.cap

    def fits(self, p: int, s: int) -> bool:
        return (
            s in self.open_slots
            and self.used[s] < self.rules.tables
            and self.has_room(p)
            and not self.blockers(p, s)
        )

    def free_slots(self, p: int) -> list[int]:
        return [s for s in self.slots_of[p] if self.fits(p, s)]

    def placed_at(self, s: int) -> list[int]:
        return [p for p, slot in self.slot_of.items() if slot == s]

    def value(self) -> int:
        return sum(self.pairs[p].value for p in self.slot_of)

    # -- moves ----------------------------------------------------------------------------------
    def place(self, p: int, s: int) -> None:
        pair = self.pairs[p]
        for u in self.pair_units[p]:
            self.busy[(u, s)] = p
        self.used[s] += 1
        self.count[pair.a] += 1
        self.count[pair.b] += 1
        self.slot_of[p] = s

    def remove(self, p: int) -> int:
        """Take ``p`` out; returns the slot it was in."""
        s = self.slot_of.pop(p)
        pair = self.pairs[p]
        for u in self.pair_units[p]:
            if self.busy.get((u, s)) == p:
                del self.busy[(u, s)]
        self.used[s] -= 1
        self.count[pair.a] -= 1
        self.count[pair.b] -= 1
        return s

    def snapshot(self) -> dict[int, int]:
        return dict(self.slot_of)

    def restore(self, placement: dict[int, int]) -> None:
        for p in list(self.slot_of):
            if p not in placement or placement[p] != self.slot_of[p]:
                self.remove(p)
        for p, s in placement.items():
            if p not in self.slot_of:
                self.place(p, s)
