"""Reading a CSV or XLSX file into a :class:`~matchmaker.interchange.sheets.table.Table`.

CSV: any of ``,`` ``;`` tab ``|`` as delimiter (the one that splits the first lines into the
same, largest number of columns), UTF-8 with or without a BOM, or the Windows code pages cp1257
and cp1251 (:mod:`.text_encoding`). XLSX: openpyxl in read-only mode; formulas are read as their
text and marked, never evaluated, and the value a spreadsheet last computed for them is not
used. Limits keep a hostile file from stalling the app: a sheet of more than
:data:`MAX_LINES` rows or :data:`MAX_COLUMNS` columns, a cell beyond the CSV reader's limit, a
truncated or non-XLSX workbook, or a sheet name the workbook lacks are refused in one line
naming the file.
"""

from __future__ import annotations

import csv
import io
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from zipfile import BadZipFile

from matchmaker.errors import InterchangeError
from matchmaker.i18n import _
from matchmaker.interchange.sheets.table import ErrorCell, FormulaCell, SheetRow, Table, unique_headers
from matchmaker.interchange.sheets.text_encoding import decode_text

__all__ = ["MAX_COLUMNS", "MAX_FILE_BYTES", "MAX_LINES", "XLSX_SUFFIXES", "is_xlsx", "read_table"]

MAX_LINES = 50_000  # far beyond an event's registrations; a million-row sheet is refused at once
MAX_COLUMNS = 256
MAX_FILE_BYTES = 64 * 1024 * 1024
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t", "|")


def is_xlsx(path: str | Path) -> bool:
    return Path(path).suffix.lower() in XLSX_SUFFIXES


def _fail(path: Path, message: str, location: str | None = None) -> InterchangeError:
    return InterchangeError(str(path), location, None, message)


def _choose_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns, the same number on each line."""
    sample = text[:65_536]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = [len(r) for r in islice(csv.reader(io.StringIO(sample), delimiter=delimiter), 20)]
        except csv.Error:
            continue
        rows = [n for n in rows if n > 0]
        if not rows:
            continue
        consistent = sum(1 for n in rows if n == rows[0])
        score = (consistent if rows[0] > 1 else 0, rows[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_lines(path: Path, table: Table, encoding: str | None, delimiter: str | None) -> Iterator[tuple]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(
                path,
                _("is {size:,} bytes; a sheet may hold at most {most:,}").format(
                    size=size, most=MAX_FILE_BYTES
                ),
            )
        data = path.read_bytes()
    except OSError as error:
        raise _fail(path, _("cannot be read: {reason}").format(reason=error.strerror)) from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, _("is not a text file (it holds NUL bytes); is it a spreadsheet saved as .csv?"))
    try:
        text, table.encoding = decode_text(data, encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise _fail(
            path, _("cannot be read as {encoding}: {error}").format(encoding=encoding, error=error)
        ) from None
    table.delimiter = delimiter or _choose_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter, strict=False)
    line = 1
    try:
        for cells in reader:
            yield line, [cell.replace("\x00", "") for cell in cells]
            line = reader.line_num + 1
    except csv.Error as error:
        raise _fail(path, _("is not valid CSV ({error})").format(error=error), f"line {line}") from None


def _cell_text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    kind = getattr(cell, "data_type", None)
    if kind == "f":
        return FormulaCell(getattr(value, "text", None) or str(value))
    if kind == "e":
        return ErrorCell(str(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


_XLSX_ERRORS = (BadZipFile, KeyError, ValueError, OSError, EOFError, zlib.error, SyntaxError, IndexError)


def _xlsx_lines(path: Path, table: Table, sheet: str | None) -> Iterator[tuple]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    errors = (*_XLSX_ERRORS, InvalidFileException)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except errors as error:
        raise _fail(
            path, _("is not a readable XLSX workbook ({error}); is it cut short?").format(error=error)
        ) from None
    try:
        table.sheets = tuple(ws.title for ws in book.worksheets)
        if not table.sheets:
            raise _fail(path, _("holds no worksheet"))
        if sheet is not None and sheet not in table.sheets:
            raise _fail(
                path,
                _("has no sheet {sheet!r}; its sheets: {sheets}").format(
                    sheet=sheet, sheets=", ".join(table.sheets)
                ),
            )
        table.sheet = sheet if sheet is not None else table.sheets[0]
        rows = book[table.sheet].iter_rows(min_row=1, max_row=MAX_LINES + 1, max_col=MAX_COLUMNS + 1)
        try:
            for line, cells in enumerate(rows, start=1):
                yield line, [_cell_text(cell) for cell in cells]
        except errors as error:
            raise _fail(
                path,
                _("the workbook is damaged or cut short ({error})").format(
                    error=error or type(error).__name__
                ),
            ) from None
    finally:
        book.close()


def read_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_line: int | None = None,
) -> Table:
    """Read the header and rows of ``path`` (the first non-blank row is the header, unless named).

    Raises :class:`~matchmaker.errors.InterchangeError` naming the file when it cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise _fail(path, _("no such file"))
    table = Table(str(path), [], [])
    lines = _xlsx_lines(path, table, sheet) if is_xlsx(path) else _csv_lines(path, table, encoding, delimiter)
    header: list[str] | None = None
    for line, cells in lines:
        if line > MAX_LINES:
            raise _fail(path, _("has more than {most:,} rows; split it").format(most=MAX_LINES))
        if len(cells) > MAX_COLUMNS and any(c.strip() for c in cells[MAX_COLUMNS:]):
            raise _fail(path, _("has more than {most} columns").format(most=MAX_COLUMNS), f"line {line}")
        cells = [c.strip() if type(c) is str else c for c in cells[:MAX_COLUMNS]]
        if header is None:
            if (header_line is None and any(cells)) or line == header_line:
                header, table.header_line = cells, line
            continue
        if any(cells):
            table.rows.append(SheetRow(line, tuple(cells)))
    if header is None:
        raise _fail(path, _("is empty: it has no header row"))
    width = max(_used_width(header), *(_used_width(r.cells) for r in table.rows), 0)
    table.headers = unique_headers([*header, *[""] * width][:width])
    table.rows = [SheetRow(r.line, tuple([*r.cells, *[""] * width][:width])) for r in table.rows]
    return table


def _used_width(cells) -> int:
    """How many columns ``cells`` uses: up to its last non-empty cell."""
    for index in range(len(cells) - 1, -1, -1):
        if cells[index]:
            return index + 1
    return 0
