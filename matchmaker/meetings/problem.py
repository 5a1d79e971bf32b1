"""The scheduling problem and its answer, as plain data (no store, no SQL).

A :class:`Forum` says who takes part, who picked whom, who is present in which slot and which
participants form one organisation's delegation; :class:`ForumRules` the room (slots, tables,
cap per person). The solvers turn them into a :class:`Schedule`. Slots and tables are numbered
from 1, as people count them, everywhere outside the solvers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _
from matchmaker.meetings.kinds import MEETING_VALUES, oriented_kind

__all__ = [
    "CandidatePair",
    "Forum",
    "ForumRules",
    "Meeting",
    "MeetingRulesError",
    "MeetingsCancelled",
    "Schedule",
    "Unscheduled",
    "candidate_pairs",
]


class MeetingRulesError(MatchmakerError):
    """Slots, tables or the cap make no sense (zero, negative)."""


class MeetingsCancelled(MatchmakerError):
    """The user cancelled a long schedule search or suggestion run."""


@dataclass(frozen=True, slots=True)
class ForumRules:
    """``slots`` time slots, ``tables`` meetings at once, at most ``max_per_person`` each (None: no cap)."""

    slots: int
    tables: int
    max_per_person: int | None = None

    def __post_init__(self):
        for name in ("slots", "tables", "max_per_person"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise MeetingRulesError(
                    _("{name} must be at least 1, got {value}").format(name=name, value=value)
                )


@dataclass(frozen=True)
class Forum:
    """Who takes part and what they asked for.

    ``picks[(who, whom)]`` is ``must``, ``would`` or ``no``. ``availability[actor]`` holds the
    slots (from 1) the actor is present; an actor without an entry is present throughout.
    ``delegations`` are groups that attend together: never two meetings of one group in one slot.
    """

    participants: tuple[str, ...]
    picks: Mapping[tuple[str, str], str] = field(default_factory=dict)
    availability: Mapping[str, frozenset[int]] = field(default_factory=dict)
    delegations: tuple[frozenset[str], ...] = ()

    def present(self, actor: str, rules: ForumRules) -> frozenset[int]:
        every = frozenset(range(1, rules.slots + 1))
        return every & self.availability[actor] if actor in self.availability else every

    def colleagues(self, a: str, b: str) -> bool:
        return any(a in group and b in group for group in self.delegations)


@dataclass(frozen=True, slots=True)
class CandidatePair:
    """A pair someone asked for; ``a`` is the keener side (see ``kinds.oriented_kind``)."""

    a: str
    b: str
    kind: str

    @property
    def value(self) -> int:
        return MEETING_VALUES[self.kind]


@dataclass(frozen=True, slots=True)
class Meeting:
    slot: int
    table: int
    a: str
    b: str
    kind: str

    @property
    def value(self) -> int:
        return MEETING_VALUES[self.kind]

    def involves(self, actor: str) -> bool:
        return actor in (self.a, self.b)

    def other(self, actor: str) -> str:
        return self.b if actor == self.a else self.a


@dataclass(frozen=True, slots=True)
class Unscheduled:
    """A pair someone asked for that is not in the schedule, and why (a code of ``reasons.WHY``)."""

    a: str
    b: str
    kind: str
    why: str


@dataclass
class Schedule:
    """The answer: meetings by slot and table, the pairs left out, the value and its bound.

    ``bound`` is an upper bound on the value any schedule could reach (from HiGHS, or the LP
    relaxation), so ``gap`` says how far from the optimum this one can at most be.
    """

    meetings: list[Meeting]
    unscheduled: list[Unscheduled]
    objective: int
    bound: int | None
    optimal: bool
    method: str  # "exact", "heuristic", "repair" or "first-come"
    seconds: float = 0.0

    @property
    def gap(self) -> float | None:
        if self.bound is None:
            return None
        return 0.0 if self.bound <= 0 else max(0.0, (self.bound - self.objective) / self.bound)

    def meetings_of(self, actor: str) -> list[Meeting]:
        return sorted((m for m in self.meetings if m.involves(actor)), key=lambda m: m.slot)

    def count(self, kind: str) -> int:
        return sum(m.kind == kind for m in self.meetings)


def candidate_pairs(forum: Forum) -> tuple[list[CandidatePair], list[Unscheduled]]:
    """Every pair someone asked for, and those that can never be scheduled (a *no*, colleagues).

    Picks naming someone who is not a participant are ignored. Pairs come in a stable order.
    """
    members = set(forum.participants)
    order = {actor: i for i, actor in enumerate(forum.participants)}
    pairs = {
        tuple(sorted((who, whom), key=order.__getitem__))
        for (who, whom), pick in forum.picks.items()
        if pick in ("must", "would") and who in members and whom in members and who != whom
    }
    candidates, excluded = [], []
    for x, y in sorted(pairs, key=lambda p: (order[p[0]], order[p[1]])):
        xy, yx = forum.picks.get((x, y)), forum.picks.get((y, x))
        oriented = oriented_kind(xy, yx)
        if oriented is None:  # someone said no: report it under the kind the asking side wanted
            keen = (x, y) if xy in ("must", "would") else (y, x)
            excluded.append(Unscheduled(*keen, forum.picks[keen], "declined"))
            continue
        kind, swap = oriented
        a, b = (y, x) if swap else (x, y)
        if forum.colleagues(a, b):
            excluded.append(Unscheduled(a, b, kind, "same-delegation"))
        else:
            candidates.append(CandidatePair(a, b, kind))
    return candidates, excluded
