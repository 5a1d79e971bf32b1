"""The network and the fitted recommender kept beside the database: used while unchanged, never after a change.

Every kind of change (an import, a profile edit, a skill, an outcome and its undo, a merge of
another laptop's ties or of its snapshot, a forgotten person, a restored backup) must make the kept copies unused;
a damaged or stale kept file is ignored and rebuilt; a rolled-back write keeps them valid.
"""

from __future__ import annotations

import json

import pytest

from matchmaker import kept
from matchmaker.backups import create_backup, restore_backup
from matchmaker.generation import network_generation
from matchmaker.interchange import import_document, read_files
from matchmaker.match import PartnerRecommender, fitted_recommender
from matchmaker.person_rights import forget_person
from matchmaker.store import Store, open_store
from tests.sample_network import write_sample


@pytest.fixture(autouse=True)
def keep_small_networks(monkeypatch):
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)


@pytest.fixture
def db(tmp_path):
    store = open_store(str(tmp_path / "net.sqlite"))
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    yield store
    store.close()


class Counted:
    """Counts how often the network is read from rows and the recommender fitted."""

    def __init__(self, monkeypatch):
        self.rows = self.fits = 0
        rows, fit = Store.load_network_rows, PartnerRecommender._prepare  # every way of fitting

        def counted_rows(store):
            self.rows += 1
            return rows(store)

        def counted_fit(model, net):
            self.fits += 1
            return fit(model, net)

        monkeypatch.setattr(Store, "load_network_rows", counted_rows)
        monkeypatch.setattr(PartnerRecommender, "_prepare", counted_fit)


@pytest.fixture
def counted(monkeypatch):
    return Counted(monkeypatch)


def _kept_file(store, name):
    return kept.kept_folder(store.database_file) / f"{name}.pickle"


def test_an_unchanged_network_is_read_from_rows_once(db, counted):
    first = db.load_network()
    again = db.load_network()
    reopened = open_store(str(db.database_file)).load_network()

    assert counted.rows == 1 and _kept_file(db, "network").exists()
    assert again == first == reopened


def test_the_fitted_recommender_is_kept_and_gives_the_same_suggestions(db, counted):
    first = fitted_recommender(db).recommend("ee-ria")
    again = fitted_recommender(db).recommend("ee-ria")

    assert counted.fits == 1
    assert [(s.id, s.score) for s in again] == [(s.id, s.score) for s in first]


def test_other_parameters_fit_again(db, counted):
    fitted_recommender(db)
    fitted_recommender(db, PartnerRecommender(diversity=0.0))
    fitted_recommender(db, PartnerRecommender(diversity=0.0))
    assert counted.fits == 2


def _import_more(store, tmp_path):
    path = tmp_path / "more.json"
    actor = {"id": "ee-new", "kind": "startup", "name": "Uus", "country": "EE"}
    path.write_text(json.dumps({"format": "sandbox-matchmaker/1", "actors": [actor]}), encoding="utf-8")
    import_document(store.engine, read_files([path], store.resolver()))


def _merge_ties(store, tmp_path):
    """Another laptop's ties brought in (a tie-only file, written by a second store on the database)."""
    other = open_store(str(store.database_file))
    path = tmp_path / "ties.json"
    tie = {"source": "ee-ria", "target": "ee-kadri", "kind": "knows"}
    path.write_text(json.dumps({"format": "sandbox-matchmaker/1", "ties": [tie]}), encoding="utf-8")
    import_document(other.engine, read_files([path], other.resolver()))
    other.close()


def _merge_snapshot(store, tmp_path):
    """Another laptop's copy of the network, where an actor moved and a partnership formed, merged
    in from its snapshot file (``snapshot merge``)."""
    from matchmaker.records import TieRecord
    from matchmaker.snapshots.exchange import export_snapshot, merge_snapshot
    from matchmaker.visibility import EVERYONE

    laptop = open_store(str(tmp_path / "laptop.sqlite"))
    import_document(
        laptop.engine, read_files([write_sample(tmp_path, name="laptop.json")], laptop.resolver())
    )
    laptop.update_actor_values("ee-kadri", {"city": "Narva"})
    laptop.put_tie(TieRecord("ee-ria", "ua-olena", "partner"))
    export_snapshot(laptop, tmp_path / "laptop-snapshot.json", audience=EVERYONE, with_contacts=True)
    laptop.close()
    merge_snapshot(store, tmp_path / "laptop-snapshot.json", prefer="later")


CHANGES = {
    "import": _import_more,
    "edit": lambda store, _tmp: store.update_actor_values("ee-ria", {"city": "Tartu"}),
    "skill": lambda store, _tmp: store.set_skill_weight("ee-ria", "need", "egov:x-road", 0.5),
    "outcome": lambda store, _tmp: store.record_decision("ee-ria", "ua-kyiv-health", "met"),
    "merge": _merge_ties,
    "snapshot merge": _merge_snapshot,
    "forget": lambda store, _tmp: forget_person(store, store.find_actor("ee-kadri")),
    "clear": lambda store, _tmp: store.clear_network(),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_kind_of_change_makes_the_kept_copies_unused(db, counted, tmp_path, change):
    fitted_recommender(db)
    before = db.load_network()
    assert (counted.rows, counted.fits) == (1, 1)

    CHANGES[change](db, tmp_path)
    after = db.load_network()
    model = fitted_recommender(db)

    assert counted.rows >= 2 and counted.fits == 2  # an empty network is not kept: read again
    assert after != before
    assert model.net_ == after


def test_undoing_an_outcome_is_a_change_too(db, counted):
    previous = db.record_decision("ee-ria", "ua-kyiv-health", "met")
    with_outcome = db.load_network()
    db.restore_decision("ee-ria", "ua-kyiv-health", previous)
    assert db.load_network().decisions != with_outcome.decisions
    assert counted.rows == 2


def test_a_write_that_rolls_back_keeps_them(db, counted):
    db.load_network()
    generation = network_generation(db.engine)
    with pytest.raises(RuntimeError), db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE actor SET city = 'Narva'")
        raise RuntimeError("cancelled")
    assert network_generation(db.engine) == generation
    db.load_network()
    assert counted.rows == 1


def test_saving_the_layout_is_no_change_of_the_network(db, counted):
    db.load_network()
    db.save_positions({"ee-ria": (1.0, 2.0)})
    db.load_network()
    assert counted.rows == 1


def test_a_restored_backup_never_meets_a_copy_kept_for_another_network(db, counted, tmp_path):
    backup = create_backup(db.engine)
    db.update_actor_values("ee-ria", {"city": "Tartu"})
    assert db.load_network().actor_index()["ee-ria"].city == "Tartu"

    restore_backup(db, backup.id)

    assert db.load_network().actor_index()["ee-ria"].city == "Tallinn"


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_kept_file_is_ignored_and_rebuilt(db, counted, damage):
    expected = db.load_network()
    _kept_file(db, "network").write_bytes(damage)

    assert db.load_network() == expected
    assert counted.rows == 2
    db.load_network()
    assert counted.rows == 2  # rebuilt whole


def test_a_stale_kept_file_is_deleted_when_noticed(db, counted):
    db.load_network()
    db.update_actor_values("ee-ria", {"city": "Tartu"})
    db.load_network()
    assert counted.rows == 2
    assert sorted(p.name for p in kept.kept_folder(db.database_file).iterdir()) == ["network.pickle"]


def test_forgetting_a_person_leaves_no_kept_copy_naming_them(db):
    fitted_recommender(db)
    kadri = db.find_actor("ee-kadri")
    forget_person(db, kadri)
    folder = kept.kept_folder(db.database_file)
    assert not folder.exists() or all(kadri.name.encode() not in p.read_bytes() for p in folder.iterdir())


def test_small_networks_are_not_kept(db, monkeypatch):
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1_000)
    db.load_network()
    assert not kept.kept_folder(db.database_file).exists()


def test_the_app_uses_the_kept_model_only_for_the_network_it_shows(db, counted):
    from dataclasses import replace
    from datetime import date

    from matchmaker.match.kept_check import kept_model_for
    from matchmaker.records import DecisionRecord

    shown = db.load_network()
    first = kept_model_for(db, PartnerRecommender(), shown)
    again = kept_model_for(db, PartnerRecommender(), shown)
    assert first is not None and again is not None and counted.fits == 1
    assert again.net_ is shown

    with_outcome = replace(shown, decisions=[*shown.decisions, DecisionRecord("ee-ria", "ee-kadri", "met")])
    renamed = replace(shown, actors=[replace(shown.actors[0], name="Other"), *shown.actors[1:]])
    fewer_ties = replace(shown, ties=shown.ties[1:])
    tie = shown.ties[0]
    redated = replace(shown, ties=[tie._replace(since=date(2001, 2, 3)), *shown.ties[1:]])
    rekinded = replace(
        shown, ties=[tie._replace(kind="knows" if tie.kind != "knows" else "partner"), *shown.ties[1:]]
    )
    turned = replace(shown, ties=[tie._replace(source=tie.target, target=tie.source), *shown.ties[1:]])
    for other in (with_outcome, renamed, fewer_ties, redated, rekinded, turned):
        assert kept_model_for(db, PartnerRecommender(), other) is None
