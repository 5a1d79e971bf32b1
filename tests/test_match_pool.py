"""The candidate pool of a large network: each signal's best are scored, exactly, and a planted partner is found.

Above ``POOL_FROM`` actors a query no longer scores everyone some signal reaches; these tests
lower the threshold so a network of a few hundred actors takes the large-network path.
"""

from __future__ import annotations

import random

import numpy as np

from matchmaker.match import PartnerRecommender, candidate_pool, features
from matchmaker.taxonomy import bundled_skills
from tests.match_networks import actor, network

N = 400


def _crowd():
    """Actors sharing a description (one word points everyone at everyone) and common skills,
    tied at random; ``ee-q`` needs a rare skill ``ua-planted`` offers, and they share two partners."""
    rng = random.Random(3)
    skills = [s.id for s in bundled_skills()]
    common, rare = skills[:40], skills[200]
    people = [
        actor(
            f"a{i}",
            "EE" if i % 2 else "UA",
            rng.sample(common, 3),
            rng.sample(common, 3),
            description="Builds digital public services together across the border.",
        )
        for i in range(N)
    ]
    people.append(actor("ee-q", "EE", [common[0]], [rare], description="Builds digital public services."))
    people.append(actor("ua-planted", "UA", [rare], [common[0]], description="Builds digital services."))
    ties = [
        (f"a{a}", f"a{b}", "partner")
        for a, b in {tuple(sorted(rng.sample(range(N), 2))) for _ in range(3 * N)}
    ]
    ties += [("ee-q", "a1", "partner"), ("ee-q", "a3", "partner")]
    ties += [("ua-planted", "a1", "partner"), ("ua-planted", "a3", "partner")]
    return network(people, ties)


def large_path(monkeypatch):
    """The large-network path on a small network: a pool of each signal's few best."""
    monkeypatch.setattr(features, "DENSE_LIMIT", 50)
    monkeypatch.setattr(features, "EXACT_POSTINGS", 0)  # every content signal read row by row
    monkeypatch.setattr(features, "PER_SIGNAL", 8)
    monkeypatch.setattr(candidate_pool, "BUSIEST", 10)
    monkeypatch.setattr(candidate_pool, "BUSIEST_LATELY", 5)
    monkeypatch.setattr(candidate_pool, "CHAMPIONS", 30)


def test_a_capped_pool_still_finds_the_planted_partner(monkeypatch):
    net = _crowd()
    everyone = [s.id for s in PartnerRecommender(learn=False).fit(net).recommend("ee-q", top=3)]
    large_path(monkeypatch)
    model = PartnerRecommender(learn=False).fit(net)
    q = model.index_.position["ee-q"]
    pool = model.relation("partner").maker.scan(q).pool

    assert pool.size < N / 3  # not everyone the shared description reaches
    found = [s.id for s in model.recommend("ee-q", top=3)]
    assert "ua-planted" in found
    assert found == everyone


def test_pooled_candidates_are_scored_exactly_as_without_a_pool(monkeypatch):
    net = _crowd()
    everyone = PartnerRecommender(learn=False).fit(net)
    q = everyone.index_.position["ee-q"]
    rows = np.arange(everyone.index_.n)
    exact = everyone.relation("partner").maker.scan(q).matrix(rows)

    monkeypatch.setattr(features, "DENSE_LIMIT", 50)
    monkeypatch.setattr(features, "EXACT_POSTINGS", 0)
    pooled = PartnerRecommender(learn=False).fit(net)
    scan = pooled.relation("partner").maker.scan(q)

    assert scan.pool.size < everyone.index_.n
    np.testing.assert_allclose(scan.matrix(scan.pool), exact[scan.pool], atol=1e-12)
    # the rows a pool left out read exactly too, when asked for (a training list's sample)
    np.testing.assert_allclose(scan.matrix(rows), exact, atol=1e-12)


def test_each_signals_best_by_champion_lists_is_its_exact_best_when_columns_are_short():
    net = _crowd()
    model = PartnerRecommender(learn=False).fit(net)
    maker = model.relation("partner").maker
    q = model.index_.position["ee-q"]
    everyone = np.arange(model.index_.n)
    cols = model.content_.indices[model.content_.indptr[q] : model.content_.indptr[q + 1]]
    vals = model.content_.data[model.content_.indptr[q] : model.content_.indptr[q + 1]]
    similar = candidate_pool.RowDot(maker.content_index, cols, vals)
    values = similar.at(everyone)

    best = similar.best(20)  # no column is longer than CHAMPIONS here: exact

    assert best.size == 20
    assert values[best].min() >= np.sort(values)[-20] - 1e-12


def test_a_kept_model_answers_every_relation_without_fitting_again():
    net = network(
        [actor(f"s{i}", "EE", kind="startup") for i in range(6)]
        + [actor(f"i{i}", "UA", kind="investor") for i in range(3)],
        ties=[("i0", "s0", "invested_in"), ("i1", "s1", "invested_in"), ("s2", "s3", "partner")],
    )
    seen = []
    model = PartnerRecommender().fit(net).fit_every_relation(lambda done, total: seen.append((done, total)))

    assert set(model.relations_) == {"invested_in", "partner"}
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
