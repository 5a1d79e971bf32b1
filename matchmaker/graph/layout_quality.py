"""How readable a layout is, in one number that does not depend on its scale: the tie stretch.

A faster layout is only better if it still draws the network: tied actors near each other,
strangers apart. :func:`tie_stretch` compares the typical length of a tie with the typical
distance between two actors picked at random. A random scatter scores about 1; a layout where
neighbours sit together scores far below. The benchmark puts the map's layout next to igraph's
Fruchterman–Reingold with it, and a test holds the map's layout to it on planted communities.
"""

from __future__ import annotations

import numpy as np

__all__ = ["tie_stretch"]


def tie_stretch(
    xy: np.ndarray, sources: np.ndarray, targets: np.ndarray, *, samples: int = 200_000, seed: int = 0
) -> float:
    """Median tie length over the median distance between random pairs of actors (lower is better).

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` positions.
    sources, targets : numpy.ndarray
        Tie ends as row indices of ``xy``.
    samples : int
        At most this many ties and random pairs are measured (medians settle long before a million).
    seed : int
        Seed of the sampling.

    Examples
    --------
    >>> xy = np.array([[0.0, 0.0], [1.0, 0.0], [100.0, 0.0], [101.0, 0.0]])
    >>> round(tie_stretch(xy, np.array([0, 2]), np.array([1, 3]), samples=1000), 3) < 0.1
    True
    """
    xy = np.asarray(xy, dtype=float)
    sources, targets = np.asarray(sources), np.asarray(targets)
    if len(xy) < 2 or len(sources) == 0:
        return float("nan")
    rng = np.random.default_rng(seed)
    if len(sources) > samples:
        picked = rng.choice(len(sources), samples, replace=False)
        sources, targets = sources[picked], targets[picked]
    ties = np.hypot(*(xy[targets] - xy[sources]).T)
    a, b = rng.integers(0, len(xy), samples), rng.integers(0, len(xy), samples)
    apart = a != b
    strangers = np.hypot(*(xy[b[apart]] - xy[a[apart]]).T)
    typical = float(np.median(strangers))
    return float(np.median(ties)) / typical if typical > 0 else float("nan")
