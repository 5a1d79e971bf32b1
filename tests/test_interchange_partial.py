"""A partial record changes only its keys: an absent key keeps the stored value, an empty one clears it.

Issue 14: bringing back a colleague's file whose records lacked some keys blanked city, stage,
size, website and needs. Checked for every optional field of :mod:`matchmaker.actor_fields`,
in both spellings (a JSON key left out, a CSV column left out), on both backends.
"""

import csv
import json

import pytest

from matchmaker.actor_fields import ACTOR_FIELDS
from matchmaker.interchange import import_document, read_files

REQUIRED = [f.name for f in ACTOR_FIELDS if f.required and f.default is None]
OPTIONAL = [f for f in ACTOR_FIELDS if f.name not in REQUIRED]

# a value for every optional field, different from what an actor without it holds
FULL = {
    "id": "ee-kratt",
    "kind": "startup",
    "name": "Kratt",
    "country": "EE",
    "native_name": "Kratt OÜ",
    "city": "Tartu",
    "sectors": ["e-health", "fintech"],
    "description": "Chatbots for public services",
    "languages": ["et", "en"],
    "website": "https://kratt.example",
    "stage": "seed",
    "size": "11-50",
    "roles": ["founder"],
    "email": "hello@kratt.example",
    "visibility": "council",
    "offers": ["Python (computer programming)"],
    "needs": ["X-tee andmevahetus"],
}
EMPTY_JSON = {"list": [], "skills": []}
CLEARED = {"visibility": "public"}  # a required field with a default goes back to it


def test_every_optional_field_has_a_value_in_the_full_record():
    assert {f.name for f in OPTIONAL} <= set(FULL)


def _import_json(store, tmp_path, actor: dict, name: str):
    path = tmp_path / f"{name.removesuffix('.json')}.json"
    path.write_text(json.dumps({"format": "sandbox-matchmaker/1", "actors": [actor]}), encoding="utf-8")
    return import_document(store.engine, read_files([path], store.resolver()))


def _import_csv(store, tmp_path, actor: dict, name: str):
    folder = tmp_path / name
    folder.mkdir()
    with (folder / "actors.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(list(actor))
        writer.writerow([";".join(v) if isinstance(v, list) else v for v in actor.values()])
    return import_document(store.engine, read_files([folder], store.resolver()))


IMPORTERS = {"json": _import_json, "csv": _import_csv}


def _stored(store):
    (actor,) = store.load_network().actors
    return actor


@pytest.mark.parametrize("spelling", ["json", "csv"])
def test_a_record_with_only_the_required_keys_keeps_every_other_field(store, tmp_path, spelling):
    _import_json(store, tmp_path, FULL, "full.json")
    before = _stored(store)

    report = IMPORTERS[spelling](
        store, tmp_path, {k: FULL[k] for k in REQUIRED} | {"name": "Kratt AS"}, "part"
    )

    after = _stored(store)
    assert report.updated["actors"] == 1
    assert after.name == "Kratt AS"
    for f in OPTIONAL:
        assert getattr(after, f.name) == getattr(before, f.name), f.name
        assert getattr(after, f.name) != f.empty, f.name


@pytest.mark.parametrize("spelling", ["json", "csv"])
@pytest.mark.parametrize("field", [f.name for f in OPTIONAL])
def test_an_explicit_empty_value_clears_that_field_and_only_that_field(store, tmp_path, spelling, field):
    _import_json(store, tmp_path, FULL, "full.json")
    before = _stored(store)
    kind = next(f.value for f in ACTOR_FIELDS if f.name == field)
    empty = EMPTY_JSON.get(kind, None) if spelling == "json" else ""

    IMPORTERS[spelling](store, tmp_path, {k: FULL[k] for k in REQUIRED} | {field: empty}, "clear")

    after = _stored(store)
    cleared = next(f for f in OPTIONAL if f.name == field)
    assert getattr(after, field) == CLEARED.get(field, cleared.empty)
    for f in OPTIONAL:
        if f.name != field:
            assert getattr(after, f.name) == getattr(before, f.name), f.name


def test_a_partial_record_for_a_new_actor_gets_the_defaults(store, tmp_path):
    _import_json(store, tmp_path, {k: FULL[k] for k in REQUIRED}, "new.json")

    actor = _stored(store)
    for f in OPTIONAL:
        assert getattr(actor, f.name) == CLEARED.get(f.name, f.empty), f.name


def test_records_of_different_shapes_in_one_file_each_change_only_their_keys(store, tmp_path):
    path = tmp_path / "two.json"
    second = {**FULL, "id": "ua-kyiv", "country": "UA", "city": "Kyiv"}
    path.write_text(
        json.dumps({"format": "sandbox-matchmaker/1", "actors": [FULL, second]}), encoding="utf-8"
    )
    import_document(store.engine, read_files([path], store.resolver()))
    path.write_text(
        json.dumps(
            {
                "format": "sandbox-matchmaker/1",
                "actors": [
                    {k: FULL[k] for k in REQUIRED} | {"city": "Narva"},
                    {k: second[k] for k in REQUIRED} | {"needs": []},
                ],
            }
        ),
        encoding="utf-8",
    )
    import_document(store.engine, read_files([path], store.resolver()))

    actors = store.load_network().actor_index()
    assert (actors["ee-kratt"].city, bool(actors["ee-kratt"].needs)) == ("Narva", True)
    assert (actors["ua-kyiv"].city, actors["ua-kyiv"].needs, bool(actors["ua-kyiv"].offers)) == (
        "Kyiv",
        {},
        True,
    )
