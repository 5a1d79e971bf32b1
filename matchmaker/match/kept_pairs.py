"""The whole network's best pairs, kept beside the database while the network is unchanged.

Ranking every actor takes minutes on a large network (issue 12: 100,000 actors), and the list
cannot change until the network or the recommender does. So the list the app found last is kept
beside the database (:mod:`matchmaker.kept`) under the generation of the network its model was
fitted on, with what the model depends on (its code and parameters), the ranking code and the
list's own shape, and shown again on the next opening instead of an empty table. A list kept
under another generation is never shown: every committed edit, import, merge or outcome moves
the generation on. Networks below :data:`matchmaker.kept.KEEP_FROM_ACTORS` actors keep nothing: they rank in seconds.

The reasons are sentences in the language they were found in, so each language keeps its own list.

Beside it, the list's actors are kept for any generation (:func:`earlier_pair_actors`): not to
be shown, but ranked first the next time, after the network has changed (a small edit leaves
most of the list as it was, so the list shown while ranking is nearly the final one at once).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from matchmaker.match.all_pairs import PER_ACTOR, BestPair
from matchmaker.match.model import PartnerRecommender, ranking_sources, sources_digest

__all__ = ["KeptPairs", "earlier_pair_actors", "keep_best_pairs", "kept_best_pairs"]

KEPT_NAME = "best-pairs"
FORMAT = "best-pairs/1"
ACTORS_NAME = "best-pairs-actors"  # the last list's actors, whatever the network has become since
ANY_GENERATION = "any"


class KeptPairs(NamedTuple):
    """A kept list and when it was found (the reader is told how old it is)."""

    found_at: datetime
    pairs: list[BestPair]


def _name(language: str) -> str:
    return f"{KEPT_NAME}-{language}"


def _depends_on(model_key: str, limit: int) -> str:
    """The recommender's key and the ranking code's digest (a kept model does not cover it:
    :func:`~matchmaker.match.model.kept_model_sources`), the list's length and cap."""
    return f"{FORMAT}|{model_key}|{ranking_code_digest()}|limit={limit}|per-actor={PER_ACTOR}"


def ranking_code_digest() -> str:
    """A digest of the code that ranks every actor and picks the best pairs."""
    return sources_digest(ranking_sources())


def kept_best_pairs(
    db_file: Path | None, generation: str | None, language: str, model: PartnerRecommender, *, limit: int
) -> KeptPairs | None:
    """The list kept for the network at ``generation`` by a recommender made as ``model`` (fitted or
    not: only its parameters and code count), in ``language``; None when none fits."""
    from matchmaker.kept import kept_value_at

    found = kept_value_at(
        db_file, _name(language), generation, depends_on=_depends_on(model.kept_key(), limit)
    )
    return found if isinstance(found, KeptPairs) else None


def keep_best_pairs(
    model: PartnerRecommender, db_file: Path | None, language: str, pairs: list[BestPair], *, limit: int
) -> bool:
    """Keep ``pairs``, found with the fitted ``model``, for the generation its network was read at.

    Nothing is kept when that network has changed in memory since it was read (its records then
    no longer say which generation they are), for a database without a file, or for a small
    network. Returns whether the list was kept.
    """
    from matchmaker import kept
    from matchmaker.generation import generation_read_at

    generation = generation_read_at(model.net_)
    if db_file is None or generation is None or model.index_.n < kept.KEEP_FROM_ACTORS:
        return False
    value = KeptPairs(datetime.now().astimezone(), list(pairs))
    kept.keep_derived(
        db_file,
        _name(language),
        generation,
        value,
        depends_on=_depends_on(model.kept_key(), limit),
        size=model.index_.n,
    )
    actors = list(dict.fromkeys(actor for pair in pairs for actor in (pair.actor, pair.partner)))
    kept.keep_derived(db_file, ACTORS_NAME, ANY_GENERATION, actors, depends_on=FORMAT, size=model.index_.n)
    return True


def earlier_pair_actors(db_file: Path | None) -> list[str]:
    """The actors of the list found last for this database (for whichever network it held
    then), best pairs first; empty when none was kept."""
    from matchmaker.kept import kept_value_at

    found = kept_value_at(db_file, ACTORS_NAME, ANY_GENERATION, depends_on=FORMAT)
    return found if isinstance(found, list) else []
