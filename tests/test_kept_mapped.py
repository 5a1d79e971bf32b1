"""A kept recommender opened from its file (arrays mapped, actors and ties read only when asked
for) suggests exactly what the model it was made from suggests, and a truncated file is rebuilt."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from matchmaker import kept
from matchmaker.match import PartnerRecommender, fitted_recommender
from matchmaker.network_columns import ActorTable
from matchmaker.store import Store
from tests import test_kept

db = test_kept.db  # a small network in a database file

QUICK = dict(max_queries=40, negatives=30, min_outcomes=10)  # a quick fit that still learns


@pytest.fixture(autouse=True)
def keep_small_networks(monkeypatch):
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)


def _shown(suggestions):
    return [
        (s.id, s.score, s.band, s.reasons, s.contributions, s.warm_path, s.fit_you_need, s.relation)
        for s in suggestions
    ]


def test_the_opened_copy_suggests_what_the_fitted_model_suggests_without_reading_actors_or_ties(
    demo_store, monkeypatch
):
    made = fitted_recommender(demo_store, PartnerRecommender(**QUICK))
    reads = []
    load = Store.load_network
    monkeypatch.setattr(Store, "load_network", lambda store: reads.append(1) or load(store))

    opened = fitted_recommender(demo_store, PartnerRecommender(**QUICK))

    assert opened is not made and set(opened.relations_) == set(made.relations_)
    for actor in made.index_.actors[::4]:
        for question in ({}, {"any_country": True}, {"kinds": ["investor"]}):
            assert _shown(opened.recommend(actor.id, **question)) == _shown(
                made.recommend(actor.id, **question)
            )
    assert reads == []  # suggestions never needed the actors' and ties' records
    assert opened.net_ == made.net_ and opened.net_.ties == made.net_.ties  # read when asked for
    assert reads == [1]


def test_a_truncated_kept_model_is_made_again(db):
    first = fitted_recommender(db)
    path = kept.kept_folder(db.database_file) / "recommender.pickle"
    with path.open("r+b") as stream:
        stream.truncate(path.stat().st_size // 2)

    again = fitted_recommender(db)

    actor = first.index_.actors[0].id
    assert _shown(again.recommend(actor)) == _shown(first.recommend(actor))
    assert path.stat().st_size > 0  # written whole again


def test_an_actor_table_is_the_list_it_was_made_from(demo_store):
    actors = demo_store.load_network().actors
    table = ActorTable(actors)

    assert table == actors and actors == table and len(table) == len(actors)
    assert table[0] == actors[0] and table[-1] == actors[-1] and table[3:7] == actors[3:7]
    assert list(table) == actors
    assert pickle.loads(pickle.dumps(table)) == actors
    with pytest.raises(IndexError):
        table[len(actors)]
    first = actors[0]
    moved = [dataclasses.replace(first, city="Narva"), *actors[1:]]
    skilled = [dataclasses.replace(first, offers={**first.offers, "egov:x-road": 0.25}), *actors[1:]]
    assert table != moved and table != skilled and table != actors[1:]
    reordered = [dataclasses.replace(first, offers=dict(reversed(first.offers.items()))), *actors[1:]]
    assert table == reordered  # the same skills, listed in another order
