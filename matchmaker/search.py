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

from matchmaker.errors import AmbiguousActorError, UnknownActorError
from matchmaker.i18n import _, ngettext
from matchmaker.records import ActorRecord, SkillRecord
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
        self.loose = dict(loose)
        self.loose_sorted = sorted(self.loose)
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for word in self.words:
            self.by_length[len(word)].append(word)
        self.loose_by_length: dict[int, list[str]] = defaultdict(list)
        for key in self.loose_sorted:
            self.loose_by_length[len(key)].append(key)

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
            for size in (len(token) - 1, len(token), len(token) + 1):
                for word in self.by_length.get(size, ()):
                    if within_one_edit(token, word):
                        offer(word, TYPO)
            for size in (len(loose) - 1, len(loose), len(loose) + 1):
                for key in self.loose_by_length.get(size, ()):
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
        self.entries = list(entries)
        self._by_id = {e.id: i for i, e in enumerate(self.entries)}
        self._by_id_folded: dict[str, list[int]] = defaultdict(list)
        self._whole_name: dict[str, list[int]] = defaultdict(list)
        self._name_key: list[str] = []
        # field -> folded word -> positions of the actors whose field holds it
        self._postings: dict[str, dict[str, list[int]]] = {f: defaultdict(list) for f in _TEXT_FIELDS}
        words: set[str] = set()
        folded: dict[str, list[str]] = {}  # cities and first names repeat: fold each text once
        for pos, entry in enumerate(self.entries):
            self._by_id_folded[entry.id.casefold()].append(pos)
            for field in _TEXT_FIELDS:
                text = getattr(entry, field) or ""
                tokens = folded.get(text)
                if tokens is None:
                    tokens = folded[text] = fold_tokens(text)
                    words.update(tokens)
                for token in dict.fromkeys(tokens):
                    self._postings[field][token].append(pos)
                if field == "name":
                    self._name_key.append(" ".join(tokens))
                if field != "city" and tokens:
                    whole = self._whole_name[" ".join(tokens)]
                    if not whole or whole[-1] != pos:
                        whole.append(pos)
        self._skill_actors: dict[str, list[int]] = defaultdict(list)
        for pos, entry in enumerate(self.entries):
            for skill_id in entry.skills:
                self._skill_actors[skill_id].append(pos)
        # each label of each skill someone has, as its folded words
        self._skill_labels: list[tuple[str, str, frozenset[str]]] = []
        for skill_id in self._skill_actors:
            skill = skills.get(skill_id)
            for label in _skill_labels(skill) if skill else [skill_id]:
                tokens = frozenset(fold_tokens(label))
                if tokens:
                    self._skill_labels.append((skill_id, label, tokens))
                    words.update(tokens)
        self._vocabulary = _Vocabulary(words)

    def __len__(self) -> int:
        return len(self.entries)

    # -- searching --------------------------------------------------------------------------------
    def search(self, text: str, kind: str | None = None, limit: int | None = None) -> list[SearchHit]:
        """The actors ``text`` finds, best first (see the module docstring for the order)."""
        tokens = list(dict.fromkeys(fold_tokens(text)))
        best: dict[int, tuple[int, float, str]] = {}  # position -> (field rank, quality, matched text)

        def offer(pos: int, field: str, quality: float, matched: str) -> None:
            rank = FIELDS.index(field)
            current = best.get(pos)
            if current is None or (rank, -quality) < (current[0], -current[1]):
                best[pos] = (rank, quality, matched)

        stripped = text.strip()
        for pos in self._by_id_folded.get(stripped.casefold(), ()):
            offer(pos, "id", EXACT, self.entries[pos].id)
        if tokens:
            for pos in self._whole_name.get(" ".join(tokens), ()):
                entry = self.entries[pos]
                matched = entry.name if fold(entry.name) == " ".join(tokens) else entry.native_name
                offer(pos, "exact", EXACT, matched or entry.name)
            per_token = [self._vocabulary.matches(t) for t in tokens]
            anywhere: list[dict[int, float]] = [defaultdict(float) for _ in tokens]
            for field in _TEXT_FIELDS:
                for pos, quality in self._all_words_in(field, per_token, anywhere).items():
                    offer(pos, field, quality, getattr(self.entries[pos], field) or "")
            for pos, (quality, label) in self._skill_hits(per_token, anywhere).items():
                offer(pos, "skill", quality, label)
            common = set(anywhere[0]).intersection(*anywhere[1:])
            for pos in common - set(best):
                offer(pos, "several", min(a[pos] for a in anywhere), self.entries[pos].name)
        hits = []
        for pos, (rank, quality, matched) in best.items():
            e = self.entries[pos]
            if kind is None or e.kind == kind:
                hits.append(
                    SearchHit(e.id, e.name, e.native_name, e.kind, e.country, FIELDS[rank], matched, quality)
                )
        hits.sort(
            key=lambda h: (
                h.quality < PREFIX,  # every fuzzy match after every exact or prefix one
                FIELDS.index(h.field),
                -h.quality,
                self._name_key[self._by_id[h.id]],
                h.id,
            )
        )
        return hits if limit is None else hits[:limit]

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
        hits = self.search(key)
        if not hits:
            raise UnknownActorError(_("no actor has the id or name {key!r}").format(key=key))
        best = [h for h in hits if h.field == hits[0].field]
        if len(hits) == 1 or (hits[0].field in ("id", "exact") and len(best) == 1):
            return hits[0].id
        shown = ", ".join(f"{h.name} ({h.id})" for h in hits[:5])
        if len(hits) > 5:
            shown += ", …"
        raise AmbiguousActorError(
            ngettext(
                "ambiguous: {key!r} matches {n} actor: {candidates}",
                "ambiguous: {key!r} matches {n} actors: {candidates}",
                len(hits),
            ).format(key=key, n=len(hits), candidates=shown)
        )


def load_search(engine) -> ActorSearch:
    """Build the index straight from the database: a few bulk selects, no full network load."""
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


def resolve_actor(engine, key: str) -> str:
    """The id of the actor ``key`` names (see :meth:`ActorSearch.resolve`), searched in the database."""
    return load_search(engine).resolve(key)


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
