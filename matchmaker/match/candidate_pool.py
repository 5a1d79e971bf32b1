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

Why these sizes (``bench/bench_pool_quality.py`` on the real records): they rank as well as
scoring every actor; smaller ones (100 a signal, 1,000 champions, 150 + 50 busiest) rank as well
from the same fit, but the fit reads the pool too (its hard negatives), and refitted with them
the H2020 consortia lost Hits@10 clearly, for a saving of 1.08x an actor at 100,000 actors.
"""

from __future__ import annotations

import weakref

import numpy as np
from scipy import sparse
from scipy.sparse import _sparsetools  # scipy's C++ row copy and matvec, without the checks around them

__all__ = [
    "POOL_FROM",
    "PER_SIGNAL",
    "CHAMPIONS",
    "EXACT_POSTINGS",
    "RowDot",
    "ChampionLists",
    "busiest_for",
    "column_sums",
    "entries_of",
    "largest_positive",
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


def column_sums(
    n: int, rows: np.ndarray, data: np.ndarray, lengths: np.ndarray, vals: np.ndarray
) -> np.ndarray:
    """Per row of ``n``, the sum over columns ``j`` of ``vals[j]`` times its entries, given as
    ``rows`` and ``data`` column after column (``lengths`` each): what a bincount of the products
    gives, in the same order, by scipy's C++ column-major matvec without the arrays between."""
    span = np.zeros(lengths.size + 1, dtype=rows.dtype)
    np.cumsum(lengths, out=span[1:])
    sums = np.zeros(n)
    _sparsetools.csc_matvec(n, lengths.size, span, rows, data, vals, sums)
    return sums


SAMPLED = 16  # every this many actors are read to guess where a signal's best begin


def largest_positive(values: np.ndarray, k: int) -> np.ndarray:
    """The positions of the ``k`` largest positive ``values`` (unordered): the very ones
    ``argpartition`` picks among the positive entries, found without ordering them all.

    A guess of where the best begin (read from every :data:`SAMPLED`-th value) narrows the
    choice to a few hundred; when at least ``k`` lie above the guess and exactly ``k`` reach the
    ``k``-th value, those are the only possible answer. A tie at the ``k``-th value, or a guess
    too high, takes the full path, whose choice among equals is ``argpartition``'s own.
    """
    sample = values[::SAMPLED]
    enough = max(2 * k // SAMPLED, 1)
    positive = sample[sample > 0]
    if positive.size > enough:
        guess = np.partition(positive, positive.size - enough)[positive.size - enough]
        above = np.flatnonzero(values >= guess)
        if above.size >= k:
            best = above[np.argpartition(-values[above], k - 1)[:k]]
            if np.count_nonzero(values[above] >= values[best].min()) == k:
                return best
    touched = np.flatnonzero(values > 0)  # a boolean pass: several times faster than on floats
    if touched.size <= k:  # top_of's choice, without checking again that these are positive
        return touched
    return touched[np.argpartition(-values[touched], k - 1)[:k]]


def busiest_for(relation, index, q: int) -> np.ndarray:
    """The actors most active in the role opposite ``q``'s likely one: overall, and lately (read-only).

    Read among the relation's ``most_active`` (the busiest in either role, overall and lately),
    so this costs what they number, not what the network does. The answer depends on ``q`` only
    through its likely role (:meth:`~matchmaker.match.relation.Relation.target_role`: one value
    for a relation without sides, a few hundred for one with), so it is worked out once per role
    and fitted relation: every actor's list asks for the same few again and again.
    """
    role = relation.target_role(index, q)
    kept = _BY_ROLE.get(id(relation))
    if kept is None or kept[0]() is not relation:
        if len(_BY_ROLE) >= 64:  # fitted relations long gone
            _BY_ROLE.clear()
        kept = _BY_ROLE[id(relation)] = (weakref.ref(relation), {})
    by_role = kept[1]
    known = by_role.get(role)
    if known is not None:
        return known
    busy = relation.most_active
    overall = relation.activity(index, q, rows=busy)
    lately = relation.activity(index, q, decayed=True, rows=busy)
    busiest = np.union1d(top_of(busy, overall, BUSIEST), top_of(busy, lately, BUSIEST_LATELY))
    busiest.flags.writeable = False  # shared by every query of this role
    if len(by_role) >= ROLES_KEPT:
        by_role.clear()
    by_role[role] = busiest
    return busiest


ROLES_KEPT = 4096  # per relation, the busiest of this many likely roles are kept
# id(relation) -> (a weak reference to it, likely role -> its busiest)
_BY_ROLE: dict[int, tuple[weakref.ref, dict[float, np.ndarray]]] = {}


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
        if rows.size * 16 < n:  # a few postings: sorting them beats a pass over every actor
            touched, inverse = np.unique(rows, return_inverse=True)
            return top_of(touched, np.bincount(inverse, weights=data * np.repeat(vals, lengths)), k)
        return largest_positive(column_sums(n, rows, data, lengths, vals), k)


def _pool_rows(posting, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rows ``rows`` of the posting's matrix as CSR arrays (indptr, indices, data), copied
    by scipy's own C++ row copy without the checks around ``matrix[rows]``: at 100,000 actors
    those checks cost half of a pool's slice.

    A query's features read the same pool's rows from one matrix several times (two signals
    share the content index), so the last slice is kept on the posting; it is replaced as a
    whole (one attribute), so a thread never reads half of another's.
    """
    last = getattr(posting, "_last_rows", None)
    if last is not None and last[0] is rows:
        return last[1]
    matrix = posting.rows
    starts = matrix.indptr[rows]
    indptr = np.zeros(rows.size + 1, dtype=matrix.indptr.dtype)
    np.cumsum(matrix.indptr[rows + 1] - starts, out=indptr[1:])
    indices = np.empty(int(indptr[-1]), dtype=matrix.indices.dtype)
    data = np.empty(indices.size, dtype=matrix.data.dtype)
    _sparsetools.csr_row_index(
        rows.size,
        rows.astype(matrix.indptr.dtype, copy=False),
        matrix.indptr,
        matrix.indices,
        matrix.data,
        indices,
        data,
    )
    chosen = (indptr, indices, data)
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
        indptr, indices, data = _pool_rows(self.posting, rows)
        out = np.zeros(rows.size)  # what ``posting.rows[rows] @ dense`` gives, through the same C++ matvec
        _sparsetools.csr_matvec(rows.size, self._dense.size, indptr, indices, data, self._dense, out)
        return out

    def best(self, k: int) -> np.ndarray:
        """The rows this signal ranks highest (champion lists: see the module docstring)."""
        if self.cols.size == 0:
            return np.zeros(0, dtype=np.int64)
        return self.posting.champions().best(self.cols, self.vals, self.posting.n, k)
