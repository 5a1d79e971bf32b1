"""Communities of the network: modularity clusters, each labelled by its sectors and countries.

The clustering is the Leiden algorithm maximising modularity (``igraph``), the same
objective as ``nx.community.louvain_communities(G, weight="weight", resolution=...)`` (Leiden
also guarantees each community is connected) and ~10x faster than networkx on 10,000
actors, conversion and labelling included (``bench/RESULTS.md``). The graph stays a
networkx graph; igraph is only borrowed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import networkx as nx
import numpy as np

from matchmaker.graph import leiden_process
from matchmaker.graph.cache import ConvertedGraph, converted
from matchmaker.graph.community_labels import LABEL_COUNTRY_SHARE, community_label, distinct_labels
from matchmaker.graph.steps import AnalysisCancelled, Steps

__all__ = [
    "AnalysisCancelled",
    "Community",
    "LABEL_COUNTRY_SHARE",
    "community_label",
    "community_membership",
    "detect_communities",
    "membership_of",
]

#: Leiden passes over the graph. Two reach the modularity of running to convergence within
#: 0.01 % on 100,000 actors at a fifth of the time (1.5 s against 7 s, ``bench/RESULTS.md``);
#: every pass keeps Leiden's guarantee that communities are connected.
LEIDEN_PASSES = 2
#: Steps :func:`detect_communities` reports: each Leiden pass, then naming the communities.
DETECT_STEPS = LEIDEN_PASSES + 1


@dataclass
class Community:
    """One cluster of actors.

    ``label`` is distinct among the communities found together (see
    :mod:`~matchmaker.graph.community_labels`); ``cross_border_share`` is the share of the ties
    inside the community that link actors of different countries; ``sectors`` are the members'
    most common sectors (at most three, commonest first); ``countries`` counts members by
    country, commonest first.
    """

    id: int
    label: str
    members: list[str]
    cross_border_share: float
    sectors: list[str]
    countries: dict


def community_membership(G: nx.Graph, *, resolution: float = 1.0, seed: int = 0) -> np.ndarray:
    """Leiden community of each actor, aligned with ``converted(G).nodes``; kept while ``G`` lives.

    Community ids are ``0, 1, …`` from the largest community down (ties by first member).
    A frozen graph is clustered once per ``(resolution, seed)``: the canvas colouring, the
    labels and the layout's seeding all share it. Treat the array as read-only.

    Examples
    --------
    >>> G = nx.freeze(nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "x"), ("x", "y"), ("y", "z"), ("x", "z")]))
    >>> community_membership(G).tolist()
    [0, 0, 0, 1, 1, 1]
    """
    return membership_of(converted(G), resolution=resolution, seed=seed)


def membership_of(
    graph: ConvertedGraph,
    *,
    resolution: float = 1.0,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> np.ndarray:
    """:func:`community_membership` of an already converted graph.

    ``progress(done, LEIDEN_PASSES)`` after each Leiden pass; when ``cancelled()`` turns True the
    next pass is not started and :class:`AnalysisCancelled` is raised (nothing is kept).
    """
    return graph.remember(
        ("leiden", resolution, seed),
        lambda g: _leiden(g, resolution, seed, Steps(LEIDEN_PASSES, progress, cancelled)),
    )


def _leiden(graph: ConvertedGraph, resolution: float, seed: int, steps: Steps) -> np.ndarray:
    n = len(graph.nodes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    steps.check()
    if n >= leiden_process.CHILD_PROCESS_FROM:  # a pass would hold the window's lock for seconds
        membership = leiden_process.leiden_in_child(
            n,
            graph.sources,
            graph.targets,
            graph.weights,
            resolution=resolution,
            seed=seed,
            passes=LEIDEN_PASSES,
            steps=steps,
        )
    else:
        membership = leiden_process.leiden_passes(
            graph.igraph, resolution=resolution, seed=seed, passes=LEIDEN_PASSES, after_pass=steps.advance
        )
    raw = np.asarray(membership, dtype=np.int64)
    groups: list[list] = [[] for _ in range(int(raw.max()) + 1)]
    for node, cid in zip(graph.nodes, raw.tolist(), strict=True):
        groups[cid].append(node)
    # Largest first, ties by the smallest member: ids do not depend on igraph's numbering.
    order = sorted(range(len(groups)), key=lambda c: (-len(groups[c]), min(groups[c])))
    renumber = np.empty(len(groups), dtype=np.int64)
    renumber[order] = np.arange(len(groups))
    return renumber[raw]


def detect_communities(
    G: nx.Graph,
    *,
    resolution: float = 1.0,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Community]:
    """Cluster ``G`` by modularity (Leiden, edge ``weight``), largest community first.

    Parameters
    ----------
    G : networkx.Graph
        As made by :func:`~matchmaker.graph.build.build_graph`.
    resolution : float
        Above 1 gives more, smaller communities; below 1 fewer, larger ones.
    seed : int
        Seed of the random node order, so the same graph gives the same answer.
    progress : callable, optional
        ``progress(done, DETECT_STEPS)`` after each Leiden pass and when the communities are named.
    cancelled : callable, optional
        Asked between passes and while naming; once it returns True, :class:`AnalysisCancelled`
        is raised and nothing is kept (a later call starts afresh).

    Returns
    -------
    list of Community
        Ids ``0, 1, …`` in that order; members sorted; isolated actors are communities of one.
        Labels are distinct. On a frozen graph the answer is computed once and copied out.

    Examples
    --------
    Two triangles joined by one tie:

    >>> G = nx.Graph()
    >>> G.add_nodes_from([(n, {"country": "EE", "sectors": ["govtech"]}) for n in "abc"])
    >>> G.add_nodes_from([(n, {"country": "UA", "sectors": ["e-health"]}) for n in "xyz"])
    >>> G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> [(c.label, c.members) for c in detect_communities(G)]
    [('govtech — EE', ['a', 'b', 'c']), ('e-health — UA', ['x', 'y', 'z'])]
    """
    if G.number_of_nodes() == 0:
        return []
    steps = Steps(DETECT_STEPS, progress, cancelled)
    found = converted(G).remember(
        ("communities", resolution, seed), lambda graph: _describe_all(G, graph, resolution, seed, steps)
    )
    steps.reach(DETECT_STEPS)
    return [
        replace(c, members=list(c.members), sectors=list(c.sectors), countries=dict(c.countries))
        for c in found
    ]


def _describe_all(
    G: nx.Graph, graph: ConvertedGraph, resolution: float, seed: int, steps: Steps
) -> list[Community]:
    membership = membership_of(
        graph,
        resolution=resolution,
        seed=seed,
        progress=lambda done, _total: steps.reach(done),
        cancelled=steps.cancelled,
    )
    steps.reach(LEIDEN_PASSES)  # also when the clustering was kept from an earlier call
    count = int(membership.max()) + 1
    groups: list[list[str]] = [[] for _ in range(count)]
    for node, cid in zip(graph.nodes, membership.tolist(), strict=True):
        groups[cid].append(node)
    for members in groups:
        members.sort()
    attrs = G.nodes
    country_of = [attrs[n].get("country") for n in graph.nodes]
    codes = {c: k for k, c in enumerate(sorted({c for c in country_of if c is not None}))}
    country = np.array([codes.get(c, -1) for c in country_of], dtype=np.int64)
    s, t = graph.sources, graph.targets
    inside = (membership[s] == membership[t]) & (s != t)
    crossing = inside & (country[s] != country[t])
    ties = np.bincount(membership[s][inside], minlength=count)
    crossing_ties = np.bincount(membership[s][crossing], minlength=count)
    rankings, by_country = [], []
    for cid, members in enumerate(groups):
        if cid % 64 == 0:
            steps.check()
        sector_counts = Counter(sec for n in members for sec in (attrs[n].get("sectors") or ()))
        rankings.append([sec for sec, _n in sorted(sector_counts.items(), key=lambda kv: (-kv[1], kv[0]))])
        country_counts = Counter(attrs[n].get("country") for n in members if attrs[n].get("country"))
        by_country.append(dict(sorted(country_counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    labels = distinct_labels(rankings, by_country)
    return [
        Community(
            cid,
            labels[cid],
            members,
            float(crossing_ties[cid] / ties[cid]) if ties[cid] else 0.0,
            rankings[cid][:3],
            by_country[cid],
        )
        for cid, members in enumerate(groups)
    ]
