"""Bad files change nothing, and the message names the file, the place and the field."""

import json

import pytest

from matchmaker.errors import InterchangeError
from matchmaker.interchange import import_document, read_files
from matchmaker.interchange.export import network_to_json
from tests.sample_network import SAMPLE, write_sample

ACTOR = {"id": "x1", "kind": "startup", "name": "Kood", "country": "EE"}


def doc(**sections):
    return json.dumps({"format": "sandbox-matchmaker/1", **sections}, ensure_ascii=False)


def actor(**changes):
    return doc(actors=[ACTOR, {**ACTOR, "id": "x2", **changes}])


HEADER = "id,kind,name,country,offers\n"

# (file name, content, the message expected after "<path>: ")
CASES = [
    # JSON structure
    (
        "a.json",
        '{"format": "sandbox-matchmaker/1", "actors": [',
        "line 1, column 47: is not valid JSON (Expecting value)",
    ),
    ("a.json", "", "line 1, column 1: is not valid JSON (Expecting value)"),
    ("a.json", "[]", '$: expected a JSON object with "format", "actors", …'),
    ("a.json", '{"actors": []}', "$, field 'format': expected 'sandbox-matchmaker/1'; got None"),
    (
        "a.json",
        doc(actors=[], people=[]),
        "$, field 'people': is not a known section; expected some of actors, ties, events, participations, decisions",
    ),
    ("a.json", doc(actors={}), "$.actors: expected a list of objects"),
    ("a.json", doc(actors=["x"]), "$.actors[0]: expected an object"),
    # actors: wrong types, unknown kinds, missing fields
    (
        "a.json",
        actor(kind="unicorn"),
        "$.actors[1], field 'kind': expected one of startup, company, public_body, investor, university, ngo, person; got 'unicorn'",
    ),
    ("a.json", actor(kind=None), "$.actors[1], field 'kind': is required and must not be empty"),
    ("a.json", actor(name=""), "$.actors[1], field 'name': is required and must not be empty"),
    ("a.json", actor(name=42), "$.actors[1], field 'name': expected a string, got a number (42)"),
    ("a.json", actor(id=7), "$.actors[1], field 'id': expected a string, got a number (7)"),
    (
        "a.json",
        actor(country="Estonia"),
        "$.actors[1], field 'country': expected a two-letter ISO 3166-1 country code such as EE or UA; got 'Estonia'",
    ),
    (
        "a.json",
        actor(sectors="e-health"),
        "$.actors[1], field 'sectors': expected a list of strings, got a string ('e-health')",
    ),
    (
        "a.json",
        actor(languages=["et", 5]),
        "$.actors[1], field 'languages[1]': expected a string, got a number (5)",
    ),
    (
        "a.json",
        actor(visibility="secret"),
        "$.actors[1], field 'visibility': expected one of public, council, private; got 'secret'",
    ),
    (
        "a.json",
        actor(stage="unicorn"),
        "$.actors[1], field 'stage': expected one of idea, pre_seed, seed, series_a, growth, mature; got 'unicorn'",
    ),
    (
        "a.json",
        actor(email="not-an-address"),
        "$.actors[1], field 'email': expected an e-mail address like name@example.org; got 'not-an-address'",
    ),
    ("a.json", actor(offers="Python"), "$.actors[1], field 'offers': expected a list of skill labels or ids"),
    (
        "a.json",
        actor(offers=[{"skill": "Python", "weight": 2}]),
        "$.actors[1], field 'weight': must be at most 1.0; got 2",
    ),
    (
        "a.json",
        actor(needs=[3]),
        '$.actors[1], field \'needs[0]\': expected a skill label, an id or {"skill": …, "weight": …}',
    ),
    (
        "a.json",
        actor(favourite_colour="blue"),
        "$.actors[1], field 'favourite_colour': is not a known field; expected some of id, kind, name, native_name, country, city, sectors, description, languages, website, stage, size, roles, email, visibility, offers, needs",
    ),
    (
        "a.json",
        doc(actors=[ACTOR, ACTOR]),
        "$.actors[1], field 'id': duplicate actor id 'x1'; first defined at {path}, $.actors[0]",
    ),
    # ties, events, participations, decisions
    (
        "a.json",
        doc(actors=[ACTOR], ties=[{"source": "x1", "target": "ghost", "kind": "partner"}]),
        "$.ties[0], field 'target': refers to actor 'ghost', which is neither in the file nor in the store",
    ),
    (
        "a.json",
        doc(actors=[ACTOR], ties=[{"source": "x1", "target": "x1", "kind": "partner"}]),
        "$.ties[0], field 'target': a tie cannot link actor 'x1' to itself",
    ),
    (
        "a.json",
        doc(ties=[{"source": "ee-ria", "target": "ua-olena", "kind": "friend"}]),
        "$.ties[0], field 'kind': expected one of works_at, member_of, advises, partner, invested_in, mentored, cofounded, knows; got 'friend'",
    ),
    (
        "a.json",
        doc(ties=[{"source": "ee-ria", "target": "ua-olena", "kind": "partner", "since": "2024-13-01"}]),
        "$.ties[0], field 'since': expected a date as YYYY-MM-DD; got '2024-13-01'",
    ),
    (
        "a.json",
        doc(ties=[{"source": "ee-ria", "target": "ua-olena", "kind": "partner", "weight": "heavy"}]),
        "$.ties[0], field 'weight': expected a number, got a string ('heavy')",
    ),
    (
        "a.json",
        doc(ties=[{"source": "ee-ria", "target": "ua-olena", "kind": "partner", "weight": -1}]),
        "$.ties[0], field 'weight': must be greater than 0; got -1",
    ),
    (
        "a.json",
        doc(events=[{"id": "e", "name": "E", "kind": "party"}]),
        "$.events[0], field 'kind': expected one of hackathon, forum, meetup, workshop, conference; got 'party'",
    ),
    (
        "a.json",
        doc(events=[{"id": "e", "name": "E", "kind": "forum", "start": "2025-05-02", "end": "2025-05-01"}]),
        "$.events[0], field 'end': the event ends (2025-05-01) before it starts (2025-05-02)",
    ),
    (
        "a.json",
        doc(participations=[{"event": "nope", "actor": "ee-ria"}]),
        "$.participations[0], field 'event': refers to event 'nope', which is neither in the file nor in the store",
    ),
    (
        "a.json",
        doc(decisions=[{"a": "ee-ria", "b": "ua-olena", "status": "married"}]),
        "$.decisions[0], field 'status': expected one of suggested, contacted, met, agreement, declined; got 'married'",
    ),
    # CSV
    (
        "actors.csv",
        HEADER + "c1,startup,Kood,EE,Python\nc2,startup,Kood 2,Eesti,\n",
        "line 3, field 'country': expected a two-letter ISO 3166-1 country code such as EE or UA; got 'Eesti'",
    ),
    (
        "actors.csv",
        HEADER + "c1,startup,Kood,EE\n",
        "line 2, field 'offers': is missing: the row has 4 values; the header has 5",
    ),
    ("actors.csv", HEADER + "c1,startup,Kood,EE,,x\n", "line 2: has 6 values; the header has 5"),
    (
        "actors.csv",
        "id,kind,name\nc1,startup,Kood\n",
        "line 1, field 'country': is a required column and is missing",
    ),
    (
        "actors.csv",
        "id,kind,name,country,colour\n",
        "line 1, field 'colour': is not a known column; expected some of id, kind, name, native_name, country, city, sectors, description, languages, website, stage, size, roles, email, visibility, offers, needs",
    ),
    ("actors.csv", "", "line 1: is empty; expected a header row"),
    (
        "actors.csv",
        HEADER + "c1,startup,Kood,EE,Python=1.5\n",
        "line 2, field 'offers[0]': weight must be in (0, 1]; got 1.5",
    ),
    (
        "actors.csv",
        HEADER + 'c1,startup,"Kood,EE,Python\n',
        "line 2: is not valid CSV (unexpected end of data)",
    ),
    (
        "ties.csv",
        "source,target,kind,since,weight\nee-ria,ua-olena,partner,2024-01-01,x\n",
        "line 2, field 'weight': expected a number, got 'x'",
    ),
    (
        "people.csv",
        "id\n",
        "is not one of actors.csv, ties.csv, events.csv, participations.csv, decisions.csv",
    ),
]


@pytest.fixture
def seeded(store, tmp_path):
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    return store


def _import(store, path):
    import_document(store.engine, read_files([path], store.resolver()))


@pytest.mark.parametrize(
    ("name", "content", "expected"), CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)]
)
def test_a_bad_file_is_rejected_with_its_place_and_nothing_changes(seeded, tmp_path, name, content, expected):
    before = network_to_json(seeded.load_network())
    path = tmp_path / "bad" / name
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        _import(seeded, path)
    assert str(caught.value) == f"{path}: " + expected.replace("{path}", str(path))
    assert network_to_json(seeded.load_network()) == before


def test_broken_encoding_names_the_line(seeded, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_bytes(HEADER.encode() + b"c1,startup,Kood,EE,\nc2,startup,K\xf5rts,EE,\n")
    with pytest.raises(
        InterchangeError,
        match=r"actors\.csv: line 3: is not valid UTF-8 \(byte 0xf5\); save the file as UTF-8",
    ):
        _import(seeded, path)


def test_a_truncated_file_is_rejected_whole(seeded, tmp_path):
    text = json.dumps(SAMPLE)
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    before = network_to_json(seeded.load_network())
    with pytest.raises(InterchangeError, match=r"cut\.json: line 1, column \d+: is not valid JSON"):
        _import(seeded, path)
    assert network_to_json(seeded.load_network()) == before


def test_a_fault_in_the_second_file_keeps_the_first_out_too(seeded, tmp_path):
    good = tmp_path / "good" / "actors.csv"
    good.parent.mkdir()
    good.write_text(HEADER + "new-1,startup,Uus,EE,\n", encoding="utf-8")
    bad = tmp_path / "good" / "ties.csv"
    bad.write_text("source,target,kind\nnew-1,ghost,partner\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"ties\.csv: line 2, field 'target': refers to actor 'ghost'"):
        import_document(seeded.engine, read_files([good, bad], seeded.resolver()))
    assert "new-1" not in seeded.load_network().actor_index()


def test_a_fault_found_while_writing_rolls_everything_back(seeded, tmp_path, monkeypatch):
    """Even a failure after rows were written (here: a cancel) leaves the store as it was."""
    from matchmaker.interchange.load import ImportCancelled

    before = network_to_json(seeded.load_network())
    doc = {"format": "sandbox-matchmaker/1", "actors": [{**ACTOR, "id": f"n{i}"} for i in range(12_000)]}
    with pytest.raises(ImportCancelled):
        import_document(
            seeded.engine,
            read_files([write_sample(tmp_path, doc, "big.json")], seeded.resolver()),
            cancelled=lambda: True,
        )
    assert network_to_json(seeded.load_network()) == before


def test_a_cancelled_import_into_an_empty_store_keeps_its_indexes(store, tmp_path):
    """SQLite's driver began its transaction only at the first INSERT, so the index drop before
    a bulk load committed on its own and a cancel left the store without indexes."""
    from sqlalchemy import inspect

    from matchmaker.interchange.load import ImportCancelled

    def indexes():
        return {i["name"] for table in ("actor", "tie") for i in inspect(store.engine).get_indexes(table)}

    before = indexes()
    doc = {"format": "sandbox-matchmaker/1", "actors": [{**ACTOR, "id": f"n{i}"} for i in range(12_000)]}
    with pytest.raises(ImportCancelled):
        import_document(
            store.engine,
            read_files([write_sample(tmp_path, doc, "big.json")], store.resolver()),
            cancelled=lambda: True,
        )
    assert indexes() == before and store.is_empty()
    import_document(
        store.engine, read_files([write_sample(tmp_path)], store.resolver())
    )  # and imports still work
    assert len(store.load_network().actors) == 4
