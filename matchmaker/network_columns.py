"""A whole network pickled as columns: a million ties write and read in a second, not a minute.

Pickling :class:`~matchmaker.records.NetworkData` record by record costs a pickle opcode stream
per tie (the named tuple, its day) and a slot-by-slot state per actor: at 100,000 actors and a
million ties that took longer than reading the rows from SQLite, which defeats keeping it
(:mod:`matchmaker.kept`). Here actors become one list per field, offers and needs three flat
arrays per side, and ties five arrays over a table of actor ids, tie kinds and days; the records
are made again on loading with ``map`` over the columns (the per-record work stays in C).
``NetworkData.__reduce__`` uses :func:`pack` and :func:`unpack`, so ``pickle`` does this by itself.

:class:`ActorTable` keeps a list of actors the same way for a kept recommender, and makes an
actor's record only when it is asked for: a query names ten candidates, not 100,000 actors.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from itertools import chain, islice
from operator import attrgetter

from matchmaker.records import ActorRecord, NetworkData, TieRecord

__all__ = ["ActorTable", "actor_value", "pack", "unpack"]

_FIELDS = tuple(f.name for f in fields(ActorRecord))  # the constructor's positional order
_SKILL_SIDES = ("offers", "needs")


def _codes(values, table: list, index: dict) -> array:
    out = array("i")
    append = out.append
    for value in values:
        code = index.get(value)
        if code is None:
            code = index[value] = len(table)
            table.append(value)
        append(code)
    return out


def _actor_columns(actors) -> tuple[dict, list[str], dict]:
    """One list per field, and each skill side as (counts, skill codes, weights) over ``skill_ids``."""
    columns = {name: [getattr(a, name) for a in actors] for name in _FIELDS if name not in _SKILL_SIDES}
    skill_ids: list[str] = []
    skill_index: dict[str, int] = {}
    sides = {}
    for side in _SKILL_SIDES:
        held = [getattr(a, side) for a in actors]
        sides[side] = (
            array("i", map(len, held)),
            _codes((k for d in held for k in d), skill_ids, skill_index),
            array("d", (w for d in held for w in d.values())),
        )
    return columns, skill_ids, sides


def pack(net: NetworkData) -> dict:
    actors = net.actors
    columns, skill_ids, sides = _actor_columns(actors)
    ends: list[str] = [a.id for a in actors]
    end_index = {actor_id: i for i, actor_id in enumerate(ends)}
    kinds: list[str] = []
    ties = net.ties
    return {
        "actors": columns,
        "skill_ids": skill_ids,
        "sides": sides,
        "ends": ends,
        "tie_source": _codes((t[0] for t in ties), ends, end_index),
        "tie_target": _codes((t[1] for t in ties), ends, end_index),
        "tie_kind": _codes((t[2] for t in ties), kinds, {}),
        "kinds": kinds,
        "tie_day": array("i", (t[3].toordinal() if t[3] is not None else 0 for t in ties)),
        "tie_weight": array("d", (t[4] for t in ties)),
        "rest": (net.events, net.participations, net.decisions, net.skills),
    }


def _skill_dicts(skill_ids: list[str], counts: array, codes: array, weights: array) -> list[dict[str, float]]:
    pairs = zip(map(skill_ids.__getitem__, codes), weights, strict=True)
    return [dict(islice(pairs, n)) for n in counts]


def unpack(packed: dict) -> NetworkData:
    columns = packed["actors"]
    for side in _SKILL_SIDES:
        columns[side] = _skill_dicts(packed["skill_ids"], *packed["sides"][side])
    actors = list(map(ActorRecord, *(columns[name] for name in _FIELDS)))
    ends, kinds = packed["ends"], packed["kinds"]
    days = {day: date.fromordinal(day) for day in set(packed["tie_day"]) if day}
    ties = list(
        map(
            TieRecord,
            map(ends.__getitem__, packed["tie_source"]),
            map(ends.__getitem__, packed["tie_target"]),
            map(kinds.__getitem__, packed["tie_kind"]),
            map(days.get, packed["tie_day"]),
            packed["tie_weight"],
        )
    )
    events, participations, decisions, skills = packed["rest"]
    return NetworkData(actors, ties, events, participations, decisions, skills)


class ActorTable(Sequence):
    """A list of :class:`ActorRecord` held as columns; a record is made when it is asked for.

    Equal to a list holding the same records. Pickled as its columns, so a kept model holding
    the actors opens in milliseconds instead of unpickling 100,000 records field by field.
    """

    def __init__(self, actors):
        self._columns, self._skill_ids, self._sides = _actor_columns(actors)
        self._starts = {side: _starts(self._sides[side][0]) for side in _SKILL_SIDES}
        self._made: dict[int, ActorRecord] = {}

    def __len__(self) -> int:
        return len(self._columns["id"])

    def _skills(self, side: str, i: int) -> dict[str, float]:
        _counts, codes, weights = self._sides[side]
        lo, hi = self._starts[side][i], self._starts[side][i + 1]
        return dict(zip(map(self._skill_ids.__getitem__, codes[lo:hi]), weights[lo:hi], strict=True))

    def _record(self, i: int) -> ActorRecord:
        found = self._made.get(i)
        if found is None:
            values = {name: self._columns[name][i] for name in self._columns}
            values.update({side: self._skills(side, i) for side in _SKILL_SIDES})
            found = self._made[i] = ActorRecord(*(values[name] for name in _FIELDS))
        return found

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._record(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._record(i)

    def __iter__(self):
        return map(self._record, range(len(self)))

    def value(self, i: int, name: str):
        """Field ``name`` of actor ``i`` (not offers or needs), read from its column: no record is made."""
        return self._columns[name][i]

    def held_skill_ids(self) -> list[tuple[str, ...]]:
        """Each actor's offered and needed skill ids, sorted, read from the columns: no record is made."""
        held: list[list[int]] = [[] for _ in range(len(self))]
        for side in _SKILL_SIDES:
            counts, codes, _weights = self._sides[side]
            codes = iter(codes)
            for mine, count in zip(held, counts, strict=True):
                mine.extend(islice(codes, count))
        ids = self._skill_ids
        return [tuple(sorted({ids[code] for code in mine})) for mine in held]

    def __eq__(self, other) -> bool:
        if isinstance(other, ActorTable):
            other = list(other)
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        if len(self) != len(other):
            return False
        # column against column, each read with map() in C: no record made to compare them
        for name, column in self._columns.items():
            if list(map(attrgetter(name), other)) != column:
                return False
        return all(self._same_skills(side, list(map(attrgetter(side), other))) for side in _SKILL_SIDES)

    def _same_skills(self, side: str, held: list[dict[str, float]]) -> bool:
        counts, codes, weights = self._sides[side]
        if array("i", map(len, held)) != counts:
            return False
        if list(chain.from_iterable(held)) == list(
            map(self._skill_ids.__getitem__, codes)
        ) and weights == array("d", chain.from_iterable(map(dict.values, held))):
            return True
        return held == _skill_dicts(
            self._skill_ids, counts, codes, weights
        )  # the same skills in another order

    __hash__ = None

    def __getstate__(self) -> dict:
        return {"columns": self._columns, "skill_ids": self._skill_ids, "sides": self._sides}

    def __setstate__(self, state: dict) -> None:
        self._columns, self._skill_ids, self._sides = state["columns"], state["skill_ids"], state["sides"]
        self._starts = {side: _starts(self._sides[side][0]) for side in _SKILL_SIDES}
        self._made = {}


def actor_value(actors: Sequence, i: int, name: str):
    """Field ``name`` of ``actors[i]``; from an :class:`ActorTable` without making the record (a
    suggestion names ten candidates and their introducers by id, name and country, and making
    their records with every skill cost a tenth of a suggestion's time at 100,000 actors)."""
    if isinstance(actors, ActorTable):
        return actors.value(i, name)
    return getattr(actors[i], name)


def _starts(counts: array) -> list[int]:
    from itertools import accumulate

    return [0, *accumulate(counts)]
