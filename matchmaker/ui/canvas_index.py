"""The canvas' lookup structures over node indices: who is under the cursor, who is next to whom.

``NodeIndex`` answers hit tests with a k-d tree over world positions (built lazily, so a
layout streaming positions pays for it only when the mouse actually moves).
``Adjacency`` is a CSR view of the edge list for incident edges and ego networks, which
at a million edges is far cheaper than walking Python sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # scipy.spatial takes a second or more to import: only when the mouse first asks
    from scipy.spatial import cKDTree

__all__ = ["Adjacency", "NodeIndex"]


class NodeIndex:
    """Nearest node to a point, honouring each node's drawn radius."""

    def __init__(self, xy: np.ndarray):
        self._xy = xy
        self._tree: cKDTree | None = None

    def _ensure(self) -> cKDTree:
        if self._tree is None:
            from scipy.spatial import cKDTree

            self._tree = cKDTree(self._xy)
        return self._tree

    def hit(self, wx: float, wy: float, scale: float, radii_px: np.ndarray, tolerance_px: float = 3.0) -> int:
        """Index of the node whose disc (plus ``tolerance_px``) holds the point, else -1.

        ``radii_px`` are the drawn radii in screen pixels; ``scale`` is pixels per world unit.
        Among several, the node whose rim is nearest wins, so a small node beside a big one stays reachable.
        """
        if len(self._xy) == 0 or scale <= 0:
            return -1
        reach = (float(radii_px.max()) + tolerance_px) / scale
        candidates = self._ensure().query_ball_point((wx, wy), reach)
        if not candidates:
            return -1
        idx = np.asarray(candidates, dtype=np.int64)
        d = np.hypot(self._xy[idx, 0] - wx, self._xy[idx, 1] - wy) * scale - radii_px[idx]
        best = int(np.argmin(d))
        return int(idx[best]) if d[best] <= tolerance_px else -1


class Adjacency:
    """Compressed sparse rows over an undirected edge list (each edge stored in both directions)."""

    def __init__(self, n: int, src: np.ndarray, dst: np.ndarray):
        heads = np.concatenate([src, dst])
        tails = np.concatenate([dst, src])
        edge_ids = np.concatenate([np.arange(len(src)), np.arange(len(src))])
        order = np.argsort(heads, kind="stable")
        self.neighbours_of = tails[order]
        self.edges_of = edge_ids[order]
        self.indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(heads, minlength=n), out=self.indptr[1:])

    def neighbours(self, i: int) -> np.ndarray:
        return self.neighbours_of[self.indptr[i] : self.indptr[i + 1]]

    def incident_edges(self, i: int) -> np.ndarray:
        return self.edges_of[self.indptr[i] : self.indptr[i + 1]]

    def ego(self, i: int, depth: int = 1) -> np.ndarray:
        """Boolean mask of the nodes within ``depth`` hops of node ``i`` (itself included)."""
        n = len(self.indptr) - 1
        inside = np.zeros(n, dtype=bool)
        inside[i] = True
        frontier = np.array([i])
        for _ in range(depth):
            if len(frontier) == 0:
                break
            reached = np.unique(np.concatenate([self.neighbours(j) for j in frontier]))
            frontier = reached[~inside[reached]]
            inside[frontier] = True
        return inside
