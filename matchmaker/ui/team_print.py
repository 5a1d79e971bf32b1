"""The teams on paper: per team its score, what it covers and lacks, and its members (with e-mail
addresses when the host asked for them and the profiles allow it), dated; a PDF that appears
whole or not at all.

Made from :func:`matchmaker.teams.sheet.team_sheets`, the same rows the CSV and XLSX are
written from. The document is built with plain-text inserts: names are data, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from matchmaker.countries import country_name
from matchmaker.ui.team_board import TeamBoard

__all__ = ["printable", "write_pdf"]


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("TeamsView", text, disambiguation or None, n)


def _formats():
    title, heading, normal, small, bold = (QTextCharFormat() for _ in range(5))
    title.setFontWeight(QFont.Weight.Bold)
    title.setFontPointSize(16)
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(12)
    normal.setFontPointSize(10)
    small.setFontPointSize(9)
    bold.setFontPointSize(10)
    bold.setFontWeight(QFont.Weight.Bold)
    return title, heading, normal, small, bold


def printable(
    board: TeamBoard,
    parent: QObject | None = None,
    contacts: Mapping[str, str] | None = None,
    day: date | None = None,
    language: str = "en",
) -> QTextDocument:
    """The board as a document: title and date, then a block per team with a table of its members."""
    from matchmaker.teams.sheet import team_sheets

    pool, plan = board.pool, board.plan
    day = day or date.today()
    title, heading, normal, small, bold = _formats()
    doc = QTextDocument(parent)
    cursor = QTextCursor(doc)
    cursor.insertText(pool.event_name or _tr("Teams"), title)
    cursor.insertBlock()
    line = _tr("%n team(s), %1 participants · printed %2", "", len(plan.teams))
    line = line.replace("%1", str(sum(len(t.members) for t in plan.teams))).replace("%2", day.isoformat())
    cursor.insertText(line, small)
    with_email = contacts is not None
    headers = [_tr("Name"), _tr("Country"), *([_tr("E-mail")] if with_email else []), _tr("Locked")]
    for sheet in team_sheets(plan, pool, contacts):
        block = QTextBlockFormat()
        block.setTopMargin(14)
        block.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
        cursor.insertBlock(block)
        cursor.insertText(f"{sheet.name} — {sheet.challenge}" if sheet.challenge else sheet.name, heading)
        cursor.insertBlock(QTextBlockFormat())
        cursor.insertText(_tr("Score %1").replace("%1", f"{sheet.score:.2f}"), bold)
        cursor.insertBlock()
        cursor.insertText(_tr("Covers: %1").replace("%1", ", ".join(sheet.covers) or "–"), normal)
        cursor.insertBlock()
        cursor.insertText(_tr("Lacks: %1").replace("%1", ", ".join(sheet.lacks) or "–"), normal)
        table_format = QTextTableFormat()
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorder(0.5)
        table_format.setCellPadding(3)
        table_format.setCellSpacing(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setHeaderRowCount(1)
        table = cursor.insertTable(len(sheet.members) + 1, len(headers), table_format)
        for column, text in enumerate(headers):
            table.cellAt(0, column).firstCursorPosition().insertText(text, bold)
        for row, member in enumerate(sheet.members, 1):
            cells = [member.name, country_name(member.country, language)]
            if with_email:
                cells.append(member.email or "")
            cells.append(_tr("locked") if member.locked else "")
            for column, text in enumerate(cells):
                table.cellAt(row, column).firstCursorPosition().insertText(text, normal)
        cursor.movePosition(QTextCursor.MoveOperation.End)
    return doc


def write_pdf(
    board: TeamBoard,
    path: str,
    contacts: Mapping[str, str] | None = None,
    day: date | None = None,
    language: str = "en",
) -> None:
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
        document = printable(board, contacts=contacts, day=day, language=language)
        document.print_(writer)
        del writer  # closes the file before it is renamed into place
