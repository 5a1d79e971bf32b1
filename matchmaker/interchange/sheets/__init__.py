"""Spreadsheet import: a registration sheet (CSV or XLSX, with its own headers) into the network.

``read_table`` reads the file (:mod:`.reading`), ``guess_map`` proposes which column holds which
actor field (:mod:`.headers`), ``plan_sheet_import`` checks every row against the mapping and the
stored actors and finds likely duplicates (:mod:`.plan`, :mod:`.duplicates`), and the plan's
document goes through the one import door, :func:`matchmaker.interchange.import_document`.
The CLI (``matchmaker import FILE --map MAP.json``) and the app's import wizard share all of it.
"""

from __future__ import annotations

from pathlib import Path

from matchmaker.interchange.sheets.headers import IGNORE, guess_mapping
from matchmaker.interchange.sheets.plan import Problem, SheetPlan, SheetProblemsError, plan_sheet_import
from matchmaker.interchange.sheets.reading import is_xlsx, read_table
from matchmaker.interchange.sheets.sheet_map import MAP_FORMAT, NEW, SheetMap, load_map, map_from_dict
from matchmaker.interchange.sheets.table import Table

__all__ = [
    "IGNORE",
    "MAP_FORMAT",
    "NEW",
    "Problem",
    "SheetMap",
    "SheetPlan",
    "SheetProblemsError",
    "Table",
    "guess_map",
    "is_xlsx",
    "load_map",
    "map_from_dict",
    "plan_sheet_import",
    "read_table",
    "read_with_map",
    "is_sheet_file",
]


def is_sheet_file(path: str | Path) -> bool:
    """Whether ``path`` is a spreadsheet to map (``.xlsx``, or a CSV not named like one of the
    format's own tables ``actors.csv``, ``ties.csv`` …) rather than an interchange file."""
    from matchmaker.interchange.read import CSV_TABLES

    file = Path(path)
    return is_xlsx(file) or (
        file.suffix.lower() in (".csv", ".tsv", ".txt") and file.stem.lower() not in CSV_TABLES
    )


def read_with_map(path: str | Path, sheet_map: SheetMap) -> Table:
    """Read ``path`` as the map says (sheet, header row, encoding, delimiter)."""
    return read_table(
        path,
        sheet=sheet_map.sheet,
        encoding=sheet_map.encoding,
        delimiter=sheet_map.delimiter,
        header_line=sheet_map.header_row,
    )


def guess_map(table: Table, plan: SheetPlan | None = None) -> SheetMap:
    """A mapping to start from: each header's likely field, how the file was read, and (given a
    plan of the sheet under that mapping) each likely duplicate merged into its best candidate."""
    merge = {d.line: d.candidates[0].target for d in plan.duplicates} if plan is not None else {}
    return SheetMap(
        merge=merge,
        columns=guess_mapping(table.headers),
        sheet=table.sheet,
        encoding=table.encoding if table.encoding not in (None, "utf-8-sig") else None,
        delimiter=table.delimiter if table.delimiter not in (None, ",") else None,
    )
