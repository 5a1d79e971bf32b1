"""A whole network pickled as columns: a million ties write and read in a second, not a minute.

Pickling :class:`~matchmaker.records.NetworkData` record by record costs a pickle opcode stream
per tie (the named tuple, its day) and a slot-by-slot state per actor: at 100,000 actors and a
million ties that took longer than reading the rows from SQLite, which defeats keeping it
(:mod:`matchmaker.kept`). Here actors become one list per field, offers and needs three flat
arrays per side, and ties five arrays over a table of actor ids, tie kinds and days; the records
are made again on loading with ``map`` over the columns (the per-record work stays in C).
``NetworkData.__reduce__`` uses :func:`pack` and :func:`unpack`, so ``pickle`` does this by itself.
"""

from __future__ import annotations

from array import array
from dataclasses import fields
from datetime import date
from itertools import islice

from matchmaker.records import ActorRecord, NetworkData, TieRecord

__all__ = ["pack", "unpack"]

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


def pack(net: NetworkData) -> dict:
    actors = net.actors
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
