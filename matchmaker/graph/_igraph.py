"""Private bridge to igraph: convert a networkx graph, and seed igraph's random generator.

igraph draws random numbers from a process-wide generator (Python's ``random`` by default);
:func:`seeded` swaps in a private ``random.Random(seed)`` for the duration of one call, so
every public function can honour its ``seed`` without touching global state afterwards. The
swap holds a lock: the app clusters on two worker threads at once (the canvas colouring and
the layout's seeding), and neither may draw from the other's generator.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import igraph as ig
import networkx as nx

__all__ = ["to_igraph", "seeded"]


def to_igraph(G: nx.Graph, weight: str | None = None) -> tuple[ig.Graph, list]:
    """``(igraph graph, node list)``: vertex ``i`` of the igraph graph is ``nodes[i]``.

    With ``weight`` the edge attribute of that name (default 1) is copied as ``"weight"``.
    """
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    ends, weights = [], []
    # Walking the raw adjacency dicts (each edge seen from both ends, kept from the lower
    # index) is 2-3x faster than G.edges(data=...) or the G.adj views on large graphs.
    for u, neighbours in G._adj.items():
        i = index[u]
        for v, data in neighbours.items():
            j = index[v]
            if j >= i:
                ends.append((i, j))
                if weight is not None:
                    weights.append(float(data.get(weight, 1.0)))
    H = ig.Graph(n=len(nodes), edges=ends, directed=False)
    if weight is not None:
        H.es["weight"] = weights
    return H, nodes


_generator_lock = threading.Lock()


@contextmanager
def seeded(seed: int | None) -> Iterator[None]:
    """Run the body with igraph drawing from ``random.Random(seed)``, then restore the default."""
    with _generator_lock:
        ig.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            ig.set_random_number_generator(random)
