"""The app trusts the kept recommender for the network it shows without comparing every record,
but only while that network is the one the model was kept for: read at the same generation and
holding the very records it was read with. Any change — in the database, or in the window's
network in place — brings back the full comparison, which refuses a model fitted on other records.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from matchmaker import kept
from matchmaker.generation import generation_read_at, network_generation
from matchmaker.match import PartnerRecommender, kept_check
from matchmaker.records import DecisionRecord
from tests import test_kept

db = test_kept.db  # a small network in a database file
CHANGES = test_kept.CHANGES


@pytest.fixture(autouse=True)
def keep_small_networks(monkeypatch):
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)


@pytest.fixture
def comparisons(monkeypatch):
    """How often the records were compared one by one with what the model was fitted on."""
    made = []
    compare = kept_check._fitted_on

    def counted(model, net):
        made.append(net)
        return compare(model, net)

    monkeypatch.setattr(kept_check, "_fitted_on", counted)
    return made


def _shown(suggestions):
    return [(s.id, s.score, s.band, s.reasons, s.contributions, s.warm_path) for s in suggestions]


def test_the_opened_network_gets_the_kept_model_without_comparing_its_records(db, comparisons):
    kept_check.kept_model_for(db, PartnerRecommender(), db.load_network())  # the first fit, then kept
    comparisons.clear()

    opened = db.load_network()  # as the app reads it when it opens the database
    model = kept_check.kept_model_for(db, PartnerRecommender(), opened)

    assert model is not None and model.net_ is opened
    assert comparisons == []
    assert generation_read_at(opened) == network_generation(db.engine)
    fitted = PartnerRecommender().fit_everything(db.load_network_rows())
    for actor in opened.actors[:5]:
        assert _shown(model.recommend(actor.id)) == _shown(fitted.recommend(actor.id))


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_network_read_before_any_kind_of_change_is_refused_the_model_kept_after_it(
    db, tmp_path, comparisons, change
):
    before = db.load_network()
    assert kept_check.kept_model_for(db, PartnerRecommender(), before) is not None

    CHANGES[change](db, tmp_path)

    assert kept_check.kept_model_for(db, PartnerRecommender(), before) is None
    after = db.load_network()
    comparisons.clear()
    model = kept_check.kept_model_for(db, PartnerRecommender(), after)
    if after.actors:  # an emptied network has nothing to suggest from
        assert model is not None and comparisons == []


def test_a_record_the_window_replaced_in_place_brings_back_the_comparison(db, comparisons):
    shown = db.load_network()
    assert kept_check.kept_model_for(db, PartnerRecommender(), shown) is not None
    first, tie = shown.actors[0], shown.ties[0]

    shown.actors[0] = replace(first, name="Someone else")  # as the window puts a re-read actor
    assert kept_check.kept_model_for(db, PartnerRecommender(), shown) is None
    assert comparisons == [shown]

    shown.actors[0] = replace(first)  # read again, unchanged: another object, the same record
    comparisons.clear()
    assert kept_check.kept_model_for(db, PartnerRecommender(), shown) is not None
    assert comparisons == []

    shown.ties[0] = tie._replace(kind="knows" if tie.kind != "knows" else "partner")
    assert kept_check.kept_model_for(db, PartnerRecommender(), shown) is None
    shown.ties[0] = tie

    shown.decisions = [*shown.decisions, DecisionRecord("ee-ria", "ee-kadri", "met")]
    assert kept_check.kept_model_for(db, PartnerRecommender(), shown) is None


def test_copies_of_the_opened_network_carry_no_seal(db):
    import copy

    opened = db.load_network()
    assert generation_read_at(opened) is not None
    assert generation_read_at(replace(opened)) is None
    assert generation_read_at(copy.deepcopy(opened)) is None


def test_a_value_made_while_someone_else_wrote_is_not_said_to_describe_either_generation(db):
    told = []

    def make_while_writing():
        db.update_actor_values("ee-ria", {"city": "Tartu"})  # lands while the value is being made
        return db.load_network_rows()

    def tell(_value, generation):
        told.append(generation)

    kept.kept_or_made(db.engine, db.database_file, "test", make_while_writing, described=tell)
    assert told == []

    made = kept.kept_or_made(db.engine, db.database_file, "test", db.load_network_rows, described=tell)
    read = kept.kept_or_made(db.engine, db.database_file, "test", db.load_network_rows, described=tell)
    assert read == made and told == [network_generation(db.engine)] * 2


def test_a_write_landing_while_the_model_is_opened_brings_back_the_comparison(db, monkeypatch):
    from matchmaker.match import service

    shown = db.load_network()
    assert kept_check.kept_model_for(db, PartnerRecommender(), shown) is not None
    opened = service.fitted_recommender

    def write_first(store, model):  # someone saves just as the window asks for the model
        store.update_actor_values("ee-ria", {"city": "Tartu"})
        return opened(store, model)

    monkeypatch.setattr(service, "fitted_recommender", write_first)
    assert kept_check.kept_model_for(db, PartnerRecommender(), shown) is None


def test_the_app_in_another_language_opens_the_model_kept_in_english_and_explains_in_its_own(db, monkeypatch):
    counted = test_kept.Counted(monkeypatch)
    shown = db.load_network()
    english = kept_check.kept_model_for(db, PartnerRecommender(), shown)  # kept by `recommend`
    in_english = {a.id: _shown(english.recommend(a.id)) for a in shown.actors}

    estonian = kept_check.kept_model_for(db, PartnerRecommender(language="et"), shown)
    assert counted.fits == 1  # the language names things; it changes nothing that is learnt

    fitted = PartnerRecommender(language="et").fit_everything(db.load_network_rows())
    in_estonian = {a.id: _shown(estonian.recommend(a.id)) for a in shown.actors}
    assert in_estonian == {a.id: _shown(fitted.recommend(a.id)) for a in shown.actors}
    assert in_estonian != in_english  # country and skill names in Estonian
