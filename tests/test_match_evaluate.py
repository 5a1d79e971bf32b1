"""Evaluation: metrics worked out by hand, no leak of hidden ties, and the model beating baselines on the demo."""

from __future__ import annotations

import pytest

from matchmaker.match.evaluate import METRICS, MODEL_NAME, evaluate, ranking_metrics, split_ties
from tests.match_networks import UX, VOTING, actor, filler, network


def test_ranking_metrics_by_hand():
    got = ranking_metrics(["a", "x", "b", "y"], {"b", "c"}, k=2)
    assert got == {"hits": 0.0, "precision": 0.0, "recall": 0.0, "ndcg": 0.0, "mrr": pytest.approx(1 / 3)}
    got = ranking_metrics(["x", "b"], {"b"}, k=2)
    assert got["hits"] == 1.0 and got["precision"] == 0.5 and got["recall"] == 1.0
    assert got["ndcg"] == pytest.approx(1 / 1.5849625) and got["mrr"] == 0.5


def test_split_hides_ties_and_their_decisions():
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(6)]
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(6)]
    ties = [(f"ee-{i}", f"ua-{i}", "partner") for i in range(6)] + [("ee-0", "ee-1", "knows")]
    decisions = [(f"ua-{i}", f"ee-{i}", "agreement") for i in range(6)]
    train, hidden = split_ties(network(actors, ties, decisions), hide=0.5, seed=1, tie_kind="partner")
    assert sum(map(len, hidden.values())) == 6  # three ties, both ends
    kept = {(t.source, t.target) for t in train.ties}
    assert ("ee-0", "ee-1") in kept
    for a, lost in hidden.items():
        assert all((a, b) not in kept and (b, a) not in kept for b in lost)
    assert all(d.b not in hidden.get(d.a, ()) for d in train.decisions)
    assert len(train.decisions) == 3


def test_evaluate_reports_every_method_on_a_tiny_network():
    actors = [actor(f"ee-{i}", "EE", [VOTING], [UX]) for i in range(8)] + filler()
    actors += [actor(f"ua-{i}", "UA", [UX], [VOTING]) for i in range(8)]
    report = evaluate(
        network(actors, [(f"ee-{i}", f"ua-{i}", "partner") for i in range(8)]), hide=0.5, seed=0
    )
    methods = [r["method"] for r in report.table()]
    assert methods[0] == MODEL_NAME and len(methods) == 6
    assert all(0.0 <= r[m] <= 1.0 for r in report.rows for m in METRICS)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [0, 1])
def test_model_beats_every_baseline_on_the_demo(demo_store, seed):
    report = evaluate(demo_store.load_network(), hide=0.2, seed=seed)
    assert report.weights_source == "learned"
    assert report.model_beats_baselines(), report.markdown()


@pytest.mark.slow
def test_implicit_need_investors_get_portfolio_like_startups(demo_store):
    from matchmaker.demo import demo_truth
    from matchmaker.match import PartnerRecommender

    # default weights: the learnt ones describe how partnerships form, which is not how investments do
    model = PartnerRecommender(learn=False).fit(demo_store.load_network())
    for investor in demo_truth()["implicit_need_investors"]:
        top = model.recommend(investor, kinds=["startup"], top=5)[0]
        assert top.fit_you_need is not None and top.fit_you_need >= 0.25, (investor, top)
        assert any(r.startswith("your ties suggest you need") for r in top.reasons)
