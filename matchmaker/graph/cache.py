"""One conversion per network: analytics share the igraph graph and tie arrays until the network changes.

Converting a networkx graph to igraph walks every adjacency dict in Python (~2.5 s at 100,000
actors / 1,000,000 ties), and communities, brokers, centralities and the layout each needed it.
:func:`converted` does it once per graph and keeps the result as long as the graph lives —
but only for *frozen* graphs (``nx.freeze``; :func:`~matchmaker.graph.build.build_graph` returns
one), whose ties cannot change under the cache. An unfrozen graph is converted afresh on each call,
exactly as before, so code that edits its graph in place stays correct.

Results computed on a converted graph (e.g. the Leiden clustering) can be kept beside it with
:func:`memoised`, so the canvas colouring and the layout seeding share one clustering.

:class:`GraphCache` is the same idea one level up: the graph built from the records, rebuilt
only when the caller's network version changes.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import igraph as ig
import networkx as nx
import numpy as np

from matchmaker.graph._igraph import to_igraph

if TYPE_CHECKING:
    from matchmaker.records import NetworkData

__all__ = ["ConvertedGraph", "GraphCache", "adopt_conversion", "converted", "memoised"]

T = TypeVar("T")


@dataclass(eq=False)
class ConvertedGraph:
    """A graph in the forms the fast analytics need; vertex ``i`` is ``nodes[i]``.

    ``igraph`` carries the tie strengths as the edge attribute ``"weight"``; ``sources``,
    ``targets`` and ``weights`` are the same ties as numpy arrays (each tie once, sources sorted).
    Treat every field as read-only: it is shared by all callers.
    """

    nodes: list
    index: dict
    igraph: ig.Graph
    sources: np.ndarray
    targets: np.ndarray
    weights: np.ndarray
    memo: dict = field(default_factory=dict)

    def remember(self, key: Hashable, compute: Callable[[ConvertedGraph], T]) -> T:
        """``compute(self)``, computed once and kept under ``key`` for as long as this conversion lives."""
        if key not in self.memo:
            value = compute(self)
            with _lock:
                self.memo.setdefault(key, value)
        return self.memo[key]

    @property
    def degree(self) -> np.ndarray:
        """Number of neighbours of each vertex."""
        return np.bincount(self.sources, minlength=len(self.nodes)) + np.bincount(
            self.targets, minlength=len(self.nodes)
        )


_converted: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()  # one conversion at a time: two workers asking for the same graph wait, not repeat


def _convert(G: nx.Graph) -> ConvertedGraph:
    H, nodes = to_igraph(G, "weight")
    ends = np.array(H.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    return ConvertedGraph(
        nodes=nodes,
        index={node: i for i, node in enumerate(nodes)},
        igraph=H,
        sources=ends[:, 0].copy(),
        targets=ends[:, 1].copy(),
        weights=np.asarray(H.es["weight"], dtype=float) if len(ends) else np.zeros(0),
    )


def adopt_conversion(G: nx.Graph, nodes: list, ends: np.ndarray, weights: np.ndarray) -> None:
    """Keep ``G``'s conversion made from arrays its builder already holds (frozen ``G`` only).

    ``ends`` is an ``(m, 2)`` array of node indices into ``nodes`` — each tie once, in the order
    ``G`` was given its edges — and ``weights`` their strengths. The result is exactly what
    walking ``G``'s adjacency would give (same vertex and edge order, so the same clustering and
    layout), without walking a million Python dicts: ~0.5 s instead of ~3-8 s at 1,000,000 ties.
    """
    if not nx.is_frozen(G):
        return
    ends = np.asarray(ends, dtype=np.int64).reshape(-1, 2)
    low, high = ends.min(axis=1), ends.max(axis=1)
    order = np.argsort(low, kind="stable")  # the adjacency walk: by lower end, then as added
    sources, targets = low[order], high[order]
    weights = np.asarray(weights, dtype=float)[order]
    H = ig.Graph(n=len(nodes), edges=np.column_stack((sources, targets)).tolist(), directed=False)
    H.es["weight"] = weights.tolist()
    found = ConvertedGraph(
        nodes=list(nodes),
        index={node: i for i, node in enumerate(nodes)},
        igraph=H,
        sources=sources,
        targets=targets,
        weights=weights,
    )
    with _lock:
        _converted.setdefault(G, found)


def converted(G: nx.Graph) -> ConvertedGraph:
    """``G`` as igraph and numpy arrays: converted once per frozen graph, afresh for any other.

    Examples
    --------
    >>> G = nx.freeze(nx.Graph([("a", "b"), ("b", "c")]))
    >>> converted(G) is converted(G)
    True
    >>> converted(G).nodes, converted(G).sources.tolist(), converted(G).targets.tolist()
    (['a', 'b', 'c'], [0, 1], [1, 2])
    >>> H = nx.Graph([("a", "b")])
    >>> converted(H) is converted(H)  # not frozen: it may change, so it is never cached
    False
    """
    if not nx.is_frozen(G):
        return _convert(G)
    with _lock:
        found = _converted.get(G)
        if found is None:
            found = _converted[G] = _convert(G)
        return found


def memoised(G: nx.Graph, key: Hashable, compute: Callable[[ConvertedGraph], T]) -> T:
    """``compute(converted(G))``, kept beside the conversion under ``key``: for the graph's life when
    ``G`` is frozen, for this call only otherwise. The result is shared: callers must not modify it.

    Examples
    --------
    >>> G = nx.freeze(nx.path_graph(3))
    >>> calls = []
    >>> def count(c):
    ...     calls.append(1)
    ...     return len(c.sources)
    >>> memoised(G, "ties", count), memoised(G, "ties", count), len(calls)
    (2, 2, 1)
    """
    return converted(G).remember(key, compute)


class GraphCache:
    """The tie graph of the open network, built once per network version and shared by every view.

    ``graph(net, version)`` builds :func:`~matchmaker.graph.build.build_graph` (frozen) the first
    time and returns the same graph until ``net`` is another object or ``version`` changes — pass
    something that changes with every edit (e.g. the store's change counter). Without a version
    the identity of ``net`` is the key, so a caller that edits the records in place must call
    :meth:`forget`. Everything :func:`converted` and :func:`memoised` keep for the graph goes with it.

    Examples
    --------
    >>> from matchmaker.records import ActorRecord, NetworkData, TieRecord
    >>> net = NetworkData(actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("b", "company", "B", "UA")],
    ...                   ties=[TieRecord("a", "b", "partner")])
    >>> cache = GraphCache()
    >>> cache.graph(net, version=1) is cache.graph(net, version=1)
    True
    >>> cache.graph(net, version=1) is cache.graph(net, version=2)
    False
    """

    def __init__(self) -> None:
        self._net: NetworkData | None = None  # held (records have no weak references): identity is the key
        self._version: Hashable = None
        self._graph: nx.Graph | None = None
        self._lock = threading.Lock()

    def graph(self, net: NetworkData, version: Hashable = None) -> nx.Graph:
        from matchmaker.graph.build import build_graph

        with self._lock:
            if self._graph is None or self._net is not net or self._version != version:
                self._graph = build_graph(net)
                self._net, self._version = net, version
            return self._graph

    def forget(self) -> None:
        """Drop the graph (and with it its conversion): the next :meth:`graph` rebuilds."""
        with self._lock:
            self._net = self._graph = None
