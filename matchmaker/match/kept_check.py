"""The app's use of the kept recommender: only when it was fitted on exactly the network on screen.

The window loads the network on its database worker and asks for the recommender on a CPU
worker; the database can have moved on in between (a save queued meanwhile), and the window
puts re-read records into its network in place. So the model kept beside the database
(:func:`matchmaker.match.fitted_recommender`) is used only when the actors, ties, events,
participations and outcomes it was fitted on are those of the window's network; otherwise the
caller fits on its own network, as it always did.

Two ways to know. The quick one: the window's network was read at the very generation the
model was kept under, and still holds every record it was read with
(:class:`matchmaker.generation.NetworkSeal`: a pass over pointers, milliseconds at 100,000
actors). Otherwise the records are compared with what the model was fitted on, field by field
(seconds at that size: a million ties made into arrays).
"""

from __future__ import annotations

import numpy as np

from matchmaker.match.model import PartnerRecommender
from matchmaker.match.signals import TieArrays
from matchmaker.records import NetworkData

__all__ = ["kept_model_for"]


def _fitted_on(model: PartnerRecommender, net: NetworkData) -> bool:
    kept = model.net_
    if model.index_.actors != net.actors:
        return False
    if (kept.decisions, kept.events, kept.participations) != (net.decisions, net.events, net.participations):
        return False
    ties = TieArrays.of(net.ties, model.index_.position)
    return all(
        np.array_equal(getattr(ties, name), getattr(model.ties_, name))
        for name in ("source", "target", "kind", "day")
    )


def kept_model_for(store, model: PartnerRecommender, net: NetworkData) -> PartnerRecommender | None:
    """The kept (or newly kept) fit of ``model`` when it matches ``net``; None when it cannot be used."""
    from matchmaker import kept
    from matchmaker.generation import generation_read_at, network_generation
    from matchmaker.match.service import fitted_recommender

    if store is None or store.database_file is None or len(net.actors) < kept.KEEP_FROM_ACTORS:
        return None
    before = network_generation(store.engine)
    fitted = fitted_recommender(store, model)
    # kept under ``before`` (or made at it) when the network stayed there meanwhile: tokens never repeat
    fitted_at = before if before is not None and network_generation(store.engine) == before else None
    if not (fitted_at is not None and generation_read_at(net) == fitted_at) and not _fitted_on(fitted, net):
        return None
    fitted.net_ = net  # the same content: the window's own records
    return fitted
