"""``matchmaker meetings`` and its companions, end to end through ``matchmaker.cli.main``."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess

import pytest

from matchmaker.cli import main
from matchmaker.interchange import export_network
from tests.meetings_forums import forum_network

PICKS = """participant,wants_to_meet,pick
Ann Tamm,Olena Koval,must
Олена Коваль,ee-ann,must
ua-ivan,Bo Kask,would
ee-bo,ua-ivan,would
ua-ivan,Riigi Teenused,must
Riigi Teenused,ua-ivan,no
ua-dia,ee-bo,would
"""


@pytest.fixture
def forum_db(tmp_path):
    written = export_network(forum_network(), "json", tmp_path / "forum.json")
    db = str(tmp_path / "forum.sqlite")
    assert main(["--db", db, "import", *map(str, written)]) == 0
    (tmp_path / "picks.csv").write_text(PICKS, encoding="utf-8")
    return db


def run_json(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_meetings_json_is_the_optimal_schedule(forum_db, tmp_path, capsys):
    """Two slots, one table. Ann–Olena both *must* (100), Ivan–Bo both *would* (10), Dia→Bo
    *would* (1); Ivan→ministry is refused by a *no*. Ann and Bo are the ministry's delegation,
    Olena and Dia the start-up's: Ann–Olena and Ivan–Bo take the two slots (110); Dia–Bo has
    no slot left (both delegations are busy in both)."""
    doc = run_json(
        capsys,
        "--db",
        forum_db,
        "meetings",
        "Tallinn Forum",
        "--slots",
        "2",
        "--tables",
        "1",
        "--picks",
        str(tmp_path / "picks.csv"),
        "--json",
    )
    assert set(doc) >= {"meetings", "unscheduled", "objective", "bound"}
    assert sorted((m["a"], m["b"], m["kind"]) for m in doc["meetings"]) == [
        ("ee-ann", "ua-olena", "mutual-must"),
        ("ee-bo", "ua-ivan", "mutual-would"),
    ]
    assert {m["slot"] for m in doc["meetings"]} == {1, 2} and {m["table"] for m in doc["meetings"]} == {1}
    assert doc["objective"] == doc["bound"] == 110
    why = {(u["a"], u["b"]): u["why"] for u in doc["unscheduled"]}
    assert why == {("ua-dia", "ee-bo"): "no-room", ("ua-ivan", "ee-gov"): "declined"}

    assert main(["--db", forum_db, "meetings", "forum-1"]) == 0  # the saved plan, for people
    out = capsys.readouterr()
    assert "Ann Tamm (EE)" in out.out and "Olena Koval (UA)" in out.out and "110" in out.out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--slots", "2", "--tables", "1"], "no picks for Tallinn Forum yet"),
        (["--slots", "2"], "give both --slots and --tables"),
        ([], "no schedule is saved"),
        (["--slots", "2", "--tables", "1", "--picks", "missing.csv"], "missing.csv: no such file"),
        (["--slots", "2", "--tables", "1", "--start", "25:00"], "start time"),
    ],
)
def test_user_errors_are_one_line(forum_db, capsys, argv, words):
    capsys.readouterr()
    assert main(["--db", forum_db, "meetings", "forum-1", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err and "Traceback" not in err


def _picks(db: str):
    from pathlib import Path

    return Path(db).parent / "picks.csv"


def test_cancel_repairs_and_outcomes_feed_decisions(forum_db, tmp_path, capsys):
    run_json(
        capsys,
        "--db",
        forum_db,
        "meetings",
        "forum-1",
        "--slots",
        "3",
        "--tables",
        "2",
        "--picks",
        str(_picks(forum_db)),
        "--json",
    )
    doc = run_json(capsys, "--db", forum_db, "meeting-cancel", "forum-1", "Ivan Petrenko", "--json")
    assert all("ua-ivan" not in (m["a"], m["b"]) for m in doc["meetings"])
    assert {(d["a"], d["b"]) for d in doc["dropped"]} == {("ee-bo", "ua-ivan")}
    assert doc["method"] == "repair"

    venue = tmp_path / "venue.csv"
    assert main(["--db", forum_db, "meetings", "forum-1", "--venue", str(venue)]) == 0
    rows = list(csv.DictReader(venue.read_text(encoding="utf-8-sig").splitlines()))
    for row in rows:
        row["outcome"] = "agreement" if row["a"] == "ee-ann" else "no-show"
    with venue.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    doc = run_json(capsys, "--db", forum_db, "meeting-outcomes", "forum-1", str(venue), "--json")
    assert doc["outcomes"]["agreement"] == 1 and doc["decisions"] == 2
    from matchmaker.store import open_store

    store = open_store(forum_db)
    assert {(d.a, d.b, d.status) for d in store.load_network().decisions} == {
        ("ee-ann", "ua-olena", "agreement"),
        ("ua-olena", "ee-ann", "agreement"),
    }
    store.engine.dispose()


def test_suggestions_sheet_names_only_participants(forum_db, tmp_path, capsys):
    import openpyxl

    out = tmp_path / "suggested.xlsx"
    assert main(["--db", forum_db, "meeting-suggestions", "forum-1", "--top", "3", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["participant", "participant_name", "wants_to_meet"] and header[-1] == "pick"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    participants = {"ee-gov", "ee-ann", "ee-bo", "ua-dia", "ua-olena", "ua-ivan"}
    assert rows and all(r[0] in participants and r[2] in participants for r in rows)
    assert all(
        {r[0], r[2]} not in ({"ee-ann", "ee-bo"}, {"ua-dia", "ua-olena"}) for r in rows
    )  # never colleagues
    assert ("ee-ann", "ua-olena") in {(r[0], r[2]) for r in rows}  # needs x-road ↔ offers ux, both ways


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_agendas_and_table_plan_render(forum_db, tmp_path, capsys):
    agendas, plan = tmp_path / "agendas.pdf", tmp_path / "plan.pdf"
    run_json(
        capsys,
        "--db",
        forum_db,
        "meetings",
        "forum-1",
        "--slots",
        "2",
        "--tables",
        "1",
        "--start",
        "9:30",
        "--picks",
        str(_picks(forum_db)),
        "--agendas",
        str(agendas),
        "--plan",
        str(plan),
        "--json",
    )
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(agendas), str(tmp_path / "agenda")], check=True)
    pages = sorted(tmp_path.glob("agenda-*.png"))
    assert len(pages) == 6  # one page per participant
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(agendas), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Олена Коваль" in text and "09:30–09:50" in text and "both must meet" in text
        plan_text = subprocess.run(
            ["pdftotext", str(plan), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Slot 1" in plan_text and "Slot 2" in plan_text and "Ann Tamm (EE)" in plan_text
    from PySide6.QtGui import QImage

    image = QImage(str(pages[0]))
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200  # text and the header band, not a blank page
