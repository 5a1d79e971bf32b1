"""The store on each backend: reads, lookups, decisions, clearing."""

import pytest

from matchmaker.errors import UnknownActorError
from matchmaker.interchange import import_document, read_files
from tests.sample_network import write_sample


@pytest.fixture
def loaded(store, tmp_path):
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    return store


def test_a_new_store_is_empty_but_knows_the_taxonomy(store):
    assert store.is_empty()
    assert store.stats()["actors"] == 0
    skills = store.skills()
    assert len(skills) > 100
    assert all(s.label_en for s in skills.values())


def test_load_network_returns_everything_imported(loaded):
    net = loaded.load_network()
    actors = net.actor_index()
    assert len(actors) == 4
    assert actors["ua-kyiv-health"].native_name == "Здоров'я Онлайн"
    assert actors["ua-kyiv-health"].sectors == ("e-health", "mobile services")
    assert len(net.ties) == 3 and len(net.events) == 1 and len(net.participations) == 2


def test_find_actor_by_id_name_or_native_name(loaded):
    assert loaded.find_actor("ee-ria").name == "Riigi Infosüsteemide Keskus"
    assert loaded.find_actor("Riigi Infosüsteemide Keskus").id == "ee-ria"
    assert loaded.find_actor("Здоров'я Онлайн").id == "ua-kyiv-health"
    with pytest.raises(UnknownActorError, match="no actor has the id or name 'nobody'"):
        loaded.find_actor("nobody")


def test_stats_count_by_kind_country_and_tie_kind(loaded):
    stats = loaded.stats()
    assert stats["actors"] == 4
    assert stats["actors_by_country"] == {"EE": 2, "UA": 2}
    assert stats["actors_by_kind"] == {"person": 2, "public_body": 1, "startup": 1}
    assert stats["ties_by_kind"] == {"partner": 1, "works_at": 1, "advises": 1}


def test_recording_a_decision_moves_it_along_the_pipeline(loaded):
    loaded.record_decision("ee-ria", "ua-kyiv-health", "contacted")
    loaded.record_decision("ee-ria", "ua-kyiv-health", "agreement", "signed MoU")
    decisions = loaded.load_network().decisions
    assert [(d.a, d.b, d.status, d.note) for d in decisions] == [
        ("ee-ria", "ua-kyiv-health", "agreement", "signed MoU")
    ]
    assert decisions[0].suggested_at <= decisions[0].updated_at


def test_clear_network_keeps_the_taxonomy(loaded):
    from matchmaker.taxonomy import bundled_skills

    assert "tag:drone mapping" in loaded.skills()
    loaded.clear_network()
    assert loaded.is_empty()
    assert loaded.stats()["ties"] == 0
    # the free tags go with the network, the bundled taxonomy stays
    assert set(loaded.skills()) == {s.id for s in bundled_skills()}


def test_deleting_an_actor_removes_its_ties(loaded):
    from sqlalchemy import delete

    from matchmaker.models import Actor

    with loaded.engine.begin() as conn:
        conn.execute(delete(Actor.__table__).where(Actor.__table__.c.id == "ee-ria"))
    net = loaded.load_network()
    assert all("ee-ria" not in (t.source, t.target) for t in net.ties)
