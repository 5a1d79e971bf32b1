"""One call for front ends: load the network once, fit once, recommend for many actors."""

from __future__ import annotations

from collections.abc import Iterable

from matchmaker.match.model import PartnerRecommender
from matchmaker.match.suggestion import Suggestion

__all__ = ["recommend_for"]


def recommend_for(
    store,
    actor_keys: Iterable[str],
    *,
    top: int = 10,
    recommender: PartnerRecommender | None = None,
    **filters,
) -> dict[str, list[Suggestion]]:
    """Suggestions keyed by actor id for each key (id or exact name, see ``Store.find_actor``)."""
    ids = [store.find_actor(key).id for key in actor_keys]
    model = (recommender or PartnerRecommender()).fit(store.load_network())
    return model.recommend_many(ids, top=top, **filters)
