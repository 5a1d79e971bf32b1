"""The bulk writer stores exactly what the file says, merges into a filled store, and is all-or-nothing.

Runs on SQLite and on PostgreSQL (``COPY``): an import into an empty store and a second,
partial import into the filled one, checked against what the files say; and an import killed
in the middle of its transaction, which must leave the store as it was.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from datetime import date

from matchmaker.interchange import import_document, read_files
from matchmaker.interchange.export import network_to_json
from matchmaker.store import open_store
from tests.sample_network import write_sample

FORMAT = "sandbox-matchmaker/1"
KINDS = ("knows", "partner", "advises")


def _network(n_actors: int, n_ties: int, seed: int = 3) -> dict:
    """A network whose ties repeat some (source, target, kind) with another weight (the last one counts)."""
    rng = random.Random(seed)
    skills = ["egov:digital-identity", "Python", "Mobile UX design", "a tag of our own"]
    actors = [
        {
            "id": f"p{i}",
            "kind": "startup" if i % 2 else "ngo",
            "name": f"Actor {i}",
            "country": "EE" if i % 3 else "UA",
            "city": "Tartu",
            "offers": rng.sample(skills, 2),
            "needs": [{"skill": rng.choice(skills), "weight": 0.5}],
        }
        for i in range(n_actors)
    ]
    ties = []
    for _ in range(n_ties):
        a, b = rng.sample(range(n_actors), 2)
        tie = {"source": f"p{a}", "target": f"p{b}", "kind": rng.choice(KINDS), "weight": rng.randint(1, 5)}
        if rng.random() < 0.5:
            tie["since"] = f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        ties.append(tie)
    return {"format": FORMAT, "actors": actors, "ties": ties}


def _write(folder, document, name):
    path = folder / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _stored_ties(store) -> dict:
    return {(t.source, t.target, t.kind): (t.since, t.weight) for t in store.load_network().ties}


def _expected_ties(*documents) -> dict:
    expected = {}
    for document in documents:
        for t in document["ties"]:
            since = date.fromisoformat(t["since"]) if t.get("since") else None
            expected[(t["source"], t["target"], t["kind"])] = (since, float(t.get("weight", 1.0)))
    return expected


def test_an_import_stores_what_the_file_says_and_a_second_one_merges_into_it(store, tmp_path):
    first = _network(40, 300)
    report = import_document(
        store.engine, read_files([_write(tmp_path, first, "one.json")], store.resolver())
    )
    assert _stored_ties(store) == _expected_ties(first)
    assert report.added["ties"] == len(_expected_ties(first)) and report.added["actors"] == 40
    skill_id = store.resolver().resolve_or_tag
    by_id = store.load_network().actor_index()
    for actor in first["actors"]:
        stored = by_id[actor["id"]]
        assert stored.offers == {skill_id(s)[0]: 1.0 for s in actor["offers"]}
        assert stored.needs == {skill_id(actor["needs"][0]["skill"])[0]: 0.5}

    # a partial record keeps what it does not name; a repeated tie takes the new weight
    second = _network(40, 200, seed=4)
    second["actors"] = [{"id": "p1", "kind": "company", "name": "Renamed", "country": "EE"}] + [
        {"id": f"q{i}", "kind": "ngo", "name": f"New {i}", "country": "UA"} for i in range(5)
    ]
    second["ties"].append({"source": "q0", "target": "p0", "kind": "knows"})
    report = import_document(
        store.engine, read_files([_write(tmp_path, second, "two.json")], store.resolver())
    )
    assert report.added["actors"] == 5 and report.updated["actors"] == 1
    assert _stored_ties(store) == _expected_ties(first, second)
    p1 = store.load_network().actor_index()["p1"]
    assert (p1.kind, p1.name, p1.city) == ("company", "Renamed", "Tartu")
    assert p1.offers == by_id["p1"].offers and p1.needs == by_id["p1"].needs


def test_an_import_moves_the_network_generation_on_so_nothing_kept_is_reused(store, tmp_path):
    from matchmaker.generation import network_generation

    plain = _network(30, 100)
    for actor in plain["actors"]:  # no free tags: no other statement would announce the write
        actor["offers"], actor["needs"] = ["Python"], []
    before = network_generation(store.engine)
    import_document(store.engine, read_files([_write(tmp_path, plain, "plain.json")], store.resolver()))
    assert network_generation(store.engine) != before


KILLED_IMPORT = """
import os, signal, sys
from matchmaker.interchange import import_document, read_files
from matchmaker.store import open_store

store = open_store(sys.argv[1])
doc = read_files([sys.argv[2]], store.resolver())
import_document(store.engine, doc, progress=lambda done, total: os.kill(os.getpid(), signal.SIGKILL))
"""


def test_an_import_killed_while_writing_leaves_the_store_as_it_was(tmp_path):
    db = tmp_path / "kept.sqlite"
    store = open_store(str(db))
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    before = network_to_json(store.load_network())
    store.engine.dispose()

    big = _write(tmp_path, _network(300, 3000), "big.json")
    killed = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(db), str(big)], capture_output=True)
    assert killed.returncode == -signal.SIGKILL

    again = open_store(str(db))
    assert network_to_json(again.load_network()) == before
    # and the store still takes the same import whole: no index or table was left half-changed
    import_document(again.engine, read_files([big], again.resolver()))
    assert len(again.load_network().actors) == 300 + len(
        json.loads(write_sample(tmp_path).read_text())["actors"]
    )
    again.engine.dispose()


def test_text_with_newlines_backslashes_and_quotes_is_stored_as_written(store, tmp_path):
    """What COPY's text format and SQLite's many-row statements treat specially reaches the store unchanged."""
    awkward = {
        "id": "back\\slash",
        "kind": "ngo",
        "name": 'O\'Brien \\N "Ltd"',
        "country": "UA",
        "city": "\\N",
        "description": "line one\nline two\r\nthree \\t four",
        "sectors": ["e-health", "\\N"],
    }
    plain = {"id": "plain", "kind": "startup", "name": "Plain", "country": "EE", "city": ""}
    path = _write(
        tmp_path,
        {
            "format": FORMAT,
            "actors": [awkward, plain],
            "ties": [{"source": "back\\slash", "target": "plain", "kind": "knows", "since": "2024-02-29"}],
        },
        "awkward.json",
    )
    import_document(store.engine, read_files([path], store.resolver()))
    net = store.load_network()
    stored = net.actor_index()["back\\slash"]
    assert (stored.name, stored.city, stored.description, stored.sectors) == (
        awkward["name"],
        "\\N",
        awkward["description"],
        ("e-health", "\\N"),
    )
    assert net.actor_index()["plain"].city is None  # an empty text is no value (not the text "\N")
    assert [(t.source, t.since) for t in net.ties] == [("back\\slash", date(2024, 2, 29))]


def test_a_reimport_of_many_actors_counts_the_stored_ones_as_updated(store, tmp_path, monkeypatch):
    """Many ids are looked up by reading the stored column once, a few by asking for them: both count alike."""
    from matchmaker.interchange import load

    first = _network(30, 40)
    import_document(store.engine, read_files([_write(tmp_path, first, "one.json")], store.resolver()))
    second = _network(30, 40, seed=5)
    second["actors"] += [
        {"id": f"new{i}", "kind": "ngo", "name": f"New {i}", "country": "EE"} for i in range(7)
    ]
    for many in (10_000, 5):  # the 37 ids asked 500 at a time, then by reading the stored column
        monkeypatch.setattr(load, "MANY_IDS", many)
        report = import_document(
            store.engine, read_files([_write(tmp_path, second, "two.json")], store.resolver()), dry_run=True
        )
        assert (report.added["actors"], report.updated["actors"]) == (7, 30)


def test_an_imported_ties_day_is_stored_as_an_edited_ties_day_is(store, tmp_path):
    """The bulk writer hands SQLite each day as text it makes itself (not the driver's adapter):
    a query by day must find imported ties exactly as it finds ties saved through the editor."""
    from sqlalchemy import select

    from matchmaker.models import Tie
    from matchmaker.records import TieRecord

    network = _network(6, 0)
    network["ties"] = [
        {"source": "p0", "target": "p1", "kind": "knows", "since": "2024-03-05"},
        {"source": "p1", "target": "p2", "kind": "knows"},
        {"source": "p2", "target": "p3", "kind": "knows", "since": None},
    ]
    import_document(store.engine, read_files([_write(tmp_path, network, "days.json")], store.resolver()))
    store.put_tie(TieRecord("p4", "p5", "knows", date(2024, 3, 5), 1.0))

    ties = Tie.__table__
    with store.engine.connect() as connection:
        on_the_day = connection.execute(
            select(ties.c.source).where(ties.c.since == date(2024, 3, 5)).order_by(ties.c.source)
        ).scalars()
        assert list(on_the_day) == ["p0", "p4"]
        undated = connection.execute(select(ties.c.source).where(ties.c.since.is_(None))).scalars()
        assert sorted(undated) == ["p1", "p2"]
        if store.engine.dialect.name == "sqlite":  # the very text the editor's ORM writes
            texts = connection.exec_driver_sql("SELECT DISTINCT since FROM tie WHERE since IS NOT NULL")
            assert list(texts.scalars()) == ["2024-03-05"]
