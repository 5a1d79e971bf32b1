"""Evaluation: metrics worked out by hand, splits that hide (and leak) nothing, intervals that hold."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from matchmaker.match.evaluate import (
    METRICS,
    MODEL_NAME,
    evaluate,
    ranking_metrics,
    split_by_time,
    split_folds,
    split_newcomers,
    split_ties,
)
from matchmaker.records import DecisionRecord, EventRecord, ParticipationRecord, TieRecord
from tests.match_networks import UX, VOTING, actor, filler, network


def test_ranking_metrics_by_hand():
    got = ranking_metrics(["a", "x", "b", "y"], {"b", "c"}, k=2)
    assert got == {"hits": 0.0, "precision": 0.0, "recall": 0.0, "ndcg": 0.0, "mrr": pytest.approx(1 / 3)}
    got = ranking_metrics(["x", "b"], {"b"}, k=2)
    assert got["hits"] == 1.0 and got["precision"] == 0.5 and got["recall"] == 1.0
    assert got["ndcg"] == pytest.approx(1 / 1.5849625) and got["mrr"] == 0.5


def test_random_split_hides_ties_and_their_decisions():
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(6)]
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(6)]
    ties = [(f"ee-{i}", f"ua-{i}", "partner") for i in range(6)] + [("ee-0", "ee-1", "knows")]
    decisions = [(f"ua-{i}", f"ee-{i}", "agreement") for i in range(6)]
    train, hidden = split_ties(network(actors, ties, decisions), hide=0.5, seed=1, tie_kind="partner")
    assert len(hidden) == 3
    kept = {(t.source, t.target) for t in train.ties}
    assert ("ee-0", "ee-1") in kept
    assert not kept & {pair for pair in hidden} and not kept & {(b, a) for a, b in hidden}
    lost = {frozenset(pair) for pair in hidden}
    assert all(frozenset((d.a, d.b)) not in lost for d in train.decisions)
    assert len(train.decisions) == 3


def test_folds_hide_every_tie_exactly_once_and_keep_the_rest():
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(7)]
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(7)]
    ties = [(f"ee-{i}", f"ua-{i}", "partner") for i in range(7)] + [("ee-0", "ee-1", "knows")]
    folds = split_folds(network(actors, ties), folds=3, seed=2, tie_kind="partner")
    hidden = [pair for _train, fold in folds for pair in fold]
    assert sorted(hidden) == sorted((f"ee-{i}", f"ua-{i}") for i in range(7))  # each once, none twice
    assert [len(fold) for _train, fold in folds] in ([3, 2, 2], [2, 3, 2], [2, 2, 3])
    for train, fold in folds:
        kept = {(t.source, t.target) for t in train.ties}
        assert ("ee-0", "ee-1") in kept and not kept & set(fold)
        assert len(kept) == 8 - len(fold)


def test_cross_validation_asks_every_tied_actor_and_counts_each_once():
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(8)] + filler()
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(8)]
    ties = [(f"ee-{i}", f"ua-{i}", "partner") for i in range(8)]
    ties += [(f"ee-{i}", f"ua-{(i + 1) % 8}", "partner") for i in range(8)]  # everyone tied twice
    report = evaluate(network(actors, ties), split="folds", folds=4, seed=0)
    assert report.params["hidden_ties"] == 16 and report.params["folds"] == 4
    # all 16 tied actors ask; one asked in several folds counts once per slice (cold or warm) it fell in
    asked = report.params["query_actors"]
    assert 16 <= asked <= 32
    one_split = evaluate(network(actors, ties), split="random", hide=0.25, seed=0)
    assert asked > one_split.params["query_actors"]
    for row in report.rows:
        low, high = row["hits_ci"]
        assert 0.0 <= low <= row["hits"] <= high <= 1.0


def _history():
    """Ties, an event and a decision on both sides of 2025-01-01; ``ua-late`` first ties up after it."""
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(3)]
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(3)] + [
        actor("ua-late", "UA", [UX], [VOTING])
    ]
    early, late = date(2024, 5, 1), date(2025, 3, 1)
    ties = [
        TieRecord("ee-0", "ua-0", "partner", early),
        TieRecord("ee-1", "ua-1", "partner", early),
        TieRecord("ee-0", "ua-1", "partner", late),  # a new partnership after the cut
        TieRecord("ee-2", "ua-late", "partner", late),
        TieRecord("ee-1", "ua-0", "knows", early),
        TieRecord("ee-1", "ua-0", "partner", late),  # tied before (knows): not a *new* partner
        TieRecord("ee-2", "ua-2", "knows", None),  # undated: counts as known
    ]
    net = network(actors, ties)
    net.events = [
        EventRecord("forum-24", "Forum 2024", "forum", start=date(2024, 9, 1)),
        EventRecord("forum-25", "Forum 2025", "forum", start=date(2025, 5, 1)),
    ]
    net.participations = [ParticipationRecord("forum-24", "ee-0"), ParticipationRecord("forum-25", "ua-late")]
    net.decisions = [
        DecisionRecord("ee-0", "ua-2", "met", updated_at=datetime(2024, 10, 1)),
        DecisionRecord("ee-2", "ua-0", "agreement", updated_at=datetime(2025, 2, 1)),
    ]
    return net


def test_time_split_leaks_nothing_from_after_the_cut():
    train, hidden = split_by_time(_history(), before=date(2025, 1, 1), tie_kind="partner")
    assert hidden == [("ee-0", "ua-1"), ("ee-2", "ua-late")]  # ee-1/ua-0 knew each other before
    assert all(t.since is None or t.since < date(2025, 1, 1) for t in train.ties)
    assert [e.id for e in train.events] == ["forum-24"]
    assert [p.event for p in train.participations] == ["forum-24"]
    assert [(d.a, d.b) for d in train.decisions] == [("ee-0", "ua-2")]
    until, _hidden = split_by_time(
        _history(), before=date(2025, 1, 1), until=date(2025, 2, 1), tie_kind="partner"
    )
    assert _hidden == []


def test_training_windows_inside_fit_never_see_their_own_ties():
    """The recommender learns from held-out windows: each window's ties are missing from its base."""
    import numpy as np

    from matchmaker.match.profiles import build_profiles
    from matchmaker.match.signals import TieArrays
    from matchmaker.match.training import holdout_windows

    net = _history()
    net.ties += [TieRecord(f"ee-{i % 3}", f"ua-{i % 3}", "partner", date(2024, 1, 1 + i)) for i in range(3)]
    index = build_profiles(net)
    ties = TieArrays.of(net.ties, index.position)
    windows = holdout_windows(ties, "partner", share=0.3, windows=2, rng=np.random.default_rng(0))
    assert windows and all(w.timed for w in windows)
    for w in windows:
        assert (ties.day[w.targets] >= w.now).all()
        assert not (w.keep & (ties.day >= w.now)).any()  # nothing from the window or later is known


def test_a_small_relation_learns_from_more_of_its_history_than_a_big_one():
    """A forum's few hundred partnerships give too few ties per window: the fit holds out more,
    newer windows first, each still learning only from what came before it."""
    import numpy as np

    from matchmaker.match.signals import TieArrays

    def ties(count):
        days = np.arange(count) + date(2020, 1, 1).toordinal()
        return TieArrays(np.arange(count) % 50, 50 + np.arange(count) % 50, np.full(count, "partner"), days)

    from matchmaker.match.training import holdout_windows

    small = holdout_windows(ties(300), "partner", share=0.15, windows=2, rng=np.random.default_rng(0))
    big = holdout_windows(ties(20_000), "partner", share=0.15, windows=2, rng=np.random.default_rng(0))
    assert len(small) == 5 and len(big) == 2
    held_out = np.concatenate([w.targets for w in small])
    assert 0.7 * 300 <= held_out.size <= 0.8 * 300
    assert [w.now for w in small] == sorted((w.now for w in small), reverse=True)  # newest first
    for w in small:
        assert not (w.keep & (ties(300).day >= w.now)).any()


def test_evaluate_reports_every_method_with_intervals():
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(8)] + filler()
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(8)]
    report = evaluate(
        network(actors, [(f"ee-{i}", f"ua-{i}", "partner") for i in range(8)]), hide=0.5, seed=0
    )
    methods = [r["method"] for r in report.table()]
    assert methods[0] == MODEL_NAME and len(methods) == 7
    for row in report.rows:
        for m in METRICS:
            low, high = row[m + "_ci"]
            assert 0.0 <= low <= row[m] <= high <= 1.0
    assert {c["baseline"] for c in report.comparisons} == set(methods[1:])
    assert "| vs popularity |" in report.markdown()


def test_model_beats_a_baseline_only_when_the_whole_interval_is_above_zero():
    from matchmaker.match.evaluate import EvaluationReport

    report = EvaluationReport(params={"k": 10})
    report.comparisons = [
        {
            "slice": "all",
            "baseline": "popularity",
            "metric": "hits",
            "lead": 0.1,
            "ci": (0.01, 0.2),
            "beats": True,
        },
        {
            "slice": "all",
            "baseline": "popularity",
            "metric": "precision",
            "lead": 0.01,
            "ci": (-0.001, 0.02),
            "beats": False,
        },
    ]
    assert not report.model_beats_baselines()
    assert report.model_beats_baselines(metrics=("hits",))


def test_rolling_cuts_step_by_months_and_stop_at_until():
    from matchmaker.match.evaluate import split_rolling_cuts

    assert split_rolling_cuts(date(2024, 1, 31), date(2025, 3, 1), 6) == [
        (date(2024, 1, 31), date(2024, 7, 28)),  # no 31st in every month: the 28th
        (date(2024, 7, 28), date(2025, 1, 28)),
        (date(2025, 1, 28), date(2025, 3, 1)),  # the last cut asks only up to --until
    ]


def test_each_rolling_cut_knows_only_its_past_and_is_asked_only_about_its_next_year():
    from matchmaker.match.evaluate import split_rolling

    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(4)]
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(4)]
    ties = [
        TieRecord("ee-0", "ua-0", "partner", date(2023, 6, 1)),
        TieRecord("ee-1", "ua-1", "partner", date(2024, 6, 1)),
        TieRecord("ee-2", "ua-2", "partner", date(2025, 6, 1)),
        TieRecord("ee-3", "ua-3", "partner", date(2026, 6, 1)),  # after --until: never asked
    ]
    first, second = split_rolling(
        network(actors, ties), before=date(2024, 1, 1), until=date(2026, 1, 1), every=12, tie_kind="partner"
    )
    assert [t.target for t in first[0].ties] == ["ua-0"] and first[1] == [("ee-1", "ua-1")]
    assert [t.target for t in second[0].ties] == ["ua-0", "ua-1"] and second[1] == [("ee-2", "ua-2")]
    report = evaluate(
        network(actors + filler(), ties),
        split="rolling",
        before=date(2024, 1, 1),
        until=date(2026, 1, 1),
        any_country=True,
    )
    assert report.params["cuts"] == 2 and report.params["every"] == 12
    assert report.params["hidden_ties"] == 2 and report.params["query_actors"] == 4


def test_newcomers_arrive_with_nothing_and_only_they_ask():
    """Each fold of tied actors in turn loses every tie, event attended and decision of theirs;
    over the folds every tied actor asks once, as a newcomer, for the partners it had."""
    net = _history()
    parts = split_newcomers(net, folds=3, seed=0, tie_kind="partner")
    tied = {end for t in net.ties if t.kind == "partner" for end in (t.source, t.target)}
    assert set().union(*(members for _train, _hidden, members in parts)) == tied
    for train, hidden, members in parts:
        assert not any({t.source, t.target} & members for t in train.ties)
        assert not any(p.actor in members for p in train.participations)
        assert not any({d.a, d.b} & members for d in train.decisions)
        assert all({s, t} & members for s, t in hidden)
        expected = {
            (t.source, t.target) for t in net.ties if t.kind == "partner" and {t.source, t.target} & members
        }
        assert set(hidden) == expected
    report = evaluate(
        network(net.actors + filler(), net.ties), split="newcomers", folds=3, seed=0, any_country=True
    )
    assert report.params["query_actors"] == len(tied) == report.params["cold_queries"]


def test_a_repeated_split_asks_each_actor_once_over_more_partitions():
    """Repeated cross-validation: every tie is hidden once per repeat, each under another partition
    (another seed), and an actor asked in several fits is still one sample of the interval."""
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(8)] + filler()
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(8)]
    ties = [(f"ee-{i}", f"ua-{i}", "partner") for i in range(8)]
    ties += [(f"ee-{i}", f"ua-{(i + 2) % 8}", "partner") for i in range(8)]
    net = network(actors, ties)
    once = evaluate(net, split="newcomers", folds=4, seed=0, any_country=True)
    thrice = evaluate(net, split="newcomers", folds=4, repeats=3, seed=0, any_country=True)
    assert thrice.params["repeats"] == 3
    # a tie is hidden at least once in each repeat (twice when its two ends arrive in different parts)
    assert thrice.params["hidden_ties"] >= 3 * len(ties)
    assert thrice.params["query_actors"] == once.params["query_actors"] == 16  # each actor one sample
    # the three partitions differ: the first repeat is the single split, the others are new draws
    first = [sorted(m) for _t, _h, m in split_newcomers(net, folds=4, seed=0, tie_kind="partner")]
    second = [sorted(m) for _t, _h, m in split_newcomers(net, folds=4, seed=1, tie_kind="partner")]
    assert first != second
    folds = evaluate(net, split="folds", folds=4, repeats=2, seed=0)
    assert folds.params["hidden_ties"] == 2 * 16


@pytest.mark.parametrize("split", ["random", "time"])
def test_only_fold_splits_can_be_repeated(split):
    with pytest.raises(ValueError, match="repeated"):
        evaluate(_history(), split=split, repeats=2, before=date(2025, 1, 1))
    with pytest.raises(ValueError, match="at least once"):
        evaluate(_history(), split="folds", repeats=0)
