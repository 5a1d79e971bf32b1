"""The quick ways a suggestion at 100,000 actors is computed give the very numbers of the plain ways.

A suggestion must not change because it got faster: a signal held as one value per actor reads
as its sparse entries (to the sign of a zero), postings copied a slice at a time are the entries
gathered one by one, and the champion lists pick the same best as ``top_of`` over the same scores.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from matchmaker.match.candidate_pool import ChampionLists, entries_of, gather, top_of
from matchmaker.match.features import DenseVector, SparseVector


def _as_sparse(dense: np.ndarray) -> SparseVector:
    unique = np.flatnonzero(dense != 0)
    return SparseVector(unique, dense[unique])


def test_a_signal_held_whole_reads_as_its_sparse_entries():
    rng = np.random.default_rng(0)
    dense = np.round(rng.normal(size=500), 1)  # ties among values, zeros, and negatives
    dense[::7] = 0.0
    dense[3::11] = -0.0
    whole, entries = DenseVector(dense), _as_sparse(dense)
    rows = rng.permutation(500)[:200]

    got, expected = whole.at(rows), entries.at(rows)
    assert np.array_equal(got, expected) and not np.signbit(got[got == 0]).any()
    assert np.array_equal(whole.index, entries.index) and np.array_equal(whole.values, entries.values)
    assert np.array_equal(whole.positive(), entries.positive())
    for k in (1, 10, 40, 1000):  # the same best (unordered: the pool only marks them)
        assert np.array_equal(np.sort(whole.best(k)), np.sort(entries.best(k)))


@pytest.mark.parametrize("segments", [3, 200])  # a slice at a time, and gathered beyond FEW_SEGMENTS
def test_entries_copied_a_slice_at_a_time_are_the_gathered_entries(segments):
    rng = np.random.default_rng(1)
    matrix = sparse.random(300, 400, density=0.05, format="csr", random_state=2)
    chosen = rng.choice(300, size=segments, replace=segments > 300)

    indices, data, lengths = entries_of(matrix.indptr, chosen, matrix.indices, matrix.data)
    take, expected_lengths = gather(matrix.indptr, chosen)
    assert np.array_equal(indices, matrix.indices[take]) and np.array_equal(data, matrix.data[take])
    assert np.array_equal(lengths, expected_lengths)
    empty = entries_of(matrix.indptr, chosen[:0], matrix.indices, matrix.data)
    assert all(part.size == 0 for part in empty)


def test_the_champion_lists_pick_top_of_over_their_summed_postings():
    rng = np.random.default_rng(3)
    n = 2000
    columns = sparse.random(n, 60, density=0.2, format="csc", random_state=4)
    columns.data = np.round(columns.data, 1)  # equal scores: the choice among them must not move
    champions = ChampionLists(columns, keep=150)
    for _ in range(20):
        cols = np.sort(rng.choice(60, size=rng.integers(1, 30), replace=False))
        vals = np.round(rng.random(cols.size), 1)
        take, lengths = gather(champions.indptr, cols)
        weights = champions.data[take] * np.repeat(vals, lengths)
        scores = np.bincount(champions.indices[take], weights=weights, minlength=n)
        touched = np.flatnonzero(scores > 0)
        for k in (5, 50):  # the same best (unordered: the pool only marks them)
            best = champions.best(cols, vals, n, k)
            assert np.array_equal(np.sort(best), np.sort(top_of(touched, scores[touched], k)))
