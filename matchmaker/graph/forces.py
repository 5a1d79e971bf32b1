"""The force model behind :func:`~matchmaker.graph.layout.force_layout`, in numpy.

Fruchterman–Reingold forces with the ideal tie length ``k = 1``: ties attract with
``weight · d² / k``, all actors repel with ``k² / d``, plus a weak gravity ``γ·r`` towards the
origin that keeps loose actors and small components in view (with ``γ = 1 / 0.36`` a
uniform disc of radius ``0.6·√n`` is in balance, so the drawing keeps that size).

Repulsion between all pairs is quadratic, so beyond ``EXACT_LIMIT`` actors it is computed
particle-mesh style (:mod:`~matchmaker.graph.mesh`): O(n + m + cells² log cells) per step, a few
milliseconds for 10,000 actors and 50,000 ties.

This was the canvas layout until the community-aware ForceAtlas2 layout
(:mod:`~matchmaker.graph.structure_layout`) replaced it; it stays as the plain alternative
(``force_layout(..., algorithm="fruchterman_reingold")``) and as the baseline the new layout
is measured against (``bench/RESULTS.md``): on communities it draws a hairball.

igraph's Fruchterman–Reingold was tried first: fast in one long run, but it draws each
community as a single dense point and then becomes ~50x slower per iteration when restarted
from its own output, which chunked, streamed layout needs (``bench/RESULTS.md``).
"""

from __future__ import annotations

import numpy as np

from matchmaker.graph.mesh import RepulsionField

__all__ = ["EXACT_LIMIT", "ForceModel"]

#: Up to this many actors repulsion is computed exactly between all pairs.
EXACT_LIMIT = 400
GRAVITY = 1 / 0.36


class ForceModel:
    """One graph's forces: ``step(xy, temperature)`` moves the actors one iteration.

    Parameters
    ----------
    n : int
        Number of actors.
    sources, targets : numpy.ndarray
        Tie ends, as actor indices.
    weights : numpy.ndarray
        Tie strengths (attraction multipliers).

    Examples
    --------
    Two actors joined by a tie settle at the distance where pull and push balance:

    >>> model = ForceModel(2, np.array([0]), np.array([1]), np.array([1.0]))
    >>> xy = np.array([[-3.0, 0.0], [3.0, 0.0]])
    >>> for _ in range(200):
    ...     xy = model.step(xy, 0.1)
    >>> 0.5 < float(np.linalg.norm(xy[0] - xy[1])) < 1.5
    True
    """

    def __init__(self, n: int, sources: np.ndarray, targets: np.ndarray, weights: np.ndarray):
        self.n = n
        self.sources, self.targets = sources, targets
        self.weights = weights.astype(float)
        self._repulsion = RepulsionField(n, exact_limit=EXACT_LIMIT)
        self._unit = np.ones(n)

    def step(self, xy: np.ndarray, temperature: float) -> np.ndarray:
        """New positions after one iteration, no actor moving further than ``temperature``."""
        force = self._repulsion.field(xy, self._unit) - GRAVITY * xy
        delta = xy[self.targets] - xy[self.sources]
        pull = self.weights * np.hypot(delta[:, 0], delta[:, 1])  # w · d² / k along delta / d
        for axis in (0, 1):
            f = pull * delta[:, axis]
            force[:, axis] += np.bincount(self.sources, f, self.n) - np.bincount(self.targets, f, self.n)
        length = np.hypot(force[:, 0], force[:, 1])
        scale = np.minimum(length, temperature) / np.maximum(length, 1e-12)
        return xy + force * scale[:, None]
