"""Writing the tie network for Gephi and friends: GEXF (laid out) and GraphML.

Attributes are flattened to what both formats carry: lists become ``;``-joined strings,
dates ISO strings, booleans 0/1, unset values are left out. GEXF carries the saved canvas
positions as ``viz:position`` so Gephi opens the graph laid out; GraphML carries them as
plain ``x``/``y`` node attributes. Actors without a saved position are placed near their
neighbours (or, when nothing was ever laid out, by a short force layout).

For Gephi, GEXF nodes also carry ``viz:color`` (their community's colour, as on the canvas),
``viz:size`` (growing with the square root of the degree, so hubs stand out without hiding the
rest) and the attributes ``community`` (number) and ``community_label``; offers and needs are
skill labels in the chosen language, not ids. GraphML carries the same attributes.

XML 1.0 cannot carry most control characters nor lone surrogates, even escaped; a name
holding one would make the whole file unreadable to Gephi, so each such character is
written as U+FFFD (the replacement character) instead. The file appears whole or not at
all (:mod:`matchmaker.atomic`).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import networkx as nx

from matchmaker.atomic import atomic_file
from matchmaker.errors import MatchmakerError
from matchmaker.graph.build import build_graph
from matchmaker.graph.layout import force_layout, place_new_nodes
from matchmaker.records import NetworkData

__all__ = ["FORMATS", "export_graph", "flat_graph", "xml_text"]

FORMATS = ("gexf", "graphml")
#: Iterations of the fallback layout when the store holds no positions at all.
FALLBACK_ITERATIONS = 100


# Everything outside XML 1.0's Char production: C0 controls but tab, LF, CR; surrogates; U+FFFE/F.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    r"""``text`` with every character XML 1.0 forbids replaced by U+FFFD.

    >>> xml_text("Kood\x1b[2J OÜ\x00") == "Kood\ufffd[2J OÜ\ufffd"
    True
    """
    return _NOT_XML.sub("\ufffd", text)


def _flat(value):
    if isinstance(value, list | tuple | set):
        return xml_text(";".join(str(v) for v in value))
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return xml_text(value)
    return value


def _node_ids(G: nx.Graph) -> dict[str, str]:
    """Each actor id as written to XML; two ids that would become one are refused, not merged."""
    written: dict[str, str] = {}
    for node in G:
        clean = xml_text(str(node))
        if clean in written:
            raise MatchmakerError(
                f"actors {written[clean]!r} and {node!r} differ only in characters XML cannot hold; "
                "change one id before exporting"
            )
        written[clean] = node
    return {node: clean for clean, node in written.items()}


#: Node sizes in Gephi's units: a lone actor, and the best-connected one.
SMALLEST, LARGEST = 4.0, 24.0


def _skill_labels(data: dict, skills: dict, language: str) -> dict:
    """Offers and needs as labels in ``language`` (a free tag or an unknown id stays as it is)."""
    labelled = dict(data)
    for side in ("offers", "needs"):
        if data.get(side):
            labelled[side] = [skills[s].label(language) if s in skills else s for s in data[side]]
    return labelled


def _communities(G: nx.Graph) -> dict[str, tuple[int, str]]:
    from matchmaker.graph.communities import detect_communities

    if G.number_of_nodes() == 0:
        return {}
    return {m: (c.id, c.label) for c in detect_communities(G) for m in c.members}


def flat_graph(
    G: nx.Graph,
    pos: dict[str, tuple[float, float]],
    fmt: str,
    *,
    skills: dict | None = None,
    language: str = "en",
    communities: dict[str, tuple[int, str]] | None = None,
) -> nx.Graph:
    """A copy of ``G`` with flattened attributes and positions, ready for ``nx.write_<fmt>``.

    ``skills`` (id → :class:`~matchmaker.records.SkillRecord`) turns offers and needs into labels
    in ``language``; ``communities`` (actor → (number, label)) adds the community attributes and,
    in GEXF, the community's colour.

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
    >>> F = flat_graph(G, {"a": (1.0, 2.0), "b": (0.0, 0.0)}, "gexf", communities={"a": (0, "govtech")})
    >>> F.nodes["a"]["community"], F.nodes["a"]["viz"]["color"], F.nodes["a"]["viz"]["size"]
    (0, {'r': 78, 'g': 121, 'b': 167, 'a': 1.0}, 24.0)
    """
    from matchmaker.graph.palette import NEUTRAL_HEX, community_hex, rgb

    F = nx.Graph()
    ids = _node_ids(G)
    most = max((d for _, d in G.degree()), default=0) or 1
    for node, data in G.nodes(data=True):
        if skills is not None:
            data = _skill_labels(data, skills, language)
        attrs = {k: _flat(v) for k, v in data.items() if v is not None}
        attrs["label"] = xml_text(str(data.get("name") or node))
        community = (communities or {}).get(node)
        if community is not None:
            attrs["community"], attrs["community_label"] = community[0], xml_text(community[1])
        x, y = pos[node]
        if fmt == "gexf":
            r, g, b = rgb(community_hex(community[0]) if community else NEUTRAL_HEX)
            size = SMALLEST + (LARGEST - SMALLEST) * (G.degree(node) / most) ** 0.5
            attrs["viz"] = {
                "position": {"x": float(x), "y": float(y), "z": 0.0},
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
                "size": round(size, 2),
            }
        else:
            attrs["x"], attrs["y"] = float(x), float(y)
        F.add_node(ids[node], **attrs)
    F.add_edges_from(
        (ids[u], ids[v], {k: _flat(val) for k, val in data.items() if val is not None})
        for u, v, data in G.edges(data=True)
    )
    return F


def export_graph(
    store, fmt: str, out: str | Path, net: NetworkData | None = None, language: str = "en"
) -> list[Path]:
    """Write the tie network to ``out`` as ``gexf`` or ``graphml``; returns ``[out]``.

    ``net`` is the network to write (:func:`matchmaker.exports.export_store` passes the part
    its audience may see); the whole store's when None. Saved positions come from the store;
    skill labels are in ``language`` (``en``, ``et``, ``uk``).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose from {', '.join(FORMATS)}")
    net = store.load_network() if net is None else net
    G = build_graph(net)
    saved = {n: xy for n, xy in store.load_positions().items() if n in G}
    pos = place_new_nodes(G, saved) if saved else force_layout(G, iterations=FALLBACK_ITERATIONS)
    F = flat_graph(G, pos, fmt, skills=net.skills, language=language, communities=_communities(G))
    out = Path(out)
    with atomic_file(out) as temporary:
        if fmt == "gexf":
            nx.write_gexf(F, temporary, version="1.2draft")
        else:
            nx.write_graphml(F, temporary)
    return [out]
