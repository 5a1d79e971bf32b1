"""Spreadsheets in and out: CSV (any of , ; tab, UTF-8 with or without BOM) and XLSX (openpyxl).

Reading gives rows with the line (spreadsheet row) they came from, so every error can name
file, line and column. Writing is for the venue and for hosts: CSV as UTF-8 with a BOM (Excel
then reads Cyrillic right) and cells that a spreadsheet would run as a formula (starting with
``= + - @``, tab or carriage return) neutralised with a leading apostrophe; XLSX with every
text cell stored as text, never as a formula. Both written atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from matchmaker.atomic import write_file
from matchmaker.errors import InterchangeError
from matchmaker.i18n import _

__all__ = ["SheetRow", "SheetError", "read_sheet", "write_sheet", "neutralise", "FORMULA_STARTS"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class SheetError(InterchangeError):
    """A spreadsheet we read is unreadable or breaks its columns; names file, line and column."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int
    cells: dict[str, str]  # column name (lower case, stripped) -> text (stripped)

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise SheetError(
            str(path), f"line {line}", None, _("not UTF-8 text; save the file as CSV UTF-8")
        ) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    for cells in reader:
        yield reader.line_num, cells


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as error:
        raise SheetError(
            str(path), None, None, _("not a readable XLSX workbook ({error})").format(error=error)
        ) from None
    try:
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            yield number, [_text(v) for v in values]
    finally:
        book.close()


def read_sheet(path: str | Path, required: Sequence[str]) -> list[SheetRow]:
    """Rows of the first sheet under its header row; blank rows are skipped.

    Raises :class:`SheetError` if the file cannot be read or lacks a ``required`` column.
    """
    path = Path(path)
    if not path.is_file():
        raise SheetError(str(path), None, None, _("no such file"))
    rows = _xlsx_rows(path) if path.suffix.lower() in XLSX_SUFFIXES else _csv_rows(path)
    header: list[str] | None = None
    out = []
    for line, cells in rows:
        cells = [_text(c) for c in cells]
        if not any(cells):
            continue
        if header is None:
            header = [c.lower().replace(" ", "_") for c in cells]
            for column in required:
                if column not in header:
                    raise SheetError(str(path), f"line {line}", column, _("this column is missing"))
            continue
        out.append(
            SheetRow(
                line, {name: cells[i] if i < len(cells) else "" for i, name in enumerate(header) if name}
            )
        )
    if header is None:
        raise SheetError(str(path), None, None, _("the file is empty"))
    return out


def neutralise(value):
    """A text cell a spreadsheet would evaluate gets a leading apostrophe; other values pass.

    >>> neutralise("=HYPERLINK(1)"), neutralise("Tõnu"), neutralise(3)
    ("'=HYPERLINK(1)", 'Tõnu', 3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv(handle, header: Sequence[str], rows: Sequence[Sequence]) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([[neutralise(v) for v in row] for row in rows])
    handle.write(text.getvalue().encode("utf-8-sig"))


def _write_xlsx(handle, header: Sequence[str], rows: Sequence[Sequence], title: str) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) for h in header]
    for row in rows:
        sheet.append(list(row))
        for i, value in enumerate(row):
            widths[i] = max(widths[i], min(60, len(str(value))))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text: "=..." is never a formula
    for i, width in enumerate(widths):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = width + 2
    sheet.freeze_panes = "A2"
    book.save(handle)


def write_sheet(
    path: str | Path, header: Sequence[str], rows: Sequence[Sequence], *, title: str = "sheet"
) -> Path:
    """Write a CSV or (by the ``.xlsx`` suffix) an XLSX file atomically."""
    path = Path(path)
    if path.suffix.lower() in XLSX_SUFFIXES:
        return write_file(path, lambda handle: _write_xlsx(handle, header, rows, title))
    return write_file(path, lambda handle: _write_csv(handle, header, rows))
