"""Naming an actor by what a user typed, among the actors of a kept model instead of the database's rows.

``matchmaker recommend ACTOR`` answered from the model kept beside the database
(:mod:`matchmaker.cli.recommend_kept`) never opens the store, so it cannot ask
:meth:`matchmaker.store.Store.find_actor`. It follows the same rules, in the same order, over the
kept actor columns (the model was kept under the very generation the database carries, so they
hold what the rows hold):

1. the actor's id;
2. else the one actor whose name or native name is exactly the key;
3. else what ``matchmaker find`` finds uniquely (:meth:`matchmaker.search.ActorSearch.resolve`,
   over entries in the order the database gives them: by id), with the same messages for no
   actor and for several.

Steps 1 and 2 read two columns. Step 3 needs the search index: the one kept for the same
generation (:mod:`matchmaker.kept_search`) when there is one, else it is built from the kept
actor columns (seconds at 100,000 actors) and kept for the next time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter
from pathlib import Path

from matchmaker.records import ActorRecord, SkillRecord

__all__ = ["KeptActors", "kept_search_of", "search_entries"]


def search_entries(actors: Sequence[ActorRecord]) -> list:
    """What search knows of ``actors``, ordered by id as the database gives them.

    From an :class:`matchmaker.network_columns.ActorTable`, read from its columns: making 100,000
    records with their skills only to drop most of each took longer than the index build.
    """
    from matchmaker.search import SearchEntry

    held = getattr(actors, "held_skill_ids", None)
    if held is None:
        return sorted(map(SearchEntry.of, actors), key=attrgetter("id"))
    value = actors.value
    skills = held()
    ids = [value(i, "id") for i in range(len(actors))]
    fields = ("kind", "country", "name", "native_name", "city")
    return [
        SearchEntry(ids[i], *(value(i, name) for name in fields), skills=skills[i])
        for i in sorted(range(len(ids)), key=ids.__getitem__)
    ]


class KeptActors:
    """The kept model's actors, named by what a user typed (see the module docstring).

    ``kept_search(make)`` gives the search index for the network these actors are (e.g.
    :func:`matchmaker.kept_search.kept_search` bound to the database and generation); it is
    asked at most once, and only for a key that is neither an id nor an exact name.
    """

    def __init__(
        self,
        actors: Sequence[ActorRecord],
        position: Mapping[str, int],
        skills: Mapping[str, SkillRecord],
        kept_search: Callable | None = None,
    ):
        self.actors, self.position, self.skills = actors, position, skills
        self._kept_search = kept_search
        self._search = None

    def find(self, key: str) -> int:
        """The position in ``actors`` of the actor ``key`` names.

        Raises :class:`matchmaker.errors.UnknownActorError` or
        :class:`matchmaker.errors.AmbiguousActorError` as ``Store.find_actor`` does.
        """
        found = self.position.get(key)
        if found is not None:
            return found
        actors = self.actors
        value = getattr(actors, "value", None) or (lambda i, name: getattr(actors[i], name))
        named = [i for i in range(len(actors)) if value(i, "name") == key or value(i, "native_name") == key]
        if len(named) == 1:
            return named[0]
        return self.position[self.search().resolve(key)]

    def search(self):
        """The search index over these actors (kept, or built once)."""
        if self._search is None:
            self._search = self._kept_search(self._build) if self._kept_search else self._build()
        return self._search

    def _build(self):
        from matchmaker.search import ActorSearch

        return ActorSearch(search_entries(self.actors), self.skills)


def kept_search_of(db_file: Path, generation: str) -> Callable:
    """``kept_search`` for :class:`KeptActors`: the index kept beside ``db_file`` for ``generation``."""

    def kept(make):
        from matchmaker.kept_search import kept_search

        return kept_search(db_file, generation, make)

    return kept
