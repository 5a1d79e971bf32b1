"""The candidates worth scoring for one query on a large network, found without touching everyone.

On a network of 100,000 actors a word every description shares, or a sector half the actors
name, points each query at nearly every actor; computing every signal for everyone made a
suggestion cost a third of a second. So above :data:`POOL_FROM` actors a query's pool is the
union of, per signal, the :data:`PER_SIGNAL` actors that signal ranks highest (and the most
active of the relation, which :class:`~matchmaker.match.relation.Relation` keeps): the two-step
neighbours with most common partners, the best content matches, and so on.

The ranking that picks a signal's best reads each column's *champion list* (its
:data:`CHAMPIONS` largest entries; a column shorter than that is read whole, so rare skills
and small neighbourhoods stay exact). A term shared by tens of thousands of actors weighs
almost nothing after TF-IDF and normalising, so dropping its tail loses nobody who would
have made the top. The pooled candidates' feature values are then computed exactly, row by
row (:class:`RowDot`): the pool decides *who* is scored, never *how*.
"""

from __future__ import annotations

import weakref

import numpy as np
from scipy import sparse

__all__ = [
    "POOL_FROM",
    "PER_SIGNAL",
    "CHAMPIONS",
    "EXACT_POSTINGS",
    "RowDot",
    "ChampionLists",
    "busiest_for",
    "entries_of",
    "gather",
    "top_of",
]

POOL_FROM = 5000  # up to this many actors every one is scored (exact, and cheap enough)
PER_SIGNAL = 150  # per signal, the best this many enter the pool
BUSIEST = 300  # the busiest in the query's likely role enter the pool, and the busiest lately
BUSIEST_LATELY = 100
CHAMPIONS = 2000  # per column, the largest this many entries are read when picking a signal's best
EXACT_POSTINGS = 30_000  # a signal touching fewer postings is computed over everyone it reaches


def gather(indptr: np.ndarray, segments: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the entries of ``segments`` (rows of a CSR, columns of a CSC) one after
    another, and each segment's length."""
    starts = indptr[segments]
    lengths = indptr[segments + 1] - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64), lengths
    ends = np.cumsum(lengths)
    return np.repeat(starts - (ends - lengths), lengths) + np.arange(total), lengths


FEW_SEGMENTS = 64  # up to this many segments are copied slice by slice (memcpy), not gathered entry by entry


def entries_of(indptr: np.ndarray, segments: np.ndarray, *arrays: np.ndarray) -> tuple[np.ndarray, ...]:
    """Each of ``arrays`` (the indices, the data of a CSR or CSC) over ``segments`` one after
    another, then each segment's length: what :func:`gather`'s positions would read, the same
    entries in the same order. A query reads a few dozen long segments (its skills' or terms'
    postings), and copying each slice whole is several times cheaper than indexing every entry."""
    if segments.size > FEW_SEGMENTS:
        take, lengths = gather(indptr, segments)
        return (*(array[take] for array in arrays), lengths)
    starts, ends = indptr[segments], indptr[segments + 1]
    spans = list(zip(starts.tolist(), ends.tolist(), strict=True))
    if not spans:
        return (*(array[:0] for array in arrays), ends - starts)
    return (*(np.concatenate([array[lo:hi] for lo, hi in spans]) for array in arrays), ends - starts)


def top_of(index: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    """The positions in ``index`` of the ``k`` largest positive ``values`` (unordered)."""
    positive = values > 0
    index, values = index[positive], values[positive]
    if index.size <= k:
        return index
    return index[np.argpartition(-values, k - 1)[:k]]


def busiest_for(relation, index, q: int) -> np.ndarray:
    """The actors most active in the role opposite ``q``'s likely one: overall, and lately (read-only).

    Read among the relation's ``most_active`` (the busiest in either role, overall and lately),
    so this costs what they number, not what the network does. A relation without sides has
    one answer for every query, worked out once per fitted relation.
    """
    if not relation.directed:
        known = _SAME_FOR_EVERYONE.get(id(relation))
        if known is not None and known[0]() is relation:
            return known[1]
    busy = relation.most_active
    overall = relation.activity(index, q, rows=busy)
    lately = relation.activity(index, q, decayed=True, rows=busy)
    busiest = np.union1d(top_of(busy, overall, BUSIEST), top_of(busy, lately, BUSIEST_LATELY))
    if not relation.directed:
        busiest.flags.writeable = False  # shared by every query of the relation
        if len(_SAME_FOR_EVERYONE) >= 64:  # fitted relations long gone
            _SAME_FOR_EVERYONE.clear()
        _SAME_FOR_EVERYONE[id(relation)] = (weakref.ref(relation), busiest)
    return busiest


# id(relation) -> (a weak reference to it, its busiest): a relation without sides asks no role of q
_SAME_FOR_EVERYONE: dict[int, tuple[weakref.ref, np.ndarray]] = {}


class ChampionLists:
    """Each column of a (rows x columns) matrix cut to its :data:`CHAMPIONS` largest entries."""

    def __init__(self, columns: sparse.csc_matrix, keep: int | None = None):
        keep = CHAMPIONS if keep is None else keep
        indptr, indices, data = columns.indptr, columns.indices, columns.data
        lengths = np.diff(indptr)
        long = np.flatnonzero(lengths > keep)
        if long.size == 0:
            self.indptr, self.indices, self.data = indptr, indices, data
            return
        keep_entry = np.ones(data.size, dtype=bool)
        for column in long.tolist():  # few: only the terms nearly everyone shares
            lo, hi = indptr[column], indptr[column + 1]
            keep_entry[lo:hi] = False
            keep_entry[lo + np.argpartition(-data[lo:hi], keep - 1)[:keep]] = True
        self.indices, self.data = indices[keep_entry], data[keep_entry]
        self.indptr = np.r_[0, np.cumsum(np.minimum(lengths, keep))].astype(indptr.dtype)

    def best(self, cols: np.ndarray, vals: np.ndarray, n: int, k: int) -> np.ndarray:
        """The ``k`` rows scoring highest on ``v @ columns.T`` as far as the champion lists tell."""
        rows, data, lengths = entries_of(self.indptr, cols, self.indices, self.data)
        if rows.size == 0:
            return np.zeros(0, dtype=np.int64)
        weights = data * np.repeat(vals, lengths)
        if rows.size * 16 < n:  # a few postings: sorting them beats a pass over every actor
            touched, inverse = np.unique(rows, return_inverse=True)
            return top_of(touched, np.bincount(inverse, weights=weights), k)
        scores = np.bincount(rows, weights=weights, minlength=n)
        touched = np.flatnonzero(scores > 0)  # a boolean pass: several times faster than on floats
        if touched.size <= k:  # top_of's choice, without checking again that these are positive
            return touched
        return touched[np.argpartition(-scores[touched], k - 1)[:k]]


def _rows_of(posting, rows: np.ndarray) -> sparse.csr_matrix:
    """The rows ``rows`` of the posting's matrix, sliced by scipy in C++ (one pass, no index arrays).

    A query's features read the same pool's rows from one matrix several times (two signals
    share the content index), so the last slice is kept on the posting; it is replaced as a
    whole (one attribute), so a thread never reads half of another's.
    """
    last = getattr(posting, "_last_rows", None)
    if last is not None and last[0] is rows:
        return last[1]
    chosen = posting.rows[rows]
    posting._last_rows = (rows, chosen)
    return chosen


class RowDot:
    """``rows @ v`` for one query's sparse vector ``v``, computed only for the rows asked about.

    Behaves as a :class:`~matchmaker.match.features.SparseVector` for the features (``at``)
    and the pool (``best``), but never builds the vector over every actor.
    """

    __slots__ = ("posting", "cols", "vals", "_dense")

    def __init__(self, posting, cols: np.ndarray, vals: np.ndarray):
        self.posting, self.cols, self.vals = posting, cols, vals
        self._dense = None

    def at(self, rows: np.ndarray) -> np.ndarray:
        """Exact values at ``rows``: each row's entries against the query's vector."""
        rows = np.asarray(rows, dtype=np.int64)
        if self.cols.size == 0 or rows.size == 0:
            return np.zeros(rows.size)
        if self._dense is None:
            self._dense = np.zeros(self.posting.rows.shape[1])
            self._dense[self.cols] = self.vals
        return np.asarray(_rows_of(self.posting, rows) @ self._dense).ravel()

    def best(self, k: int) -> np.ndarray:
        """The rows this signal ranks highest (champion lists: see the module docstring)."""
        if self.cols.size == 0:
            return np.zeros(0, dtype=np.int64)
        return self.posting.champions().best(self.cols, self.vals, self.posting.n, k)
