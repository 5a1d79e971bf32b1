"""Writing the tie network for Gephi and friends: GEXF (laid out) and GraphML.

Attributes are flattened to what both formats carry: lists become ``;``-joined strings,
dates ISO strings, booleans 0/1, unset values are left out. GEXF carries the saved canvas
positions as ``viz:position`` so Gephi opens the graph laid out; GraphML carries them as
plain ``x``/``y`` node attributes. Actors without a saved position are placed near their
neighbours (or, when nothing was ever laid out, by a short force layout).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import networkx as nx

from matchmaker.graph.build import build_graph
from matchmaker.graph.layout import force_layout, place_new_nodes
from matchmaker.graph.positions import load_positions

__all__ = ["FORMATS", "export_graph", "flat_graph"]

FORMATS = ("gexf", "graphml")
#: Iterations of the fallback layout when the store holds no positions at all.
FALLBACK_ITERATIONS = 100


def _flat(value):
    if isinstance(value, list | tuple | set):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def flat_graph(G: nx.Graph, pos: dict[str, tuple[float, float]], fmt: str) -> nx.Graph:
    """A copy of ``G`` with flattened attributes and positions, ready for ``nx.write_<fmt>``.

    Examples
    --------
    >>> G = nx.Graph(as_of=None)
    >>> G.add_node("a", name="A", sectors=["govtech", "e-health"], city=None)
    >>> G.add_edge("a", "b", kinds=["knows"], cross_border=True)
    >>> F = flat_graph(G, {"a": (1.0, 2.0), "b": (0.0, 0.0)}, "graphml")
    >>> F.nodes["a"]
    {'name': 'A', 'sectors': 'govtech;e-health', 'label': 'A', 'x': 1.0, 'y': 2.0}
    >>> F.edges["a", "b"]
    {'kinds': 'knows', 'cross_border': 1}
    """
    F = nx.Graph()
    for node, data in G.nodes(data=True):
        attrs = {k: _flat(v) for k, v in data.items() if v is not None}
        attrs["label"] = str(data.get("name") or node)
        x, y = pos[node]
        if fmt == "gexf":
            attrs["viz"] = {"position": {"x": float(x), "y": float(y), "z": 0.0}}
        else:
            attrs["x"], attrs["y"] = float(x), float(y)
        F.add_node(node, **attrs)
    F.add_edges_from(
        (u, v, {k: _flat(val) for k, val in data.items() if val is not None})
        for u, v, data in G.edges(data=True)
    )
    return F


def export_graph(store, fmt: str, out: str | Path) -> list[Path]:
    """Write the store's tie network to ``out`` as ``gexf`` or ``graphml``; returns ``[out]``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose from {', '.join(FORMATS)}")
    G = build_graph(store.load_network())
    saved = {n: xy for n, xy in load_positions(store.engine).items() if n in G}
    pos = place_new_nodes(G, saved) if saved else force_layout(G, iterations=FALLBACK_ITERATIONS)
    F = flat_graph(G, pos, fmt)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gexf":
        nx.write_gexf(F, out, version="1.2draft")
    else:
        nx.write_graphml(F, out)
    return [out]
