"""``matchmaker recommend`` and ``matchmaker evaluate`` through ``matchmaker.cli.main``."""

from __future__ import annotations

import json

import pytest

from matchmaker.cli import main
from matchmaker.interchange import export_network
from tests.match_networks import UX, VOTING, actor, filler, network


@pytest.fixture
def tiny_db(tmp_path):
    net = network(
        [
            actor("ee-gov", "EE", [VOTING], [UX], kind="public_body", name="Riigi Teenused"),
            actor("ua-both", "UA", [UX], [VOTING], name="Дія Дизайн"),
            actor("ua-one", "UA", [UX], []),
            actor("ee-twin", "EE", [UX], [VOTING]),
            *filler(),
        ],
        ties=[
            ("ee-gov", "filler-0", "partner"),
            ("filler-1", "filler-2", "partner"),
            ("filler-3", "filler-4", "partner"),
            ("ua-one", "filler-5", "partner"),
        ],
    )
    written = export_network(net, "json", tmp_path / "tiny.json")
    db = str(tmp_path / "tiny.sqlite")
    assert main(["--db", db, "import", *map(str, written)]) == 0
    return db


def test_recommend_json_keyed_by_actor(tiny_db, capsys):
    capsys.readouterr()
    assert main(["--db", tiny_db, "recommend", "ee-gov", "Дія Дизайн", "--top", "3", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert list(doc) == ["ee-gov", "ua-both"]
    first = doc["ee-gov"][0]
    assert set(first) == {
        "id",
        "name",
        "country",
        "score",
        "band",
        "reasons",
        "contributions",
        "relation",
        "warm_path",
    }
    assert first["relation"] == "partner"
    assert first["id"] == "ua-both" and first["band"] in ("strong", "good", "possible")
    assert sum(first["contributions"].values()) == pytest.approx(first["score"])
    assert all(s["country"] != "EE" for s in doc["ee-gov"])
    assert len(doc["ee-gov"]) <= 3


def test_recommend_any_country_and_kind_filter(tiny_db, capsys):
    capsys.readouterr()
    assert main(["--db", tiny_db, "recommend", "ee-gov", "--any-country", "--kind", "startup", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    got = [s["id"] for s in doc["ee-gov"]]
    assert "ee-twin" in got and "filler-0" not in got
    assert all(i.startswith(("ua-", "ee-")) for i in got)


def test_recommend_text_names_reasons(tiny_db, capsys):
    assert main(["--db", tiny_db, "recommend", "ee-gov", "--top", "2"]) == 0
    out = capsys.readouterr().out
    assert "Suggestions for Riigi Teenused (ee-gov, EE): partnerships" in out
    assert "you need Mobile UX design, which they offer" in out


def test_recommend_unknown_actor_exits_2(tiny_db, capsys):
    assert main(["--db", tiny_db, "recommend", "nobody"]) == 2
    assert "nobody" in capsys.readouterr().err


def test_evaluate_json_shape(tiny_db, capsys):
    capsys.readouterr()
    assert main(["--db", tiny_db, "evaluate", "--hide", "0.5", "--any-country", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)  # one JSON document on stdout; progress went to stderr
    methods = {r["method"] for r in doc["rows"]}
    assert {
        "model",
        "random",
        "popularity",
        "common neighbours",
        "Adamic-Adar",
        "RP3beta",
        "content x popularity",
    } == methods
    assert {"hits", "precision", "recall", "ndcg", "mrr", "hits_ci", "precision_ci"} <= set(doc["rows"][0])
    assert {c["baseline"] for c in doc["comparisons"]} == methods - {"model"}
    assert all(c["ci"][0] <= c["lead"] <= c["ci"][1] for c in doc["comparisons"])


def test_evaluate_cross_validation_reports_its_folds_and_refuses_one_fold(tiny_db, capsys):
    capsys.readouterr()
    assert main(["--db", tiny_db, "evaluate", "--split", "folds", "--folds", "1"]) == 2
    assert capsys.readouterr().err.strip() == "--folds must be at least 2"
    assert (
        main(["--db", tiny_db, "evaluate", "--split", "folds", "--folds", "2", "--any-country", "--json"])
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    partner_ties = doc["params"]["hidden_ties"]
    assert doc["params"]["split"] == "folds" and doc["params"]["folds"] == 2 and partner_ties > 0
    assert {r["method"] for r in doc["rows"]} >= {"model", "popularity", "content x popularity"}


def test_evaluate_repeats_a_fold_split_and_refuses_to_repeat_others(tiny_db, capsys):
    capsys.readouterr()
    argv = ["--db", tiny_db, "evaluate", "--split", "folds", "--folds", "2", "--any-country"]
    assert main([*argv, "--repeats", "2", "--json"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["params"]["repeats"] == 2
    assert "fold 4 of 4" in captured.err  # two folds, twice
    assert main([*argv, "--repeats", "0"]) == 2
    assert capsys.readouterr().err.strip() == "--repeats must be at least 1"
    assert main(["--db", tiny_db, "evaluate", "--repeats", "3"]) == 2
    assert capsys.readouterr().err.strip() == "--repeats applies to the folds and newcomers splits only"


def test_evaluate_time_split_needs_a_day_and_says_so_in_one_line(tiny_db, capsys):
    capsys.readouterr()
    assert main(["--db", tiny_db, "evaluate", "--split", "time"]) == 2
    assert capsys.readouterr().err.strip() == "a time split needs --before DATE"
    with pytest.raises(SystemExit):
        main(["--db", tiny_db, "evaluate", "--split", "time", "--before", "last year"])
    assert "expected a day as YYYY-MM-DD; got 'last year'" in capsys.readouterr().err


def test_evaluate_time_split_with_no_later_ties_is_one_line(tiny_db, capsys):
    capsys.readouterr()
    assert main(["--db", tiny_db, "evaluate", "--split", "time", "--before", "2030-01-01"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no partner ties are hidden by this split" in err


def test_evaluate_rolling_split_needs_both_days_in_order_and_says_so_in_one_line(tiny_db, capsys):
    capsys.readouterr()
    for days in (["--before", "2024-01-01"], ["--before", "2025-01-01", "--until", "2024-01-01"]):
        assert main(["--db", tiny_db, "evaluate", "--split", "rolling", *days]) == 2
        assert (
            capsys.readouterr().err.strip() == "a rolling split needs --before DATE and a later --until DATE"
        )
    assert (
        main(
            ["--db", tiny_db, "evaluate", "--split", "rolling", "--before", "2024-01-01"]
            + ["--until", "2025-01-01", "--every", "0"]
        )
        == 2
    )
    assert capsys.readouterr().err.strip() == "--every must be at least 1 month"
