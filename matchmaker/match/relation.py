"""One relation of the network (partnerships, investments, …) as the recommender reads it.

A suggestion answers one question — "who will this startup's investors be?", "which
organisation will it partner with?" — and each question is about one kind of tie. The
relation asked about is the tie kind that most often joins actors of the query's kind to
actors of the kinds asked for (:func:`choose_relation`); everything learned is learned per
relation, from ties of that kind.

A :class:`Relation` holds what the ties of that kind say: who is tied to whom, how active
each actor is in either role (a directed tie such as ``invested_in`` has an investor side and
an investee side; a query's likely role is read from its own ties or, with none, from its
kind), how active lately (each tie's weight halves every ``half_life`` days before ``now``),
what each actor's past partners are like (its *portfolio*) and how much more often than by
chance kinds and countries are tied to each other.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from matchmaker.match.profiles import ProfileIndex, normalise_rows
from matchmaker.match.signals import TieArrays

__all__ = ["Relation", "RELATION_KINDS", "build_relation", "choose_relation", "kind_pair_counts"]

# Tie kinds whose forming is what a suggestion is about (membership and employment are not).
RELATION_KINDS = ("partner", "invested_in", "advises", "mentored", "cofounded", "knows")
DEFAULT_RELATION = "partner"
# Relations without sides: which end a partnership is stored from says nothing (often the order of the ids).
SYMMETRIC_KINDS = ("partner", "knows", "cofounded")
HALF_LIFE_DAYS = 365.0
MOST_ACTIVE = 300  # per role and recency: the busiest actors are scored for every query
ROLE_PRIOR_STRENGTH = 2.0  # an actor's own ties outweigh its kind's habit after two ties


def kind_pair_counts(index: ProfileIndex, ties: TieArrays) -> dict[str, np.ndarray]:
    """For each relation kind present, a symmetric ``kinds x kinds`` count of its ties."""
    k = len(index.kinds)
    counts = {}
    for kind in RELATION_KINDS:
        chosen = ties.kind == kind
        if not chosen.any():
            continue
        table = np.zeros((k, k))
        np.add.at(table, (index.kind[ties.source[chosen]], index.kind[ties.target[chosen]]), 1.0)
        counts[kind] = table + table.T - np.diag(np.diag(table))
    return counts


def choose_relation(
    counts: dict[str, np.ndarray], query_kind: int, candidate_kinds: list[int] | None
) -> str | None:
    """The tie kind that most often joins the query's kind to the candidate kinds asked for.

    Falls back to the kind most often joining anyone to those candidate kinds, then to
    partnerships, then to the commonest relation; None when the network has no such ties.

    >>> import numpy as np
    >>> counts = {"partner": np.array([[4.0, 1.0], [1.0, 0.0]]), "invested_in": np.array([[0.0, 9.0], [9.0, 0.0]])}
    >>> choose_relation(counts, 0, [1]), choose_relation(counts, 0, [0]), choose_relation(counts, 0, None)
    ('invested_in', 'partner', 'invested_in')
    """
    if not counts:
        return None
    columns = slice(None) if not candidate_kinds else candidate_kinds
    for rows in (query_kind, slice(None)):
        totals = {kind: float(table[rows][..., columns].sum()) for kind, table in counts.items()}
        best = max(totals, key=lambda kind: (totals[kind], kind == DEFAULT_RELATION))
        if totals[best] > 0:
            return best
    if DEFAULT_RELATION in counts:
        return DEFAULT_RELATION
    return max(counts, key=lambda kind: counts[kind].sum())


def _log_lift(codes: np.ndarray, size: int, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """``log((observed + 1) / (expected + 1))`` for each pair of codes (symmetric)."""
    table = np.zeros((size, size))
    np.add.at(table, (codes[src], codes[dst]), 1.0)
    return _lift(table)


def _lift(table: np.ndarray) -> np.ndarray:
    """``log((observed + 1) / (expected + 1))`` of a table of tie counts, made symmetric; the
    expected count of a pair is the product of its margins over the total."""
    table = table + table.T
    margins = table.sum(axis=1)
    expected = np.outer(margins, margins) / max(table.sum(), 1.0)
    return np.log((table + 1.0) / (expected + 1.0))


MAX_LIFT_SECTORS = 1000  # a dense sector x sector table (8 MB at this size) per relation and window


def _sector_lift(sectors: sparse.csr_matrix, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """``log((observed + 1) / (expected + 1))`` for each pair of sectors over the relation's ties
    (symmetric; a tie of two actors with two sectors each counts for four pairs).

    Which fields tie up with which is what a newcomer's sector says about its partners: the
    Crunchbase record's enterprise-software acquirers buy analytics companies, the demo's
    e-health agencies partner with digital-identity start-ups. Empty past
    :data:`MAX_LIFT_SECTORS` sectors.
    """
    m = sectors.shape[1]
    if m == 0 or m > MAX_LIFT_SECTORS:
        return np.zeros((0, 0))
    return _lift((sectors[src].T @ sectors[dst]).toarray())  # 0/1 already (profiles.build_profiles)


@dataclass
class Relation:
    kind: str
    adjacency: sparse.csr_matrix  # n x n, 1 where a tie of this kind joins the pair (symmetric)
    fresh: sparse.csr_matrix  # the same, each tie weighing 0.5 ** (age / half-life)
    out_degree: np.ndarray  # ties where the actor is the source
    in_degree: np.ndarray
    decayed_out: np.ndarray  # the same, each tie weighing 0.5 ** (age / half-life)
    decayed_in: np.ndarray
    recent: np.ndarray  # ties formed in the year before ``now``
    portfolio: sparse.csr_matrix  # n x terms: mean content of the actor's partners, unit rows
    target_share: (
        np.ndarray
    )  # per actor kind: share of its actors whose first tie had them on the target side
    kind_lift: np.ndarray
    country_lift: np.ndarray
    sector_lift: np.ndarray  # sectors x sectors (0 x 0: none, or too many to tabulate)
    walk: sparse.csr_matrix  # row-stochastic step over ``adjacency``
    now: int  # day ordinal the ages are measured from (-1: no dates)
    degree: np.ndarray = None  # out + in, filled in by __post_init__
    most_active: np.ndarray = None  # the busiest actors in either role: always worth scoring

    def __post_init__(self):
        self.degree = self.out_degree + self.in_degree
        busiest = [
            np.argsort(-values, kind="stable")[:MOST_ACTIVE]
            for values in (self.out_degree, self.in_degree, self.decayed_out, self.decayed_in)
        ]
        self.most_active = np.unique(np.concatenate(busiest))

    def neighbours(self, i: int) -> np.ndarray:
        a = self.adjacency
        return a.indices[a.indptr[i] : a.indptr[i + 1]]

    @property
    def directed(self) -> bool:
        return self.kind not in SYMMETRIC_KINDS

    def target_role(self, index: ProfileIndex, q: int) -> float:
        """How likely ``q`` is on the target side of its next tie (0.5 for a relation without sides)."""
        if not self.directed:
            return 0.5
        prior = self.target_share[index.kind[q]]
        return float(
            (self.in_degree[q] + ROLE_PRIOR_STRENGTH * prior) / (self.degree[q] + ROLE_PRIOR_STRENGTH)
        )

    def activity(self, index: ProfileIndex, q: int, decayed: bool = False, rows=slice(None)) -> np.ndarray:
        """Each actor's (or each of ``rows``') count of ties in the role opposite to the one ``q`` is
        likely to play (all its ties, for a relation without sides)."""
        out, into = (self.decayed_out, self.decayed_in) if decayed else (self.out_degree, self.in_degree)
        if not self.directed:
            return out[rows] + into[rows]
        t = self.target_role(index, q)
        return t * out[rows] + (1.0 - t) * into[rows]


def _first_tie_roles(n: int, src: np.ndarray, dst: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Per actor: 1 if its first tie (by date, then by order) had it on the target side, 0 if on
    the source side, -1 without ties. How newcomers enter tells a query with no ties its likely role."""
    ends = np.r_[src, dst]
    order = np.lexsort((np.arange(ends.size), np.r_[day, day], ends))  # by actor, then day, then position
    firsts = order[np.r_[True, ends[order][1:] != ends[order][:-1]]] if ends.size else order
    role = np.full(n, -1.0)
    role[ends[firsts]] = (firsts >= src.size).astype(float)
    return role


def build_relation(
    index: ProfileIndex, content: sparse.csr_matrix, ties: TieArrays, kind: str, *, now: int | None = None
) -> Relation:
    """The relation ``kind`` as the ties in ``ties`` show it, ages measured from ``now``."""
    n = index.n
    chosen = ties.kind == kind
    src, dst, day = ties.source[chosen], ties.target[chosen], ties.day[chosen]
    dated = day >= 0
    if now is None:
        now = int(day[dated].max()) if dated.any() else -1
    age = np.where(dated & (now >= 0), np.maximum(now - day, 0), 3 * HALF_LIFE_DAYS)
    decay = 0.5 ** (age / HALF_LIFE_DAYS)
    adjacency = sparse.csr_matrix((np.ones(2 * src.size), (np.r_[src, dst], np.r_[dst, src])), shape=(n, n))
    adjacency.data[:] = 1.0
    fresh = sparse.csr_matrix((np.r_[decay, decay], (np.r_[src, dst], np.r_[dst, src])), shape=(n, n))
    degree = np.diff(adjacency.indptr).astype(float)
    k = len(index.kinds)
    first_as_target = _first_tie_roles(n, src, dst, day)
    entered = first_as_target >= 0
    ends = np.bincount(index.kind[entered], minlength=k).astype(float)
    as_target = np.bincount(index.kind[entered], weights=first_as_target[entered], minlength=k)
    recent = np.bincount(np.r_[src, dst][np.r_[dated & (age <= 365), dated & (age <= 365)]], minlength=n)
    return Relation(
        kind=kind,
        adjacency=adjacency,
        fresh=fresh,
        out_degree=np.bincount(src, minlength=n).astype(float),
        in_degree=np.bincount(dst, minlength=n).astype(float),
        decayed_out=np.bincount(src, weights=decay, minlength=n),
        decayed_in=np.bincount(dst, weights=decay, minlength=n),
        recent=recent.astype(float),
        portfolio=normalise_rows(adjacency @ content),
        target_share=(as_target + 1.0) / (ends + 2.0),
        kind_lift=_log_lift(index.kind, k, src, dst),
        country_lift=_log_lift(index.country, len(index.countries), src, dst),
        sector_lift=_sector_lift(index.sectors, src, dst),
        walk=sparse.csr_matrix(sparse.diags(1.0 / np.maximum(degree, 1.0)) @ adjacency),
        now=now,
    )
