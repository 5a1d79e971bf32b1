"""An edit updates the kept recommender without learning again: today's signals, the learnt weights.

A new actor, a tie, a skill or an outcome must show in the very next suggestions, while the
weights learnt from the network's history are kept (learning is what costs minutes on a large
network); once many ties changed, the weights are learnt afresh.
"""

from __future__ import annotations

import numpy as np
import pytest

from matchmaker.match import PartnerRecommender, fitted_recommender
from matchmaker.match import model as model_module
from matchmaker.records import ActorRecord, TieRecord
from tests import test_kept

CHANGES = test_kept.CHANGES
db = test_kept.db  # the fixtures of the kept-copy tests: a small network in a database file
keep_small_networks = test_kept.keep_small_networks

EDITS = {
    **{name: CHANGES[name] for name in ("import", "edit", "skill", "outcome", "snapshot merge")},
    "tie": lambda store, _tmp: store.put_tie(TieRecord("ee-ria", "ua-olena", "partner")),
}


@pytest.fixture
def learning(monkeypatch):
    """Counts the times weights are learnt (a training window built)."""
    calls = []
    real = model_module.window_lists

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(model_module, "window_lists", counted)
    return calls


@pytest.mark.parametrize("change", list(EDITS))
def test_an_edit_keeps_the_learnt_weights_over_the_edited_network(
    db, learning, tmp_path, monkeypatch, change
):
    monkeypatch.setattr(model_module, "REFIT_SHARE", 1.0)  # the sample has three ties: one is a third
    before = fitted_recommender(db)
    learnt = len(learning)
    EDITS[change](db, tmp_path)

    after = fitted_recommender(db)

    assert len(learning) == learnt  # nothing learnt again
    assert after.net_ == db.load_network()
    assert set(after.relations_) == set(before.relations_)
    for kind, fitted in before.relations_.items():
        for name, weights in fitted.weights.items():
            np.testing.assert_array_equal(after.relations_[kind].weights[name], weights)


def test_a_declined_partner_is_gone_from_the_next_suggestions(db):
    first = fitted_recommender(db).recommend("ee-ria")[0].id
    db.record_decision("ee-ria", first, "declined")
    assert first not in [s.id for s in fitted_recommender(db).recommend("ee-ria")]


def test_a_new_tie_and_a_new_actor_show_in_the_next_suggestions(db, monkeypatch):
    monkeypatch.setattr(model_module, "REFIT_SHARE", 1.0)
    first = fitted_recommender(db).recommend("ee-ria")[0].id
    db.put_tie(TieRecord("ee-ria", first, "partner"))  # already partners: no longer a suggestion
    db.add_actor(ActorRecord(id="ua-new", kind="startup", name="Nova", country="UA"))

    model = fitted_recommender(db)

    assert first not in [s.id for s in model.recommend("ee-ria")]
    assert model.recommend("ua-new")  # the newcomer can ask at once


def test_many_changed_ties_learn_the_weights_again(db, learning, monkeypatch):
    fitted_recommender(db)
    learnt = len(learning)
    monkeypatch.setattr(model_module, "REFIT_SHARE", 0.0)  # any change counts as many
    db.put_tie(TieRecord("ee-ria", "ua-kyiv-health", "partner"))

    fitted_recommender(db)

    assert len(learning) > learnt


def test_a_refreshed_model_is_the_same_as_one_given_those_weights():
    from tests.match_networks import reciprocity_network

    net = reciprocity_network()
    fitted = PartnerRecommender().fit(net).fit_every_relation()
    again = fitted.refreshed(net)
    assert [(s.id, s.score) for s in again.recommend(net.actors[0].id)] == [
        (s.id, s.score) for s in fitted.recommend(net.actors[0].id)
    ]
