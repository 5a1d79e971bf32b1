"""The candidate pool of a large network: each signal's best are scored, exactly, and a planted partner is found.

Above ``POOL_FROM`` actors a query no longer scores everyone some signal reaches; these tests
lower the threshold so a network of a few hundred actors takes the large-network path.
"""

from __future__ import annotations

import random
from collections import defaultdict

import numpy as np
import pytest
from scipy import sparse

from matchmaker.match import PartnerRecommender, candidate_pool, features
from matchmaker.match.all_pairs import all_top_pairs
from matchmaker.match.diversity import mmr_order, mmr_order_of_rows
from matchmaker.match.profiles import normalise_rows
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


@pytest.mark.parametrize("processes", [1, 2])
def test_every_actors_list_on_a_pooled_network_is_what_asking_for_it_alone_gives(monkeypatch, processes):
    """``recommend --all`` and the best pairs read the pool ``recommend X`` reads: one answer per actor."""
    large_path(monkeypatch)
    model = PartnerRecommender(learn=False).fit(_crowd())
    assert model.relation("partner").maker.scan(model.index_.position["ee-q"]).pool.size < N / 3

    rows = list(all_top_pairs(model, top=5, processes=processes))

    by_actor = defaultdict(list)
    for row in rows:
        by_actor[row.actor].append((row.candidate, row.score, row.band))
    for a in model.askers():
        assert by_actor[a] == [(s.id, s.score, s.band) for s in model.recommend(a, top=5)]


def _argpartition_choice(values: np.ndarray, k: int) -> set[int]:
    """The k largest positive values as the pool picked them before (argpartition over the positive)."""
    positive = np.flatnonzero(values > 0)
    if positive.size <= k:
        return set(positive.tolist())
    return set(positive[np.argpartition(-values[positive], k - 1)[:k]].tolist())


@pytest.mark.parametrize("seed", range(6))
def test_a_signals_best_are_the_ones_a_full_ordering_picks_even_among_equal_values(seed):
    rng = np.random.default_rng(seed)
    values = np.where(rng.random(20_000) < 0.3, rng.random(20_000), 0.0)
    values[rng.choice(values.size, 400)] = -1.0  # negative: never a candidate
    if seed % 2:  # many equal values, some of them at the k-th place
        values = np.round(values, 2)

    for k in (1, 5, 150, 5_000, 10_000):
        assert set(candidate_pool.largest_positive(values, k).tolist()) == _argpartition_choice(values, k)


def test_the_walk_is_scipys_own_product_to_the_last_bit():
    model = PartnerRecommender(learn=False).fit(_crowd())
    maker = model.relation("partner").maker
    step = maker.relation.walk
    for q in range(0, N, 37):
        lo, hi = step.indptr[q], step.indptr[q + 1]
        v = sparse.csr_matrix((step.data[lo:hi], step.indices[lo:hi], [0, hi - lo]), shape=(1, step.shape[0]))
        v = (v @ step) @ step
        v.sum_duplicates()
        walk = maker.walk_from(q)
        assert walk.index.size > 0
        assert walk.index.tolist() == v.indices.tolist()
        expected = np.log1p(maker.index.n * v.data * maker.walk_damping[v.indices])
        assert walk.values.tolist() == expected.tolist()  # equal floats, not close ones


def test_diversity_keeps_the_plain_order_without_near_copies_and_steps_copies_aside():
    rng = np.random.default_rng(4)
    profiles = normalise_rows(sparse.random(60, 40, density=0.2, format="csr", random_state=5))
    scores = rng.random(50)
    rows = rng.permutation(60)[:50]  # the shortlist's rows of the profiles
    best, second = np.argsort(-scores)[:2]
    copied = profiles.tolil()
    copied[rows[second]] = copied[rows[best]]  # the second best a copy of the best
    copied = sparse.csr_matrix(copied)

    for matrix in (profiles, copied):
        fast = mmr_order_of_rows(scores, matrix, rows, 10, trade_off=0.3, threshold=0.9)
        assert fast.tolist() == mmr_order(scores, matrix[rows], 10, trade_off=0.3, threshold=0.9).tolist()
    plain = mmr_order_of_rows(scores, profiles, rows, 10, trade_off=0.3, threshold=0.9)
    assert plain.tolist() == np.argsort(-scores, kind="stable")[:10].tolist()
    stepped = mmr_order_of_rows(scores, copied, rows, 10, trade_off=0.3, threshold=0.9)
    assert stepped[0] == best and stepped[1] != second
