"""From records to graphs: the tie network and its event and skill projections.

Nodes are actor ids carrying the actor's fields marked ``on_graph`` in
:mod:`matchmaker.actor_fields` as attributes (``kind``, ``name``, ``native_name``, ``country``,
``city``, ``sectors``, ``languages``, ``stage``, ``size``, ``roles``, ``visibility``, and the skill
ids it ``offers`` and ``needs`` as sorted lists; e-mail addresses, websites and descriptions are
left out). Unset fields are ``None``. ``G.graph["as_of"]`` is the
newest tie date in the network (or ``None``): the reference :mod:`~matchmaker.graph.paths`
measures the age of a tie against, so answers do not change with the wall clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

import networkx as nx
import numpy as np
from scipy import sparse

from matchmaker.actor_fields import graph_fields
from matchmaker.records import ActorRecord, NetworkData

__all__ = ["build_graph", "event_projection", "skill_projection"]


def _attributes_of() -> Callable[[ActorRecord], dict]:
    """A function giving one actor's node attributes: its ``on_graph`` fields
    (:mod:`matchmaker.actor_fields`), lists as lists and skills as sorted skill ids.

    It is written once from the declaration as the dict display a hand would write (``{"kind":
    a.kind, "sectors": list(a.sectors), …}``): a graph of 100,000 actors calls it 100,000 times,
    and a loop over the fields per actor costs a quarter more.
    """

    def value(f) -> str:
        return (
            f"sorted(a.{f.name})"
            if f.value == "skills"
            else f"list(a.{f.name})"
            if f.is_list
            else f"a.{f.name}"
        )

    items = ", ".join(f"{f.name!r}: {value(f)}" for f in graph_fields())
    namespace: dict = {}
    exec(f"def attributes(a):\n    return {{{items}}}\n", namespace)  # noqa: S102 - names from our own declaration
    return namespace["attributes"]


def _actor_graph(net: NetworkData) -> nx.Graph:
    G = nx.Graph()
    attributes = _attributes_of()
    G.add_nodes_from((a.id, attributes(a)) for a in net.actors)
    return G


def build_graph(net: NetworkData) -> nx.Graph:
    """The undirected tie network: one edge per pair of actors, aggregating all their ties.

    Edge attributes: ``weight`` (sum of the ties' weights), ``kinds`` (sorted tie kinds),
    ``since`` (the latest tie date, or ``None`` when no tie is dated) and ``cross_border``
    (the two actors are in different countries). Ties naming unknown actors and ties of an
    actor with itself are skipped.

    The graph is frozen (``nx.freeze``): it is a snapshot of the records, and analytics on it
    share one igraph conversion and clustering (:mod:`~matchmaker.graph.cache`) for as long as
    it lives. ``nx.Graph(G)`` gives an editable copy.

    Parameters
    ----------
    net : NetworkData
        The network, e.g. from ``Store.load_network()``.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> from datetime import date
    >>> from matchmaker.records import ActorRecord, NetworkData, TieRecord
    >>> net = NetworkData(
    ...     actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("b", "company", "B", "UA")],
    ...     ties=[TieRecord("a", "b", "partner", date(2022, 5, 1), 2.0),
    ...           TieRecord("b", "a", "knows", date(2023, 1, 9), 0.5)])
    >>> G = build_graph(net)
    >>> G.edges["a", "b"]
    {'weight': 2.5, 'kinds': ['knows', 'partner'], 'since': datetime.date(2023, 1, 9), 'cross_border': True}
    >>> G.graph["as_of"]
    datetime.date(2023, 1, 9)
    """
    G = _actor_graph(net)
    country = {a.id: a.country for a in net.actors}
    edges: dict[tuple[str, str], dict] = {}
    repeated = []  # pairs with more than one tie: their kinds are sorted at the end
    for tie in net.ties:
        s, t = tie.source, tie.target
        if s == t or s not in country or t not in country:
            continue
        key = (s, t) if s < t else (t, s)
        data = edges.get(key)
        if data is None:
            edges[key] = {
                "weight": tie.weight,
                "kinds": [tie.kind],
                "since": tie.since,
                "cross_border": country[s] != country[t],
            }
            continue
        data["weight"] += tie.weight
        if tie.kind not in data["kinds"]:
            data["kinds"].append(tie.kind)
            repeated.append(data["kinds"])
        if tie.since is not None and (data["since"] is None or tie.since > data["since"]):
            data["since"] = tie.since
    for kinds in repeated:
        kinds.sort()
    G.add_edges_from((u, v, data) for (u, v), data in edges.items())
    G.graph["as_of"] = max((d["since"] for d in edges.values() if d["since"] is not None), default=None)
    nx.freeze(G)
    _adopt_conversion(G, net, edges)
    return G


def _adopt_conversion(G: nx.Graph, net: NetworkData, edges: dict[tuple[str, str], dict]) -> None:
    """Hand the analytics their igraph conversion from the pairs just gathered (no adjacency walk)."""
    from matchmaker.graph.cache import adopt_conversion

    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}.__getitem__
    pairs = np.fromiter(
        (i for pair in edges for i in map(index, pair)), dtype=np.int64, count=2 * len(edges)
    ).reshape(-1, 2)
    weights = np.fromiter((d["weight"] for d in edges.values()), dtype=float, count=len(edges))
    adopt_conversion(G, nodes, pairs, weights)


def event_projection(net: NetworkData) -> nx.Graph:
    """Actors linked when they took part in the same events; ``weight`` counts the shared events.

    Every actor is a node (with the attributes of :func:`build_graph`), so actors who went
    to no event are isolated.

    Examples
    --------
    >>> from matchmaker.records import ActorRecord, EventRecord, NetworkData, ParticipationRecord
    >>> net = NetworkData(
    ...     actors=[ActorRecord(x, "person", x.upper(), "EE") for x in "abc"],
    ...     events=[EventRecord("e1", "Hack", "hackathon"), EventRecord("e2", "Forum", "forum")],
    ...     participations=[ParticipationRecord("e1", "a"), ParticipationRecord("e1", "b"),
    ...                     ParticipationRecord("e2", "a"), ParticipationRecord("e2", "b"),
    ...                     ParticipationRecord("e2", "c")])
    >>> P = event_projection(net)
    >>> P["a"]["b"]["weight"], P["a"]["c"]["weight"]
    (2, 1)
    """
    G = _actor_graph(net)
    members: dict[str, set[str]] = defaultdict(set)
    for p in net.participations:
        if p.actor in G:
            members[p.event].add(p.actor)
    for people in members.values():
        for u, v in combinations(sorted(people), 2):
            if G.has_edge(u, v):
                G[u][v]["weight"] += 1
            else:
                G.add_edge(u, v, weight=1)
    return G


def skill_projection(net: NetworkData, min_shared: int = 2) -> nx.Graph:
    """Actors linked when they share at least ``min_shared`` skills (offered or needed).

        ``weight`` is the number of shared skills. Counting goes through one sparse
        actor-by-skill matrix product, so popular skills do not make it quadratic in Python.

        Examples
        --------
    >>> from matchmaker.records import ActorRecord, NetworkData
        >>> net = NetworkData(actors=[
        ...     ActorRecord("a", "startup", "A", "EE", offers={"python": 1.0, "gis": 1.0}),
        ...     ActorRecord("b", "startup", "B", "UA", needs={"python": 1.0, "gis": 0.5}),
        ...     ActorRecord("c", "startup", "C", "UA", offers={"python": 1.0})])
        >>> P = skill_projection(net)
        >>> list(P.edges(data="weight"))
        [('a', 'b', 2)]
    """
    G = _actor_graph(net)
    skill_index: dict[str, int] = {}
    rows, cols = [], []
    ids = [a.id for a in net.actors]
    for i, a in enumerate(net.actors):
        for skill in set(a.offers) | set(a.needs):
            rows.append(i)
            cols.append(skill_index.setdefault(skill, len(skill_index)))
    if not rows:
        return G
    M = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(ids), len(skill_index))
    )
    shared = sparse.triu(M @ M.T, k=1).tocoo()
    keep = shared.data >= min_shared
    G.add_edges_from(
        (ids[i], ids[j], {"weight": int(w)})
        for i, j, w in zip(shared.row[keep], shared.col[keep], shared.data[keep], strict=True)
    )
    return G
