"""Where newcomers go on a drawing the user already knows: beside their neighbours.

A network changes a few actors at a time; laying everything out afresh for each would scramble
the map the user has learnt. :func:`place_new_nodes` puts only the newcomers, next to the actors
they are tied to, and leaves everyone else where they were (the layout then refines).
"""

from __future__ import annotations

import math
from collections import deque

import networkx as nx
import numpy as np

__all__ = ["place_new_nodes"]

Positions = dict[str, tuple[float, float]]


def place_new_nodes(G: nx.Graph, pos: Positions, seed: int = 0) -> Positions:
    """``pos`` plus a position for each actor of ``G`` it lacks; the positioned ones do not move.

    A new actor goes to the mean of its positioned neighbours plus a little jitter, working
    outwards (breadth first) from the positioned part, so a chain of newcomers unrolls from
    the old layout. An actor with no positioned actor in reach lands at random inside the
    current layout's bounding box.

    Examples
    --------
    >>> G = nx.Graph([("a", "new"), ("b", "new")])
    >>> placed = place_new_nodes(G, {"a": (0.0, 0.0), "b": (2.0, 0.0)})
    >>> placed["a"], placed["b"]
    ((0.0, 0.0), (2.0, 0.0))
    >>> x, y = placed["new"]
    >>> abs(x - 1.0) < 0.2 and abs(y) < 0.2
    True
    """
    placed = dict(pos)
    missing = [n for n in G if n not in placed]
    if not missing:
        return placed
    rng = np.random.default_rng(seed)
    inside = [placed[n] for n in G if n in placed] or list(placed.values())
    if inside:
        xy = np.asarray(inside, dtype=float)
        low, high = xy.min(axis=0), xy.max(axis=0)
    else:
        side = math.sqrt(len(missing))
        low, high = np.array([-side / 2, -side / 2]), np.array([side / 2, side / 2])
    jitter = 0.02 * max(float((high - low).max()), 1.0)

    def settle(queue: deque) -> None:
        while queue:
            node = queue.popleft()
            if node in placed:
                continue
            around = [placed[v] for v in G.adj[node] if v in placed]
            x, y = np.mean(around, axis=0) + rng.normal(0.0, jitter, size=2)
            placed[node] = (float(x), float(y))
            queue.extend(v for v in G.adj[node] if v not in placed)

    settle(deque(n for n in missing if any(v in placed for v in G.adj[n])))
    for node in missing:
        if node not in placed:
            x, y = rng.uniform(low, high) if (high > low).all() else low + rng.normal(0.0, jitter, size=2)
            placed[node] = (float(x), float(y))
            settle(deque(v for v in G.adj[node] if v not in placed))
    return placed
