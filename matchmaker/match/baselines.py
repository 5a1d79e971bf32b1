"""Baselines the recommender must beat, behind the same ``fit`` / ``rank_ids`` interface.

Each sees the same candidates as the model (same :class:`CandidateFilter`): no self, no
already-tied pair, no declined pair.
"""

from __future__ import annotations

import numpy as np

from matchmaker.match.constraints import CandidateFilter
from matchmaker.match.features import PostingIndex, reciprocal_fit
from matchmaker.match.profiles import build_profiles
from matchmaker.match.signals import build_signals
from matchmaker.records import NetworkData

__all__ = [
    "RandomBaseline",
    "PopularityBaseline",
    "KindPopularityBaseline",
    "ContentBaseline",
    "ReciprocalContentBaseline",
    "BASELINES",
]


class _Baseline:
    name = "baseline"

    def __init__(self, *, tie_kind: str = "partner", random_state=0):
        self.tie_kind = tie_kind
        self.random_state = random_state

    def fit(self, net: NetworkData):
        self.index_ = build_profiles(net)
        self.signals_ = build_signals(
            self.index_,
            net.ties,
            net.events,
            net.participations,
            net.decisions,
            affinity_kinds=(self.tie_kind,),
        )
        self.offers_ = PostingIndex(self.index_.offers)
        self.needs_ = PostingIndex(self.index_.declared_needs)
        self.text_ = PostingIndex(self.index_.text)
        return self

    def _scores(self, q: int) -> np.ndarray:
        raise NotImplementedError

    def rank_ids(self, actor_id: str, *, top: int = 10, **filters) -> list[str]:
        q = self.index_.position[actor_id]
        everyone = np.arange(self.index_.n)
        pool = everyone[CandidateFilter.of(**filters).mask(self.index_, self.signals_, q, everyone)]
        scores = self._scores(q)[pool]
        order = np.lexsort((pool, -scores))[:top]
        return [self.index_.actors[i].id for i in pool[order]]


class RandomBaseline(_Baseline):
    name = "random"

    def _scores(self, q: int) -> np.ndarray:
        return np.random.default_rng((self.random_state, q)).random(self.index_.n)


class PopularityBaseline(_Baseline):
    """The most connected actors (ties of any kind) first, for everyone."""

    name = "popularity"

    def _scores(self, q: int) -> np.ndarray:
        return self.signals_.degree


class KindPopularityBaseline(_Baseline):
    """The actors with the most ties of the evaluated kind (partnerships) first."""

    name = "popularity (same tie kind)"

    def _scores(self, q: int) -> np.ndarray:
        return np.diff(self.signals_.target_adjacency.indptr).astype(float) + 1e-3 * self.signals_.degree


class ContentBaseline(_Baseline):
    """One direction only: how well the candidate's offers cover the query's declared needs (text breaks ties)."""

    name = "content (one-directional)"

    def _scores(self, q: int) -> np.ndarray:
        idx = self.index_
        return self.offers_.dot_row(idx.declared_needs, q) + 0.1 * self.text_.dot_row(idx.text, q)


class ReciprocalContentBaseline(_Baseline):
    """Harmonic mean of both directions over declared skills (text breaks ties); no network signals."""

    name = "content (reciprocal)"

    def _scores(self, q: int) -> np.ndarray:
        idx = self.index_
        you = self.offers_.dot_row(idx.declared_needs, q)
        they = self.needs_.dot_row(idx.offers, q)
        known = np.diff(idx.declared_needs.indptr) > 0
        you = you if known[q] else np.full(idx.n, np.nan)
        they = np.where(known, they, np.nan)
        return reciprocal_fit(you, they, 0.8) + 0.1 * self.text_.dot_row(idx.text, q)


BASELINES = (
    RandomBaseline,
    PopularityBaseline,
    KindPopularityBaseline,
    ContentBaseline,
    ReciprocalContentBaseline,
)
