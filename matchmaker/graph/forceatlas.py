"""ForceAtlas2's forces and its adaptive speed, vectorised in numpy (no per-actor Python).

The model is Gephi's ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian, PLoS ONE 2014), the layout
Gephi users know:

* every pair of actors repels with ``k_r · (deg_i + 1)(deg_j + 1) / d`` — hubs push harder, so
  the dense core spreads out instead of collapsing into a blot (summed by
  :class:`~matchmaker.graph.mesh.RepulsionField`);
* each tie attracts with ``w · log(1 + d)`` in *LinLog* mode (``w · d`` otherwise): the
  logarithm keeps far-apart groups from being reeled in, so communities come out as separate
  islands (Noack's LinLog energy, whose minima are clusterings of high modularity);
* gravity ``k_g · (deg + 1)`` towards the origin keeps loose parts in view;
* each actor moves ``speed / (1 + √(speed · swinging))`` times its force: an actor whose force
  keeps flipping direction (swinging) slows down, and the global speed rises while the whole
  drawing moves coherently (traction) — Gephi's adaptive speed, so no cooling schedule is needed
  to converge.

Ties and actors are numpy arrays (indices), so a step over 1,000,000 ties costs ~70 ms.
"""

from __future__ import annotations

import math

import numpy as np

from matchmaker.graph.mesh import EXACT_LIMIT, RepulsionField

__all__ = ["ForceAtlas2"]

#: Gephi's bounds on the speed's efficiency and on how fast the speed may rise per step.
MIN_SPEED_EFFICIENCY = 0.05
MAX_SPEED_RISE = 0.5
MAX_SPEED = 1000.0


def _lengths(v: np.ndarray) -> np.ndarray:
    """Row lengths of an ``(n, 2)`` array (``np.hypot`` is several times slower)."""
    return np.sqrt(np.einsum("ij,ij->i", v, v))


class ForceAtlas2:
    """One graph's ForceAtlas2 forces; ``step(xy)`` moves every actor once.

    Parameters
    ----------
    n : int
        Number of actors.
    sources, targets : numpy.ndarray
        Tie ends, as actor indices (each tie once).
    weights : numpy.ndarray
        Tie strengths; the attraction is multiplied by ``weights ** edge_weight_influence``.
    mass : numpy.ndarray, optional
        Each actor's mass; by default ``degree + 1`` as in ForceAtlas2.
    scaling : float
        ``k_r``, the repulsion's strength: larger spreads the drawing.
    gravity : float
        ``k_g``.
    linlog : bool
        Logarithmic attraction (LinLog mode).
    strong_gravity : bool
        Gravity grows with the distance from the origin (pulls far components in harder).
    edge_weight_influence : float
        0 ignores tie strengths, 1 uses them as they are.
    exact_limit : int
        Up to this many actors the repulsion is summed exactly.

    Examples
    --------
    Two triangles joined by one tie end up as two separate groups:

    >>> ends = np.array([(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
    >>> model = ForceAtlas2(6, ends[:, 0], ends[:, 1], np.ones(7))
    >>> xy = np.random.default_rng(0).normal(size=(6, 2))
    >>> for _ in range(300):
    ...     xy = model.step(xy)
    >>> within = np.linalg.norm(xy[0] - xy[1])
    >>> across = np.linalg.norm(xy[:3].mean(axis=0) - xy[3:].mean(axis=0))
    >>> bool(across > 1.5 * within)
    True
    """

    def __init__(
        self,
        n: int,
        sources: np.ndarray,
        targets: np.ndarray,
        weights: np.ndarray,
        *,
        mass: np.ndarray | None = None,
        scaling: float = 2.0,
        gravity: float = 1.0,
        linlog: bool = True,
        strong_gravity: bool = False,
        edge_weight_influence: float = 1.0,
        exact_limit: int = EXACT_LIMIT,
    ):
        self.n = n
        sources, targets = np.asarray(sources, dtype=np.int64), np.asarray(targets, dtype=np.int64)
        weights = np.asarray(weights, dtype=float)
        # Ties sorted by source: the sources' side of the attraction is then a segmented sum
        # (``reduceat``), ~3x cheaper than ``bincount`` on a million ties.
        order = np.argsort(sources, kind="stable")
        self.sources, self.targets, weights = sources[order], targets[order], weights[order]
        self._first = (
            np.flatnonzero(np.r_[True, self.sources[1:] != self.sources[:-1]]) if len(order) else order
        )
        self._with_ties = self.sources[self._first]
        self.weights = weights**edge_weight_influence if edge_weight_influence != 1 else weights
        if mass is None:
            mass = 1.0 + np.bincount(self.sources, minlength=n) + np.bincount(self.targets, minlength=n)
        self.mass = np.asarray(mass, dtype=float)
        self.scaling, self.gravity = scaling, gravity
        self.linlog, self.strong_gravity = linlog, strong_gravity
        self.repulsion = RepulsionField(n, exact_limit=exact_limit)
        self.speed, self.speed_efficiency = 1.0, 1.0
        self._previous: np.ndarray | None = None

    def forces(self, xy: np.ndarray) -> np.ndarray:
        """The net force on each actor, shape ``(n, 2)``."""
        force = self.repulsion.field(xy, self.mass)
        force *= (self.scaling * self.mass)[:, None]
        radius = _lengths(xy)
        if self.strong_gravity:
            pull = self.gravity * self.mass
        else:
            pull = self.gravity * self.mass / np.maximum(radius, 1e-9)
        force -= xy * pull[:, None]
        if len(self.sources):
            self._attract(np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1]), force)
        return force

    def _attract(self, x: np.ndarray, y: np.ndarray, force: np.ndarray) -> None:
        """Add the ties' pull to ``force``; one-dimensional gathers only (row gathers are ~10x slower)."""
        s, t = self.sources, self.targets
        dx = x[t]
        dx -= x[s]
        dy = y[t]
        dy -= y[s]
        if self.linlog:
            d = dx * dx
            d += dy * dy
            np.sqrt(d, out=d)
            factor = np.log1p(d)
            np.maximum(d, 1e-9, out=d)
            factor /= d
            factor *= self.weights
        else:
            factor = self.weights
        for axis, delta in ((0, dx), (1, dy)):
            delta *= factor
            force[self._with_ties, axis] += np.add.reduceat(delta, self._first)
            force[:, axis] -= np.bincount(t, delta, self.n)

    def step(self, xy: np.ndarray, max_move: float | None = None) -> np.ndarray:
        """New positions after one step; with ``max_move`` no actor moves further than that."""
        force = self.forces(xy)
        previous = self._previous if self._previous is not None else force
        self._previous = force
        swinging = self.mass * _lengths(force - previous)
        traction = self.mass * _lengths(force + previous) / 2
        self._adapt_speed(float(swinging.sum()), float(traction.sum()))
        factor = self.speed / (1.0 + np.sqrt(self.speed * swinging))
        move = force * factor[:, None]
        if max_move is not None:
            length = _lengths(move)
            move *= (np.minimum(length, max_move) / np.maximum(length, 1e-12))[:, None]
        return xy + move

    def _adapt_speed(self, total_swinging: float, total_traction: float) -> None:
        """Gephi's global speed: as fast as the drawing's coherent motion allows, slower while it jitters."""
        if total_traction <= 0:
            return
        optimal_jitter = 0.05 * math.sqrt(self.n)
        jitter = max(math.sqrt(optimal_jitter), min(10.0, optimal_jitter * total_traction / self.n**2))
        if total_swinging / total_traction > 2.0:
            if self.speed_efficiency > MIN_SPEED_EFFICIENCY:
                self.speed_efficiency *= 0.5
            jitter = max(jitter, 1.0)
        target = jitter * self.speed_efficiency * total_traction / max(total_swinging, 1e-12)
        if total_swinging > jitter * total_traction:
            if self.speed_efficiency > MIN_SPEED_EFFICIENCY:
                self.speed_efficiency *= 0.7
        elif self.speed < MAX_SPEED:
            self.speed_efficiency *= 1.3
        self.speed += min(target - self.speed, MAX_SPEED_RISE * self.speed)
