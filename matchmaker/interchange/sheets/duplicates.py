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


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation made of the beginnings of ``long``'s words, in order.

    The first part must begin the first word; later words may be skipped (``of``, ``University``).
    """
    parts = _abbreviation_parts(short)
    words = [w for w in fold_tokens(long) if w not in LEGAL_FORMS and w not in _FILLER]
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


class _Index:
    """Name keys of many entries, for exact lookups and rapidfuzz searches."""

    def __init__(self) -> None:
        self.entries: list[NameEntry] = []
        self.exact: dict[str, list[tuple[int, str]]] = {}
        self.keys: list[str] = []  # loose keys, one per (entry, name)
        self.owner: list[tuple[int, str]] = []  # (entry index, the name) of each key

    def add(self, entry: NameEntry) -> None:
        index = len(self.entries)
        self.entries.append(entry)
        for name in entry.names:
            key = name_key(name)
            if key:
                self.exact.setdefault(key, []).append((index, name))
                self.keys.append(_loose(key))
                self.owner.append((index, name))

    def matches(self, names: Iterable[str], country: str | None, limit: int = 3) -> list[Candidate]:
        from rapidfuzz import fuzz, process

        found: dict[int, Candidate] = {}

        def offer(index: int, name: str, score: int, reason: str) -> None:
            entry = self.entries[index]
            if country and entry.country and entry.country != country:
                return
            if index not in found or found[index].score < score:
                found[index] = Candidate(entry.target, name, score, reason)

        for name in names:
            key = name_key(name)
            if not key:
                continue
            for index, matched in self.exact.get(key, ()):
                offer(index, matched, 100, "same name")
            if len(key) >= 4 and self.keys:
                for _, score, at in process.extract(
                    _loose(key),
                    self.keys,
                    scorer=fuzz.token_sort_ratio,
                    score_cutoff=SIMILAR,
                    limit=limit * 2,
                ):
                    index, matched = self.owner[at]
                    offer(index, matched, min(99, round(score)), "similar name")
            if _abbreviation_parts(name):
                for index, matched in self.owner:
                    if abbreviates(name, matched):
                        offer(index, matched, 90, "abbreviation")
        # stored actors before rows of the sheet: merging into what is stored is the usual answer
        return sorted(found.values(), key=lambda c: (-c.score, c.target.startswith("row "), c.target))[:limit]


def find_duplicates(
    rows: Sequence[tuple[int, tuple[str, ...], str | None]], stored: Iterable[NameEntry]
) -> list[Duplicate]:
    """For each sheet row ``(line, names, country)``, the stored actors and earlier rows it may duplicate."""
    index = _Index()
    for entry in stored:
        index.add(entry)
    out: list[Duplicate] = []
    for line, names, country in rows:
        names = tuple(n for n in names if n)
        if not names:
            continue
        candidates = index.matches(names, country)
        if candidates:
            out.append(Duplicate(line, names[0], tuple(candidates)))
        index.add(NameEntry(f"row {line}", names, country))
    return out
