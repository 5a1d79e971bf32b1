"""Baselines the recommender must beat, behind the same ``fit`` / ``rank_ids`` interface.

Each sees exactly the candidates the model sees (the same :class:`CandidateFilter`: never
itself, an already-tied or declined actor). They are the strong simple methods of the
literature on real networks (Dacrema et al. 2019; Liben-Nowell & Kleinberg 2007):
popularity, common neighbours, Adamic–Adar, a three-step random walk with popularity
damping (RP3beta, Paudel et al. 2017) and a content x popularity hybrid that ranks a
candidate by its activity times how much its past partners resemble the query.

``a`` shares two partners (``b`` and ``x``) with ``c``; ``d`` has the most partners but none
in common with ``a``:

>>> from matchmaker.records import ActorRecord, NetworkData, TieRecord
>>> actors = [ActorRecord(x, "company", x.upper(), "EE") for x in "abxcdefg"]
>>> pairs = ["ab", "ax", "bc", "xc", "de", "df", "dg"]
>>> net = NetworkData(actors=actors, ties=[TieRecord(p[0], p[1], "partner") for p in pairs])
>>> CommonNeighboursBaseline().fit(net).rank_ids("a", top=3, any_country=True)
['c', 'd', 'e']
>>> PopularityBaseline().fit(net).rank_ids("a", top=3, any_country=True)
['d', 'c', 'e']
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from matchmaker.match.constraints import CandidateFilter
from matchmaker.match.content import build_content
from matchmaker.match.features import WALK_BETA, PostingIndex
from matchmaker.match.profiles import build_profiles
from matchmaker.match.relation import build_relation
from matchmaker.match.signals import TieArrays, build_signals
from matchmaker.records import NetworkData

__all__ = [
    "RandomBaseline",
    "PopularityBaseline",
    "CommonNeighboursBaseline",
    "AdamicAdarBaseline",
    "RP3BetaBaseline",
    "ContentPopularityBaseline",
    "BASELINES",
]


class _Baseline:
    name = "baseline"

    def __init__(self, *, tie_kind: str = "partner", random_state=0):
        self.tie_kind = tie_kind
        self.random_state = random_state

    def fit(self, net: NetworkData):
        self.index_ = build_profiles(net)
        ties = TieArrays.of(net.ties, self.index_.position)
        self.signals_ = build_signals(self.index_, ties, net.events, net.participations, net.decisions)
        self.content_ = build_content(self.index_)
        self.relation_ = build_relation(self.index_, self.content_, ties, self.tie_kind)
        self.partners_ = PostingIndex(self.relation_.adjacency)
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

    def _with_popularity(self, scores: np.ndarray) -> np.ndarray:
        """Ties broken by the candidate's activity in the relation (then by position, in rank_ids)."""
        degree = self.relation_.degree
        return scores + 1e-6 * degree / max(degree.max(), 1.0)


class RandomBaseline(_Baseline):
    name = "random"

    def _scores(self, q: int) -> np.ndarray:
        return np.random.default_rng((self.random_state, q)).random(self.index_.n)


class PopularityBaseline(_Baseline):
    """The actors with the most ties of the relation first, for everyone (ties of other kinds break ties)."""

    name = "popularity"

    def _scores(self, q: int) -> np.ndarray:
        return self.relation_.degree + 1e-3 * self.signals_.degree / max(self.signals_.degree.max(), 1.0)


class CommonNeighboursBaseline(_Baseline):
    name = "common neighbours"

    def _scores(self, q: int) -> np.ndarray:
        return self._with_popularity(self.partners_.dot_row(self.relation_.adjacency, q))


class AdamicAdarBaseline(_Baseline):
    name = "Adamic-Adar"

    def fit(self, net: NetworkData):
        super().fit(net)
        weight = 1.0 / np.log(np.maximum(self.relation_.degree, 2.0))
        self.weighted_ = sparse.csr_matrix(self.relation_.adjacency @ sparse.diags(weight))
        return self

    def _scores(self, q: int) -> np.ndarray:
        return self._with_popularity(self.partners_.dot_row(self.weighted_, q))


class RP3BetaBaseline(_Baseline):
    """Three steps of a random walk over the relation's ties, the end divided by its degree ** beta."""

    name = "RP3beta"

    def _scores(self, q: int) -> np.ndarray:
        step = self.relation_.walk
        v = step[q] @ step @ step
        scores = np.zeros(self.index_.n)
        scores[v.indices] = v.data / np.maximum(self.relation_.degree[v.indices], 1.0) ** WALK_BETA
        return self._with_popularity(scores)


class ContentPopularityBaseline(_Baseline):
    """Activity in the relation x (how much its past partners or it itself resemble the query + 0.01)."""

    name = "content x popularity"

    def fit(self, net: NetworkData):
        super().fit(net)
        self.portfolio_index_ = PostingIndex(self.relation_.portfolio)
        self.content_index_ = PostingIndex(self.content_)
        return self

    def _scores(self, q: int) -> np.ndarray:
        fit = np.maximum(
            self.portfolio_index_.dot_row(self.content_, q), self.content_index_.dot_row(self.content_, q)
        )
        return self.relation_.activity(self.index_, q) * (fit + 0.01) + 1e-6 * self.relation_.degree


BASELINES = (
    RandomBaseline,
    PopularityBaseline,
    CommonNeighboursBaseline,
    AdamicAdarBaseline,
    RP3BetaBaseline,
    ContentPopularityBaseline,
)
