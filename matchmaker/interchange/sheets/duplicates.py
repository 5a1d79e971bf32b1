"""Likely duplicates: a sheet row that names an actor already stored, or an earlier row, differently.

Registration sheets spell organisations their own way: ``Kyivstar`` for the stored ``Київстар``,
``ПрАТ «Київстар»`` for ``Kyivstar JSC``, ``TalTech`` for ``Tallinn University of Technology``.
Names are compared by a *name key*: folded (:func:`matchmaker.textnorm.fold`: case, diacritics,
Ukrainian transliterated, old spellings), legal forms dropped (OÜ, AS, ТОВ, ПрАТ, LLC, …), and
then

* equal keys: the same name (score 100);
* keys close by rapidfuzz's token-sort ratio (typos, word order, other transliterations);
* an abbreviation whose parts begin the words of the other name in order (``TalTech``,
  ``KPI``: Kyiv Polytechnic Institute).

Each of a row's names (name and native name) is compared with each stored actor's; actors of
another country than the row's are never offered. The user decides: merge or create.

>>> name_key("ПрАТ «Київстар»") == name_key("Kyivstar JSC") == name_key("KYIVSTAR")
True
>>> abbreviates("TalTech", "Tallinn University of Technology"), abbreviates("KPI", "Kyiv Polytechnic Institute")
(True, True)
>>> abbreviates("TalTech", "Tartu Ülikool")
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from matchmaker.textnorm import fold_tokens, loose_key

__all__ = ["Candidate", "Duplicate", "NameEntry", "abbreviates", "find_duplicates", "name_key"]

SIMILAR = 88  # least token-sort ratio (0-100) for "similar name"; tuned on transliteration variants
# legal forms and filler words, folded (ТОВ → tov, ПрАТ → prat, ГО → ho, ФОП → fop)
LEGAL_FORMS = frozenset(
    "ou as mtu sa fie tu uu llc ltd inc gmbh jsc pjsc plc ag oy ab sia uab co corp "
    "tov prat pat at fop dp kp ho bf pp".split()
)
_FILLER = frozenset("the of and for ja та і й".split())


def name_key(name: str) -> str:
    """The name folded, without legal forms: what two spellings of one organisation share."""
    tokens = [t for t in fold_tokens(name) if t not in LEGAL_FORMS]
    return " ".join(tokens) or " ".join(fold_tokens(name))


def _loose(key: str) -> str:
    return " ".join(loose_key(word) for word in key.split())


_CAMEL = re.compile(r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ']*|[a-zа-яіїєґ']+")


def _abbreviation_parts(text: str) -> list[str] | None:
    """``TalTech`` → ``[tal, tech]``, ``KPI`` → ``[k, p, i]``; None for text that is no abbreviation."""
    word = text.strip()
    if not 2 <= len(word) <= 12 or not word.isalpha() or sum(c.isupper() for c in word) < 2:
        return None
    if word.isupper():
        return [fold_tokens(c)[0] for c in word] if len(word) <= 6 else None
    parts = [fold_tokens(p)[0] for p in _CAMEL.findall(word) if fold_tokens(p)]
    return parts if len(parts) >= 2 else None


@lru_cache(maxsize=400_000)
def _significant_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in fold_tokens(name) if w not in LEGAL_FORMS and w not in _FILLER)


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation made of the beginnings of ``long``'s words, in order.

    The first part must begin the first word; later words may be skipped (``of``, ``University``).
    """
    parts = _abbreviation_parts(short)
    words = _significant_words(long) if parts else ()
    if not parts or len(words) < 2 or not words[0].startswith(parts[0]):
        return False
    at = 1
    for part in parts[1:]:
        while at < len(words) and not words[at].startswith(part):
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


@dataclass(frozen=True, slots=True)
class NameEntry:
    """Who may be a duplicate: a stored actor (``target`` its id) or a sheet row (``row N``)."""

    target: str
    names: tuple[str, ...]
    country: str | None


@dataclass(frozen=True, slots=True)
class Candidate:
    target: str  # a stored actor's id, or "row N"
    name: str
    score: int  # 100: the same name; less: how alike
    reason: str  # "same name", "similar name", "abbreviation"


@dataclass(frozen=True, slots=True)
class Duplicate:
    line: int
    name: str
    candidates: tuple[Candidate, ...]  # best first


@lru_cache(maxsize=400_000)
def _match_key(name: str) -> tuple[str, str, tuple[str, ...]]:
    """``(name key, its words sorted in the loose spelling, its numbers)`` of one name, cached: the
    wizard checks a sheet again after each decision, against the same stored names."""
    key = name_key(name)
    return key, " ".join(sorted(_loose(key).split())), tuple(re.findall(r"[0-9]+", key))


class _Keys:
    """Name keys of many entries, for exact lookups and for rapidfuzz over sorted-word keys
    (the plain ratio over words sorted once equals the token-sort ratio, without sorting each
    candidate again for each query)."""

    def __init__(self, entries: Iterable[NameEntry]) -> None:
        self.entries: list[NameEntry] = []
        self.exact: dict[str, list[tuple[int, str]]] = {}
        self.sorted_keys: list[str] = []
        self.owner: list[tuple[int, str]] = []  # (entry index, the name) of each sorted key
        for entry in entries:
            self.add(entry)

    def add(self, entry: NameEntry) -> None:
        index = len(self.entries)
        self.entries.append(entry)
        for name in entry.names:
            key, sorted_key, _numbers = _match_key(name)
            if key:
                self.exact.setdefault(key, []).append((index, name))
                self.sorted_keys.append(sorted_key)
                self.owner.append((index, name))


class _Found:
    """The candidates for one row, best score per entry."""

    def __init__(self, keys: _Keys, country: str | None) -> None:
        self.keys, self.country = keys, country
        self.best: dict[int, Candidate] = {}

    def offer(self, index: int, name: str, score: int, reason: str) -> None:
        entry = self.keys.entries[index]
        if self.country and entry.country and entry.country != self.country:
            return
        if index not in self.best or self.best[index].score < score:
            self.best[index] = Candidate(entry.target, name, score, reason)

    def candidates(self, limit: int = 3) -> list[Candidate]:
        # stored actors before rows of the sheet: merging into what is stored is the usual answer
        ranked = sorted(self.best.values(), key=lambda c: (-c.score, c.target.startswith("row "), c.target))
        return ranked[:limit]


def _similar(queries: list[str], keys: _Keys, workers: int = -1) -> Iterable[tuple[int, int, int]]:
    """``(query index, key index, score)`` of every pair at least :data:`SIMILAR` alike, in chunks of
    queries so a 100,000-actor store never needs a matrix of more than a few megabytes."""
    from rapidfuzz import fuzz, process

    if not queries or not keys.sorted_keys:
        return
    chunk = max(1, 2_000_000 // len(keys.sorted_keys))
    for start in range(0, len(queries), chunk):
        scores = process.cdist(
            queries[start : start + chunk],
            keys.sorted_keys,
            scorer=fuzz.ratio,
            score_cutoff=SIMILAR,
            dtype="uint8",
            workers=workers,
        )
        for row, column in zip(*scores.nonzero(), strict=True):
            yield start + int(row), int(column), int(scores[row, column])


def _offer_all(
    found: _Found, keys: _Keys, names: tuple[str, ...], similar: Iterable[tuple[int, int]]
) -> None:
    """Offer ``keys``' exact, similar and abbreviation matches of ``names`` to ``found``."""
    for name in names:
        key = _match_key(name)[0]
        for index, matched in keys.exact.get(key, ()):
            found.offer(index, matched, 100, "same name")
    for query_name, (at, score) in similar:
        index, matched = keys.owner[at]
        if _match_key(query_name)[2] == _match_key(matched)[2]:  # "Lab 1" and "Lab 2" are two labs
            found.offer(index, matched, min(99, score), "similar name")
    for name in names:
        if _abbreviation_parts(name):
            for index, matched in keys.owner:
                if abbreviates(name, matched):
                    found.offer(index, matched, 90, "abbreviation")


def find_duplicates(
    rows: Sequence[tuple[int, tuple[str, ...], str | None]], stored: Iterable[NameEntry]
) -> list[Duplicate]:
    """For each sheet row ``(line, names, country)``, the stored actors and earlier rows it may duplicate."""
    rows = [(line, tuple(n for n in names if n), country) for line, names, country in rows]
    rows = [row for row in rows if row[1]]
    stored_keys = _Keys(stored)
    queries: list[tuple[int, str]] = []  # (row number in rows, the name)
    for number, (_line, names, _country) in enumerate(rows):
        queries.extend((number, name) for name in names if len(_match_key(name)[0]) >= 4)
    query_keys = [_match_key(name)[1] for _number, name in queries]
    similar: dict[int, list[tuple[str, tuple[int, int]]]] = {}
    for q, at, score in _similar(query_keys, stored_keys):
        number, name = queries[q]
        similar.setdefault(number, []).append((name, (at, score)))
    sheet_keys = _Keys(NameEntry(f"row {line}", names, country) for line, names, country in rows)
    within: dict[int, list[tuple[str, tuple[int, int]]]] = {}
    for q, at, score in _similar(query_keys, sheet_keys, workers=1):
        number, name = queries[q]
        if sheet_keys.owner[at][0] < number:  # only earlier rows
            within.setdefault(number, []).append((name, (at, score)))
    out: list[Duplicate] = []
    for number, (line, names, country) in enumerate(rows):
        found = _Found(stored_keys, country)
        _offer_all(found, stored_keys, names, similar.get(number, ()))
        candidates = found.candidates()
        earlier = _Found(sheet_keys, country)
        _offer_all(earlier, sheet_keys, names, within.get(number, ()))
        earlier.best = {i: c for i, c in earlier.best.items() if i < number}
        candidates = sorted(
            [*candidates, *earlier.candidates()],
            key=lambda c: (-c.score, c.target.startswith("row "), c.target),
        )[:3]
        if candidates:
            out.append(Duplicate(line, names[0], tuple(candidates)))
    return out
