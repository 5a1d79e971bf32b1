"""Export → import into an empty store → the identical network, in both spellings, on both backends."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.interchange import export_network, import_document, read_files
from matchmaker.interchange.export import network_to_json
from matchmaker.store import open_store
from tests.sample_network import SAMPLE, write_sample


def _comparable(net):
    doc = network_to_json(net)
    for decision in doc["decisions"]:
        decision.pop("suggested_at"), decision.pop("updated_at")
    return doc


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_into_an_empty_store_gives_the_same_network(
    store, tmp_path, fmt, postgres_or_sqlite_url
):
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    store.record_decision("ee-ria", "ua-kyiv-health", "met", "good first call")
    original = store.load_network()

    out = tmp_path / ("export.json" if fmt == "json" else "export")
    export_network(original, fmt, out)
    fresh = open_store(postgres_or_sqlite_url())
    import_document(fresh.engine, read_files([out], fresh.resolver()))
    again = fresh.load_network()
    fresh.engine.dispose()

    assert _comparable(again) == _comparable(original)
    assert (again.events[0].venue, again.events[0].agenda[:8]) == ("Unit.City, hall B", "48 hours")
    assert again.decisions[0].suggested_at == original.decisions[0].suggested_at


def test_importing_the_same_ids_again_updates_instead_of_duplicating(store, tmp_path):
    path = write_sample(tmp_path)
    import_document(store.engine, read_files([path], store.resolver()))
    changed = json.loads(json.dumps(SAMPLE))
    changed["actors"][0]["city"] = "Tartu"
    changed["actors"][0]["offers"] = ["open data"]
    changed["ties"][2]["weight"] = 3
    report = import_document(
        store.engine, read_files([write_sample(tmp_path, changed, "v2.json")], store.resolver())
    )

    assert report.added == {"actors": 0, "events": 0, "ties": 0, "participations": 0, "decisions": 0}
    assert report.updated["actors"] == 4 and report.updated["ties"] == 3
    net = store.load_network()
    ria = net.actor_index()["ee-ria"]
    assert ria.city == "Tartu"
    assert list(ria.offers) == [store.resolver().resolve("open data")]
    assert len(net.ties) == 3 and {t.weight for t in net.ties if t.kind == "partner"} == {3.0}


def test_a_dry_run_reports_and_changes_nothing(store, tmp_path):
    report = import_document(
        store.engine, read_files([write_sample(tmp_path)], store.resolver()), dry_run=True
    )
    assert report.dry_run and report.added["actors"] == 4 and report.added["ties"] == 3
    assert store.is_empty()
    assert "tag:drone mapping" not in store.skills()


def test_labels_in_any_language_meet_on_one_skill_id(sqlite_store, tmp_path):
    resolver = sqlite_store.resolver()
    x_road = resolver.resolve("X-Road data exchange")
    assert x_road is not None
    skill = sqlite_store.skills()[x_road]
    doc = json.loads(json.dumps(SAMPLE))
    doc["actors"][0]["offers"] = [skill.label_et]
    doc["actors"][1]["needs"] = [skill.label_uk]
    import_document(sqlite_store.engine, read_files([write_sample(tmp_path, doc)], resolver))
    actors = sqlite_store.load_network().actor_index()
    assert list(actors["ee-ria"].offers) == list(actors["ua-kyiv-health"].needs) == [x_road]


_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
)
_clean = _text.map(str.strip).filter(lambda s: s and ";" not in s and "=" not in s)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(_clean, min_size=1, max_size=5),
    sectors=st.lists(_clean, max_size=3),
    tags=st.lists(_clean.filter(lambda s: any(c.isalnum() for c in s)), max_size=3),
)
def test_any_names_sectors_and_free_tags_survive_a_csv_round_trip(tmp_path_factory, names, sectors, tags):
    folder = tmp_path_factory.mktemp("rt")
    store = open_store(str(folder / "a.sqlite"))
    doc = {
        "format": "sandbox-matchmaker/1",
        "actors": [
            {"id": f"a{i}", "kind": "ngo", "name": name, "country": "EE", "sectors": sectors, "offers": tags}
            for i, name in enumerate(names)
        ],
    }
    import_document(store.engine, read_files([write_sample(folder, doc)], store.resolver()))
    original = store.load_network()
    export_network(original, "csv", folder / "csv")
    fresh = open_store(str(folder / "b.sqlite"))
    import_document(fresh.engine, read_files([folder / "csv"], fresh.resolver()))
    assert _comparable(fresh.load_network()) == _comparable(original)
    store.engine.dispose(), fresh.engine.dispose()


def test_reimport_keeps_when_an_actor_was_created_and_moves_when_it_was_updated(store, tmp_path):
    from sqlmodel import Session

    from matchmaker.models import Actor

    path = write_sample(tmp_path)
    import_document(store.engine, read_files([path], store.resolver()))
    with Session(store.engine) as session:
        first = session.get(Actor, "ee-ria")
        created, updated = first.created_at, first.updated_at
    import_document(store.engine, read_files([path], store.resolver()))
    with Session(store.engine) as session:
        again = session.get(Actor, "ee-ria")
        assert again.created_at == created
        assert again.updated_at > updated
        assert again.sectors == ["digital identity"]


def test_an_import_into_an_empty_store_leaves_every_index_in_place(store, tmp_path):
    from sqlalchemy import inspect

    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    inspector = inspect(store.engine)
    assert "ix_tie_target" in {index["name"] for index in inspector.get_indexes("tie")}
    assert {"ix_actor_kind", "ix_actor_name", "ix_actor_country"} <= {
        i["name"] for i in inspector.get_indexes("actor")
    }
