"""Picks, presence and outcome sheets in (CSV and XLSX), the venue sheet out: errors name file, line, field."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from matchmaker.meetings import Meeting
from matchmaker.meetings.availability_file import read_availability
from matchmaker.meetings.directory import ParticipantDirectory
from matchmaker.meetings.outcomes import decisions_from_outcomes, read_outcomes
from matchmaker.meetings.picks_file import read_picks
from matchmaker.meetings.sheets import SheetError, write_sheet
from matchmaker.meetings.venue_sheet import VENUE_COLUMNS, venue_rows, write_venue_sheet
from matchmaker.records import ActorRecord

PEOPLE = [
    ActorRecord("ee-1", "person", "Tõnu Põder", "EE"),
    ActorRecord("ua-1", "person", "Olena Koval", "UA", native_name="Олена Коваль"),
    ActorRecord("ua-2", "startup", "=Evil Formula", "UA"),
    ActorRecord("x-1", "person", "Twin", "EE"),
    ActorRecord("x-2", "person", "Twin", "UA"),
]


@pytest.fixture
def directory():
    return ParticipantDirectory(PEOPLE)


def test_excel_style_csv_with_bom_and_semicolons(tmp_path, directory):
    path = tmp_path / "picks.csv"
    path.write_bytes(
        "Participant;Wants to meet;Pick\nTõnu Põder;Олена Коваль;must\nolena koval;ee-1;Would meet\nee-1;ua-2;\n".encode(
            "utf-8-sig"
        )
    )
    assert read_picks(path, directory) == [("ee-1", "ua-1", "must"), ("ua-1", "ee-1", "would")]


def test_xlsx_picks(tmp_path, directory):
    book = openpyxl.Workbook()
    book.active.append(["participant", "wants_to_meet", "pick", "note"])
    book.active.append(["ua-1", "Tõnu Põder", "NO", "not our field"])
    book.save(tmp_path / "picks.xlsx")
    assert read_picks(tmp_path / "picks.xlsx", directory) == [("ua-1", "ee-1", "no")]


@pytest.mark.parametrize(
    ("body", "where", "field", "words"),
    [
        ("ee-1,ua-1,maybe\n", "line 2", "pick", "must, would or no"),
        ("ee-1,nobody,must\n", "line 2", "wants_to_meet", "not a participant"),
        ("Twin,ee-1,must\n", "line 2", "participant", "names 2 participants"),
        ("ee-1,ee-1,must\n", "line 2", "wants_to_meet", "themselves"),
        ("ee-1,ua-1,must\nee-1,ua-1,no\n", "line 3", "pick", "contradicts line 2"),
    ],
)
def test_bad_pick_rows_name_file_line_and_field(tmp_path, directory, body, where, field, words):
    path = tmp_path / "picks.csv"
    path.write_text("participant,wants_to_meet,pick\n" + body, encoding="utf-8")
    with pytest.raises(SheetError) as caught:
        read_picks(path, directory)
    message = str(caught.value)
    assert (
        message.startswith(str(path))
        and where in message
        and f"field '{field}'" in message
        and words in message
    )


def test_missing_column_and_non_utf8_file(tmp_path, directory):
    (tmp_path / "a.csv").write_text("participant,pick\nee-1,must\n", encoding="utf-8")
    with pytest.raises(SheetError, match="line 1, field 'wants_to_meet': this column is missing"):
        read_picks(tmp_path / "a.csv", directory)
    (tmp_path / "b.csv").write_bytes("participant,wants_to_meet,pick\nT\xf5nu,ua-1,must\n".encode("latin-1"))
    with pytest.raises(SheetError, match="line 2: not UTF-8"):
        read_picks(tmp_path / "b.csv", directory)
    (tmp_path / "c.xlsx").write_bytes(b"not a zip")
    with pytest.raises(SheetError, match="not a readable XLSX"):
        read_picks(tmp_path / "c.xlsx", directory)


def test_availability_sheet(tmp_path, directory):
    path = tmp_path / "presence.csv"
    path.write_text("participant,slots\nee-1,1-3; 6\nua-1,\nua-2,none\n", encoding="utf-8")
    assert read_availability(path, directory, 6) == {"ee-1": {1, 2, 3, 6}, "ua-1": None, "ua-2": frozenset()}
    path.write_text("participant,slots\nee-1,2-9\n", encoding="utf-8")
    with pytest.raises(SheetError, match="line 2, field 'slots': '2-9' is outside slots 1 to 6"):
        read_availability(path, directory, 6)


def test_venue_csv_has_bom_and_neutralised_formulas(tmp_path):
    people = {p.id: p for p in PEOPLE}
    meetings = [Meeting(1, 3, "ua-2", "ee-1", "must"), Meeting(2, 1, "ee-1", "ua-1", "mutual-must")]
    path = write_venue_sheet(
        tmp_path / "venue.csv", venue_rows(meetings, people, start="09:00", slot_minutes=20)
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == VENUE_COLUMNS
    assert (
        rows[0]["a_name"] == "'=Evil Formula" and rows[0]["time"] == "09:00–09:20" and rows[0]["table"] == "3"
    )
    assert rows[1]["b_name"] == "Olena Koval"


def test_venue_xlsx_keeps_formula_text_as_text(tmp_path):
    people = {p.id: p for p in PEOPLE}
    path = write_venue_sheet(
        tmp_path / "venue.xlsx", venue_rows([Meeting(1, 1, "ua-2", "ee-1", "would")], people)
    )
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(VENUE_COLUMNS)
    cell = sheet.cell(row=2, column=VENUE_COLUMNS.index("a_name") + 1)
    assert cell.value == "=Evil Formula" and cell.data_type == "s"


def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    path = write_sheet(tmp_path / "out.csv", ("a",), [("old",)])
    before = path.read_bytes()

    class Boom:
        def __str__(self):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_sheet(path, ("a",), [("new",), (Boom(),)])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_outcomes_become_decisions_in_the_directions_asked(tmp_path, directory):
    meetings = [Meeting(1, 1, "ee-1", "ua-1", "mutual-must"), Meeting(2, 1, "ua-2", "ee-1", "must")]
    path = tmp_path / "outcomes.csv"
    path.write_text("a,b,outcome\nua-1,ee-1,No follow-up\nua-2,ee-1,agreement\n", encoding="utf-8")
    outcomes = read_outcomes(path, directory, meetings)
    assert outcomes == {("ee-1", "ua-1"): "no-follow-up", ("ua-2", "ee-1"): "agreement"}
    picks = {("ee-1", "ua-1"): "must", ("ua-1", "ee-1"): "must", ("ua-2", "ee-1"): "must"}
    decisions = {(d.a, d.b, d.status) for d in decisions_from_outcomes(outcomes, picks, "forum")}
    assert decisions == {
        ("ee-1", "ua-1", "declined"),
        ("ua-1", "ee-1", "declined"),
        ("ua-2", "ee-1", "agreement"),
    }
    path.write_text("a,b,outcome\nua-1,ua-2,met\n", encoding="utf-8")
    with pytest.raises(SheetError, match="line 2, field 'b': these two have no meeting"):
        read_outcomes(path, directory, meetings)
