"""``matchmaker recommend ACTOR`` answered from the model kept beside the database, without the store.

Opening the store costs more than the answer: SQLAlchemy and the models imported, the schema
checked, the guard taken (over a second of a repeated ``recommend`` on a 100,000-actor
network, issue 12). A network unchanged since its model was kept needs none of it: the
database's generation is peeked through SQLite's own driver (:mod:`matchmaker.store_peek`:
read-only, the file never opened outside SQLite), and when the model kept for that very
generation by this very code (:mod:`matchmaker.kept`) is there, the actors are named and the
suggestions made from it alone. What the full path would print is printed.

Anything else goes the full way (the caller opens the store), and nothing is changed or
deleted on the way: a network written since (its generation moved on), a PostgreSQL database,
no kept model (a small network, another audience, other code), an option this path does not
know, or a question the kept model cannot answer without the network's actors and ties.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from matchmaker.match.suggestion import Suggestion

__all__ = ["Recommendations", "recommend_from_kept", "recommend_filters"]

# Every option ``recommend`` (and the command line around it) has that this path honours; any
# other one set, e.g. one added to ``recommend`` later, sends the command the full way.
_HONOURED = frozenset(
    {
        "actors",
        "top",
        "kind",
        "country",
        "sector",
        "any_country",
        "audience",
        "json",
        "lang",
        "db",
        "wait",  # how long a write waits: this path writes nothing
        "command",
        "func",
    }
)


def recommend_filters(args: argparse.Namespace) -> dict:
    """The command's options as ``recommend``'s filters: the same for the kept model and the store."""
    return dict(
        top=args.top,
        kinds=args.kind,
        countries=args.country,
        sectors=args.sector,
        any_country=args.any_country,
    )


@dataclass
class Recommendations:
    """The suggestions keyed by actor id, and each asking actor's (name, country) for the heading."""

    results: dict[str, list[Suggestion]]
    heads: dict[str, tuple[str, str]]


class _NeedsTheStore(Exception):
    """The kept model asked for the network's actors or ties: only the store has them."""


def _untouched(value) -> bool:
    return value is None or value is False


def _database_file(db: str | None):
    from matchmaker.paths import resolve_database_url, sqlite_file

    return sqlite_file(resolve_database_url(db))


def recommend_from_kept(args: argparse.Namespace) -> Recommendations | None:
    """The answer to ``recommend`` from the kept model, or None when the full path must give it.

    Raises what the full path raises for an actor no one or several are named by (the same
    one-line messages).
    """
    if any(not _untouched(value) for name, value in vars(args).items() if name not in _HONOURED):
        return None
    db_file = _database_file(args.db)
    if db_file is None:
        return None
    from matchmaker.store_peek import peek_generation

    generation = peek_generation(db_file)
    if generation is None:
        return None
    from matchmaker.kept import kept_value_read_only
    from matchmaker.match.model import PartnerRecommender
    from matchmaker.match.service import NetworkOnDemand

    asked = PartnerRecommender(language=args.lang or "en", audience=args.audience)
    model = kept_value_read_only(db_file, "recommender", generation, depends_on=asked.kept_key())
    if model is None:
        return None
    model.language = asked.language  # kept in whichever language it was made in, as the full path does
    model.net_ = NetworkOnDemand(model.net_, _the_store_is_needed)
    from matchmaker.kept_actors import KeptActors, kept_search_of

    actors = model.index_.actors
    named = KeptActors(actors, model.index_.position, model.net_.skills, kept_search_of(db_file, generation))
    found = [named.find(key) for key in args.actors]
    ids = [actors[i].id for i in found]
    try:
        results = model.recommend_many(ids, **recommend_filters(args))
    except _NeedsTheStore:
        return None
    heads = {actors[i].id: (actors[i].name, actors[i].country) for i in found}
    return Recommendations(results, heads)


def _the_store_is_needed():
    raise _NeedsTheStore
