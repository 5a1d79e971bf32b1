"""Brokers: the actors (and ties) that hold the Estonian and Ukrainian sides together.

:func:`cross_border_brokers` is betweenness restricted to paths between the two countries:
the share of EE–UA actor pairs whose shortest paths run through an actor. :func:`bridges`
are the ties whose loss would cut the network; :func:`structural_holes` ranks actors by
Burt's constraint (low constraint: contacts who do not know each other, a broker's position).
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx
import numpy as np

from matchmaker.graph.cache import converted
from matchmaker.graph.steps import Steps

__all__ = ["BROKER_SAMPLE_LIMIT", "burt_constraint", "cross_border_brokers", "bridges", "structural_holes"]

#: Above this many actors on the smaller side, sources are sampled unless ``samples`` is given.
BROKER_SAMPLE_LIMIT = 500
#: Ties × sources per igraph call. Betweenness adds up over sources, so the work goes in chunks
#: that report progress and can be stopped; igraph holds Python's lock for a whole call, so a
#: chunk is kept to a fraction of a second (2 sources at 1,000,000 ties) for the window to stay live.
WORK_PER_STEP = 2_000_000


def cross_border_brokers(
    G: nx.Graph,
    *,
    top: int = 10,
    samples: int | None = None,
    seed: int = 0,
    countries: tuple[str, str] = ("EE", "UA"),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[tuple[str, float]]:
    """Actors ranked by the share of cross-border shortest paths that pass through them.

    For every pair ``(s, t)`` with ``s`` in the first country and ``t`` in the second, each
    actor strictly between them on shortest paths (hops) gets the fraction of those paths
    through it; the score is the mean over pairs, between 0 and 1.

    Parameters
    ----------
    G : networkx.Graph
        As made by :func:`~matchmaker.graph.build.build_graph` (nodes carry ``country``).
    top : int
        How many brokers to return.
    samples : int, optional
        Use this many sources, drawn with ``seed`` from the smaller side, instead of all of
        them. By default all are used up to ``BROKER_SAMPLE_LIMIT``, that many beyond.
    countries : (str, str)
        The two sides.
    progress : callable, optional
        ``progress(done, total)`` as the sources are worked through (in chunks).
    cancelled : callable, optional
        Asked between chunks; once it returns True, :class:`~matchmaker.graph.steps.AnalysisCancelled`
        is raised.

    Returns
    -------
    list of (str, float)
        Best first (ties by id); actors scoring zero are left out.

    Examples
    --------
    Two cliques, one Estonian and one Ukrainian, meet only through ``b``:

    >>> G = nx.Graph()
    >>> G.add_nodes_from([(n, {"country": "EE"}) for n in ("e1", "e2", "e3", "b")])
    >>> G.add_nodes_from([(n, {"country": "UA"}) for n in ("u1", "u2", "u3")])
    >>> G.add_edges_from([("e1", "e2"), ("e2", "e3"), ("e1", "e3"), ("u1", "u2"), ("u2", "u3"), ("u1", "u3")])
    >>> G.add_edges_from([("e1", "b"), ("e2", "b"), ("b", "u1"), ("b", "u2")])
    >>> [(n, round(s, 3)) for n, s in cross_border_brokers(G)]
    [('b', 0.75), ('u1', 0.167), ('u2', 0.167), ('e1', 0.125), ('e2', 0.125)]
    """
    first = [n for n, c in G.nodes(data="country") if c == countries[0]]
    second = [n for n, c in G.nodes(data="country") if c == countries[1]]
    if not first or not second:
        return []
    if len(first) > len(second):
        first, second = second, first
    if samples is None and len(first) > BROKER_SAMPLE_LIMIT:
        samples = BROKER_SAMPLE_LIMIT
    if samples is not None and samples < len(first):
        picks = np.random.default_rng(seed).choice(len(first), size=samples, replace=False)
        first = [first[i] for i in sorted(picks)]
    graph = converted(G)
    H, nodes, index = graph.igraph, graph.nodes, graph.index
    sources, targets = [index[n] for n in first], [index[n] for n in second]
    per_step = max(1, min(50, WORK_PER_STEP // max(H.ecount(), 1)))
    chunks = [sources[i : i + per_step] for i in range(0, len(sources), per_step)]
    steps = Steps(len(chunks), progress, cancelled)
    steps.check()
    raw = np.zeros(len(nodes))
    for chunk in chunks:  # the score is a sum over sources: each chunk adds its share
        raw += H.betweenness(directed=False, sources=chunk, targets=targets)
        steps.advance()
    pairs = len(first) * len(second)
    # igraph halves undirected subset betweenness; double it back to count each pair once.
    scored = [
        (node, 2.0 * value / pairs) for node, value in zip(nodes, raw.tolist(), strict=True) if value > 0
    ]
    scored.sort(key=lambda kv: (-kv[1], kv[0]))
    return scored[:top]


def bridges(G: nx.Graph) -> list[tuple[str, str]]:
    """The ties whose removal would split a connected part of the network, each as a sorted pair.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")])
    >>> bridges(G)
    [('c', 'd')]
    """
    graph = converted(G)
    H, nodes = graph.igraph, graph.nodes
    found = []
    for edge in H.es[H.bridges()]:
        u, v = nodes[edge.source], nodes[edge.target]
        found.append((u, v) if str(u) <= str(v) else (v, u))
    return sorted(found)


def burt_constraint(G: nx.Graph, node, weight: str | None = "weight") -> float:
    """Burt's constraint of ``node``, as ``nx.constraint`` defines it, in O(d²) array work.

    ``c(i) = Σ_j (p_ij + Σ_q p_iq · p_qj)²`` over contacts ``j`` and shared contacts ``q``,
    with ``p_ij`` the share of ``i``'s tie strength that goes to ``j``. networkx spends O(d³)
    dictionary look-ups on it; brokers are exactly the high-degree actors where that hurts.

    Examples
    --------
    >>> burt_constraint(nx.star_graph(3), 0, weight=None)  # three unconnected contacts: 3 · (1/3)²
    0.3333333333333333
    """
    contacts = [v for v in G.adj[node] if v != node]
    if not contacts:
        return float("nan")
    where = {v: k for k, v in enumerate(contacts)}

    def strength_of(u) -> float:
        return sum(
            1.0 if weight is None else float(d.get(weight, 1.0)) for v, d in G.adj[u].items() if v != u
        )

    direct = np.array([1.0 if weight is None else float(G.adj[node][v].get(weight, 1.0)) for v in contacts])
    direct /= direct.sum()
    among = np.zeros((len(contacts), len(contacts)))  # among[q, j] = p_qj for contacts q, j
    for q, u in enumerate(contacts):
        total = strength_of(u)
        for v, d in G.adj[u].items():
            j = where.get(v)
            if j is not None and v != u:
                among[q, j] = (1.0 if weight is None else float(d.get(weight, 1.0))) / total
    return float(((direct + direct @ among) ** 2).sum())


def structural_holes(
    G: nx.Graph, *, top: int = 10, candidates: int = 200, weight: str | None = "weight"
) -> list[tuple[str, float]]:
    """Actors with the lowest Burt's constraint (:func:`burt_constraint`), lowest first.

    Only the ``candidates`` actors of highest degree (with at least two contacts; a single
    contact always gives constraint 1) are scored, so the cost stays bounded on big graphs.

    Examples
    --------
    The centre of a star spans holes; a triangle member does not:

    >>> G = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("a", "x"), ("x", "y"), ("a", "y")])
    >>> [(n, round(c, 3)) for n, c in structural_holes(G, top=2, weight=None)]
    [('hub', 0.333), ('a', 0.611)]
    """
    ranked = sorted((n for n, d in G.degree() if d >= 2), key=lambda n: (-G.degree(n), str(n)))[:candidates]
    scores = {n: burt_constraint(G, n, weight) for n in ranked}
    return sorted(scores.items(), key=lambda kv: (kv[1], str(kv[0])))[:top]
