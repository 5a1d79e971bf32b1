"""What the canvas draws for a network: each actor's label and hover text, the ties, who has none
(from the records and the graph, or, while they load, from the kept preview's columns).

Computed on a worker from the session's records and its one graph (a derived result, see
:mod:`matchmaker.ui.derived`); ``kind_label`` translates through ``QCoreApplication.translate``,
which is thread-safe.
"""

from __future__ import annotations

from matchmaker.network_preview import DirectoryColumns, NetworkPreview
from matchmaker.records import ActorRecord, NetworkData
from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.visibility_marks import visibility_note

__all__ = ["ColumnTips", "actor_tooltip", "draw_preview", "map_data"]


def actor_tooltip(actor: ActorRecord) -> str:
    """The canvas's hover text for an actor: name, then kind and place, and whether it is private or
    council-only (plain text)."""
    return _tooltip(actor.name, actor.kind, actor.city, actor.country, actor.visibility)


def _tooltip(name: str, kind: str, city: str | None, country: str, visibility: str) -> str:
    place = ", ".join(part for part in (city, country) if part)
    note = visibility_note(visibility)
    return f"{name}\n{kind_label(kind)} · {place}" + (f"\n{note}" if note else "")


class ColumnTips(dict):
    """Hover texts of the actors in ``columns``, written when the canvas asks for one (100,000 are
    never written ahead); texts put in by :meth:`update` (an edit) win."""

    def __init__(self, columns: DirectoryColumns):
        super().__init__()
        self._columns = columns

    def get(self, actor_id, default=None):
        if dict.__contains__(self, actor_id):
            return dict.__getitem__(self, actor_id)
        c = self._columns
        i = c.position.get(actor_id)
        if i is None:
            return default
        return _tooltip(c.names[i], c.kinds[i], c.cities[i], c.countries[i], c.visibility[i])


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


def draw_preview(canvas, preview: NetworkPreview) -> list[str]:
    """Put the kept ``preview`` (ties as arrays, saved positions) on ``canvas``; the actors without
    ties (for the band's caption). No per-tie or per-actor Python work beyond the canvas's own."""
    import numpy as np

    columns, ties = preview.directory, preview.ties
    canvas.set_network_arrays(
        columns.ids,
        ties.sources,
        ties.targets,
        ties.weights,
        preview.xy if preview.xy is not None else preview.positions,
        labels=columns.names,
        tooltips=ColumnTips(columns),
        index=columns.position,
    )
    n = len(columns)
    degree = np.bincount(ties.sources, minlength=n) + np.bincount(ties.targets, minlength=n)
    return [columns.ids[i] for i in np.flatnonzero(degree == 0)]
