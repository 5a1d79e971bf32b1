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
from datetime import date
from itertools import combinations, repeat
from typing import NamedTuple

import networkx as nx
import numpy as np
from scipy import sparse

from matchmaker.actor_fields import graph_fields
from matchmaker.gc_pause import gc_paused
from matchmaker.graph.cache import adopt_conversion
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
    with gc_paused():  # millions of small dicts, no cycles: the collector would re-scan them all
        G = _actor_graph(net)
        ids = list(G)
        edges = _aggregated_ties(net, ids)
        adj = G._adj  # filled directly: add_edges_from checks and copies every tie's dict again
        for u, v, weight, kinds, since, cross in zip(
            map(ids.__getitem__, edges.low.tolist()),
            map(ids.__getitem__, edges.high.tolist()),
            edges.weights.tolist(),
            edges.kinds,
            edges.since,
            edges.cross_border.tolist(),
            strict=True,
        ):
            adj[u][v] = adj[v][u] = {"weight": weight, "kinds": kinds, "since": since, "cross_border": cross}
        G.graph["as_of"] = edges.newest
        nx.freeze(G)
        # the analytics' igraph conversion from these very arrays: no walk over a million dicts
        adopt_conversion(G, ids, np.column_stack((edges.low, edges.high)), edges.weights)
    return G


class _Edges(NamedTuple):
    """One entry per pair of tied actors, in the order the pair first appears among the ties:
    ``low``/``high`` (actor positions), the summed ``weights``, sorted ``kinds`` lists, the latest
    ``since`` (or None), ``cross_border``; ``newest`` is the latest date of all."""

    low: np.ndarray
    high: np.ndarray
    weights: np.ndarray
    kinds: list
    since: list
    cross_border: np.ndarray
    newest: date | None


def _aggregated_ties(net: NetworkData, ids: list) -> _Edges:
    """The ties gathered into pairs with numpy: a handful of array operations over a million ties
    instead of a million dictionary look-ups, giving the pairs, order and values a per-tie loop gives."""
    n = max(len(ids), 1)
    index = {node: i for i, node in enumerate(ids)}
    count = len(net.ties)
    if count == 0:
        empty = np.zeros(0, dtype=np.int64)
        return _Edges(empty, empty, np.zeros(0), [], [], np.zeros(0, dtype=bool), None)
    sources, targets, kinds, since, weights = zip(*net.ties, strict=True)
    s = np.fromiter(map(index.get, sources, repeat(-1)), np.int64, count)
    t = np.fromiter(map(index.get, targets, repeat(-1)), np.int64, count)
    keep = (s >= 0) & (t >= 0) & (s != t)
    keys, first, inverse = np.unique(
        np.minimum(s, t)[keep] * n + np.maximum(s, t)[keep], return_index=True, return_inverse=True
    )
    order = np.argsort(first, kind="stable")  # pairs in the order they first appear
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    pair = rank[inverse.ravel()]
    pairs = len(keys)
    summed = np.bincount(pair, weights=np.fromiter(weights, float, count)[keep], minlength=pairs)
    days = {day: (day.toordinal() if day is not None else -1) for day in set(since)}
    latest = np.full(pairs, -1, dtype=np.int64)
    np.maximum.at(latest, pair, np.fromiter(map(days.__getitem__, since), np.int64, count)[keep])
    back = {o: day for day, o in days.items() if day is not None}
    low, high = (keys // n)[order], (keys % n)[order]
    country = _country_codes(net, ids)
    return _Edges(
        low,
        high,
        summed,
        _kind_lists(kinds, keep, pair, pairs),
        list(map(back.get, latest.tolist())),
        country[low] != country[high],
        back.get(int(latest.max())) if pairs else None,
    )


def _country_codes(net: NetworkData, ids: list) -> np.ndarray:
    """Each actor's country as a small integer (aligned with ``ids``)."""
    country_of = {a.id: a.country for a in net.actors}
    table: dict = {}
    return np.fromiter((table.setdefault(country_of[i], len(table)) for i in ids), np.int64, len(ids))


def _kind_lists(kinds: tuple, keep: np.ndarray, pair: np.ndarray, pairs: int) -> list[list[str]]:
    """Each pair's tie kinds, sorted and distinct, as a fresh list per pair."""
    names = sorted(set(kinds))
    code = {k: i for i, k in enumerate(names)}
    codes = np.fromiter(map(code.__getitem__, kinds), np.int64, len(kinds))[keep]
    if len(names) > 62:  # more kinds than bits in a mask: gather them one by one
        seen: list[set] = [set() for _ in range(pairs)]
        for p, c in zip(pair.tolist(), codes.tolist(), strict=True):
            seen[p].add(c)
        return [[names[c] for c in sorted(found)] for found in seen]
    masks = np.zeros(pairs, dtype=np.int64)
    np.bitwise_or.at(masks, pair, np.left_shift(1, codes))
    spelled = {
        mask: tuple(k for i, k in enumerate(names) if mask >> i & 1) for mask in np.unique(masks).tolist()
    }
    return [list(spelled[mask]) for mask in masks.tolist()]


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
