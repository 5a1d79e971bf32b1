"""The recommender per relation: the question decides the relation, roles, cold queries, honest reasons."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from matchmaker.match import FEATURE_NAMES, PartnerRecommender
from matchmaker.match.baselines import (
    AdamicAdarBaseline,
    ContentPopularityBaseline,
    RP3BetaBaseline,
)
from matchmaker.match.calibration import GOOD_CHANCE, STRONG_CHANCE, band_thresholds
from matchmaker.match.learning import default_weights
from matchmaker.match.ranker import RankingList
from matchmaker.records import ActorRecord, NetworkData, TieRecord
from tests.match_networks import UX, VOTING, actor, filler, network


def company(id: str, country: str = "US", sectors=()) -> ActorRecord:
    return ActorRecord(id=id, kind="company", name=id.title(), country=country, sectors=tuple(sectors))


def ids(suggestions) -> list[str]:
    return [s.id for s in suggestions]


def test_the_question_decides_the_relation():
    """A startup asking for investors is asking about investments, not partnerships."""
    actors = [actor(f"s{i}", "EE", [UX], [VOTING]) for i in range(4)]
    actors += [actor(f"v{i}", "UA", [], [], kind="investor") for i in range(2)]
    ties = [
        ("s0", "s1", "partner"),
        ("s2", "s3", "partner"),
        ("v0", "s0", "invested_in"),
        ("v1", "s2", "invested_in"),
    ]
    model = PartnerRecommender(learn=False).fit(network(actors, ties))
    assert {s.relation for s in model.recommend("s1", kinds=["investor"])} == {"invested_in"}
    assert {s.relation for s in model.recommend("s1", kinds=["startup"], any_country=True)} == {"partner"}


def _acquisitions(extra_targets: int = 0) -> NetworkData:
    """Three acquirers buy fintech or health companies; ``t-new`` (fintech) has just appeared."""
    actors = [company("big-fin", sectors=["fintech"]), company("big-health", sectors=["health"])]
    actors += [company("small-fin", sectors=["fintech"])]
    ties = []
    for i in range(6):
        actors.append(company(f"fin-{i}", sectors=["fintech", "payments"]))
        actors.append(company(f"health-{i}", sectors=["health"]))
        ties.append(
            TieRecord("big-fin", f"fin-{i}", "invested_in", date(2020, 1, 1) + timedelta(days=30 * i))
        )
        ties.append(
            TieRecord("big-health", f"health-{i}", "invested_in", date(2020, 1, 1) + timedelta(days=30 * i))
        )
    ties.append(TieRecord("small-fin", "fin-0", "partner", date(2019, 1, 1)))
    ties.append(TieRecord("small-fin", "fin-4", "invested_in", date(2020, 5, 1)))
    ties.append(TieRecord("small-fin", "fin-5", "invested_in", date(2020, 6, 1)))
    actors.append(company("t-new", sectors=["fintech", "payments"]))
    return NetworkData(actors=actors, ties=ties)


def test_an_acquired_company_is_shown_acquirers_not_other_acquired_companies():
    """Directed relation: a newcomer's kind usually enters as the acquired side, so candidates are
    ranked by how often they acquired, not by how often they were acquired."""
    got = (
        PartnerRecommender(learn=False)
        .fit(_acquisitions())
        .recommend("t-new", kinds=["company"], any_country=True, top=3)
    )
    assert ids(got)[0] == "big-fin"
    assert "small-fin" in ids(got)
    assert not any(i.startswith("fin-") for i in ids(got)[:2])


def test_a_query_with_no_ties_is_served_by_who_its_record_resembles():
    got = (
        PartnerRecommender(learn=False)
        .fit(_acquisitions())
        .recommend("t-new", kinds=["company"], any_country=True)
    )
    top = got[0]
    assert top.id == "big-fin" and top.contributions["content_fit"] > 0
    assert any(
        r.startswith("their past partners are like you: fintech") or "payments" in r for r in top.reasons
    )
    assert ids(got).index("big-fin") < ids(got).index("big-health")


def _investments(seed: int = 0) -> NetworkData:
    """Dated investments: each investor backs startups of its own sector, busy ones more often."""
    rng = np.random.default_rng(seed)
    sectors = ["fintech", "health", "govtech", "energy"]
    actors = [
        actor(f"st-{i}", "EE" if i % 2 else "UA", sectors=[sectors[i % 4]], stage="seed") for i in range(160)
    ]
    actors += [
        ActorRecord(f"inv-{j}", "investor", f"Fund {j}", "EE" if j % 3 else "UA", sectors=(sectors[j % 4],))
        for j in range(16)
    ]
    ties, day = [], date(2018, 1, 1)
    for n in range(500):
        j = int(rng.choice(16, p=np.r_[np.full(4, 0.16), np.full(12, 0.36 / 12)]))
        i = int(rng.choice([k for k in range(160) if k % 4 == j % 4]))
        ties.append(TieRecord(f"inv-{j}", f"st-{i}", "invested_in", day + timedelta(days=3 * n)))
    unique = {(t.source, t.target): t for t in ties}
    return NetworkData(actors=actors, ties=list(unique.values()))


def test_learned_from_investment_ties_alone_not_defaults():
    """A network with only investment ties still learns (from its newest ties, held out by date)."""
    model = PartnerRecommender().fit(_investments())
    fitted = model.relation("invested_in")
    assert fitted.source == "learned" and fitted.outcomes >= 30
    assert not np.allclose(fitted.weights["warm/abroad"], default_weights())
    warm = fitted.weights[
        "warm/anywhere"
    ]  # busy investors invest more: activity, all-time and lately, counts
    assert warm[FEATURE_NAMES.index("activity")] + warm[FEATURE_NAMES.index("recent_activity")] > 0
    # what it learned is what the network does: a startup gets investors of its own sector first
    got = model.recommend("st-0", kinds=["investor"], any_country=True, top=4)
    assert set(ids(got)[:2]) <= {"inv-0", "inv-4", "inv-8", "inv-12"}


def test_a_reason_is_given_only_for_what_raised_the_score():
    actors = [
        actor("ee", "EE", [VOTING], [UX]),
        actor("ua-a", "UA", [UX], [VOTING]),
        actor("ee-mentor", "EE", kind="person", name="Mari Maasikas"),
        *filler(),
    ]
    net = network(actors, ties=[("ee-mentor", "ee", "knows"), ("ee-mentor", "ua-a", "knows")])
    weights = default_weights()
    for name in ("common_partners", "recent_common_partners", "adamic_adar", "walk"):
        weights[FEATURE_NAMES.index(name)] = 0.0
    weights[FEATURE_NAMES.index("warm_path")] = -0.5  # shared ties lower the score here
    got = PartnerRecommender(weights=weights).fit(net).recommend("ee")
    top = next(s for s in got if s.id == "ua-a")
    assert top.contributions["warm_path"] < 0
    assert not any("Mari Maasikas" in r for r in top.reasons)
    assert top.warm_path == ["ee", "ee-mentor", "ua-a"]  # who could introduce is still shown
    weights[FEATURE_NAMES.index("warm_path")] = 0.5
    top = next(s for s in PartnerRecommender(weights=weights).fit(net).recommend("ee") if s.id == "ua-a")
    assert "ask Mari Maasikas, who is tied to both of you" in top.reasons
    assert sum(top.contributions.values()) == pytest.approx(top.score)


def test_a_suggestion_resting_on_activity_says_so():
    weights = np.zeros(len(FEATURE_NAMES))
    weights[FEATURE_NAMES.index("activity")] = 1.0
    got = (
        PartnerRecommender(weights=weights)
        .fit(_acquisitions())
        .recommend("t-new", kinds=["company"], any_country=True)
    )
    assert (
        got[0].reasons[0]
        == "suggested mainly because they are among the most active here, not for a fit with you"
    )
    assert any(r.startswith("active in this network: 6 ties of this kind") for r in got[0].reasons)


def test_bands_say_how_often_such_pairs_formed():
    """Scores are set against what formed: the band thresholds sit where the chance reaches its level."""
    rng = np.random.default_rng(0)
    lists = []
    for _ in range(300):
        x = rng.normal(size=(50, 1))
        chance = 1 / (1 + np.exp(-(3 * x[:, 0] - 4)))
        formed = rng.random(50) < chance
        if formed.any() and not formed.all():
            lists.append(RankingList(x, formed))
    strong, good = band_thresholds(lists, np.array([1.0]))
    assert strong == pytest.approx((np.log(STRONG_CHANCE / (1 - STRONG_CHANCE)) + 4) / 3, abs=0.15)
    assert good == pytest.approx((np.log(GOOD_CHANCE / (1 - GOOD_CHANCE)) + 4) / 3, abs=0.15)


def test_adamic_adar_weighs_rare_shared_partners_more():
    """``a`` shares hub ``h`` (degree 5) with ``c`` and the quiet ``q`` (degree 2) with ``d``:
    1/log 5 = 0.62 < 1/log 2 = 1.44, so ``d`` first though both share one partner."""
    actors = [company(x) for x in ["a", "h", "q", "c", "d", "e1", "e2", "e3"]]
    pairs = [("a", "h"), ("a", "q"), ("h", "c"), ("q", "d"), ("h", "e1"), ("h", "e2"), ("h", "e3")]
    net = NetworkData(actors=actors, ties=[TieRecord(s, t, "partner") for s, t in pairs])
    assert AdamicAdarBaseline().fit(net).rank_ids("a", top=2, any_country=True) == ["d", "c"]


def test_rp3beta_finds_what_similar_actors_chose_and_damps_the_popular():
    """Bipartite investments: ``s0``'s investor ``v0`` also backed ``s1``, whose other investor is ``v1``;
    the busy ``v9`` (backing s2..s7) is not reachable in three steps and ranks below ``v1``."""
    actors = [company(f"s{i}") for i in range(8)] + [company(x) for x in ("v0", "v1", "v9")]
    ties = [("v0", "s0"), ("v0", "s1"), ("v1", "s1")] + [("v9", f"s{i}") for i in range(2, 8)]
    net = NetworkData(actors=actors, ties=[TieRecord(s, t, "invested_in") for s, t in ties])
    assert RP3BetaBaseline(tie_kind="invested_in").fit(net).rank_ids(
        "s0", top=1, kinds=["company"], any_country=True
    ) == ["v1"]


def test_content_times_popularity_needs_both():
    got = (
        ContentPopularityBaseline(tie_kind="invested_in")
        .fit(_acquisitions())
        .rank_ids("t-new", top=2, any_country=True)
    )
    assert got == ["big-fin", "small-fin"]  # active *and* alike; big-health is active but unlike


def test_private_actors_are_never_suggested_and_council_ones_only_to_the_council():
    from dataclasses import replace

    net = network(
        [
            actor("ee-gov", "EE", [VOTING], [UX], kind="public_body"),
            replace(actor("ua-private", "UA", [UX], [VOTING]), visibility="private"),
            replace(actor("ua-council", "UA", [UX], [VOTING]), visibility="council"),
            actor("ua-public", "UA", [UX], [VOTING]),
            replace(actor("ee-go-between", "EE", kind="person"), visibility="private"),
            *filler(),
        ],
        ties=[("ee-go-between", "ee-gov", "knows"), ("ee-go-between", "ua-public", "knows")],
    )
    public = ids(PartnerRecommender(learn=False).fit(net).recommend("ee-gov", top=20))
    council = ids(PartnerRecommender(learn=False, audience="council").fit(net).recommend("ee-gov", top=20))
    assert "ua-private" not in public and "ua-private" not in council
    assert "ua-council" not in public and "ua-council" in council
    top = next(s for s in PartnerRecommender(learn=False).fit(net).recommend("ee-gov") if s.id == "ua-public")
    assert top.warm_path is None and not any("Ee Go Between" in r for r in top.reasons)
    assert ids(
        PartnerRecommender(learn=False).fit(net).recommend("ua-private")
    )  # a private actor still gets its own
