"""One call for front ends: load the network once, fit once, recommend for many actors."""

from __future__ import annotations

from collections.abc import Iterable

from matchmaker.match.features import PostingIndex
from matchmaker.match.model import PartnerRecommender
from matchmaker.match.suggestion import Suggestion
from matchmaker.network_columns import ActorTable
from matchmaker.records import NetworkData

__all__ = ["KEPT_MODEL_NAME", "NetworkOnDemand", "fitted_recommender", "recommend_for"]

KEPT_MODEL_NAME = "recommender"  # the fitted model's file in the kept folder (read by spawned rankers too)


class NetworkOnDemand:
    """A kept model's network: events, participations, outcomes and skills at once, the actors
    and ties read (from the kept copy, else the rows) only when something asks for them.

    A suggestion needs none of the actors' and ties' records (the model holds them as indexes),
    and reading a million ties back into records takes seconds at 100,000 actors: a repeated
    ``matchmaker recommend`` would spend most of its time on a network it never reads.
    """

    def __init__(self, light: NetworkData, load):
        self._light, self._load, self._full = light, load, None

    @property
    def events(self):
        return self._light.events

    @property
    def participations(self):
        return self._light.participations

    @property
    def decisions(self):
        return self._light.decisions

    @property
    def skills(self):
        return self._light.skills

    def network(self) -> NetworkData:
        """The whole network (read on the first call)."""
        if self._full is None:
            self._full = self._load()
        return self._full

    def __getattr__(self, name: str):  # actors, ties, actor_index(): the whole network
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.network(), name)

    def __eq__(self, other) -> bool:
        return self.network() == (other.network() if isinstance(other, NetworkOnDemand) else other)

    __hash__ = None

    def __reduce__(self):
        return self.network().__reduce__()


def fitted_recommender(
    store, recommender: PartnerRecommender | None = None, progress=None, processes: int = 1
) -> PartnerRecommender:
    """``recommender`` fitted on the store's network, every relation at once (``progress(done, total)``;
    learnt on ``processes`` forked workers when above 1: for commands, not for a program holding threads).

    While the network and the recommender's code and parameters are unchanged, this is the copy
    kept beside the database (:mod:`matchmaker.kept`), without refitting; after an edit, the
    kept weights over the edited network's signals (:meth:`PartnerRecommender.refreshed`). The kept copy leaves
    the actors and ties out (the network is kept on its own) and reads them back only when asked
    for (:class:`NetworkOnDemand`): ranking and explaining need neither.
    """
    import copy
    import dataclasses

    from matchmaker.kept import kept_or_made

    model = recommender or PartnerRecommender()

    def without_actors_and_ties(fitted: PartnerRecommender) -> PartnerRecommender:
        light = copy.copy(fitted)
        net = fitted.net_
        light.net_ = NetworkData(
            events=net.events, participations=net.participations, decisions=net.decisions, skills=net.skills
        )
        index = light.index_ = copy.copy(fitted.index_)
        index.actors = ActorTable(fitted.index_.actors)  # a record is made when asked for
        light.relations_ = {}
        for kind, fitted_relation in fitted.relations_.items():
            maker = copy.copy(fitted_relation.maker)
            maker.index = index
            for posting in vars(maker).values():  # made once here, not by every first query
                if isinstance(posting, PostingIndex):
                    posting.champions()
            light.relations_[kind] = dataclasses.replace(fitted_relation, maker=maker)
        return light

    def with_network(kept: PartnerRecommender) -> PartnerRecommender:
        # kept under the same generation as the network itself, so the two describe one network
        kept.net_ = NetworkOnDemand(kept.net_, store.load_network)
        return kept

    fitted = kept_or_made(
        store.engine,
        store.database_file,
        KEPT_MODEL_NAME,
        lambda: model.fit_everything(store.load_network(), progress, processes),
        depends_on=model.kept_key(),
        size=lambda fitted: fitted.index_.n,
        to_disk=without_actors_and_ties,
        from_disk=with_network,
        update=lambda earlier: earlier.refreshed(store.load_network(), progress),
    )
    fitted.language = model.language  # kept in whichever language it was made in (see kept_key)
    return fitted


def recommend_for(
    store,
    actor_keys: Iterable[str],
    *,
    top: int = 10,
    recommender: PartnerRecommender | None = None,
    progress=None,
    processes: int = 1,
    **filters,
) -> dict[str, list[Suggestion]]:
    """Suggestions keyed by actor id for each key (id or exact name, see ``Store.find_actor``)."""
    ids = [store.find_actor(key).id for key in actor_keys]
    model = fitted_recommender(store, recommender, progress, processes)
    return model.recommend_many(ids, top=top, **filters)
