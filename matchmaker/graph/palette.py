"""The network's colours as plain hex text, shared by the canvas (Qt) and the file exports (no Qt).

Estonia is the flag's blue, Ukraine a deep amber (the flag's pale yellow vanishes on white);
communities and kinds take Tableau 10, spaced for colour-vision differences. The canvas wraps
these in ``QColor`` (:mod:`matchmaker.ui.canvas_palette`); GEXF writes them as ``viz:color``.

>>> community_hex(0), community_hex(12)
('#4e79a7', '#9dcc5c')
"""

from __future__ import annotations

import colorsys

__all__ = [
    "COUNTRY_HEX",
    "KIND_HEX",
    "NEUTRAL_HEX",
    "OTHER_COUNTRY_HEX",
    "QUALITATIVE_HEX",
    "community_hex",
    "rgb",
]

COUNTRY_HEX = {"EE": "#1f6fd1", "UA": "#e8a200"}
OTHER_COUNTRY_HEX = ["#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#9c755f", "#ff9da7"]
KIND_HEX = {
    "startup": "#e15759",
    "company": "#4e79a7",
    "public_body": "#59a14f",
    "investor": "#b07aa1",
    "university": "#f28e2b",
    "ngo": "#76b7b2",
    "person": "#9c755f",
}
QUALITATIVE_HEX = [
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
]
NEUTRAL_HEX = "#8c939c"


def community_hex(index: int) -> str:
    """Tableau 10 for the ten largest communities, then hues spaced by the golden angle."""
    if index < len(QUALITATIVE_HEX):
        return QUALITATIVE_HEX[index]
    r, g, b = colorsys.hsv_to_rgb(((index - len(QUALITATIVE_HEX)) * 0.618034) % 1.0, 0.55, 0.8)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """``"#4e79a7"`` → ``(78, 121, 167)``."""
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
