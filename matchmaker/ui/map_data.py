"""What the canvas draws for a network: each actor's label and hover text, the ties, who has none.

Computed on a worker from the session's records and its one graph (a derived result, see
:mod:`matchmaker.ui.derived`); ``kind_label`` translates through ``QCoreApplication.translate``,
which is thread-safe.
"""

from __future__ import annotations

from matchmaker.records import ActorRecord, NetworkData
from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.visibility_marks import visibility_note

__all__ = ["actor_tooltip", "map_data"]


def actor_tooltip(actor: ActorRecord) -> str:
    """The canvas's hover text for an actor: name, then kind and place, and whether it is private or
    council-only (plain text)."""
    place = ", ".join(part for part in (actor.city, actor.country) if part)
    note = visibility_note(actor.visibility)  # a private or council-only actor says so
    return f"{actor.name}\n{kind_label(actor.kind)} · {place}" + (f"\n{note}" if note else "")


def map_data(net: NetworkData, G) -> dict:
    """``labels``, ``tips`` (by actor id), ``nodes`` (the graph's order), ``edges`` ``(u, v, weight)``
    and ``isolates`` (actors without ties) of the network ``net`` whose tie graph is ``G``."""
    actors = net.actor_index()
    nodes = list(G)
    return {
        "nodes": nodes,
        "labels": {a: actors[a].name for a in nodes},
        "tips": {a: actor_tooltip(actors[a]) for a in nodes},
        "edges": [(u, v, float(w)) for u, v, w in G.edges(data="weight", default=1.0)],
        "isolates": [a for a in nodes if G.degree(a) == 0],
    }
