"""The pool-quality bench ranks one fitted model with other pool settings: each must act as if
the model had been built with it, or the bench's verdict would compare a setting with itself.

The champion lists and each role's busiest are remembered after a first query, so a setting
changed afterwards would silently not apply without the bench's forgetting them.
"""

from __future__ import annotations

import numpy as np

from bench.bench_pool_quality import PoolSetting, pool_setting
from matchmaker.match import PartnerRecommender, candidate_pool, features
from tests.test_match_pool import _crowd, large_path

SMALL = PoolSetting("small", per_signal=3, champions=5, busiest=4, busiest_lately=2)


def _pool(model, q: int) -> np.ndarray:
    return model.relation("partner").maker.scan(q).pool


def test_a_setting_applied_to_a_fitted_model_gives_the_pool_of_a_model_built_with_it(monkeypatch):
    net = _crowd()
    large_path(monkeypatch)
    model = PartnerRecommender(learn=False).fit(net)
    q = model.index_.position["ee-q"]
    before = _pool(model, q)  # champion lists and busiest now remembered at the larger setting

    with pool_setting(SMALL, model):
        small = _pool(model, q)
    after = _pool(model, q)

    monkeypatch.setattr(features, "PER_SIGNAL", SMALL.per_signal)
    monkeypatch.setattr(candidate_pool, "CHAMPIONS", SMALL.champions)
    monkeypatch.setattr(candidate_pool, "BUSIEST", SMALL.busiest)
    monkeypatch.setattr(candidate_pool, "BUSIEST_LATELY", SMALL.busiest_lately)
    candidate_pool._BY_ROLE.clear()
    built_small = _pool(PartnerRecommender(learn=False).fit(net), q)

    assert small.size < before.size
    np.testing.assert_array_equal(small, built_small)
    np.testing.assert_array_equal(after, before)  # the setting ends with the block


def test_no_pool_scores_every_actor(monkeypatch):
    net = _crowd()
    large_path(monkeypatch)
    model = PartnerRecommender(learn=False).fit(net)
    q = model.index_.position["ee-q"]

    with pool_setting(PoolSetting("no pool", everyone=True), model):
        everyone = _pool(model, q)

    np.testing.assert_array_equal(everyone, np.arange(model.index_.n))
    assert _pool(model, q).size < model.index_.n
