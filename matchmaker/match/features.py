"""Pair features for one query actor against many candidates, all in [0, 1].

Retrieval walks inverted indexes (skill -> actors, word -> actors, neighbour -> actors): the
cost of a query grows with the postings it touches, never with all pairs.

The reciprocal fit is the harmonic mean of the two directions, so a pair where only one
side gets what it needs cannot score high on it. A direction whose needing side declared no
needs and has no ties revealing any is *unknown* (NaN), not zero: the known direction then
stands alone, discounted by ``unknown_discount``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from matchmaker.match.profiles import ProfileIndex
from matchmaker.match.signals import NetworkSignals
from matchmaker.vocab import STAGES

__all__ = [
    "FEATURE_NAMES",
    "DEFAULT_WEIGHTS",
    "QueryScan",
    "QueryScanner",
    "candidate_prior",
    "pair_features",
    "PairFeatures",
    "reciprocal_fit",
]

FEATURE_NAMES = (
    "reciprocal_fit",
    "matched_skills",
    "text_similarity",
    "warm_path",
    "common_partners",
    "shared_events",
    "popularity",
    "partner_popularity",
    "recency",
    "same_sector",
    "stage_fit",
    "kind_affinity",
    "cross_border",
)
# Served until enough outcomes are known to learn from; complementarity leads, the network nudges.
DEFAULT_WEIGHTS = (0.35, 0.10, 0.10, 0.08, 0.05, 0.05, 0.04, 0.03, 0.04, 0.04, 0.03, 0.06, 0.03)
MATCHED_CAP = 5  # matched skills beyond this many say nothing more


class PostingIndex:
    """Column-major copy of a sparse matrix: for each column, the rows holding it."""

    def __init__(self, matrix: sparse.csr_matrix):
        t = sparse.csr_matrix(matrix.T)
        self.indptr, self.indices, self.data, self.n = t.indptr, t.indices, t.data, matrix.shape[0]

    def dot_row(self, matrix: sparse.csr_matrix, row: int) -> np.ndarray:
        """Dense vector ``matrix[row] @ self.T`` over all rows of the indexed matrix."""
        lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
        cols, vals = matrix.indices[lo:hi], matrix.data[lo:hi]
        if cols.size == 0:
            return np.zeros(self.n)
        starts = self.indptr[cols]
        lengths = self.indptr[cols + 1] - starts
        ends = np.cumsum(lengths)  # where each column's postings end in the gathered run
        total = int(ends[-1])
        if total == 0:
            return np.zeros(self.n)
        take = np.repeat(starts - (ends - lengths), lengths) + np.arange(total)
        weights = self.data[take] * np.repeat(vals, lengths)
        return np.bincount(self.indices[take], weights=weights, minlength=self.n)


@dataclass
class QueryScan:
    """Dense per-candidate inputs for one query actor (length n)."""

    query: int
    fit_you_need: np.ndarray  # query's needs vs candidate's offers
    fit_they_need: np.ndarray  # candidate's needs vs query's offers
    text: np.ndarray
    matched_you: np.ndarray  # how many of the query's needs the candidate offers (implicit ones count less)
    matched_they: np.ndarray  # how many of the candidate's needs the query offers
    common: np.ndarray  # number of common neighbours
    common_partners: np.ndarray  # number of common neighbours through ties of the target kinds
    shared: np.ndarray  # number of events both attended

    def pool(self, extra: np.ndarray) -> np.ndarray:
        """Candidates with any signal at all, plus ``extra`` (the most connected actors)."""
        hit = (
            (self.fit_you_need > 0)
            | (self.fit_they_need > 0)
            | (self.text > 0)
            | (self.common > 0)
            | (self.shared > 0)
        )
        hit[extra] = True
        return np.flatnonzero(hit)

    def optimistic_score(
        self, pool: np.ndarray, weights: np.ndarray, signals: NetworkSignals, prior: np.ndarray | None = None
    ) -> np.ndarray:
        """A cheap upper bound of the score's main terms, for cutting a huge pool before full features.

        The harmonic mean is at most the larger direction and ``1 - 0.5**k`` at most 1; terms
        with a negative weight are left out (they can only lower the score). ``prior``, if given,
        is :func:`candidate_prior` for these weights, computed once per fit.
        """
        w = dict(zip(FEATURE_NAMES, np.maximum(weights, 0.0), strict=True))
        if prior is None:
            prior = candidate_prior(weights, signals)
        matched = np.minimum(np.maximum(self.matched_you[pool], self.matched_they[pool]), MATCHED_CAP)
        bound = np.maximum(self.fit_you_need[pool], self.fit_they_need[pool])
        bound *= w["reciprocal_fit"]
        bound += (w["matched_skills"] / MATCHED_CAP) * matched
        bound += w["text_similarity"] * self.text[pool]
        bound += prior[pool]
        for name, values in (
            ("warm_path", self.common),
            ("common_partners", self.common_partners),
            ("shared_events", self.shared),
        ):
            if w[name] > 0:
                bound += w[name] * (values[pool] > 0)
        return bound


def candidate_prior(weights: np.ndarray, signals: NetworkSignals) -> np.ndarray:
    """The query-independent part of the optimistic bound (popularity and recency terms)."""
    w = dict(zip(FEATURE_NAMES, np.maximum(weights, 0.0), strict=True))
    return (
        w["popularity"] * signals.popularity
        + w["partner_popularity"] * signals.partner_popularity
        + w["recency"] * signals.recency
    )


def _binary(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    return sparse.csr_matrix((np.ones_like(matrix.data), matrix.indices, matrix.indptr), shape=matrix.shape)


class QueryScanner:
    """Posting indexes over the profile and the signals, built once per fit."""

    def __init__(self, index: ProfileIndex, signals: NetworkSignals):
        self.index, self.signals = index, signals
        self.offers = PostingIndex(index.offers)
        self.binary_offers = _binary(index.offers)
        self.offer_counts, self.need_counts = (
            PostingIndex(self.binary_offers),
            PostingIndex(signals.need_counts),
        )
        self.partners = PostingIndex(signals.target_adjacency)
        self.needs = PostingIndex(signals.needs)
        self.text = PostingIndex(index.text)
        self.adjacency = PostingIndex(signals.adjacency)
        self.attended = PostingIndex(signals.attended)

    def scan(self, q: int) -> QueryScan:
        idx, sig = self.index, self.signals
        return QueryScan(
            query=q,
            fit_you_need=self.offers.dot_row(sig.needs, q),
            fit_they_need=self.needs.dot_row(idx.offers, q),
            text=self.text.dot_row(idx.text, q),
            matched_you=self.offer_counts.dot_row(sig.need_counts, q),
            matched_they=self.need_counts.dot_row(self.binary_offers, q),
            common=self.adjacency.dot_row(sig.adjacency, q),
            common_partners=self.partners.dot_row(sig.target_adjacency, q),
            shared=self.attended.dot_row(sig.attended, q),
        )


def reciprocal_fit(
    you: np.ndarray, they: np.ndarray, unknown_discount: float, one_sided_credit: float = 0.1
) -> np.ndarray:
    """Harmonic mean of the two directions (a tenth of the plain mean blended in, so a one-sided
    pair still beats an unrelated one); NaN marks an unknown direction.

    >>> reciprocal_fit(np.array([1.0, 1.0, 1.0]), np.array([1.0, 0.0, np.nan]), 0.8).round(2).tolist()
    [1.0, 0.05, 0.8]
    """
    you_known, they_known = ~np.isnan(you), ~np.isnan(they)
    a, b = np.nan_to_num(you), np.nan_to_num(they)
    total = a + b
    harmonic = np.divide(2 * a * b, total, out=np.zeros_like(total), where=total > 0)
    harmonic = (1 - one_sided_credit) * harmonic + one_sided_credit * total / 2
    return np.where(
        you_known & they_known,
        harmonic,
        np.where(you_known, unknown_discount * a, np.where(they_known, unknown_discount * b, 0.0)),
    )


@dataclass
class PairFeatures:
    candidates: np.ndarray
    matrix: np.ndarray  # candidates x FEATURE_NAMES
    fit_you_need: np.ndarray  # NaN where unknown
    fit_they_need: np.ndarray
    common: np.ndarray
    shared: np.ndarray


def pair_features(
    index: ProfileIndex,
    signals: NetworkSignals,
    scan: QueryScan,
    candidates: np.ndarray,
    unknown_discount: float = 0.8,
) -> PairFeatures:
    q, c = scan.query, candidates
    you = scan.fit_you_need[c] if signals.needs_known[q] else np.full(c.size, np.nan)
    they = np.where(signals.needs_known[c], scan.fit_they_need[c], np.nan)
    stage_q, stage_c = index.stage[q], index.stage[c]
    stage = np.where(
        (stage_q >= 0) & (stage_c >= 0), 1.0 - np.abs(stage_c - stage_q) / (len(STAGES) - 1), 0.0
    )
    common, shared = scan.common[c], scan.shared[c]
    matched = reciprocal_fit(
        np.where(np.isnan(you), np.nan, scan.matched_you[c]),
        np.where(np.isnan(they), np.nan, scan.matched_they[c]),
        unknown_discount,
        0.0,
    )
    matrix = np.column_stack(
        [
            reciprocal_fit(you, they, unknown_discount),
            np.minimum(matched, MATCHED_CAP) / MATCHED_CAP,
            scan.text[c],
            1.0 - 0.5**common,
            1.0 - 0.5 ** scan.common_partners[c],
            1.0 - 0.5**shared,
            signals.popularity[c],
            signals.partner_popularity[c],
            signals.recency[c],
            ((index.sector_bits[c] & index.sector_bits[q]) != 0).astype(float),
            stage,
            signals.kind_affinity[index.kind[q], index.kind[c]],
            (index.country[c] != index.country[q]).astype(float),
        ]
    )
    return PairFeatures(c, np.clip(matrix, 0.0, 1.0), you, they, common, shared)
