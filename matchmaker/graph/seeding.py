"""A community-seeded start for the force layout: communities placed first, members around them.

A force layout started from random positions spends most of its iterations untangling: on a
big network it runs out of time with every community smeared across the whole drawing (the
"hairball"). Here the communities are laid out first, as the nodes of the *quotient graph*
(one node per community, weighted by the ties between communities) under the very same
ForceAtlas2 forces, with each community as heavy as its members together. That small layout
puts related communities side by side at the scale the full layout wants. Each member then
starts inside its community's disc, shifted towards the communities its own ties lead to, so
bridging actors begin on the right edge. The full layout only has to refine.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

from matchmaker.graph.forceatlas import ForceAtlas2

__all__ = ["community_seed", "disc_radii", "quotient_graph"]

#: Iterations of the quotient layout (a few hundred communities: milliseconds each).
QUOTIENT_ITERATIONS = 150
#: A community's disc, as a share of the distance to the nearest other community's centre.
DISC_SHARE = 0.45


def quotient_graph(
    membership: np.ndarray, sources: np.ndarray, targets: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ties between communities: ``(sources, targets, weights)`` over community ids.

    Ties inside a community are dropped; ties between the same two communities are summed.

    Examples
    --------
    >>> membership = np.array([0, 0, 1, 1, 2])
    >>> quotient_graph(membership, np.array([0, 1, 1, 2, 3]), np.array([1, 2, 3, 4, 4]), np.ones(5))
    (array([0, 1]), array([1, 2]), array([2., 2.]))
    """
    a, b = membership[sources], membership[targets]
    across = a != b
    low, high = np.minimum(a, b)[across], np.maximum(a, b)[across]
    count = int(membership.max()) + 1 if len(membership) else 0
    keys, inverse = np.unique(low.astype(np.int64) * count + high, return_inverse=True)
    summed = np.bincount(inverse, weights[across], len(keys))
    return keys // count, keys % count, summed


def community_seed(
    model: ForceAtlas2,
    membership: np.ndarray,
    *,
    seed: int = 0,
    iterations: int = QUOTIENT_ITERATIONS,
) -> np.ndarray:
    """Starting positions ``(n, 2)`` for ``model``'s actors, grouped by ``membership`` (community ids).

    The quotient layout uses ``model``'s own settings (repulsion, gravity, LinLog) so its
    scale is the one the full layout settles at. Deterministic for a ``seed``.
    """
    rng = np.random.default_rng(seed)
    n = model.n
    count = int(membership.max()) + 1 if n else 0
    mass = np.bincount(membership, model.mass, count)
    q_sources, q_targets, q_weights = quotient_graph(membership, model.sources, model.targets, model.weights)
    quotient = ForceAtlas2(
        count,
        q_sources,
        q_targets,
        q_weights,
        mass=mass,
        scaling=model.scaling,
        gravity=model.gravity,
        linlog=model.linlog,
        strong_gravity=model.strong_gravity,
    )
    spread = np.sqrt(mass.sum()) + 1.0
    centres = rng.normal(0.0, spread, size=(count, 2))
    for _ in range(iterations if count > 1 else 0):
        centres = quotient.step(centres)
    centres -= np.average(centres, axis=0, weights=mass)
    radius = disc_radii(centres, np.bincount(membership, minlength=count))
    # Each member's pull: the mean direction of its ties, seen from its community's centre
    # (ties inside the community point nowhere, so only the bridges shift a member).
    pull = np.zeros((n, 2))
    if len(model.sources):
        s, t = model.sources, model.targets
        towards = centres[membership[t]] - centres[membership[s]]
        for axis in (0, 1):
            pull[:, axis] = np.bincount(s, towards[:, axis], n) - np.bincount(t, towards[:, axis], n)
        degree = np.bincount(s, minlength=n) + np.bincount(t, minlength=n)
        pull /= np.maximum(degree, 1)[:, None]
        length = np.hypot(pull[:, 0], pull[:, 1])
        pull /= np.maximum(length, 1e-12)[:, None]
        pull *= np.minimum(length / np.maximum(2 * radius[membership], 1e-12), 1.0)[:, None]
    angle = rng.uniform(0.0, 2 * np.pi, n)
    reach = np.sqrt(rng.uniform(0.0, 1.0, n))
    disc = np.stack([np.cos(angle), np.sin(angle)], axis=1) * reach[:, None]
    return centres[membership] + (0.7 * disc + 0.3 * pull) * radius[membership, None]


def disc_radii(centres: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Each community's starting disc: a share of the gap to its nearest neighbour, by size."""
    if len(centres) < 2:
        return np.sqrt(np.maximum(sizes, 1.0)).astype(float)
    gap, _nearest = cKDTree(centres).query(centres, k=2)
    nearest = np.maximum(gap[:, 1], 1e-9)
    # Of two neighbours, the larger community takes more of the gap between them.
    share = np.sqrt(sizes / np.maximum(sizes.max(), 1))
    return DISC_SHARE * nearest * (0.5 + 0.5 * share)
