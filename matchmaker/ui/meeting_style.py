"""How the Brokerage view shows a meeting's kind, a pick and an outcome: colours and words.

The kinds, picks and outcomes themselves are the core's (``matchmaker.meetings.kinds``,
``outcomes``); their sentences are the core's gettext catalogue (``matchmaker.i18n._``), so the
agendas, the command line and the view say the same words. The colours are light enough for
dark text in both themes: each cell sets its own foreground, never the palette's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

__all__ = [
    "KIND_COLOURS",
    "TEXT_COLOUR",
    "kind_colour",
    "kind_text",
    "band_text",
    "pick_text",
    "outcome_text",
    "PICK_CHOICES",
    "OUTCOME_CHOICES",
]

# best first, as in the core's MEETING_KINDS
KIND_COLOURS = {
    "mutual-must": "#a5d6a7",  # green: both must meet
    "must-would": "#90caf9",  # blue
    "mutual-would": "#d1c4e9",  # lavender: far from the green of the best
    "must": "#ffcc80",  # amber: one side only
    "would": "#e0e0e0",  # grey
}
TEXT_COLOUR = QColor("#1b1b1b")

# None: undecided (the row is skipped by the scheduler)
PICK_CHOICES = (None, "must", "would", "no")
_PICK_WORDS = {
    None: QT_TRANSLATE_NOOP("Brokerage", "—"),
    "must": QT_TRANSLATE_NOOP("Brokerage", "must meet"),
    "would": QT_TRANSLATE_NOOP("Brokerage", "would meet"),
    "no": QT_TRANSLATE_NOOP("Brokerage", "no"),
}

OUTCOME_CHOICES = (None, "met", "agreement", "no-follow-up", "no-show")
_OUTCOME_WORDS = {
    None: QT_TRANSLATE_NOOP("Brokerage", "—"),
    "met": QT_TRANSLATE_NOOP("Brokerage", "met"),
    "agreement": QT_TRANSLATE_NOOP("Brokerage", "agreement"),
    "no-follow-up": QT_TRANSLATE_NOOP("Brokerage", "no follow-up"),
    "no-show": QT_TRANSLATE_NOOP("Brokerage", "no-show"),
}


def band_text(band: str) -> str:
    """The recommender's band (strong, good, possible) in the words the Matches view uses."""
    return QCoreApplication.translate("MatchesView", band) if band else ""


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#ffffff"))


def kind_text(kind: str) -> str:
    """The core's label of a meeting kind (``both must meet`` …), in the current language."""
    from matchmaker.i18n import _
    from matchmaker.meetings.kinds import KIND_LABELS

    return _(KIND_LABELS.get(kind, kind))


def pick_text(pick: str | None) -> str:
    return QCoreApplication.translate("Brokerage", _PICK_WORDS.get(pick, pick or ""))


def outcome_text(outcome: str | None) -> str:
    return QCoreApplication.translate("Brokerage", _OUTCOME_WORDS.get(outcome, outcome or ""))
