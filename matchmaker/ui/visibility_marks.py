"""How the Directory and the map mark an actor that is not public: a padlock, and a line saying why.

``private`` actors stay in this database (never exported, never suggested to anyone);
``council`` actors are seen by Sandbox council members only (:mod:`matchmaker.visibility`).
Whoever browses the app sees every actor — it is their own database — but must be able to tell,
before a screenshot or a projector, which ones would not leave it. The icon is drawn here once
(no image files to ship); the words are translated where shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

__all__ = ["visibility_note", "visibility_icon"]

_NOTES = {
    "private": QT_TRANSLATE_NOOP(
        "Visibility", "Private: kept in this database only, never exported or suggested"
    ),
    "council": QT_TRANSLATE_NOOP(
        "Visibility", "Council only: exported and suggested to council members only"
    ),
}
_COLOURS = {"private": "#b3261e", "council": "#1565c0"}
_icons: dict[str, QIcon] = {}


def visibility_note(visibility: str) -> str:
    """The line a tooltip adds for a non-public actor ("" for a public one); thread-safe."""
    source = _NOTES.get(visibility)
    return QCoreApplication.translate("Visibility", source) if source else ""


def visibility_icon(visibility: str) -> QIcon | None:
    """A small padlock in the level's colour (GUI thread only: it paints a pixmap)."""
    if visibility not in _COLOURS:
        return None
    if visibility not in _icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(_COLOURS[visibility])
        painter.setPen(QPen(colour, 1.6))
        painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)  # the shackle
        painter.drawLine(4.5, 5.5, 4.5, 7.5)
        painter.drawLine(11.5, 5.5, 11.5, 7.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(3, 7, 10, 8), 1.5, 1.5)  # the body
        painter.end()
        _icons[visibility] = QIcon(pixmap)
    return _icons[visibility]
