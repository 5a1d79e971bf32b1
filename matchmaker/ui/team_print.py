"""The teams on paper: a list per team for the room, as a PDF that appears whole or not at all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from matchmaker.ui.team_board import TeamBoard

__all__ = ["printable", "write_pdf"]


def printable(board: TeamBoard, parent: QObject | None = None) -> QTextDocument:
    """A list per team, built with plain-text inserts (no markup from user data)."""
    pool, plan = board.pool, board.plan
    doc = QTextDocument(parent)
    cursor = QTextCursor(doc)
    heading, normal = QTextCharFormat(), QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(14)
    people = pool.by_id()
    cursor.insertText(pool.event_name or "", heading)
    for team in plan.teams:
        cursor.insertBlock()
        cursor.insertBlock()
        title = f"{team.name} — {team.challenge}" if team.challenge else team.name
        cursor.insertText(title, heading)
        for actor_id in team.members:
            cursor.insertBlock()
            person = people.get(actor_id)
            cursor.insertText(
                f"  {person.name if person else actor_id} ({person.country if person else ''})", normal
            )
        if team.lacks:
            cursor.insertBlock()
            lacks = QCoreApplication.translate("TeamsView", "Lacks: %1")
            cursor.insertText(lacks.replace("%1", ", ".join(map(pool.label, team.lacks))), normal)
    return doc


def write_pdf(board: TeamBoard, path: str) -> None:
    """Print the board to ``path``; like every export, the file appears whole or not at all."""
    from matchmaker.atomic import atomic_file

    with atomic_file(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(board.pool.event_name or "")
        document = printable(board)
        document.print_(writer)
        del writer  # closes the file before it is renamed into place
