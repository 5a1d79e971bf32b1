"""A sheet as read: its header names and its rows of text cells, with the line each came from.

Cells are text. Two kinds of cell are marked because the importer must refuse them rather than
guess: :class:`FormulaCell` (an XLSX formula: we import values a person typed, never a formula
nor the result a spreadsheet last computed for it) and :class:`ErrorCell` (``#DIV/0!``,
``#REF!``). Text that merely *starts* with ``=``, ``+``, ``-`` or ``@`` is ordinary text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ErrorCell", "FormulaCell", "SheetRow", "Table", "column_letter"]


class FormulaCell(str):
    """The text of an XLSX formula (``=SUM(A1:A3)``); never evaluated, never imported."""

    __slots__ = ()


class ErrorCell(str):
    """A spreadsheet error value such as ``#DIV/0!``."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int  # the spreadsheet's row number (CSV: the line the record starts on)
    cells: tuple[str, ...]  # one per header, "" where empty

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(slots=True)
class Table:
    """One sheet of one file."""

    path: str
    headers: list[str]  # unique and never empty ("column C" for a blank header)
    rows: list[SheetRow]
    header_line: int = 1
    sheet: str | None = None  # the XLSX worksheet read
    sheets: tuple[str, ...] = ()  # every worksheet of an XLSX file
    encoding: str | None = None  # CSV: the encoding read
    delimiter: str | None = None  # CSV: the delimiter read
    notes: list[str] = field(default_factory=list)

    def column(self, header: str) -> int:
        return self.headers.index(header)


def column_letter(index: int) -> str:
    """Spreadsheet column letters of the 0-based ``index``.

    >>> column_letter(0), column_letter(25), column_letter(26), column_letter(701)
    ('A', 'Z', 'AA', 'ZZ')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def unique_headers(cells: list[str]) -> list[str]:
    """Header names made unique and non-empty: a blank header is ``column C``, a repeat ``Name (2)``.

    >>> unique_headers(["Name", "", "Name", " Email "])
    ['Name', 'column B', 'Name (2)', 'Email']
    """
    out: list[str] = []
    for index, cell in enumerate(cells):
        name = " ".join(cell.split()) or f"column {column_letter(index)}"
        base, count = name, 1
        while name in out:
            count += 1
            name = f"{base} ({count})"
        out.append(name)
    return out
