"""The reciprocal recommender on tiny hand-made networks: what a user would notice."""

from __future__ import annotations

import numpy as np
import pytest

from matchmaker.match import FEATURE_NAMES, PartnerRecommender, Suggestion
from matchmaker.records import ActorRecord
from matchmaker.taxonomy import SkillResolver, bundled_skills
from tests.match_networks import (
    CLOUD,
    COURT,
    DATA,
    HEALTH,
    TAX,
    UX,
    VOTING,
    XROAD,
    actor,
    filler,
    network,
    reciprocity_network,
)


def ids(suggestions: list[Suggestion]) -> list[str]:
    return [s.id for s in suggestions]


def test_two_sided_pair_outranks_one_sided_pair():
    model = PartnerRecommender(learn=False).fit(reciprocity_network())
    got = model.recommend("ee-gov")
    assert ids(got).index("ua-both") < ids(got).index("ua-one")
    both, one = got[ids(got).index("ua-both")], got[ids(got).index("ua-one")]
    assert both.fit_you_need == pytest.approx(1.0) and both.fit_they_need == pytest.approx(1.0)
    assert one.fit_you_need == pytest.approx(1.0) and one.fit_they_need == pytest.approx(0.0)
    assert both.band == "strong" and one.band == "possible"
    assert "you need Mobile UX design, which they offer" in both.reasons
    assert "they need Internet voting, which you offer" in both.reasons


def test_contributions_sum_to_score():
    model = PartnerRecommender(learn=False).fit(reciprocity_network())
    for s in model.recommend("ee-gov"):
        assert set(s.contributions) == set(FEATURE_NAMES)
        assert sum(s.contributions.values()) == s.score
    assert model.weights_.shape == (len(model.feature_names_),)


def test_estonian_need_meets_ukrainian_offer_of_same_skill():
    resolver = SkillResolver(bundled_skills())
    need = resolver.resolve("Mobiilirakenduste kasutajakogemuse disain")  # Estonian label
    offer = resolver.resolve("UX-дизайн мобільних застосунків")  # Ukrainian label
    assert need == offer == UX
    net = network([actor("ee", "EE", [VOTING], [need]), actor("ua", "UA", [offer], [VOTING]), *filler()])
    top = PartnerRecommender(learn=False).fit(net).recommend("ee", language="et")[0]
    assert top.id == "ua"
    assert "Mobiilirakenduste kasutajakogemuse disain" in top.reasons[0]


def test_cyrillic_and_latin_descriptions_meet():
    net = network(
        [
            actor("ee", "EE", description="Kyiv Kharkiv drone mapping for hromada services"),
            actor("ua-cyr", "UA", description="Картографування дронами для громад у Києві: Київ, Харків"),
            actor("ua-other", "UA", description="Accounting software for bakeries"),
            *filler(),
        ]
    )
    model = PartnerRecommender(learn=False).fit(net)
    top = model.recommend("ee")[0]
    assert top.id == "ua-cyr"
    assert top.contributions["content_fit"] > 0
    assert any("kyiv" in r or "kharkiv" in r for r in top.reasons)


def test_unknown_needs_direction_is_none_not_zero():
    net = network(
        [
            actor("ee-quiet", "EE", [VOTING], []),  # declares no needs and has no ties
            actor("ua-needs-voting", "UA", [UX], [VOTING]),
            actor("ua-needs-court", "UA", [UX], [COURT]),
            *filler(),
        ]
    )
    got = PartnerRecommender(learn=False).fit(net).recommend("ee-quiet")
    top = got[0]
    assert top.id == "ua-needs-voting"
    assert top.fit_you_need is None and top.fit_they_need == pytest.approx(1.0)
    assert top.score > 0.2
    assert "you have declared no needs, so this rests on what you offer them" in top.reasons


def test_investor_without_needs_gets_portfolio_like_suggestions():
    portfolio = [actor(f"ee-port-{i}", "EE", [XROAD, DATA], [TAX]) for i in range(20)]
    net = network(
        [
            actor("ee-fund", "EE", [], [], kind="investor"),
            *portfolio,
            actor("ua-xroad", "UA", [XROAD, DATA], [HEALTH]),
            actor("ua-court", "UA", [COURT], [HEALTH]),
            actor("ua-cloud", "UA", [CLOUD], [HEALTH]),
            *filler(),
        ],
        ties=[("ee-fund", p.id, "invested_in") for p in portfolio],
    )
    got = PartnerRecommender(learn=False).fit(net).recommend("ee-fund", kinds=["startup"])
    assert got[0].id == "ua-xroad"
    assert got[0].fit_you_need is not None and got[0].fit_you_need > 0.5
    assert any(r.startswith("your ties suggest you need") for r in got[0].reasons)


def test_tied_and_declined_pairs_are_excluded():
    base = reciprocity_network()
    tied = network(base.actors, ties=[("ee-gov", "ua-both", "partner")])
    assert "ua-both" not in ids(PartnerRecommender(learn=False).fit(tied).recommend("ee-gov"))
    assert "ua-both" in ids(PartnerRecommender(learn=False).fit(tied).recommend("ee-gov", include_tied=True))
    declined = network(base.actors, decisions=[("ua-both", "ee-gov", "declined")])
    model = PartnerRecommender(learn=False).fit(declined)
    assert "ua-both" not in ids(model.recommend("ee-gov", include_tied=True))
    assert "ee-gov" not in ids(model.recommend("ua-both", include_tied=True))


def test_cross_border_by_default_any_country_lifts_it():
    net = network([*reciprocity_network().actors, actor("ee-twin", "EE", [UX], [VOTING])])
    model = PartnerRecommender(learn=False).fit(net)
    default = model.recommend("ee-gov")
    assert {s.country for s in default} == {"UA"}
    assert "ee-twin" in ids(model.recommend("ee-gov", any_country=True))
    assert ids(model.recommend("ee-gov", countries=["EE"]))[0] == "ee-twin"


def test_filters_by_kind_and_sector():
    net = network(
        [
            actor("ee", "EE", [VOTING], [UX], kind="public_body"),
            actor("ua-startup", "UA", [UX], [VOTING], sectors=["govtech"]),
            actor("ua-uni", "UA", [UX], [VOTING], kind="university", sectors=["education"]),
            *filler(),
        ]
    )
    model = PartnerRecommender(learn=False).fit(net)
    assert ids(model.recommend("ee", kinds=["university"])) == ["ua-uni"]
    assert ids(model.recommend("ee", sectors=["govtech"])) == ["ua-startup"]


def test_near_duplicates_do_not_fill_the_top():
    twins = [
        actor(f"ua-twin-{i}", "UA", [UX, HEALTH], [VOTING], description="mobile health app studio")
        for i in range(8)
    ]
    others = [
        actor(
            f"ua-other-{i}",
            "UA",
            [UX, [DATA, CLOUD, TAX, COURT][i]],
            [VOTING],
            description=f"{w} consultancy",
        )
        for i, w in enumerate(["open data", "cloud", "tax", "court"])
    ]
    net = network([actor("ee", "EE", [VOTING], [UX]), *twins, *others, *filler()])
    top = ids(PartnerRecommender(learn=False).fit(net).recommend("ee", top=5))
    assert sum(i.startswith("ua-twin") for i in top) <= 2
    plain = ids(PartnerRecommender(learn=False, diversity=0).fit(net).recommend("ee", top=5))
    assert sum(i.startswith("ua-twin") for i in plain) == 5


def test_warm_path_is_named_and_raises_the_pair():
    net = network(
        [
            actor("ee", "EE", [VOTING], [UX]),
            actor("ua-a", "UA", [UX], [VOTING]),
            actor("ua-b", "UA", [UX], [VOTING]),
            actor("ee-mentor", "EE", kind="person", name="Mari Maasikas"),
            *filler(),
        ],
        ties=[("ee-mentor", "ee", "knows"), ("ee-mentor", "ua-b", "knows")],
    )
    got = PartnerRecommender(learn=False).fit(net).recommend("ee")
    assert got[0].id == "ua-b"
    assert got[0].warm_path == ["ee", "ee-mentor", "ua-b"]
    assert "ask Mari Maasikas, who is tied to both of you" in got[0].reasons


def test_staff_at_the_same_forum_count_as_the_organisations_meeting():
    """Forums are attended by people: an organisation whose analyst was at the Kyiv forum met
    the Ukrainian start-up there, and the reason says how."""
    from matchmaker.records import EventRecord, ParticipationRecord

    net = network(
        [
            actor("ee", "EE", [VOTING], [UX], kind="company"),
            actor("ua-a", "UA", [UX], [VOTING]),
            actor("ua-b", "UA", [UX], [VOTING]),
            actor("ee-analyst", "EE", kind="person", name="Kati Kask"),
            *filler(),
        ],
        ties=[("ee-analyst", "ee", "works_at")],
    )
    net.events = [EventRecord("kyiv-forum", "Kyiv Digital Forum", "forum")]
    net.participations = [
        ParticipationRecord("kyiv-forum", "ee-analyst"),
        ParticipationRecord("kyiv-forum", "ua-b"),
    ]
    got = PartnerRecommender(learn=False).fit(net).recommend("ee", kinds=["startup"])
    assert got[0].id == "ua-b"
    assert "both of you were at Kyiv Digital Forum, yourselves or through your people" in got[0].reasons
    net.participations.append(ParticipationRecord("kyiv-forum", "ee"))
    again = PartnerRecommender(learn=False).fit(net).recommend("ee", kinds=["startup"])
    assert "you both attended Kyiv Digital Forum" in again[0].reasons


def test_sectors_that_tie_up_here_raise_a_newcomer_of_the_partner_sector():
    """The network's e-health actors keep partnering with digital-identity ones: a Ukrainian
    digital-identity start-up new to the network outranks an equally new fintech one for an
    Estonian e-health agency, and the reason names the two sectors."""
    pairs = [
        (
            actor(f"ee-health-{i}", "EE", kind="public_body", sectors=["e-health"]),
            actor(f"ua-id-{i}", "UA", sectors=["digital identity"]),
        )
        for i in range(4)
    ]
    others = [actor(f"ua-fin-{i}", "UA", sectors=["fintech"]) for i in range(2)] + [
        actor(f"ee-fin-{i}", "EE", kind="company", sectors=["fintech"]) for i in range(2)
    ]
    net = network(
        [
            actor("ee", "EE", kind="public_body", sectors=["e-health"]),
            actor("ua-new-id", "UA", sectors=["digital identity"]),
            actor("ua-new-fin", "UA", sectors=["fintech"]),
            *(a for pair in pairs for a in pair),
            *others,
            *filler(),
        ],
        ties=[
            *((h.id, d.id, "partner") for h, d in pairs),
            ("ee-fin-0", "ua-fin-0", "partner"),
            ("ee-fin-1", "ua-fin-1", "partner"),
        ],
    )
    weights = [0.0] * len(FEATURE_NAMES)
    weights[FEATURE_NAMES.index("sector_affinity")] = 1.0
    got = PartnerRecommender(weights=weights, diversity=0).fit(net).recommend("ee", top=20)
    order = [s.id for s in got]
    assert order.index("ua-new-id") < order.index("ua-new-fin")
    first = got[order.index("ua-new-id")]
    assert first.contributions["sector_affinity"] > 0
    assert "e-health and digital identity often tie up here" in first.reasons
    assert not any("often tie up here" in r for r in got[order.index("ua-new-fin")].reasons)


def _sector_pattern_network(decisions=()):
    """Every pair fits equally; only the sector tells them apart."""
    actors = [
        actor(f"ee-{i}", "EE", [VOTING], [UX], sectors=["health" if i % 2 else "finance"]) for i in range(10)
    ]
    actors += [
        actor(f"ua-{i}", "UA", [UX], [VOTING], sectors=["health" if i % 2 else "finance"]) for i in range(10)
    ]
    return network(actors, decisions=decisions)


def test_agreements_for_a_pattern_move_similar_pairs_up():
    # users keep agreeing with suggestions across sectors and declining same-sector ones
    decisions = [
        (f"ee-{i}", f"ua-{j}", "agreement" if i % 2 != j % 2 else "declined")
        for i in range(2, 10)
        for j in range(2, 10)
    ]
    before = PartnerRecommender(min_outcomes=10).fit(_sector_pattern_network())
    after = PartnerRecommender(min_outcomes=10).fit(_sector_pattern_network(decisions))
    assert before.weights_source_ == "default" and after.weights_source_ == "learned"
    alike = FEATURE_NAMES.index("content_fit")  # sectors are part of what "alike" means
    assert after.weights_[alike] < 0 < before.weights_[alike]
    health = {f"ua-{j}" for j in (1, 3, 5, 7, 9)}
    finance = {f"ua-{j}" for j in (0, 2, 4, 6, 8)}
    assert set(ids(before.recommend("ee-1", top=5))) == health  # ee-1 is in health
    assert set(ids(after.recommend("ee-1", top=5))) == finance


def test_few_outcomes_keep_default_weights():
    model = PartnerRecommender(min_outcomes=30).fit(_sector_pattern_network([("ee-1", "ua-1", "agreement")]))
    assert model.weights_source_ == "default"


def test_unknown_actor_is_a_user_error():
    from matchmaker.errors import UnknownActorError

    with pytest.raises(UnknownActorError):
        PartnerRecommender(learn=False).fit(reciprocity_network()).recommend("nobody")


def test_as_dict_has_the_documented_keys():
    s = PartnerRecommender(learn=False).fit(reciprocity_network()).recommend("ee-gov")[0]
    d = s.as_dict()
    assert {
        "id",
        "name",
        "country",
        "score",
        "band",
        "reasons",
        "contributions",
        "warm_path",
        "fit_they_need",
        "fit_you_need",
    } <= set(d)


def test_recommend_many_fits_once_and_is_deterministic():
    net = reciprocity_network()
    a = PartnerRecommender(random_state=3).fit(net).recommend_many(["ee-gov", "ua-both"])
    b = PartnerRecommender(random_state=3).fit(net).recommend_many(["ee-gov", "ua-both"])
    assert list(a) == ["ee-gov", "ua-both"]
    assert [ids(v) for v in a.values()] == [ids(v) for v in b.values()]
    assert np.isclose(a["ee-gov"][0].score, b["ee-gov"][0].score)


def test_actor_records_are_not_modified():
    net = reciprocity_network()
    before = [ActorRecord(**{f: getattr(a, f) for f in a.__slots__}) for a in net.actors]
    PartnerRecommender().fit(net).recommend("ee-gov")
    assert net.actors == before
