"""Pair features of one query actor against every candidate, for one relation.

Each feature is one idea a reason sentence can name. A query's signals are gathered through
inverted indexes (skill -> actors, neighbour -> actors) into sparse vectors, so a query costs
what its postings cost, never all pairs; features are then built only for the candidates worth
scoring (those with a signal, and the most active). What the real networks in ``bench/RESULTS.md`` reward:

- the candidate's **activity** in the relation, in the role opposite the query's (an
  acquired company looks for acquirers, not for other acquired companies), also weighted
  to recent ties, and scaled up for experienced queries (``activity_x_experience``);
- **neighbourhood**: common partners (all, and weighted to recent ties), Adamic–Adar, and a three-step random walk with
  popularity damping (RP3beta: the "partners of partners" and "investors of startups like
  you" signal of bipartite relations);
- **content**: how the query's own record resembles the candidate or, better still, the
  candidate's past partners (its *portfolio*; the larger of the two counts), and how the
  candidate resembles the query's past partners — what serves a query with no ties at all;
- **complementarity** of declared needs and offers (reciprocal: harmonic mean of both
  directions; an unknown direction is NaN, not zero, and the known one counts at
  ``unknown_discount``);
- **affinity** of kinds and countries in this relation (log lift over chance), sharing a
  country, the candidate's ties to the query's country and the query's ties to the
  candidate's (who already works across this border), other ties in common (a warm path)
  and events both attended (an organisation's people count for it); **sector affinity**,
  how much more often than chance the two actors' sectors tie up in this relation (the mean
  log lift over their pairs of sectors);
- **portfolio likelihood**: how much likelier the query's terms are under the terms of the
  candidate's past partners (and its own) than under the whole network's mix, per term
  (a smoothed naive Bayes ratio, Zhai & Lafferty's Dirichlet prior). Unlike the cosine it
  weighs a term by how rare it is in the network and how often it recurs in the portfolio,
  and a large portfolio spread over other terms counts against a match. On the acquisitions
  record it finds acquirers the cosine misses (rank fusion of the two raised Hits@10 by a
  tenth on rolling time origins).

Cosines enter as ``log(1 + cos / 0.05)``: a linear score over logarithms multiplies, so a
candidate needs both activity *and* fit, the shape that beats "most active" on real records.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse import _sparsetools  # scipy's own sparse product, without the checks around it

from matchmaker.match.candidate_pool import (
    EXACT_POSTINGS,
    PER_SIGNAL,
    POOL_FROM,
    ChampionLists,
    RowDot,
    busiest_for,
    column_sums,
    entries_of,
    gather,
    largest_positive,
    top_of,
)
from matchmaker.match.profiles import ProfileIndex
from matchmaker.match.relation import Relation
from matchmaker.match.signals import NetworkSignals

__all__ = [
    "FEATURE_NAMES",
    "PostingIndex",
    "QueryScan",
    "SparseVector",
    "FeatureMaker",
    "reciprocal_fit",
    "MATCHED_CAP",
]

FEATURE_NAMES = (
    "activity",
    "recent_activity",
    "activity_x_experience",
    "common_partners",
    "recent_common_partners",
    "adamic_adar",
    "walk",
    "content_fit",
    "partners_resemble",
    "reciprocal_fit",
    "matched_skills",
    "kind_affinity",
    "country_affinity",
    "same_country",
    "ties_to_your_country",
    "your_ties_to_their_country",
    "ties_to_your_kind",
    "warm_path",
    "shared_events",
    "sector_affinity",
    "portfolio_likelihood",
)
MATCHED_CAP = 5  # matched skills beyond this many say nothing more
COSINE_SCALE = 0.05  # cosines enter as log(1 + cos / COSINE_SCALE)
LIKELIHOOD_PRIOR = 150.0  # terms a portfolio is smoothed towards the network's own mix with (Dirichlet mu)
WALK_BETA = 0.5  # RP3beta's popularity damping: the walk's end is divided by degree ** beta
DENSE_LIMIT = POOL_FROM  # up to this many actors every one is scored; above, a pool (candidate_pool.py)


class PostingIndex:
    """Column-major copy of a sparse matrix: for each column, the rows holding it."""

    def __init__(self, matrix: sparse.csr_matrix):
        t = sparse.csr_matrix(matrix.T)
        self.indptr, self.indices, self.data, self.n = t.indptr, t.indices, t.data, matrix.shape[0]
        self.rows = sparse.csr_matrix(matrix)  # row-major too: exact values for a pool's rows
        self._champions = None

    def champions(self) -> ChampionLists:
        """Each column's largest entries, for picking a signal's best candidates (made when first needed)."""
        if self._champions is None:
            self._champions = ChampionLists(self)
        return self._champions

    def dot_row(self, matrix: sparse.csr_matrix, row: int) -> np.ndarray:
        """Dense vector ``matrix[row] @ self.T`` over all rows of the indexed matrix."""
        lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
        return self.dot(matrix.indices[lo:hi], matrix.data[lo:hi])

    def dot(self, cols: np.ndarray, vals: np.ndarray) -> np.ndarray:
        """Dense vector ``v @ self.T`` for the sparse vector ``v`` given by ``cols`` and ``vals``."""
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


def _binary(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    return sparse.csr_matrix((np.ones_like(matrix.data), matrix.indices, matrix.indptr), shape=matrix.shape)


def _log_cosine(values: np.ndarray) -> np.ndarray:
    return np.log1p(np.maximum(values, 0.0) / COSINE_SCALE)


class SparseVector:
    """A per-actor vector that is zero almost everywhere: sorted positions and their values."""

    __slots__ = ("index", "values")

    def __init__(self, index: np.ndarray, values: np.ndarray):
        self.index, self.values = index, values

    @classmethod
    def empty(cls) -> SparseVector:
        return cls(np.zeros(0, dtype=np.int64), np.zeros(0))

    def at(self, rows: np.ndarray) -> np.ndarray:
        """Values at ``rows`` (zero where the vector holds nothing)."""
        out = np.zeros(rows.size)
        if self.index.size:
            where = np.searchsorted(self.index, rows)
            where[where == self.index.size] = 0
            hit = self.index[where] == rows
            out[hit] = self.values[where[hit]]
        return out

    def positive(self) -> np.ndarray:
        return self.index[self.values > 0]

    def best(self, k: int) -> np.ndarray:
        return top_of(self.index, self.values, k)


class DenseVector:
    """A query's signal that reaches a good share of the actors, held as one value per actor.

    Behaves as the :class:`SparseVector` of its non-zero entries (the same values at the same
    rows, the same best), but reading a pool's values is one take, and the non-zero entries are
    only found if something asks for them: at 100,000 actors the passes over every actor that
    made the sparse form cost more than the signal's sums.
    """

    __slots__ = ("dense", "_sparse")

    def __init__(self, dense: np.ndarray):
        self.dense, self._sparse = dense, None

    def _nonzero(self) -> SparseVector:
        if self._sparse is None:
            unique = np.flatnonzero(self.dense != 0)
            self._sparse = SparseVector(unique, self.dense[unique])
        return self._sparse

    @property
    def index(self) -> np.ndarray:
        return self._nonzero().index

    @property
    def values(self) -> np.ndarray:
        return self._nonzero().values

    def at(self, rows: np.ndarray) -> np.ndarray:
        return self.dense[rows] + 0.0  # + 0.0: a -0.0 reads as the 0.0 an absent entry gives

    def positive(self) -> np.ndarray:
        return np.flatnonzero(self.dense > 0)

    def best(self, k: int) -> np.ndarray:
        return largest_positive(self.dense, k)  # what top_of keeps of the non-zero entries


def _sparse_dot(
    posting: PostingIndex, matrix: sparse.csr_matrix, row: int, *, at_rows_only: bool = False
) -> SparseVector:
    """``matrix[row] @ posting.T`` as a :class:`SparseVector`: cost grows with the postings touched, not with n.

    ``at_rows_only``: a signal that is only read at the pool's rows, never asked for its best
    candidates, is worked out at those rows alone on a pooled network, however few its postings.
    """
    lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
    cols, vals = matrix.indices[lo:hi], matrix.data[lo:hi]
    if cols.size == 0:
        return SparseVector.empty()
    starts = posting.indptr[cols]
    lengths = posting.indptr[cols + 1] - starts
    total = int(lengths.sum())
    if total == 0:
        return SparseVector.empty()
    if posting.n > DENSE_LIMIT and (at_rows_only or total > EXACT_POSTINGS):
        return RowDot(posting, cols, vals)  # exact at the rows asked about, never over everyone
    rows, data, lengths = entries_of(posting.indptr, cols, posting.indices, posting.data)
    if total * 16 >= posting.n:  # most actors touched: one pass over them beats sorting the postings
        return DenseVector(column_sums(posting.n, rows, data, lengths, vals))
    unique, inverse = np.unique(rows, return_inverse=True)
    return SparseVector(unique, np.bincount(inverse, weights=data * np.repeat(vals, lengths)))


class QueryScan:
    """One query's signals against every actor, kept sparse; :meth:`matrix` builds features for chosen rows.

    ``pool`` holds every actor with some signal for the query plus the most active of the
    relation: the candidates worth scoring (on a small network, everyone).
    """

    def __init__(self, maker: FeatureMaker, q: int):
        index, signals, relation = maker.index, maker.signals, maker.relation
        self.maker, self.query = maker, q
        self.needs_known = bool(signals.needs_known[q])
        empty = SparseVector.empty()
        self.you = _sparse_dot(maker.offers, signals.needs, q) if self.needs_known else empty
        self.they = _sparse_dot(maker.needs, index.offers, q)
        # matched skills are only read at the pool's rows, never asked for their best
        self.matched_you = (
            _sparse_dot(maker.offer_counts, signals.need_counts, q, at_rows_only=True)
            if self.needs_known
            else empty
        )
        self.matched_they = _sparse_dot(maker.need_counts, maker.binary_offers, q, at_rows_only=True)
        self.common_partners = _sparse_dot(maker.partners, relation.adjacency, q)
        self.fresh_partners = _sparse_dot(maker.fresh_partners, relation.fresh, q)
        self.adamic_adar = _sparse_dot(maker.partners, maker.adamic_adar_rows, q)
        self.walk = maker.walk_from(q)
        self.portfolio_fit = _sparse_dot(maker.portfolio_index, maker.content, q)
        self.resemble = _sparse_dot(maker.content_index, relation.portfolio, q)
        self.similar = _sparse_dot(maker.content_index, maker.content, q)
        # the likelihood points at the same actors as the portfolio and own-content fits (the
        # actors or partners holding one of the query's terms), so it adds no one to the pool
        self.likely = _sparse_dot(maker.likelihood_index, maker.term_share, q, at_rows_only=True)
        self.common_ties = _sparse_dot(maker.adjacency, signals.adjacency, q)
        self.shared_events = _sparse_dot(maker.attended, signals.present, q)
        by_column = maker.partner_countries_by_column
        country = index.country[q]
        lo, hi = by_column.indptr[country], by_column.indptr[country + 1]
        self.ties_to_yours = SparseVector(by_column.indices[lo:hi], by_column.data[lo:hi])  # sorted (csc)
        self.mine = np.zeros(len(index.countries))
        lo, hi = maker.partner_countries.indptr[q], maker.partner_countries.indptr[q + 1]
        self.mine[maker.partner_countries.indices[lo:hi]] = maker.partner_countries.data[lo:hi]
        if index.n <= DENSE_LIMIT:
            self.pool = np.arange(index.n)
        else:  # each signal's best, not everyone some signal reaches (candidate_pool.py)
            chosen = np.zeros(index.n, dtype=bool)
            chosen[busiest_for(relation, index, q)] = True
            for v in self._pointing():
                chosen[v.best(PER_SIGNAL)] = True
            self.pool = np.flatnonzero(chosen)

    def _pointing(self) -> tuple[SparseVector, ...]:
        """The signals that point at a candidate for this query (activity aside): what puts a
        candidate in the pool, and what makes a formed partner findable at all."""
        return (
            self.you,
            self.they,
            self.common_partners,
            self.walk,
            self.portfolio_fit,
            self.resemble,
            self.similar,
            self.common_ties,
            self.shared_events,
        )

    def fit_you_need(self, rows: np.ndarray) -> np.ndarray:
        """The query's needs against each row's offers; NaN when the query's needs are unknown."""
        return self.you.at(rows) if self.needs_known else np.full(rows.size, np.nan)

    def fit_they_need(self, rows: np.ndarray) -> np.ndarray:
        return np.where(self.maker.signals.needs_known[rows], self.they.at(rows), np.nan)

    def reachable(self, rows: np.ndarray) -> np.ndarray:
        """Rows some signal points to beyond their own activity (a partner nothing pointed to is unfindable)."""
        hit = np.zeros(rows.size, dtype=bool)
        for v in self._pointing():
            hit |= v.at(rows) > 0
        return hit

    def matrix(self, rows: np.ndarray) -> np.ndarray:
        """``rows x FEATURE_NAMES`` for the candidates at positions ``rows``."""
        maker, q = self.maker, self.query
        index, relation = maker.index, maker.relation
        you, they = self.fit_you_need(rows), self.fit_they_need(rows)
        signals = maker.signals
        matched = reciprocal_fit(
            self.matched_you.at(rows) if self.needs_known else np.full(rows.size, np.nan),
            np.where(signals.needs_known[rows], self.matched_they.at(rows), np.nan),
            maker.unknown_discount,
            0.0,
        )
        activity = np.log1p(relation.activity(index, q, rows=rows))
        country = index.country[q]
        return np.column_stack(
            [
                activity,
                np.log1p(relation.activity(index, q, decayed=True, rows=rows)),
                activity * np.log1p(relation.degree[q]),
                np.log1p(self.common_partners.at(rows)),
                np.log1p(self.fresh_partners.at(rows)),
                self.adamic_adar.at(rows),
                self.walk.at(rows),
                _log_cosine(np.maximum(self.similar.at(rows), self.portfolio_fit.at(rows))),
                _log_cosine(self.resemble.at(rows)),
                reciprocal_fit(you, they, maker.unknown_discount),
                np.minimum(matched, MATCHED_CAP) / MATCHED_CAP,
                relation.kind_lift[index.kind[q], index.kind[rows]],
                relation.country_lift[country, index.country[rows]],
                (index.country[rows] == country).astype(float),
                np.log1p(self.ties_to_yours.at(rows)),
                np.log1p(self.mine[index.country[rows]]),
                np.log1p(maker.partner_kinds[rows, index.kind[q]]),
                np.log1p(self.common_ties.at(rows)),
                np.log1p(self.shared_events.at(rows)),
                maker.sector_affinity(q, rows),
                self.portfolio_likelihood(rows),
            ]
        )

    def portfolio_likelihood(self, rows: np.ndarray) -> np.ndarray:
        """Per row, the mean over the query's terms of ``log P(term | row's portfolio) / P(term)``
        (0 for a query stating nothing: no term to be likely)."""
        share = self.maker.term_share
        if share.indptr[self.query + 1] == share.indptr[self.query]:
            return np.zeros(rows.size)
        return self.likely.at(rows) - self.maker.portfolio_spread[rows]


# The indexes of a FeatureMaker that depend on the actors and their signals, not on the relation.
RELATION_FREE = (
    "offers",
    "binary_offers",
    "offer_counts",
    "need_counts",
    "needs",
    "adjacency",
    "attended",
    "content_index",
    "sectors",
    "terms",
    "term_share",
    "term_rate",
)


def _row_shares(terms: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row's terms at ``1 / count``: a dot product with it is a mean over the row's terms."""
    counts = np.diff(terms.indptr)
    data = np.repeat(1.0 / np.maximum(counts, 1), counts)
    return sparse.csr_matrix((data, terms.indices, terms.indptr), shape=terms.shape)


def _term_rates(terms: sparse.csr_matrix) -> np.ndarray:
    """How often each term is held across the network (add-one smoothed): the background a
    portfolio's terms are compared with."""
    held = np.bincount(terms.indices, minlength=terms.shape[1]) + 1.0
    return held / held.sum()


def _portfolio_likelihood(
    adjacency: sparse.csr_matrix, terms: sparse.csr_matrix, rate: np.ndarray
) -> tuple[PostingIndex, np.ndarray]:
    """The two parts of ``log P(t | portfolio) / P(t)`` with ``P(t | portfolio) = (m_t + mu rate_t) / (m + mu)``
    (``m_t``: the actor's partners and itself holding term ``t``): per (actor, term) held,
    ``log(1 + m_t / (mu rate_t))``, as postings; and per actor the spread ``log(1 + m / mu)`` taken
    off every term alike. A term no partner holds contributes only the spread."""
    counts = sparse.csr_matrix(adjacency @ terms + terms)
    counts.sum_duplicates()
    spread = np.log1p(np.asarray(counts.sum(axis=1)).ravel() / LIKELIHOOD_PRIOR)
    counts.data = np.log1p(counts.data / (LIKELIHOOD_PRIOR * rate[counts.indices]))
    return PostingIndex(counts), spread


def _walked(step: sparse.csr_matrix, ends: np.ndarray, mass: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One step of the walk from ``mass`` at ``ends``: the row vector times ``step`` by scipy's own
    sparse product (``csr_matmat``, the routine ``v @ step`` calls), without the matrices and
    checks around it, which cost a 100,000-actor query several times the product. The ends come
    in scipy's order and its zero sums are left out, so the next step adds in the same order."""
    dtype = step.indptr.dtype  # scipy keeps a CSR's index arrays in one type
    start = np.array([0, ends.size], dtype=dtype)
    ends = ends.astype(dtype, copy=False)
    n = step.shape[1]
    most = _sparsetools.csr_matmat_maxnnz(1, n, start, ends, step.indptr, step.indices)
    span = np.empty(2, dtype=dtype)
    reached = np.empty(most, dtype=dtype)
    moved = np.empty(most, dtype=np.result_type(mass, step.data))
    _sparsetools.csr_matmat(
        1, n, start, ends, mass, step.indptr, step.indices, step.data, span, reached, moved
    )
    return reached[: span[1]], moved[: span[1]]


class FeatureMaker:
    """Posting indexes over profiles, signals and one relation, built once per fit (``shared``: a
    maker of another relation over the same profiles and signals, whose relation-free indexes
    are taken over rather than built again)."""

    def __init__(
        self,
        index: ProfileIndex,
        content: sparse.csr_matrix,
        signals: NetworkSignals,
        relation: Relation,
        *,
        unknown_discount: float = 0.8,
        shared: FeatureMaker | None = None,
    ):
        self.index, self.content, self.signals, self.relation = index, content, signals, relation
        self.unknown_discount = unknown_discount
        if (
            shared is not None
            and shared.index is index
            and shared.content is content
            and shared.signals is signals
        ):
            # another relation of the same fit: its relation-free indexes are these (built once,
            # kept once: a sixth of the time and of the kept file at 100,000 actors)
            for name in RELATION_FREE:
                setattr(self, name, getattr(shared, name))
        else:
            self.offers = PostingIndex(index.offers)
            self.binary_offers = _binary(index.offers)
            self.offer_counts = PostingIndex(self.binary_offers)
            self.need_counts = PostingIndex(signals.need_counts)
            self.needs = PostingIndex(signals.needs)
            self.adjacency = PostingIndex(signals.adjacency)
            self.attended = PostingIndex(signals.present)
            self.content_index = PostingIndex(content)
            self.sectors = index.sectors  # 0/1 already (profiles.build_profiles)
            self.terms = _binary(content)
            self.term_share = _row_shares(self.terms)
            self.term_rate = _term_rates(self.terms)

        self.portfolio_index = PostingIndex(relation.portfolio)
        self.likelihood_index, self.portfolio_spread = _portfolio_likelihood(
            relation.adjacency, self.terms, self.term_rate
        )
        self.partners = PostingIndex(relation.adjacency)
        self.fresh_partners = PostingIndex(relation.fresh)
        degree = relation.degree
        self.adamic_adar_rows = sparse.csr_matrix(
            relation.adjacency @ sparse.diags(1.0 / np.log(np.maximum(degree, 2.0)))
        )
        self.walk_damping = 1.0 / np.maximum(degree, 1.0) ** WALK_BETA
        countries = sparse.csr_matrix(
            (np.ones(index.n), (np.arange(index.n), index.country)), shape=(index.n, len(index.countries))
        )
        self.partner_countries = sparse.csr_matrix(
            relation.adjacency @ countries
        )  # actor x country: ties there
        self.partner_countries_by_column = self.partner_countries.tocsc()
        self.partner_countries_by_column.sort_indices()
        kinds = sparse.csr_matrix(
            (np.ones(index.n), (np.arange(index.n), index.kind)), shape=(index.n, len(index.kinds))
        )
        # actor x kind: ties to actors of that kind (who a newcomer of that kind is likely to join)
        self.partner_kinds = np.asarray((relation.adjacency @ kinds).todense())

    def sector_affinity(self, q: int, rows: np.ndarray) -> np.ndarray:
        """Per row, the mean sector-pair log lift of this relation between ``q``'s sectors and the row's
        (0 when either side names no sector)."""
        lift, sectors = self.relation.sector_lift, self.sectors
        lo, hi = sectors.indptr[q], sectors.indptr[q + 1]
        if hi == lo or lift.size == 0:
            return np.zeros(rows.size)
        mean_of_mine = lift[sectors.indices[lo:hi]].mean(axis=0)
        # theirs @ mean_of_mine without slicing ``sectors[rows]`` (scipy's checks cost more than
        # the sums): each row's products added in order from zero, as scipy's matvec adds them
        take, counts = gather(sectors.indptr, rows)
        products = sectors.data[take] * mean_of_mine[sectors.indices[take]]
        sums = np.bincount(np.repeat(np.arange(rows.size), counts), weights=products, minlength=rows.size)
        return sums / np.maximum(counts, 1)

    def walk_from(self, q: int) -> SparseVector:
        """Three steps of a random walk from ``q``, damped by the end's degree, as ``log(1 + n * mass)``
        (``n`` actors: 1 is the mass every actor would get from a walk that knew nothing)."""
        step = self.relation.walk
        lo, hi = step.indptr[q], step.indptr[q + 1]
        if hi == lo:
            return SparseVector.empty()
        ends, mass = _walked(step, *_walked(step, step.indices[lo:hi], step.data[lo:hi]))
        order = np.argsort(ends)
        ends = ends[order]
        return SparseVector(ends, np.log1p(self.index.n * mass[order] * self.walk_damping[ends]))

    def scan(self, q: int) -> QueryScan:
        return QueryScan(self, q)
