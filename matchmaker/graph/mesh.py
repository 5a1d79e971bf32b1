"""Repulsion between all actors in O(n + cells² log cells): a particle-mesh approximation.

Both force models (:mod:`~matchmaker.graph.forces`, :mod:`~matchmaker.graph.forceatlas`) push every
pair of actors apart with a force ``m_i · m_j / d`` along the line between them. Summing that over
all pairs is quadratic; a Barnes–Hut tree is the textbook answer but walks the tree per actor,
which numpy cannot vectorise. Instead the masses are binned on a grid of ``cells × cells`` cells,
the grid is convolved (FFT) with the ``r / |r|²`` kernel, and each actor reads the field of its
cell, plus a push from the mass sharing its cell (which the grid cannot resolve). A step at
100,000 actors costs ~15 ms.

Up to ``EXACT_LIMIT`` actors the sum is exact (all pairs, vectorised), which is cheaper there.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import fft

__all__ = ["EXACT_LIMIT", "RepulsionField", "grid_cells"]

#: Up to this many actors the repulsion is summed exactly over all pairs.
EXACT_LIMIT = 400


def grid_cells(n: int) -> int:
    """Grid resolution for ``n`` actors: about ``√n`` cells a side, a power of two in 32 … 256."""
    return int(min(256, max(32, 2 ** math.ceil(math.log2(max(math.sqrt(n), 1))))))


class RepulsionField:
    """``field(xy, mass)[i] ≈ Σ_j m_j (x_i − x_j) / |x_i − x_j|²`` for one fixed number of actors.

    Multiply by ``m_i`` (and a strength) to get the force on actor ``i``.

    Examples
    --------
    Two unit masses one apart push each other with strength 1, outwards:

    >>> field = RepulsionField(2).field(np.array([[0.0, 0.0], [1.0, 0.0]]), np.ones(2))
    >>> field.tolist()
    [[-1.0, 0.0], [1.0, 0.0]]
    """

    def __init__(self, n: int, *, exact_limit: int = EXACT_LIMIT):
        self.n = n
        self.exact = n <= exact_limit
        if self.exact:
            return
        self.cells = grid_cells(n)
        # The kernel per unit cell, laid out for a circular FFT convolution of size 2·cells
        # (offsets -(cells-1) … cells-1 fit without wrapping onto each other), transformed once.
        size = 2 * self.cells
        offsets = np.fft.fftfreq(size, 1 / size)
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        r2 = dx**2 + dy**2
        r2[0, 0] = np.inf  # no self-force from the own cell
        self._size = size
        self._kernels = (fft.rfft2(dx / r2), fft.rfft2(dy / r2))

    def field(self, xy: np.ndarray, mass: np.ndarray) -> np.ndarray:
        """The repulsion field at each actor, shape ``(n, 2)``."""
        if self.exact:
            return self._exact(xy, mass)
        return self._mesh(xy, mass)

    @staticmethod
    def _exact(xy: np.ndarray, mass: np.ndarray) -> np.ndarray:
        x, y = xy[:, 0], xy[:, 1]
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        weight = dx * dx
        weight += dy * dy
        np.fill_diagonal(weight, np.inf)
        np.maximum(weight, 1e-8, out=weight)
        np.divide(mass[None, :], weight, out=weight)  # m_j / d²
        # Σ_j w_ij (x_i − x_j) = x_i Σ_j w_ij − (W x)_i: two matrix-vector products instead of n² pairs
        total = weight.sum(axis=1)
        return np.stack([x * total - weight @ x, y * total - weight @ y], axis=1)

    def _mesh(self, xy: np.ndarray, mass: np.ndarray) -> np.ndarray:
        cells = self.cells
        # The grid spans the bulk of the drawing; a few far stragglers are clamped to the border
        # cells rather than stretching every cell (gravity brings them back).
        sample = xy[:: max(len(xy) // 20_000, 1)]  # percentiles of a regular sample: 10x cheaper, as good
        low, high = np.percentile(sample, [0.1, 99.9], axis=0)
        side = max(float((high - low).max()), 1e-9)
        low, side = low - 0.01 * side, side * 1.02
        h = side / cells
        cell = np.clip(((xy - low) / h).astype(np.int64), 0, cells - 1)
        flat = cell[:, 0] * cells + cell[:, 1]
        grid_mass = np.bincount(flat, mass, cells * cells)
        density = fft.rfft2(grid_mass.reshape(cells, cells), s=(self._size, self._size))
        force = np.empty_like(xy)
        for axis, kernel in enumerate(self._kernels):
            plane = fft.irfft2(density * kernel, s=(self._size, self._size))[:cells, :cells]
            force[:, axis] = plane.ravel()[flat]
        force /= h
        # The mass sharing a cell, which the grid cannot resolve, is taken as spread evenly over a disc
        # as wide as it actually is: outside that disc it pushes like a point mass at its centre, inside
        # it the push grows with the distance from the centre (as inside a uniform disc), so crowded
        # actors spread into a disc instead of collecting on a ring at one distance from the centre.
        total = grid_mass[flat]
        centre = np.stack([np.bincount(flat, mass * xy[:, a], cells * cells) for a in (0, 1)], axis=1)
        centre = centre[flat] / total[:, None]
        away = xy - centre
        d2 = np.einsum("ij,ij->i", away, away)
        spread = np.bincount(flat, mass * d2, cells * cells)[flat] / total  # mean squared distance
        force += away * ((total - mass) / np.maximum(d2, 2.0 * spread + (0.01 * h) ** 2))[:, None]
        return force
