"""The force model behind :func:`~matchmaker.graph.layout.force_layout`, in numpy.

Fruchterman–Reingold forces with the ideal tie length ``k = 1``: ties attract with
``weight · d² / k``, all actors repel with ``k² / d``, plus a weak gravity ``γ·r`` towards the
origin that keeps loose actors and small components in view (with ``γ = 1 / 0.36`` a
uniform disc of radius ``0.6·√n`` is in balance, so the drawing keeps that size).

Repulsion between all pairs is quadratic, so beyond ``EXACT_LIMIT`` actors it is computed
particle-mesh style: actors are binned on a grid of ``cells × cells`` cells, the grid is
convolved (FFT) with the ``k² / d`` kernel, and each actor feels the field of its cell,
plus the push from the actors sharing its cell. That is O(n + m + cells² log cells) per
step: a few milliseconds for 10,000 actors and 50,000 ties.

igraph's Fruchterman–Reingold was tried first: fast in one long run, but it draws each
community as a single dense point and then becomes ~50x slower per iteration when restarted
from its own output, which chunked, streamed layout needs (``bench/RESULTS.md``).
"""

from __future__ import annotations

import math

import numpy as np
from scipy import fft

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
        self.cells = int(min(256, max(32, 2 ** math.ceil(math.log2(max(math.sqrt(n), 1))))))
        # The k² / d kernel per unit cell, laid out for a circular FFT convolution of size 2·cells
        # (offsets -(cells-1) … cells-1 fit without wrapping onto each other), transformed once.
        size = 2 * self.cells
        offsets = np.fft.fftfreq(size, 1 / size)
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        r2 = dx**2 + dy**2
        r2[0, 0] = np.inf  # no self-force from the own cell
        self._size = size
        self._kernels = (fft.rfft2(dx / r2), fft.rfft2(dy / r2))

    def step(self, xy: np.ndarray, temperature: float) -> np.ndarray:
        """New positions after one iteration, no actor moving further than ``temperature``."""
        force = self._repulsion(xy) - GRAVITY * xy
        delta = xy[self.targets] - xy[self.sources]
        pull = self.weights * np.hypot(delta[:, 0], delta[:, 1])  # w · d² / k along delta / d
        for axis in (0, 1):
            f = pull * delta[:, axis]
            force[:, axis] += np.bincount(self.sources, f, self.n) - np.bincount(self.targets, f, self.n)
        length = np.hypot(force[:, 0], force[:, 1])
        scale = np.minimum(length, temperature) / np.maximum(length, 1e-12)
        return xy + force * scale[:, None]

    def _repulsion(self, xy: np.ndarray) -> np.ndarray:
        if self.n <= EXACT_LIMIT:
            diff = xy[:, None, :] - xy[None, :, :]
            d2 = np.maximum((diff**2).sum(axis=2), 1e-4)
            np.fill_diagonal(d2, np.inf)
            return (diff / d2[:, :, None]).sum(axis=1)
        low = xy.min(axis=0)
        size = max(float((xy.max(axis=0) - low).max()), 1e-9) * (1 + 1e-9)
        h = size / self.cells
        cell = np.minimum((xy - low) / h, self.cells - 1).astype(np.int64)
        flat = cell[:, 0] * self.cells + cell[:, 1]
        counts = np.bincount(flat, minlength=self.cells**2)
        density = fft.rfft2(counts.reshape(self.cells, self.cells).astype(float), s=(self._size, self._size))
        fields = [
            fft.irfft2(density * kernel, s=(self._size, self._size))[: self.cells, : self.cells].ravel()
            for kernel in self._kernels
        ]
        force = np.stack([fields[0][flat], fields[1][flat]], axis=1) / h
        # Actors sharing a cell: push away from the cell's centre, as (count - 1) actors there would.
        centre = np.stack([np.bincount(flat, xy[:, a], self.cells**2) for a in (0, 1)], axis=1)
        centre = centre[flat] / counts[flat, None]
        away = xy - centre
        d2 = np.maximum((away**2).sum(axis=1), (0.05 * h) ** 2)
        force += away * ((counts[flat] - 1) / d2)[:, None]
        return force
