"""``matchmaker import SHEET`` as a host runs it: guess a map, check it, dry-run, import; hostile sheets
are refused in one line and leave the database as it was."""

from __future__ import annotations

import json

import openpyxl
import pytest

from matchmaker.cli import main
from tests.sheet_files import HEADERS_ET, HEADERS_UK, ROWS, write_csv, write_stored, write_xlsx


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "n.sqlite")
    assert run(capsys, "--db", path, "import", str(write_stored(tmp_path)))[0] == 0
    return path


def network(capsys, db) -> dict:
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "export",
        "--format",
        "json",
        "-o",
        db + ".json",
        "--include",
        "council",
        "--include",
        "private",
    )
    assert code == 0
    with open(db + ".json", encoding="utf-8") as handle:
        return {a["id"]: a for a in json.load(handle)["actors"]}


def test_a_sheet_without_a_map_says_how_to_import_it(tmp_path, capsys, db):
    for path in (
        write_xlsx(tmp_path / "reg.xlsx", HEADERS_ET, ROWS),
        write_csv(tmp_path / "reg.csv", HEADERS_ET, ROWS),
    ):
        code, out, err = run(capsys, "--db", db, "import", str(path))
        assert code == 2 and out == ""
        assert err == (
            f"error: {path}: is a spreadsheet with its own columns; import it with --map MAP.json "
            "(--guess-map prints one to start from)\n"
        )


def test_guess_map_then_dry_run_then_import(tmp_path, capsys, db):
    rows = [*ROWS, ["Kyivstar", "Компанія", "Україна", "", "", "cloud computing", "", ""]]
    sheet = write_xlsx(tmp_path / "reg.xlsx", HEADERS_UK, rows)
    before = network(capsys, db)

    code, out, _ = run(capsys, "--db", db, "import", str(sheet), "--guess-map")
    guessed = json.loads(out)
    assert (
        code == 0
        and guessed["columns"]["Організація"] == "name"
        and guessed["columns"]["Примітки"] == "ignore"
    )
    assert guessed["merge"] == {"4": "ua-company-007"}  # Kyivstar is the stored Київстар
    (tmp_path / "map.json").write_text(out, encoding="utf-8")

    code, out, err = run(
        capsys, "--db", db, "import", str(sheet), "--map", str(tmp_path / "map.json"), "--dry-run", "--json"
    )
    report = json.loads(out)
    assert code == 0 and report["imported"] is False and report["report"]["dry_run"] is True
    assert report["new"] == ["ee-kratt-analytics-ou", "ua-mriia-didzhytal"] and report["merged"] == {
        "4": "ua-company-007"
    }
    assert "dry run: nothing was changed" in err
    assert network(capsys, db) == before

    code, out, err = run(capsys, "--db", db, "import", str(sheet), "--map", str(tmp_path / "map.json"))
    assert code == 0 and "import complete" in err
    after = network(capsys, db)
    assert (
        after["ee-kratt-analytics-ou"]["kind"] == "startup" and after["ua-mriia-didzhytal"]["country"] == "UA"
    )
    kyivstar = after["ua-company-007"]
    assert kyivstar["name"] == "Київстар" and kyivstar["website"] == "https://kyivstar.example"
    assert len(after) == 4  # Kyivstar was merged, not created twice


def test_problems_are_all_listed_and_nothing_is_written(tmp_path, capsys, db):
    rows = [
        ["Kratt OÜ", "rocket", "Eesti", "", "", "", "", ""],
        ["Mets OÜ", "Ettevõte", "Narnia", "", "", "", "bad", ""],
    ]
    sheet = write_csv(tmp_path / "reg.csv", HEADERS_ET, rows, delimiter=";")
    code, out, _ = run(capsys, "--db", db, "import", str(sheet), "--guess-map")
    (tmp_path / "map.json").write_text(out, encoding="utf-8")
    before = network(capsys, db)

    code, out, err = run(capsys, "--db", db, "import", str(sheet), "--map", str(tmp_path / "map.json"))
    lines = err.splitlines()
    assert code == 2 and out == ""
    assert lines[:3] == [
        f"{sheet}: row 2, column 'Tüüp', field kind: 'rocket' is not one of startup, company, public_body, investor, university, ngo, person",
        f"{sheet}: row 3, column 'Riik', field country: 'Narnia' names no country we know; write it as Estonia, Eesti, Естонія or EE",
        f"{sheet}: row 3, column 'E-post', field email: expected an e-mail address like name@example.org; got 'bad'",
    ]
    assert lines[3].startswith(f"error: {sheet}: 3 problem(s), nothing was imported; the first: row 2")
    assert network(capsys, db) == before

    code, out, _ = run(
        capsys, "--db", db, "import", str(sheet), "--map", str(tmp_path / "map.json"), "--json"
    )
    assert code == 2 and [p["line"] for p in json.loads(out)["problems"]] == [2, 3, 3]


def _formula_sheet(path):
    book = openpyxl.Workbook()
    book.active.append(["Organisation", "Type", "Country"])
    book.active.append(['=CONCAT("Kr","att")', "startup", "EE"])
    book.save(path)
    return path


def _truncated(path):
    whole = write_xlsx(path.with_name("whole.xlsx"), HEADERS_ET, ROWS * 100)
    path.write_bytes(whole.read_bytes()[:3000])
    return path


def _oversized_cell(path):
    return write_csv(path, ["Organisation", "Type", "Country"], [["K" * 400, "startup", "EE"]])


@pytest.mark.parametrize(
    ("make", "suffix", "message"),
    [
        (_formula_sheet, ".xlsx", "row 2, column 'Organisation', field name: is a formula"),
        (_truncated, ".xlsx", "is not a readable XLSX workbook"),
        (_oversized_cell, ".csv", "is 400 characters long; at most 300 allowed"),
    ],
)
def test_hostile_sheets_are_refused_in_one_line_and_change_nothing(
    tmp_path, capsys, db, make, suffix, message
):
    sheet = make(tmp_path / f"hostile{suffix}")
    (tmp_path / "map.json").write_text(
        json.dumps(
            {
                "format": "sandbox-matchmaker-sheet-map/1",
                "columns": {"Organisation": "name", "Type": "kind", "Country": "country"},
            }
        ),
        encoding="utf-8",
    )
    before = network(capsys, db)
    code, out, err = run(capsys, "--db", db, "import", str(sheet), "--map", str(tmp_path / "map.json"))
    assert code == 2 and out == ""
    error_lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == 1 and message in err
    assert network(capsys, db) == before


def test_a_wrong_sheet_name_in_the_map_is_refused(tmp_path, capsys, db):
    sheet = write_xlsx(tmp_path / "reg.xlsx", HEADERS_ET, ROWS)
    (tmp_path / "map.json").write_text(
        json.dumps({"format": "sandbox-matchmaker-sheet-map/1", "columns": {}, "sheet": "Sheet9"}),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", db, "import", str(sheet), "--map", str(tmp_path / "map.json"))
    assert code == 2 and err == f"error: {sheet}: has no sheet 'Sheet9'; its sheets: Registrations\n"


def test_our_own_csv_tables_still_import_the_usual_way(tmp_path, capsys):
    actors = write_csv(
        tmp_path / "actors.csv", ["id", "kind", "name", "country"], [["ee-x", "startup", "X OÜ", "EE"]]
    )
    code, _, err = run(capsys, "--db", str(tmp_path / "n.sqlite"), "import", str(actors))
    assert code == 0 and "import complete" in err
