"""Help ▸ Guide to this view (F1): a short, plain guide per view, in the user's language.

Each guide says what the view is for and how to do the tasks people come to it for, in a few
lines; the texts are marked with ``QT_TRANSLATE_NOOP`` and translated when shown. The dialog
shows them as plain text (no markup to escape, nothing a translation could break).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

__all__ = ["GUIDES", "GuideDialog", "guide_text"]

CONTEXT = "ViewGuides"

GUIDES = {
    "directory": (
        QT_TRANSLATE_NOOP("ViewGuides", "Directory: every actor of the network"),
        QT_TRANSLATE_NOOP(
            "ViewGuides",
            "Type in the search box (Ctrl+F) to find actors by name, city or sector, in any script: "
            "kyiv, Kiev and Київ find the same actors.\n"
            "Narrow the list with the kind and country filters.\n"
            "Enter or a double click opens the selected actor's profile.\n"
            "Right-click a row to show the actor on the map or to find a warm introduction "
            "from or to them.",
        ),
    ),
    "profile": (
        QT_TRANSLATE_NOOP("ViewGuides", "Profile: one actor, editable"),
        QT_TRANSLATE_NOOP(
            "ViewGuides",
            "Edit a field and leave it to save; Ctrl+Z undoes, Ctrl+Shift+Z redoes.\n"
            "Offers and needs are chips: type a skill to add it, click × to remove it.\n"
            "Ties and events list whom the actor knows and where they met.",
        ),
    ),
    "matches": (
        QT_TRANSLATE_NOOP("ViewGuides", "Matches: partners across the border"),
        QT_TRANSLATE_NOOP(
            "ViewGuides",
            "For the current actor, the partners who need what it offers and offer what it needs, "
            "best first, with the reasons both ways.\n"
            "Record what happened (contacted, met, agreement, declined): the recommender learns "
            "from these outcomes. Ctrl+Z undoes an outcome.\n"
            "Show on map draws the suggestions on the Network view.",
        ),
    ),
    "network": (
        QT_TRANSLATE_NOOP("ViewGuides", "Network: the map of who knows whom"),
        QT_TRANSLATE_NOOP(
            "ViewGuides",
            "Drag to pan, scroll or pinch to zoom, 0 or Fit to see everything.\n"
            "Click an actor to see its details, ties and suggested partners in the side panel.\n"
            "Right-click an actor to focus on it, to start a warm introduction from it (Path from "
            "here…) or to end one at it (Path to here).\n"
            "Warm introductions: the Introductions tab lists the warmest chains of people between "
            "two actors and whom to ask first; the chosen chain is drawn in bold on the map.\n"
            "Colour by community to see the groups; actors without ties wait in the "
            '"Not yet connected" band under the map.\n'
            "Run layout arranges the map again; Highlight fades everyone outside a group.",
        ),
    ),
    "teams": (
        QT_TRANSLATE_NOOP("ViewGuides", "Teams: hackathon teams for an event"),
        QT_TRANSLATE_NOOP(
            "ViewGuides",
            "Choose the event and the team size, then Build: every team covers the challenge's "
            "skills and mixes both countries.\n"
            "Drag members between teams; lock a member to keep them where they are when you build "
            "again. Ctrl+Z undoes a move.\n"
            "Export the teams as PDF or CSV.",
        ),
    ),
    "insights": (
        QT_TRANSLATE_NOOP("ViewGuides", "Insights: the network in numbers"),
        QT_TRANSLATE_NOOP(
            "ViewGuides",
            "How many new ties cross the border each year and around each event, the sectors of "
            "each country, the actors who link the two countries most (brokers), and the matches "
            "in the pipeline.\n"
            "Hover over a shortened label to read it in full.",
        ),
    ),
    "brokerage": (
        QT_TRANSLATE_NOOP("ViewGuides", "Brokerage: one-to-one meetings at a forum"),
        QT_TRANSLATE_NOOP(
            "ViewGuides",
            "Choose the forum. Picks lists the meetings the recommender suggests between its "
            "participants: mark each must, would or no (a no is final), or read a picks sheet.\n"
            "Schedule: set the slots, tables and meetings per person, then Build schedule; the "
            "grid shows who meets where, and pairs left out say why.\n"
            "Agendas: one person's day as it prints; when someone cancels, the schedule is "
            "repaired at once. Print agendas, the table plan and the venue sheet.\n"
            "After the forum, record the outcomes: the recommender learns from them.",
        ),
    ),
}


def guide_text(view: str) -> tuple[str, str]:
    """``(title, body)`` of the guide to ``view``, translated now."""
    title, body = GUIDES[view]
    return QCoreApplication.translate(CONTEXT, title), QCoreApplication.translate(CONTEXT, body)


class GuideDialog(QDialog):
    """The guide to one view, as plain text, with a hint at the shortcut list."""

    def __init__(self, view: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        title, body = guide_text(view)
        self.setWindowTitle(title)
        self.body = QLabel(body, self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(460)
        self.hint = QLabel(self.tr("Help ▸ Keyboard shortcuts lists every shortcut."), self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.body)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
