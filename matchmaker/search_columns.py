"""The containers :class:`matchmaker.search.ActorSearch` keeps its index in: flat columns, not one object per entry.

The index over 100,000 actors holds some 100,000 distinct words, each with the actors whose
name, native name or city holds it. As dicts of lists that is hundreds of thousands of Python
objects: pickled beside the database (:mod:`matchmaker.kept_search`) they took a second to read
back, longer than the ``recommend`` they served. Held as sorted keys with a flat array of values
they read back in a few milliseconds (a list of strings and a few machine arrays), and a lookup
is a bisection in C.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate

__all__ = ["EntryColumns", "Groups"]


class Groups:
    """A read-only ``{key: values}`` held as sorted keys, where each key's values start, and the values.

    ``values`` is an ``array('i')`` for positions (it pickles as one block of bytes) or a list
    of strings. ``get`` answers a slice of it, in the order the values were given.
    """

    __slots__ = ("keys", "starts", "values")

    def __init__(self, keys: list[str], starts: array, values: Sequence):
        self.keys, self.starts, self.values = keys, starts, values

    @classmethod
    def of(cls, groups: Mapping[str, Iterable], *, positions: bool = True) -> Groups:
        keys = sorted(groups)
        values: Sequence = array("i") if positions else []
        counts = []
        for key in keys:
            before = len(values)
            values.extend(groups[key])
            counts.append(len(values) - before)
        return cls(keys, array("i", accumulate(counts, initial=0)), values)

    def get(self, key: str, default=()):
        i = bisect.bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            return self.values[self.starts[i] : self.starts[i + 1]]
        return default

    def __getitem__(self, key: str):
        found = self.get(key, None)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: str) -> bool:
        return self.get(key, None) is not None

    def __iter__(self):
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __getstate__(self):
        return self.keys, self.starts, self.values

    def __setstate__(self, state) -> None:
        self.keys, self.starts, self.values = state


class EntryColumns(Sequence):
    """The search entries as one list per field; an entry is made only when it is asked for.

    A search reads a field of each actor it finds (:meth:`value`), not whole entries, so a
    query that finds thousands of actors makes no entry objects, and the kept index reads back
    as six lists of strings and two arrays instead of 100,000 objects.
    """

    FIELDS = ("id", "kind", "country", "name", "native_name", "city")

    def __init__(self, entries: Iterable):
        entries = list(entries)
        self.columns = {name: [getattr(e, name) for e in entries] for name in self.FIELDS}
        skill_ids: list[str] = []
        index: dict[str, int] = {}
        codes = array("i")
        for entry in entries:
            codes.extend(index.setdefault(skill, len(index)) for skill in entry.skills)
        skill_ids.extend(index)
        self.skill_ids = skill_ids
        self.skill_codes = codes
        self.skill_starts = array("i", accumulate((len(e.skills) for e in entries), initial=0))

    def __len__(self) -> int:
        return len(self.columns["id"])

    def value(self, i: int, name: str):
        """Field ``name`` of entry ``i`` (not its skills), read from its column."""
        return self.columns[name][i]

    def skills(self, i: int) -> tuple[str, ...]:
        codes = self.skill_codes[self.skill_starts[i] : self.skill_starts[i + 1]]
        return tuple(map(self.skill_ids.__getitem__, codes))

    def __getitem__(self, i):
        from matchmaker.search import SearchEntry

        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return SearchEntry(*(self.columns[name][i] for name in self.FIELDS), skills=self.skills(i))

    def __getstate__(self):
        return self.columns, self.skill_ids, self.skill_codes, self.skill_starts

    def __setstate__(self, state) -> None:
        self.columns, self.skill_ids, self.skill_codes, self.skill_starts = state
