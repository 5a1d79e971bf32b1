"""Colours for the network canvas: by country, by community, by actor kind.

Chosen to stay readable on light and dark window themes: Estonia is the flag's blue, Ukraine a
deep amber rather than the flag's pale yellow (which vanishes on white); every node also gets an
outline one shade darker than its fill, so a light fill still has an edge on a light background.
Qualitative colours follow Tableau 10, spaced for colour-vision differences.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from matchmaker.graph.palette import COUNTRY_HEX, KIND_HEX, NEUTRAL_HEX, OTHER_COUNTRY_HEX, community_hex

__all__ = [
    "COUNTRY_COLORS",
    "KIND_COLORS",
    "NEUTRAL",
    "community_color",
    "country_color",
    "kind_color",
    "mix",
]

# the hex values live in the core (matchmaker.graph.palette): GEXF exports colour alike
COUNTRY_COLORS = {code: QColor(value) for code, value in COUNTRY_HEX.items()}
_OTHER_COUNTRIES = OTHER_COUNTRY_HEX
KIND_COLORS = {kind: QColor(value) for kind, value in KIND_HEX.items()}
NEUTRAL = QColor(NEUTRAL_HEX)


def country_color(code: str | None, others: list[str] | None = None) -> QColor:
    """EE blue, UA amber; other countries get distinct colours in the order of ``others``."""
    if code in COUNTRY_COLORS:
        return QColor(COUNTRY_COLORS[code])
    if code and others and code in others:
        return QColor(_OTHER_COUNTRIES[others.index(code) % len(_OTHER_COUNTRIES)])
    return QColor(NEUTRAL)


def kind_color(kind: str | None) -> QColor:
    return QColor(KIND_COLORS.get(kind or "", NEUTRAL))


def community_color(index: int) -> QColor:
    """Tableau 10 for the ten largest communities, then hues spaced by the golden angle."""
    return QColor(community_hex(index))


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` of the way towards ``b`` (``t=1`` gives ``b``)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )
