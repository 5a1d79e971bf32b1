"""Finding actors by what a user types: any script, old spellings, one typo, any field.

``matchmaker find``, every command that takes an ACTOR (through ``Store.find_actor``) and the
Directory view's filter all fold text the same way (:func:`matchmaker.textnorm.fold`), so
``kyiv``, ``Kiev``, ``Київ`` and ``KYIV`` find the same actors in the app and on the command line.

How a query word meets a word of a field, best first:

1. the same folded word;
2. the start of a folded word (``tart`` → ``Tartu``): people type incrementally;
3. the same *loose* key (:func:`matchmaker.textnorm.loose_key`: ``Andriy`` → ``Андрій``), or the
   start of one;
4. for query words of five letters or more, one typo (Damerau–Levenshtein distance ≤ 1 between
   the folded or the loose forms): ``Zaporizia``, ``Khrakiv``. Shorter words are left alone: one
   edit away from a four-letter word is half the dictionary.

How actors are ranked (the ``field`` each hit reports), best first:

``id`` / ``exact``
    the query is the actor's id, or its whole name or native name once folded;
``name``
    every query word meets a word of the (English or Latin) name;
``native_name``
    every query word meets a word of the native name (``Центр обміну даними`` for an actor named
    "State Data Exchange Centre"), so a Ukrainian speaker finds the organisation under its own name;
``city``
    every query word meets a word of the city;
``skill``
    every query word meets a word of one label (en, et, uk or an alternative label) of a skill the
    actor offers or needs;
``several``
    every query word meets some field, but no single field holds them all.

A name comes first because a user who types a name means that actor; then the other name, the
place, and what an actor does, which many actors share. Matches through loose spellings or a
typo come after all exact and prefix matches (in the same field order): ``Kyiv`` should list
the actors in Kyiv before an actor named Kyiva. Within one field, actors whose words matched
better (exact before prefix before loose before typo) come first, then by folded name.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from matchmaker.errors import AmbiguousActorError, UnknownActorError
from matchmaker.i18n import _, ngettext
from matchmaker.records import ActorRecord, SkillRecord
from matchmaker.search_columns import EntryColumns, Groups
from matchmaker.textnorm import fold, fold_tokens, loose_key, within_one_edit

__all__ = [
    "FIELDS",
    "ActorSearch",
    "SearchEntry",
    "SearchHit",
    "directory_key",
    "directory_query",
    "load_search",
    "resolve_actor",
]

FIELDS = ("id", "exact", "name", "native_name", "city", "skill", "several")
_TEXT_FIELDS = ("name", "native_name", "city")
TYPO_MIN_LENGTH = 5
# how well a query word met a field word; an actor's quality in a field is its weakest word's
EXACT, PREFIX, LOOSE, LOOSE_PREFIX, TYPO = 1.0, 0.9, 0.8, 0.7, 0.6


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """What search knows of one actor (a light row: no description, no ties)."""

    id: str
    kind: str
    country: str
    name: str
    native_name: str | None = None
    city: str | None = None
    skills: tuple[str, ...] = ()  # ids of the skills it offers or needs

    @classmethod
    def of(cls, actor: ActorRecord) -> SearchEntry:
        return cls(
            actor.id,
            actor.kind,
            actor.country,
            actor.name,
            actor.native_name,
            actor.city,
            tuple(sorted({*actor.offers, *actor.needs})),
        )


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    name: str
    native_name: str | None
    kind: str
    country: str
    field: str  # one of FIELDS: why this actor matched
    matched: str  # the text that matched (the name, the city, the skill label, …)
    quality: float  # 1.0 = every word exact; lower for prefixes, loose spellings and typos

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "native_name": self.native_name,
            "kind": self.kind,
            "country": self.country,
            "field": self.field,
            "matched": self.matched,
            "quality": round(self.quality, 2),
        }


def _skill_labels(skill: SkillRecord) -> list[str]:
    labels = [skill.label_en, skill.label_et, skill.label_uk, *skill.alt_labels]
    return list(dict.fromkeys(label for label in labels if label))


class _Vocabulary:
    """Every distinct folded word, sorted (prefixes by bisection) and by loose key (typos by length)."""

    def __init__(self, words: Iterable[str]):
        self.words = sorted(set(words))
        loose = defaultdict(list)
        for word in self.words:
            loose[loose_key(word)].append(word)
        self.loose = Groups.of(loose, positions=False)
        self.loose_sorted = self.loose.keys
        self.word_ends = _by_ends(self.words)
        self.loose_ends = _by_ends(self.loose_sorted)
        loose_by_length: dict[int, list[str]] = defaultdict(list)
        for key in self.loose_sorted:
            if len(key) < TYPO_MIN_LENGTH + 1:  # longer ones are found by their ends
                loose_by_length[len(key)].append(key)
        self.loose_by_length = dict(loose_by_length)

    def _near(self, text: str, ends: Groups, by_length: dict[int, list[str]] | None = None) -> Iterable[str]:
        """The words (or loose keys) that may be one edit from ``text``: ``within_one_edit`` decides.

        One edit of a word of five letters or more leaves its first two or its last two letters
        as they were (it changes one place, or two neighbours), so only words of a neighbouring
        length that start or end with the same two letters need comparing, not every word of
        that length: a query no longer compares itself with 100,000 words.
        """
        if len(text) < TYPO_MIN_LENGTH:
            return [word for size in range(len(text) - 1, len(text) + 2) for word in by_length.get(size, ())]
        near: list[str] = []
        for size in (len(text) - 1, len(text), len(text) + 1):
            near.extend(ends.get(f"{size}<{text[:2]}"))
            near.extend(ends.get(f"{size}>{text[-2:]}"))
        return dict.fromkeys(near)

    def _prefixed(self, sorted_words: list[str], prefix: str) -> Iterable[str]:
        start = bisect.bisect_left(sorted_words, prefix)
        for word in sorted_words[start:]:
            if not word.startswith(prefix):
                break
            yield word

    def matches(self, token: str) -> dict[str, float]:
        """Each vocabulary word ``token`` meets, with how well (see the module docstring)."""
        found: dict[str, float] = {}

        def offer(word: str, quality: float) -> None:
            if found.get(word, 0.0) < quality:
                found[word] = quality

        loose = loose_key(token)
        if len(token) >= TYPO_MIN_LENGTH:
            for word in self._near(token, self.word_ends):
                if within_one_edit(token, word):
                    offer(word, TYPO)
            for key in self._near(loose, self.loose_ends, self.loose_by_length):
                if within_one_edit(loose, key):
                    for word in self.loose[key]:
                        offer(word, TYPO)
        # a loose prefix only from five letters on: "kiv" (kyiv) must not find "Kivimäe"
        for key in self._prefixed(self.loose_sorted, loose) if len(loose) >= TYPO_MIN_LENGTH else ():
            for word in self.loose[key]:
                offer(word, LOOSE if key == loose else LOOSE_PREFIX)
        for word in self.loose.get(loose, ()):
            offer(word, LOOSE)
        for word in self._prefixed(self.words, token):
            offer(word, EXACT if word == token else PREFIX)
        return found


def _by_ends(words: list[str]) -> Groups:
    """Words of four letters or more by length and first two letters, and by length and last two
    (see :meth:`_Vocabulary._near`)."""
    ends: dict[str, list[str]] = defaultdict(list)
    for word in words:
        if len(word) >= TYPO_MIN_LENGTH - 1:
            ends[f"{len(word)}<{word[:2]}"].append(word)
            ends[f"{len(word)}>{word[-2:]}"].append(word)
    return Groups.of(ends, positions=False)


class ActorSearch:
    """An in-memory index over actors' names, native names, cities and skill labels.

    >>> from matchmaker.records import SkillRecord
    >>> search = ActorSearch(
    ...     [SearchEntry("ua-1", "public_body", "UA", "State Data Exchange Centre",
    ...                  "Центр обміну державними даними", "Kyiv", ("egov:x-road",)),
    ...      SearchEntry("ee-1", "startup", "EE", "Kyiv Bridge OÜ", None, "Tartu")],
    ...     {"egov:x-road": SkillRecord("egov:x-road", "egov", "X-Road data exchange",
    ...                                 "X-tee andmevahetus", "Обмін даними X-Road")})
    >>> [(h.id, h.field) for h in search.search("Kiev")]
    [('ee-1', 'name'), ('ua-1', 'city')]
    >>> [(h.id, h.field, h.matched) for h in search.search("центр обміну")]
    [('ua-1', 'native_name', 'Центр обміну державними даними')]
    >>> [(h.id, h.field, h.matched) for h in search.search("andmevahetus")]
    [('ua-1', 'skill', 'X-tee andmevahetus')]
    """

    def __init__(self, entries: Iterable[SearchEntry], skills: Mapping[str, SkillRecord]):
        entries = list(entries)
        by_id_folded: dict[str, list[int]] = defaultdict(list)
        whole_name: dict[str, list[int]] = defaultdict(list)
        self._name_key: list[str] = []
        # field -> folded word -> positions of the actors whose field holds it
        postings: dict[str, dict[str, list[int]]] = {f: defaultdict(list) for f in _TEXT_FIELDS}
        words: set[str] = set()
        folded: dict[str, list[str]] = {}  # cities and first names repeat: fold each text once
        for pos, entry in enumerate(entries):
            by_id_folded[entry.id.casefold()].append(pos)
            for field in _TEXT_FIELDS:
                text = getattr(entry, field) or ""
                tokens = folded.get(text)
                if tokens is None:
                    tokens = folded[text] = fold_tokens(text)
                    words.update(tokens)
                for token in dict.fromkeys(tokens):
                    postings[field][token].append(pos)
                if field == "name":
                    self._name_key.append(" ".join(tokens))
                if field != "city" and tokens:
                    whole = whole_name[" ".join(tokens)]
                    if not whole or whole[-1] != pos:
                        whole.append(pos)
        skill_actors: dict[str, list[int]] = defaultdict(list)
        for pos, entry in enumerate(entries):
            for skill_id in entry.skills:
                skill_actors[skill_id].append(pos)
        # each label of each skill someone has, as its folded words
        self._skill_labels: list[tuple[str, str, frozenset[str]]] = []
        for skill_id in skill_actors:
            skill = skills.get(skill_id)
            for label in _skill_labels(skill) if skill else [skill_id]:
                tokens = frozenset(fold_tokens(label))
                if tokens:
                    self._skill_labels.append((skill_id, label, tokens))
                    words.update(tokens)
        self._vocabulary = _Vocabulary(words)
        # held as flat columns (see matchmaker.search_columns): the index kept beside a
        # 100,000-actor database reads back in milliseconds
        self.entries = EntryColumns(entries)
        self._by_id_folded = Groups.of(by_id_folded)
        self._whole_name = Groups.of(whole_name)
        self._postings = {field: Groups.of(postings[field]) for field in _TEXT_FIELDS}
        self._skill_actors = Groups.of(skill_actors)

    def __len__(self) -> int:
        return len(self.entries)

    # -- searching --------------------------------------------------------------------------------
    def search(self, text: str, kind: str | None = None, limit: int | None = None) -> list[SearchHit]:
        """The actors ``text`` finds, best first (see the module docstring for the order)."""
        ranked = self._ranked(text, kind)
        return [self._hit(*found[1:]) for found in (ranked if limit is None else ranked[:limit])]

    def _ranked(self, text: str, kind: str | None) -> list[tuple]:
        """(sort key, position, field rank, quality, matched text) of each actor ``text`` finds, best first.

        A hit is made only for what is shown: resolving a name that a thousand actors share
        names five of them.
        """
        tokens = list(dict.fromkeys(fold_tokens(text)))
        best: dict[int, tuple[int, float, str]] = {}  # position -> (field rank, quality, matched text)

        def offer(pos: int, field: str, quality: float, matched: str) -> None:
            rank = FIELDS.index(field)
            current = best.get(pos)
            if current is None or (rank, -quality) < (current[0], -current[1]):
                best[pos] = (rank, quality, matched)

        stripped = text.strip()
        value = self.entries.value
        for pos in self._by_id_folded.get(stripped.casefold(), ()):
            offer(pos, "id", EXACT, value(pos, "id"))
        if tokens:
            for pos in self._whole_name.get(" ".join(tokens), ()):
                name = value(pos, "name")
                matched = name if fold(name) == " ".join(tokens) else value(pos, "native_name")
                offer(pos, "exact", EXACT, matched or name)
            per_token = [self._vocabulary.matches(t) for t in tokens]
            anywhere: list[dict[int, float]] = [defaultdict(float) for _ in tokens]
            for field in _TEXT_FIELDS:
                for pos, quality in self._all_words_in(field, per_token, anywhere).items():
                    offer(pos, field, quality, value(pos, field) or "")
            for pos, (quality, label) in self._skill_hits(per_token, anywhere).items():
                offer(pos, "skill", quality, label)
            common = set(anywhere[0]).intersection(*anywhere[1:])
            for pos in common - set(best):
                offer(pos, "several", min(a[pos] for a in anywhere), value(pos, "name"))
        ranked = [
            (
                (quality < PREFIX, rank, -quality, self._name_key[pos], value(pos, "id")),
                pos,
                rank,
                quality,
                matched,
            )
            for pos, (rank, quality, matched) in best.items()
            if kind is None or value(pos, "kind") == kind
        ]  # every fuzzy match after every exact or prefix one; then by field, quality, name
        ranked.sort(key=itemgetter(0))
        return ranked

    def _hit(self, pos: int, rank: int, quality: float, matched: str) -> SearchHit:
        value = self.entries.value
        return SearchHit(
            value(pos, "id"),
            value(pos, "name"),
            value(pos, "native_name"),
            value(pos, "kind"),
            value(pos, "country"),
            FIELDS[rank],
            matched,
            quality,
        )

    def _all_words_in(
        self, field: str, per_token: list[dict[str, float]], anywhere: list[dict[int, float]]
    ) -> dict[int, float]:
        """Actors whose ``field`` meets every query word, with the weakest word's quality."""
        postings = self._postings[field]
        result: dict[int, float] | None = None
        for i, matches in enumerate(per_token):
            here: dict[int, float] = {}
            for word, quality in matches.items():
                for pos in postings.get(word, ()):
                    if here.get(pos, 0.0) < quality:
                        here[pos] = quality
            for pos, quality in here.items():
                if anywhere[i][pos] < quality:
                    anywhere[i][pos] = quality
            if result is None:
                result = here
            else:
                result = {pos: min(q, here[pos]) for pos, q in result.items() if pos in here}
        return result or {}

    def _skill_hits(
        self, per_token: list[dict[str, float]], anywhere: list[dict[int, float]]
    ) -> dict[int, tuple[float, str]]:
        """Actors with a skill one of whose labels meets every query word."""
        out: dict[int, tuple[float, str]] = {}
        for skill_id, label, words in self._skill_labels:
            qualities = [max((m[w] for w in words if w in m), default=0.0) for m in per_token]
            for i, quality in enumerate(qualities):
                if quality:
                    for pos in self._skill_actors[skill_id]:
                        if anywhere[i][pos] < quality:
                            anywhere[i][pos] = quality
            if all(qualities):
                quality = min(qualities)
                for pos in self._skill_actors[skill_id]:
                    if pos not in out or out[pos][0] < quality:
                        out[pos] = (quality, label)
        return out

    # -- resolving one ACTOR argument -----------------------------------------------------------
    def resolve(self, key: str) -> str:
        """The id of the one actor ``key`` names: its id, its whole name, or the only actor it finds.

        Raises :class:`UnknownActorError` when nothing matches and :class:`AmbiguousActorError`
        (listing the best candidates) when several actors do and none by its whole name.
        """
        ranked = self._ranked(key, None)
        if not ranked:
            raise UnknownActorError(_("no actor has the id or name {key!r}").format(key=key))
        first = ranked[0][2]  # the best hit's field
        alone = sum(1 for found in ranked if found[2] == first) == 1
        if len(ranked) == 1 or (FIELDS[first] in ("id", "exact") and alone):
            return self.entries.value(ranked[0][1], "id")
        hits = [self._hit(*found[1:]) for found in ranked[:5]]
        shown = ", ".join(f"{h.name} ({h.id})" for h in hits)
        if len(ranked) > 5:
            shown += ", …"
        raise AmbiguousActorError(
            ngettext(
                "ambiguous: {key!r} matches {n} actor: {candidates}",
                "ambiguous: {key!r} matches {n} actors: {candidates}",
                len(ranked),
            ).format(key=key, n=len(ranked), candidates=shown)
        )


def load_search(engine, db_file: Path | None = None) -> ActorSearch:
    """The index of the database's actors: kept beside ``db_file`` for the network's generation
    (:mod:`matchmaker.kept_search`), else built from a few bulk selects (no full network load)."""
    if db_file is None:
        return _search_from_rows(engine)
    from matchmaker.kept import kept_or_made
    from matchmaker.kept_search import KEPT_NAME, search_code_key

    return kept_or_made(
        engine, db_file, KEPT_NAME, lambda: _search_from_rows(engine), depends_on=search_code_key(), size=len
    )


def _search_from_rows(engine) -> ActorSearch:
    from sqlalchemy import select

    from matchmaker.models import Actor, ActorSkill, Skill

    a, links, s = Actor.__table__.c, ActorSkill.__table__.c, Skill.__table__.c
    with engine.connect() as conn:
        skills_of: dict[str, set[str]] = defaultdict(set)
        for actor_id, skill_id in conn.execute(select(links.actor_id, links.skill_id)):
            skills_of[actor_id].add(skill_id)
        entries = [
            SearchEntry(row[0], row[1], row[2], row[3], row[4], row[5], tuple(sorted(skills_of[row[0]])))
            for row in conn.execute(
                select(a.id, a.kind, a.country, a.name, a.native_name, a.city).order_by(a.id)
            )
        ]
        wanted = set().union(*skills_of.values()) if skills_of else set()
        skills = {
            r.id: SkillRecord(r.id, r.source, r.label_en, r.label_et, r.label_uk, tuple(r.alt_labels or ()))
            for r in conn.execute(select(s.id, s.source, s.label_en, s.label_et, s.label_uk, s.alt_labels))
            if r.id in wanted
        }
    return ActorSearch(entries, skills)


def resolve_actor(engine, key: str, db_file: Path | None = None) -> str:
    """The id of the actor ``key`` names (see :meth:`ActorSearch.resolve`), searched in the database."""
    return load_search(engine, db_file).resolve(key)


# -- the Directory view's filter -----------------------------------------------------------------
def directory_key(actor: ActorRecord) -> str:
    """What the Directory's filter matches for ``actor``: the folded words of its name, native name,
    city and sectors, each led by a space, so a query word matches from the start of a word.

    The Directory filters on every keystroke over every actor, so it keeps to the exact and prefix
    matches of :class:`ActorSearch` (same folding: ``Kiev`` and ``Київ`` find the same rows) and
    leaves loose spellings, typos and skills to ``matchmaker find``.
    """
    text = " ".join((actor.name, actor.native_name or "", actor.city or "", " ".join(actor.sectors)))
    return " " + fold(text)


def directory_query(text: str) -> tuple[str, ...]:
    """The words of a Directory search, folded as :func:`directory_key` folds the actors."""
    return tuple(fold_tokens(text))
