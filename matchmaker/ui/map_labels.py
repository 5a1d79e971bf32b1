"""The captions the map writes on itself: community names at their centres, the band's caption.

Community names are the core's distinct labels (:mod:`matchmaker.graph.community_labels`: the
two commonest sectors and who is in them by country, never two alike), written at the median
position of the members, largest community first so the canvas keeps the biggest when two
would overlap. The "not yet connected" caption sits just above the band of actors without ties
that the layout lines up under the drawing (:mod:`matchmaker.graph.bands`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from matchmaker.ui.canvas_marks import MapLabel
from matchmaker.ui.canvas_palette import community_color

__all__ = ["band_caption", "community_captions", "MAX_COMMUNITY_CAPTIONS"]

MAX_COMMUNITY_CAPTIONS = 12


def community_captions(communities, positions: dict[str, tuple[float, float]]) -> list[MapLabel]:
    """One caption per community of two or more members with a position, largest first."""
    out = []
    for c in communities:
        placed = [positions[m] for m in c.members if m in positions]
        if len(c.members) < 2 or not placed:
            continue
        x, y = np.median(np.asarray(placed, dtype=float), axis=0).tolist()
        out.append(MapLabel(f"{c.label or c.id + 1} ({len(c.members)})", x, y, community_color(c.id)))
        if len(out) >= MAX_COMMUNITY_CAPTIONS:
            break
    return out


def band_caption(isolates: list[str], positions: dict[str, tuple[float, float]]) -> MapLabel | None:
    """The caption "Not yet connected (N)" centred just above the band (None without such actors).

    Centred, not at the band's left end: that corner is where the legend sits.
    """
    placed = np.asarray([positions[a] for a in isolates if a in positions], dtype=float).reshape(-1, 2)
    if not len(placed):
        return None
    xs = np.unique(np.round(placed[:, 0], 6))
    step = float(np.min(np.diff(xs))) if len(xs) > 1 else 1.0
    text = QCoreApplication.translate("NetworkView", "Not yet connected (%n)", "", len(isolates))
    middle = (float(placed[:, 0].min()) + float(placed[:, 0].max())) / 2
    return MapLabel(text, middle, float(placed[:, 1].min()) - step * 0.7)
