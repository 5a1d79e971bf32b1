"""Who is central: degree, betweenness, PageRank and k-core, one dispatcher over them.

All measures ignore tie direction. Betweenness counts hops (tie weights are strengths, not
distances); PageRank lets strong ties carry more. Betweenness, PageRank and k-core go
through igraph (betweenness ~30x faster than networkx on 10,000 actors, ``bench/RESULTS.md``).
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from matchmaker.graph.cache import converted

__all__ = [
    "EXACT_BETWEENNESS_LIMIT",
    "MEASURES",
    "betweenness",
    "centrality",
    "core_number",
    "degree",
    "pagerank",
]

#: Above this many actors, betweenness samples sources unless ``k`` is given.
EXACT_BETWEENNESS_LIMIT = 3000
#: Sources sampled by default on larger graphs.
DEFAULT_SAMPLES = 300
MEASURES = ("degree", "betweenness", "pagerank", "kcore")


def degree(G: nx.Graph) -> dict[str, float]:
    """Degree centrality: the share of the other actors each actor is tied to.

    Examples
    --------
    >>> degree(nx.star_graph(3))
    {0: 1.0, 1: 0.3333333333333333, 2: 0.3333333333333333, 3: 0.3333333333333333}
    """
    return nx.degree_centrality(G)


def betweenness(G: nx.Graph, *, k: int | None = None, seed: int = 0) -> dict[str, float]:
    """Normalised betweenness, as ``nx.betweenness_centrality(G, k=k, seed=...)`` defines it.

    With ``k`` (or, when ``k`` is None, above ``EXACT_BETWEENNESS_LIMIT`` actors, with
    ``DEFAULT_SAMPLES``) shortest paths are counted from ``k`` sources drawn with ``seed``
    and scaled up: an unbiased estimate.

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    n = G.number_of_nodes()
    if n <= 2:
        return dict.fromkeys(G, 0.0)
    if k is None and n > EXACT_BETWEENNESS_LIMIT:
        k = DEFAULT_SAMPLES
    graph = converted(G)
    H, nodes = graph.igraph, graph.nodes
    if k is None or k >= n:
        raw, scale = H.betweenness(directed=False), 2.0 / ((n - 1) * (n - 2))
    else:
        sources = np.random.default_rng(seed).choice(n, size=k, replace=False).tolist()
        # igraph halves undirected subset betweenness; networkx scales sampled sums by n / k.
        raw, scale = H.betweenness(directed=False, sources=sources), 2.0 / ((n - 1) * (n - 2)) * n / k
    return {node: value * scale for node, value in zip(nodes, raw, strict=True)}


def pagerank(G: nx.Graph, *, alpha: float = 0.85) -> dict[str, float]:
    """PageRank with damping ``alpha``, ties weighted by ``weight``; the values sum to 1.

    Examples
    --------
    >>> pr = pagerank(nx.star_graph(3))
    >>> round(pr[0], 3), round(sum(pr.values()), 6)
    (0.48, 1.0)
    """
    if G.number_of_nodes() == 0:
        return {}
    graph = converted(G)
    H, nodes = graph.igraph, graph.nodes
    return dict(zip(nodes, H.pagerank(directed=False, damping=alpha, weights="weight"), strict=True))


def core_number(G: nx.Graph) -> dict[str, float]:
    """The k-core each actor belongs to (the largest k such that it has k neighbours in the k-core).

    Examples
    --------
    >>> G = nx.complete_graph(4); G.add_edge(3, 4)
    >>> core_number(G)
    {0: 3.0, 1: 3.0, 2: 3.0, 3: 3.0, 4: 1.0}
    """
    graph = converted(G)
    H, nodes = graph.igraph, graph.nodes
    return {node: float(c) for node, c in zip(nodes, H.coreness(), strict=True)}


def centrality(G: nx.Graph, measure: str) -> dict[str, float]:
    """The centrality named ``measure``: one of ``"degree"``, ``"betweenness"``, ``"pagerank"``, ``"kcore"``.

    Examples
    --------
    >>> centrality(nx.path_graph(3), "betweenness")[1]
    1.0
    >>> centrality(nx.path_graph(3), "fame")
    Traceback (most recent call last):
    ...
    ValueError: unknown centrality 'fame'; choose from degree, betweenness, pagerank, kcore
    """
    functions = {"degree": degree, "betweenness": betweenness, "pagerank": pagerank, "kcore": core_number}
    if measure not in functions:
        raise ValueError(f"unknown centrality {measure!r}; choose from {', '.join(MEASURES)}")
    return functions[measure](G)
