"""Reading the sheets hosts send: CSV in any delimiter and encoding, XLSX with numbers, dates,
formulas and errors; files that are not what they claim are refused in one line."""

from __future__ import annotations

import datetime

import pytest

from matchmaker.errors import InterchangeError
from matchmaker.interchange.sheets import read_table
from matchmaker.interchange.sheets.table import ErrorCell, FormulaCell
from tests.sheet_files import HEADERS_ET, HEADERS_UK, ROWS, write_csv, write_xlsx


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiters_are_found(tmp_path, delimiter):
    path = write_csv(tmp_path / "reg.csv", HEADERS_ET, ROWS, delimiter=delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.headers == HEADERS_ET
    assert [r.cells[0] for r in table.rows] == ["Kratt Analytics OÜ", "Мрія Діджитал"]
    assert [r.line for r in table.rows] == [2, 3]


@pytest.mark.parametrize(
    ("encoding", "headers", "rows", "expected"),
    [
        ("utf-8-sig", HEADERS_UK, ROWS, "utf-8-sig"),
        ("utf-8", HEADERS_UK, ROWS, "utf-8-sig"),
        (
            "cp1257",
            HEADERS_ET,
            [["Põhja-Eesti Äri OÜ", "Ettevõte", "Eesti", "Pärnu", "", "", "", "šokk"]],
            "cp1257",
        ),
        (
            "cp1251",
            HEADERS_UK,
            [["Мрія Діджитал", "Стартап", "Україна", "Київ", "", "", "", "їжак"]],
            "cp1251",
        ),
    ],
)
def test_csv_encodings_are_sniffed(tmp_path, encoding, headers, rows, expected):
    path = write_csv(tmp_path / "reg.csv", headers, rows, delimiter=";", encoding=encoding)
    table = read_table(path)
    assert table.encoding == expected
    assert table.headers == headers
    assert list(table.rows[0].cells) == rows[0]


def test_csv_cells_with_line_breaks_and_formula_like_text_stay_text(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text('Organisation,Comments\n"Kratt\nAnalytics",=1+2\n+372 555,@home\n', encoding="utf-8")
    table = read_table(path)
    assert [r.cells for r in table.rows] == [("Kratt\nAnalytics", "=1+2"), ("+372 555", "@home")]
    assert [r.line for r in table.rows] == [2, 4]
    assert not any(isinstance(c, FormulaCell) for r in table.rows for c in r.cells)


def test_blank_and_repeated_headers_get_names(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("\n\nName,,Name\nA,b,c\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Name", "column B", "Name (2)"] and table.header_line == 3


def test_xlsx_values_become_text_and_formulas_are_marked_not_evaluated(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Organisation", "Size", "Since", "Total", "Broken"])
    sheet.append(["Kratt OÜ", 12.0, datetime.datetime(2024, 3, 1), "=SUM(B2:B3)", "#DIV/0!"])
    sheet["E2"].data_type = "e"
    sheet.append(["=cmd|'/c calc'!A1", 3, None, None, None])
    sheet["A3"].data_type = "s"  # text that only looks like a formula
    book.save(tmp_path / "reg.xlsx")
    table = read_table(tmp_path / "reg.xlsx")
    first, second = table.rows
    assert first.cells[:3] == ("Kratt OÜ", "12", "2024-03-01")
    assert isinstance(first.cells[3], FormulaCell) and first.cells[3] == "=SUM(B2:B3)"
    assert isinstance(first.cells[4], ErrorCell)
    assert second.cells[0] == "=cmd|'/c calc'!A1" and not isinstance(second.cells[0], FormulaCell)


def test_xlsx_sheets_are_chosen_by_name(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["just notes"])
    other = book.create_sheet("Registrations")
    other.append(HEADERS_ET)
    other.append(ROWS[0])
    book.save(tmp_path / "reg.xlsx")
    assert read_table(tmp_path / "reg.xlsx").headers == ["just notes"]
    table = read_table(tmp_path / "reg.xlsx", sheet="Registrations")
    assert table.sheets == ("Notes", "Registrations") and table.headers == HEADERS_ET
    with pytest.raises(InterchangeError) as refused:
        read_table(tmp_path / "reg.xlsx", sheet="Registrierung")
    assert (
        str(refused.value)
        == f"{tmp_path / 'reg.xlsx'}: has no sheet 'Registrierung'; its sheets: Notes, Registrations"
    )


def test_truncated_and_fake_workbooks_are_refused_in_one_line(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", HEADERS_ET, ROWS * 200)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Organisation,Country\nKratt,EE\n", encoding="utf-8")
    for path in (cut, fake):
        with pytest.raises(InterchangeError) as refused:
            read_table(path)
        message = str(refused.value)
        assert message.startswith(f"{path}: is not a readable XLSX workbook") and "\n" not in message


def test_a_binary_file_named_csv_is_refused(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(InterchangeError, match="is not a text file"):
        read_table(path)


def test_oversized_sheets_are_refused_before_they_are_read_whole(tmp_path, monkeypatch):
    from matchmaker.interchange.sheets import reading

    monkeypatch.setattr(reading, "MAX_LINES", 50)
    path = write_csv(tmp_path / "reg.csv", HEADERS_ET, ROWS * 40)
    with pytest.raises(InterchangeError, match="has more than 50 rows"):
        read_table(path)
    wide = write_csv(tmp_path / "wide.csv", [f"c{i}" for i in range(300)], [["x"] * 300])
    with pytest.raises(InterchangeError, match="has more than 256 columns"):
        read_table(wide)
    huge_cell = tmp_path / "cell.csv"
    huge_cell.write_text("Organisation\n" + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="line 2: is not valid CSV"):
        read_table(huge_cell)


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="has no header row"):
        read_table(path)
