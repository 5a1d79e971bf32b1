"""One call for front ends: load the network once, fit once, recommend for many actors."""

from __future__ import annotations

from collections.abc import Iterable

from matchmaker.match.model import PartnerRecommender
from matchmaker.match.suggestion import Suggestion
from matchmaker.records import NetworkData

__all__ = ["fitted_recommender", "recommend_for"]


def fitted_recommender(
    store, recommender: PartnerRecommender | None = None, progress=None
) -> PartnerRecommender:
    """``recommender`` fitted on the store's network, every relation at once (``progress(done, total)``).

    While the network and the recommender's code and parameters are unchanged, this is the copy
    kept beside the database (:mod:`matchmaker.kept`), without refitting; after an edit, the
    kept weights over the edited network's signals (:meth:`PartnerRecommender.refreshed`). The kept copy leaves
    the actors and ties out (the network is kept on its own) and gets them back on loading.
    """
    import copy

    from matchmaker.kept import kept_or_made

    model = recommender or PartnerRecommender()

    def without_actors_and_ties(fitted: PartnerRecommender) -> PartnerRecommender:
        light = copy.copy(fitted)
        net = fitted.net_
        light.net_ = NetworkData(
            events=net.events, participations=net.participations, decisions=net.decisions, skills=net.skills
        )
        return light

    def with_network(kept: PartnerRecommender) -> PartnerRecommender:
        light, kept.net_ = kept.net_, store.load_network()
        if (kept.net_.decisions, kept.net_.events) != (light.decisions, light.events):
            raise ValueError("the kept model was fitted on another network")
        return kept

    return kept_or_made(
        store.engine,
        store.database_file,
        "recommender",
        lambda: model.fit(store.load_network()).fit_every_relation(progress),
        depends_on=model.kept_key(),
        size=lambda fitted: fitted.index_.n,
        to_disk=without_actors_and_ties,
        from_disk=with_network,
        update=lambda earlier: earlier.refreshed(store.load_network(), progress),
    )


def recommend_for(
    store,
    actor_keys: Iterable[str],
    *,
    top: int = 10,
    recommender: PartnerRecommender | None = None,
    progress=None,
    **filters,
) -> dict[str, list[Suggestion]]:
    """Suggestions keyed by actor id for each key (id or exact name, see ``Store.find_actor``)."""
    ids = [store.find_actor(key).id for key in actor_keys]
    model = fitted_recommender(store, recommender, progress)
    return model.recommend_many(ids, top=top, **filters)
