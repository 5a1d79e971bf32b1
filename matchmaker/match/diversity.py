"""Maximal marginal relevance: keep the top of a list from filling up with near-copies.

Only redundancy above ``threshold`` (cosine of the candidates' offer-and-text profiles)
costs anything, so merely related candidates keep their order and near-duplicates step aside.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from matchmaker.match.candidate_pool import gather

__all__ = ["mmr_order", "mmr_order_of_rows"]


def mmr_order(
    scores: np.ndarray, profiles: sparse.csr_matrix, k: int, *, trade_off: float = 0.3, threshold: float = 0.6
) -> np.ndarray:
    """Positions into ``scores`` (sorted best first by the caller or not) picked greedily.

    ``profiles`` holds one unit-norm row per score. Each step picks the candidate maximising
    ``score - trade_off * scale * redundancy``, where redundancy is how far its highest cosine
    to an already picked candidate exceeds ``threshold`` (0..1) and ``scale`` the best score.

    >>> import numpy as np
    >>> from scipy import sparse
    >>> p = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))
    >>> mmr_order(np.array([0.9, 0.85, 0.6]), p, 2).tolist()
    [0, 2]
    """
    m = scores.size
    k = min(k, m)
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    if trade_off <= 0 or m == 1:
        return np.argsort(-scores, kind="stable")[:k]
    similarity = np.asarray((profiles @ profiles.T).todense())
    redundancy_of = np.clip((similarity - threshold) / max(1.0 - threshold, 1e-9), 0.0, 1.0)
    scale = max(float(np.max(np.abs(scores))), 1e-9)
    chosen: list[int] = []
    redundancy = np.zeros(m)
    free = np.ones(m, dtype=bool)
    for _step in range(k):
        value = np.where(free, scores - trade_off * scale * redundancy, -np.inf)
        pick = int(np.argmax(value))
        chosen.append(pick)
        free[pick] = False
        redundancy = np.maximum(redundancy, redundancy_of[pick])
    return np.array(chosen, dtype=np.int64)


NEAR = 1e-9  # a cosine this close below the threshold counts as above it: the exact path decides


def mmr_order_of_rows(
    scores: np.ndarray,
    profiles: sparse.csr_matrix,
    rows: np.ndarray,
    k: int,
    *,
    trade_off: float = 0.3,
    threshold: float = 0.6,
) -> np.ndarray:
    """:func:`mmr_order` over the rows ``rows`` of ``profiles``, without slicing them when it can.

    When no two of the plain top ``k`` are near-copies, nothing among them costs another
    anything, so each greedy step picks the next of the plain order (a candidate further down
    is only ever pushed further down): the plain order is the answer, found from a ``k x k``
    comparison instead of the shortlist's similarities (most lists, at a fraction of the cost).
    """
    k = min(k, scores.size)
    plain = np.argsort(-scores, kind="stable")[:k]
    if trade_off <= 0 or k <= 1 or not _near_copies(profiles, rows[plain], threshold - NEAR):
        return plain
    return mmr_order(scores, profiles[rows], k, trade_off=trade_off, threshold=threshold)


def _near_copies(profiles: sparse.csr_matrix, rows: np.ndarray, threshold: float) -> bool:
    """Whether two of ``rows`` have a cosine above ``threshold`` (their few entries in a small
    dense block: scipy's slicing and product cost more than the sums)."""
    take, lengths = gather(profiles.indptr, rows)
    columns, place = np.unique(profiles.indices[take], return_inverse=True)
    owner = np.repeat(np.arange(rows.size), lengths)
    block = np.zeros((rows.size, columns.size))  # float even when the rows hold nothing
    block[owner, place] = profiles.data[take]  # a CSR row names each column once
    similarity = block @ block.T
    np.fill_diagonal(similarity, -np.inf)
    return bool((similarity > threshold).any())
