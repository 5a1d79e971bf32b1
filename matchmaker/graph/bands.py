"""Labelled bands under the drawing for actors the forces cannot place (those with no ties yet).

A force layout flings an actor without ties to the rim, or leaves it wherever it started; either
way it reads as noise. Lined up in rows under the drawing, under a label the canvas draws
("not yet connected"), they read as what they are: actors to introduce. The core returns the
band's geometry and a label *key*; the words, in the user's language, belong to the UI.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["NOT_CONNECTED", "Band", "place_in_band"]

#: The key of the band of actors without ties (the UI maps it to a translated label).
NOT_CONNECTED = "not_connected"
#: Empty rows left between the drawing and the band, room for the label.
GAP_ROWS = 2.5


@dataclass(frozen=True)
class Band:
    """A strip of the drawing, in layout units (``y`` grows downwards, as on screen).

    ``rect`` is ``(left, top, right, bottom)`` around the actors' positions; ``label_at`` is
    where the label's baseline starts, at the strip's left edge just above it; ``spacing`` is
    the distance between neighbouring actors in the strip.
    """

    key: str
    actors: tuple
    rect: tuple[float, float, float, float]
    label_at: tuple[float, float]
    spacing: float


def place_in_band(
    actors: list, drawing: np.ndarray, spacing: float, key: str = NOT_CONNECTED
) -> tuple[np.ndarray, Band]:
    """Positions ``(len(actors), 2)`` in rows under ``drawing`` (the placed actors' ``(n, 2)``), and the band.

    Rows are as wide as the drawing (at least a square block when the drawing is narrow or
    empty), ``spacing`` apart; the actors fill them left to right in the order given.

    Examples
    --------
    >>> xy, band = place_in_band(["a", "b", "c"], np.array([[0.0, 0.0], [2.0, 1.0]]), spacing=1.0)
    >>> xy.tolist()
    [[0.0, 3.5], [1.0, 3.5], [2.0, 3.5]]
    >>> band.rect, band.label_at
    ((0.0, 3.5, 2.0, 3.5), (0.0, 2.5))
    """
    spacing = float(spacing) if spacing > 0 else 1.0
    count = len(actors)
    if len(drawing):
        left, bottom = float(drawing[:, 0].min()), float(drawing[:, 1].max())
        width = float(drawing[:, 0].max()) - left
    else:
        left, bottom, width = 0.0, -GAP_ROWS * spacing, 0.0
    columns = max(int(width / spacing) + 1, math.ceil(math.sqrt(count)), 1)
    rows = max(math.ceil(count / columns), 1)
    top = bottom + GAP_ROWS * spacing
    k = np.arange(count)
    xy = np.stack([left + (k % columns) * spacing, top + (k // columns) * spacing], axis=1).astype(float)
    right = left + (min(count, columns) - 1) * spacing if count else left
    band = Band(
        key=key,
        actors=tuple(actors),
        rect=(left, top, right, top + (rows - 1) * spacing),
        label_at=(left, top - spacing),
        spacing=spacing,
    )
    return xy, band
