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

Steps 1 and 2 read two columns; only step 3 makes every actor's record (a fraction of a second
at 100,000 actors).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter

from matchmaker.records import ActorRecord, SkillRecord

__all__ = ["find_kept_actor"]


def find_kept_actor(
    actors: Sequence[ActorRecord], position: Mapping[str, int], skills: Mapping[str, SkillRecord], key: str
) -> int:
    """The position in ``actors`` of the actor ``key`` names (``position``: id → position).

    ``actors`` is a kept model's actor list (an :class:`matchmaker.network_columns.ActorTable`
    makes a record only when one is asked for), ``skills`` the network's skills (their labels are
    searched). Raises :class:`matchmaker.errors.UnknownActorError` or
    :class:`matchmaker.errors.AmbiguousActorError` as ``Store.find_actor`` does.
    """
    found = position.get(key)
    if found is not None:
        return found
    value = getattr(actors, "value", None) or (lambda i, name: getattr(actors[i], name))
    named = [i for i in range(len(actors)) if value(i, "name") == key or value(i, "native_name") == key]
    if len(named) == 1:
        return named[0]
    from matchmaker.search import ActorSearch, SearchEntry

    entries = sorted(map(SearchEntry.of, actors), key=attrgetter("id"))
    return position[ActorSearch(entries, skills).resolve(key)]
