"""The portfolio likelihood: how much likelier a newcomer's terms are under a candidate's past
partners than under the network at large (a smoothed naive Bayes ratio, worked out by hand)."""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse

from matchmaker.match import FEATURE_NAMES, PartnerRecommender
from matchmaker.match.features import LIKELIHOOD_PRIOR, _portfolio_likelihood, _term_rates
from tests.match_networks import actor, filler, network

ONLY_LIKELIHOOD = [1.0 if name == "portfolio_likelihood" else 0.0 for name in FEATURE_NAMES]


def test_each_term_is_weighed_by_its_count_in_the_portfolio_against_its_rate_in_the_network():
    """Actor 0 is tied to 1 (holding term 0) and 2 (holding terms 0 and 1); nobody else holds anything."""
    adjacency = sparse.csr_matrix(np.array([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float))
    terms = sparse.csr_matrix(np.array([[0, 0], [1, 0], [1, 1]], dtype=float))
    rate = _term_rates(terms)
    assert np.allclose(rate, [3 / 5, 2 / 5])  # held twice and once, add-one smoothed
    postings, spread = _portfolio_likelihood(adjacency, terms, rate)
    mu = LIKELIHOOD_PRIOR
    # actor 0's portfolio holds term 0 twice and term 1 once: three terms in all
    assert spread[0] == math.log1p(3 / mu)
    per_term = postings.rows.toarray()
    assert np.allclose(per_term[0], [math.log1p(2 / (mu * 0.6)), math.log1p(1 / (mu * 0.4))])
    # actor 1's partner (actor 0) holds nothing, so its portfolio is its own term 0
    assert np.allclose(per_term[1], [math.log1p(1 / (mu * 0.6)), 0.0])
    assert spread[1] == math.log1p(1 / mu)


def _investors_network():
    """A newcomer e-health start-up; a focused investor that backed three e-health start-ups, and a
    busier one that backed twelve fintech start-ups and a single e-health one."""
    health = [actor(f"ee-health-{i}", "EE", sectors=["e-health"]) for i in range(4)]
    fintech = [actor(f"ee-fin-{i}", "EE", sectors=["fintech"]) for i in range(12)]
    return network(
        [
            actor("ua-new", "UA", sectors=["e-health"]),
            actor("ee-focused", "EE", kind="investor"),
            actor("ee-busy", "EE", kind="investor"),
            *health,
            *fintech,
            *filler(),
        ],
        ties=[
            *(("ee-focused", h.id, "invested_in") for h in health[:3]),
            ("ee-busy", health[3].id, "invested_in"),
            *(("ee-busy", f.id, "invested_in") for f in fintech),
        ],
    )


def test_an_investor_who_keeps_backing_your_field_outranks_a_busier_one_backing_others():
    got = (
        PartnerRecommender(weights=ONLY_LIKELIHOOD, diversity=0)
        .fit(_investors_network())
        .recommend("ua-new", kinds=["investor"], any_country=True)
    )
    assert [s.id for s in got] == ["ee-focused", "ee-busy"]
    focused, busy = got
    assert focused.contributions["portfolio_likelihood"] > 0
    assert "their past partners are like you: e-health" in focused.reasons
    # twelve fintech start-ups make e-health less likely from the busy investor than from the network
    assert busy.contributions["portfolio_likelihood"] < 0
    assert not any(r.startswith("their past partners are like you") for r in busy.reasons)


def test_a_newcomer_stating_nothing_gets_no_likelihood_either_way():
    net = _investors_network()
    net.actors.append(actor("ua-blank", "UA"))
    got = (
        PartnerRecommender(weights=ONLY_LIKELIHOOD, diversity=0)
        .fit(net)
        .recommend("ua-blank", kinds=["investor"], any_country=True)
    )
    assert {s.id for s in got} == {"ee-focused", "ee-busy"}
    assert all(s.contributions["portfolio_likelihood"] == 0 for s in got)


def test_likelihood_and_profile_fit_saying_the_same_thing_give_one_reason():
    weights = [1.0 if name in ("portfolio_likelihood", "content_fit") else 0.0 for name in FEATURE_NAMES]
    got = (
        PartnerRecommender(weights=weights, diversity=0)
        .fit(_investors_network())
        .recommend("ua-new", kinds=["investor"], any_country=True)
    )
    focused = got[0]
    assert focused.id == "ee-focused"
    assert focused.contributions["content_fit"] > 0 and focused.contributions["portfolio_likelihood"] > 0
    assert focused.reasons.count("their past partners are like you: e-health") == 1
