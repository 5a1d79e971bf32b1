"""``matchmaker recommend --all -o FILE``: every actor's list, the same as asking one by one, in parallel."""

from __future__ import annotations

import csv
import io
import json

import pytest

from matchmaker.cli import main
from matchmaker.cli.progress import StderrProgress
from matchmaker.interchange import export_network
from matchmaker.match import PartnerRecommender
from matchmaker.match.all_pairs import PairRow, all_top_pairs, best_cross_border_pairs, best_pairs
from tests.match_networks import UX, VOTING, actor, filler, network

NET = network(
    [
        actor("ee-gov", "EE", [VOTING], [UX], kind="public_body", name="=Riigi Teenused"),
        actor("ua-both", "UA", [UX], [VOTING], name="Дія Дизайн"),
        actor("ua-one", "UA", [UX], []),
        actor("ee-twin", "EE", [UX], [VOTING]),
        *filler(),
    ],
    ties=[
        ("ee-gov", "filler-0", "partner"),
        ("filler-1", "filler-2", "partner"),
        ("ua-one", "filler-5", "partner"),
    ],
)


@pytest.fixture
def tiny_db(tmp_path):
    written = export_network(NET, "json", tmp_path / "tiny.json")
    db = str(tmp_path / "tiny.sqlite")
    assert main(["--db", db, "import", *map(str, written)]) == 0
    return db


@pytest.mark.parametrize("processes", [1, 2])
def test_every_actors_list_is_what_asking_for_it_alone_gives(processes):
    model = PartnerRecommender().fit(NET)
    rows = list(all_top_pairs(model, top=3, processes=processes))

    for a in NET.actors:
        alone = [(s.id, s.score, s.band) for s in model.recommend(a.id, top=3)]
        assert [(r.candidate, r.score, r.band) for r in rows if r.actor == a.id] == alone
    assert [r.rank for r in rows if r.actor == "ee-gov"] == [1, 2, 3][
        : len([r for r in rows if r.actor == "ee-gov"])
    ]


def test_the_best_pairs_of_the_network_name_each_pair_once():
    rows = list(all_top_pairs(PartnerRecommender().fit(NET), top=3, processes=1))
    best = best_pairs(iter(rows), limit=5)
    pairs = [frozenset((r.actor, r.candidate)) for r in best]
    assert len(pairs) == len(set(pairs))
    assert [r.score for r in best] == sorted((r.score for r in best), reverse=True)
    assert best[0].score == max(r.score for r in rows)


def test_the_best_pairs_list_spreads_over_actors_when_asked():
    rows = [PairRow("hub", 1, f"c{i}", 10.0 - i, "strong", "partner") for i in range(5)]
    rows += [PairRow("a", 1, "b", 4.0, "good", "partner"), PairRow("b", 1, "a", 3.0, "good", "partner")]
    assert len(best_pairs(iter(rows), limit=10)) == 6  # a-b once, in its better direction
    spread = best_pairs(iter(rows), limit=10, per_actor=2)
    assert [(r.actor, r.candidate) for r in spread] == [("hub", "c0"), ("hub", "c1"), ("a", "b")]


def test_cancelling_stops_early(monkeypatch):
    monkeypatch.setattr("matchmaker.match.all_pairs.CHUNK", 2)
    rows = list(all_top_pairs(PartnerRecommender().fit(NET), top=3, processes=1, cancelled=lambda: True))
    assert len({r.actor for r in rows}) < len(NET.actors)


def test_cli_writes_a_guarded_csv_of_every_actor(tiny_db, tmp_path, capsys):
    out = tmp_path / "all.csv"
    capsys.readouterr()
    assert main(["--db", tiny_db, "recommend", "--all", "--top", "2", "-o", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["written"] == str(out)
    text = out.read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert {row["actor"] for row in table} == {a.id for a in NET.actors}
    assert {row["rank"] for row in table} <= {"1", "2"}
    assert all(row["candidate_country"] != "" for row in table)
    assert "'=Riigi Teenused" in text  # a name a spreadsheet would run is written as text


def test_cli_json_keyed_by_actor(tiny_db, tmp_path):
    out = tmp_path / "all.json"
    assert main(["--db", tiny_db, "recommend", "--all", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {a.id for a in NET.actors} and all(len(v) <= 10 for v in doc.values())


@pytest.mark.parametrize(
    "argv",
    [
        ["recommend", "--all"],
        ["recommend", "-o", "x.csv", "ee-gov"],
        ["recommend", "--all", "-o", "x.csv", "ee-gov"],
        ["recommend"],
    ],
)
def test_cli_refuses_incomplete_requests_in_one_line(tiny_db, capsys, argv):
    capsys.readouterr()
    assert main(["--db", tiny_db, *argv]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_only_after_a_second():
    quick, slow, piped = Terminal(), Terminal(), io.StringIO()
    StderrProgress("ranking", stream=quick)(5, 10)
    StderrProgress("ranking", after=0.0, stream=piped)(5, 10)
    late = StderrProgress("ranking", after=0.0, every=0.0, stream=slow)
    late(5, 10)
    late(10, 10)
    late.close()
    assert quick.getvalue() == "" and piped.getvalue() == ""
    assert slow.getvalue() == "\rranking: 5 of 10 (50 %)\rranking: 10 of 10 (100 %)\n"


def test_the_progress_line_says_about_how_many_minutes_are_left_once_the_pace_is_known(monkeypatch):
    from matchmaker import time_left

    moments = iter([0.0, 120.0, 150.0, 151.0])  # when each report comes
    monkeypatch.setattr(time_left, "_now", lambda: next(moments))
    terminal = Terminal()
    progress = StderrProgress("ranking", after=0.0, every=0.0, stream=terminal)
    for done in (1, 2, 3, 4):
        progress(done, 4)
    progress.close()
    lines = terminal.getvalue().split("\r")[1:]
    assert lines[0] == "ranking: 1 of 4 (25 %)"  # the first report: no pace yet
    assert lines[1] == "ranking: 2 of 4 (50 %), about 4 minutes left"  # a quarter in two minutes
    longest = len(lines[1])  # a shorter line is padded to cover it
    assert lines[2] == "ranking: 3 of 4 (75 %), about 1 minute left".ljust(longest)
    assert lines[3] == "ranking: 4 of 4 (100 %), less than a minute left".ljust(longest) + "\n"


def test_the_best_cross_border_pairs_are_the_recommenders_own_pairs_explained():
    model = PartnerRecommender().fit(NET)
    pairs = best_cross_border_pairs(model, limit=4)

    assert pairs and len(pairs) <= 4
    countries = {a.id: a.country for a in NET.actors}
    for pair in pairs:
        assert countries[pair.actor] != countries[pair.partner]
        alone = {s.id: s for s in model.recommend(pair.actor)}
        assert alone[pair.partner].score == pair.score
        assert pair.reason == (alone[pair.partner].reasons or [""])[0]
    assert best_cross_border_pairs(model, cancelled=lambda: True) is None
