"""The right-click menu of an actor on the map: focus, path from / to here, suggestions, profile.

Built fresh for each click (its texts are then always in the current language); each entry
calls back into the network view, which owns the canvas and the side panel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

__all__ = ["ActorMenuActions", "ENTRIES", "actor_menu"]


ENTRIES = (
    ("focus", QT_TRANSLATE_NOOP("NetworkView", "Focus on this actor")),
    ("path_from", QT_TRANSLATE_NOOP("NetworkView", "Path from here…")),
    ("path_to", QT_TRANSLATE_NOOP("NetworkView", "Path to here")),
    ("suggestions", QT_TRANSLATE_NOOP("NetworkView", "Show suggestions")),
    ("profile", QT_TRANSLATE_NOOP("NetworkView", "Open profile")),
)


@dataclass
class ActorMenuActions:
    """What each entry does with the actor id."""

    focus: Callable[[str], None]
    path_from: Callable[[str], None]
    path_to: Callable[[str], None]
    suggestions: Callable[[str], None]
    profile: Callable[[str], None]


def actor_menu(parent: QWidget, actor_id: str, name: str, actions: ActorMenuActions) -> QMenu:
    """The menu for ``actor_id`` (named ``name``, shown as a plain, disabled heading)."""
    menu = QMenu(parent)
    heading = menu.addAction(name)
    heading.setEnabled(False)
    menu.addSeparator()
    for key, text in ENTRIES:
        action = menu.addAction(QCoreApplication.translate("NetworkView", text))
        action.setObjectName(key)
        slot = getattr(actions, key)
        action.triggered.connect(lambda _=False, slot=slot: slot(actor_id))
    return menu
