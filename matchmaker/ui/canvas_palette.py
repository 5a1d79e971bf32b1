"""Colours for the network canvas: by country, by community, by actor kind.

Chosen to stay readable on light and dark window themes: Estonia is the flag's blue, Ukraine a
deep amber rather than the flag's pale yellow (which vanishes on white); every node also gets an
outline one shade darker than its fill, so a light fill still has an edge on a light background.
Qualitative colours follow Tableau 10, spaced for colour-vision differences.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

__all__ = [
    "COUNTRY_COLORS",
    "KIND_COLORS",
    "NEUTRAL",
    "community_color",
    "country_color",
    "kind_color",
    "mix",
]

COUNTRY_COLORS = {
    "EE": QColor("#1f6fd1"),  # Estonian blue
    "UA": QColor("#e8a200"),  # Ukrainian yellow, deepened to amber for contrast on white
}
_OTHER_COUNTRIES = ["#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#9c755f", "#ff9da7"]

KIND_COLORS = {
    "startup": QColor("#e15759"),
    "company": QColor("#4e79a7"),
    "public_body": QColor("#59a14f"),
    "investor": QColor("#b07aa1"),
    "university": QColor("#f28e2b"),
    "ngo": QColor("#76b7b2"),
    "person": QColor("#9c755f"),
}

_QUALITATIVE = [
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

NEUTRAL = QColor("#8c939c")


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
    if index < len(_QUALITATIVE):
        return QColor(_QUALITATIVE[index])
    return QColor.fromHsvF(((index - len(_QUALITATIVE)) * 0.618034) % 1.0, 0.55, 0.8)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` of the way towards ``b`` (``t=1`` gives ``b``)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )
