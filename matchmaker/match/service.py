"""One call for front ends: load the network once, fit once, recommend for many actors."""

from __future__ import annotations

from collections.abc import Iterable

from matchmaker.match.model import PartnerRecommender
from matchmaker.match.suggestion import Suggestion

__all__ = ["fitted_recommender", "recommend_for"]


def fitted_recommender(store, recommender: PartnerRecommender | None = None) -> PartnerRecommender:
    """``recommender`` fitted on the store's network: the copy kept beside the database while the
    network and the recommender's code and parameters are unchanged (:mod:`matchmaker.kept`),
    else fitted now (and kept)."""
    from matchmaker.kept import kept_or_made

    model = recommender or PartnerRecommender()
    return kept_or_made(
        store.engine,
        store.database_file,
        "recommender",
        lambda: model.fit(store.load_network()),
        depends_on=model.kept_key(),
        size=lambda fitted: fitted.index_.n,
    )


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
    model = fitted_recommender(store, recommender)
    return model.recommend_many(ids, top=top, **filters)
