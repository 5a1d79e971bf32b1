"""An actor's surroundings: the ego network, filtered by tie kind, country and actor kind."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

__all__ = ["ego_network"]


def ego_network(
    G: nx.Graph,
    actor: str,
    depth: int = 1,
    *,
    tie_kinds: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    actor_kinds: Iterable[str] | None = None,
) -> nx.Graph:
    """The actors within ``depth`` hops of ``actor``, walking only the ties and actors allowed.

    Filters apply *while walking*, so an actor reached only through a filtered-out actor or
    tie is not included. ``actor`` itself is always kept, whatever its country or kind.
    The search touches only the neighbourhood, never the whole graph.

    Parameters
    ----------
    G : networkx.Graph
        As made by :func:`~matchmaker.graph.build.build_graph`.
    actor : str
        The centre.
    depth : int
        How many hops out to go (0 gives the actor alone).
    tie_kinds : iterable of str, optional
        Walk an edge only if one of its ``kinds`` is among these.
    countries, actor_kinds : iterable of str, optional
        Step onto an actor only if its ``country`` / ``kind`` is among these.

    Returns
    -------
    networkx.Graph
        A new graph (a copy) holding the reached actors and the allowed edges between them.

    Raises
    ------
    networkx.NodeNotFound
        If ``actor`` is not in ``G``.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_nodes_from([("a", {"country": "EE", "kind": "startup"}), ("b", {"country": "UA", "kind": "company"}),
    ...                   ("c", {"country": "EE", "kind": "person"})])
    >>> G.add_edge("a", "b", kinds=["partner"]); G.add_edge("b", "c", kinds=["knows"])
    >>> sorted(ego_network(G, "a", depth=2))
    ['a', 'b', 'c']
    >>> sorted(ego_network(G, "a", depth=2, tie_kinds=["partner"]))
    ['a', 'b']
    >>> sorted(ego_network(G, "a", depth=2, countries=["EE"]))
    ['a']
    """
    if actor not in G:
        raise nx.NodeNotFound(f"actor {actor!r} is not in the graph")
    kinds = set(tie_kinds) if tie_kinds is not None else None
    wanted_countries = set(countries) if countries is not None else None
    wanted_kinds = set(actor_kinds) if actor_kinds is not None else None

    def node_ok(n) -> bool:
        data = G.nodes[n]
        return (wanted_countries is None or data.get("country") in wanted_countries) and (
            wanted_kinds is None or data.get("kind") in wanted_kinds
        )

    def edge_ok(data: dict) -> bool:
        return kinds is None or not kinds.isdisjoint(data.get("kinds", ()))

    reached = {actor}
    frontier = [actor]
    for _ in range(depth):
        following = []
        for u in frontier:
            for v, data in G.adj[u].items():
                if v not in reached and edge_ok(data) and node_ok(v):
                    reached.add(v)
                    following.append(v)
        frontier = following
    H = nx.Graph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, G.nodes[n]) for n in reached)
    H.add_edges_from(
        (u, v, data) for u in reached for v, data in G.adj[u].items() if v in reached and edge_ok(data)
    )
    return H
