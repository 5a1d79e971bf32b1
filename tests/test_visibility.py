"""Council-only and private actors, and contact fields, stay out of what leaves the database.

A small network with one actor of each visibility: exports (JSON, CSV, GEXF, GraphML) hold
only public actors, the ties between them and no e-mail unless the user asks; the suggestion
rule never offers a private actor and offers a council-only one to council members only.
"""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from matchmaker.cli import main
from matchmaker.records import ActorRecord, NetworkData, ParticipationRecord, TieRecord
from matchmaker.visibility import (
    COUNCIL,
    EVERYONE,
    PUBLIC,
    audience_for,
    export_audience,
    filter_network,
    may_suggest,
    suggestable_ids,
    visible_network,
)
from tests.sample_network import write_sample

NETWORK = {
    "format": "sandbox-matchmaker/1",
    "actors": [
        {
            "id": "pub-org",
            "kind": "startup",
            "name": "Open Startup",
            "country": "EE",
            "email": "hello@open.example",
            "website": "https://open.example",
        },
        {
            "id": "pub-person",
            "kind": "person",
            "name": "Public Piret",
            "country": "UA",
            "email": "piret@mail.example",
            "website": "https://piret.example",
        },
        {
            "id": "council-org",
            "kind": "public_body",
            "name": "Council Agency",
            "country": "UA",
            "visibility": "council",
        },
        {
            "id": "private-person",
            "kind": "person",
            "name": "Hidden Hanna",
            "country": "EE",
            "visibility": "private",
            "email": "hanna@secret.example",
        },
    ],
    "ties": [
        {"source": "pub-org", "target": "pub-person", "kind": "partner"},
        {"source": "pub-person", "target": "council-org", "kind": "advises"},
        {"source": "private-person", "target": "pub-org", "kind": "works_at"},
    ],
    "events": [{"id": "forum", "name": "Sandbox Forum", "kind": "forum"}],
    "participations": [
        {"event": "forum", "actor": "pub-org"},
        {"event": "forum", "actor": "private-person"},
    ],
    "decisions": [
        {"a": "pub-org", "b": "pub-person", "status": "met"},
        {"a": "pub-org", "b": "private-person", "status": "contacted", "note": "met Hanna at the forum"},
    ],
}
SECRETS = (
    "Hidden Hanna",
    "hanna@secret.example",
    "Council Agency",
    "piret@mail.example",
    "hello@open.example",
)


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "n.sqlite")
    assert main(["--db", path, "import", str(write_sample(tmp_path, NETWORK))]) == 0
    capsys.readouterr()
    return path


def _export(capsys, db, fmt, out, *options):
    code = main(["--db", db, "export", "--format", fmt, "-o", str(out), *options])
    _out, err = capsys.readouterr()
    assert code == 0
    return err


@pytest.mark.parametrize("fmt", ["json", "csv", "gexf", "graphml"])
def test_an_export_holds_public_actors_only_and_no_contacts_by_default(db, tmp_path, capsys, fmt):
    out = tmp_path / f"out.{fmt}"
    err = _export(capsys, db, fmt, out)
    files = sorted(out.iterdir()) if out.is_dir() else [out]
    text = "".join(f.read_text(encoding="utf-8-sig") for f in files)
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked into the {fmt} export"
    assert "Open Startup" in text and "Public Piret" in text
    assert "1 council-only actors and 1 private actors with their 2 ties" in err
    assert "contact fields of 2 actors left out" in err


def test_the_json_export_keeps_only_what_lies_between_exported_actors(db, tmp_path, capsys):
    _export(capsys, db, "json", tmp_path / "out.json")
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in doc["actors"]] == ["pub-org", "pub-person"]
    assert [(t["source"], t["target"]) for t in doc["ties"]] == [("pub-org", "pub-person")]
    assert [p["actor"] for p in doc["participations"]] == ["pub-org"]
    assert [(d["a"], d["b"]) for d in doc["decisions"]] == [("pub-org", "pub-person")]
    assert [e["id"] for e in doc["events"]] == ["forum"]  # events are not personal
    # an organisation's web site is not a personal contact; a person's own page is
    websites = {a["id"]: a.get("website") for a in doc["actors"]}
    assert websites == {"pub-org": "https://open.example", "pub-person": None}


def test_include_and_with_contacts_bring_the_rest_back(db, tmp_path, capsys):
    err = _export(
        capsys,
        db,
        "json",
        tmp_path / "all.json",
        "--include",
        "council",
        "--include",
        "private",
        "--with-contacts",
    )
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in doc["actors"]} == {"pub-org", "pub-person", "council-org", "private-person"}
    assert len(doc["ties"]) == 3 and len(doc["decisions"]) == 2
    assert {a["id"]: a.get("email") for a in doc["actors"]}["private-person"] == "hanna@secret.example"
    assert err == ""

    _export(capsys, db, "csv", tmp_path / "council", "--include", "council")
    with (tmp_path / "council" / "actors.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["id"] for r in rows} == {"pub-org", "pub-person", "council-org"}
    assert all(r["email"] == "" for r in rows)


def test_the_graph_export_drops_ties_to_hidden_actors(db, tmp_path, capsys):
    _export(capsys, db, "graphml", tmp_path / "g.graphml")
    G = nx.read_graphml(tmp_path / "g.graphml")
    assert set(G) == {"pub-org", "pub-person"} and list(G.edges) == [("pub-org", "pub-person")]
    _export(capsys, db, "gexf", tmp_path / "g.gexf", "--include", "council")
    assert set(nx.read_gexf(tmp_path / "g.gexf")) == {"pub-org", "pub-person", "council-org"}


def test_an_unknown_level_is_refused_by_the_command_line(db, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(
            ["--db", db, "export", "--format", "json", "-o", str(tmp_path / "x.json"), "--include", "secret"]
        )
    assert stop.value.code == 2
    assert not (tmp_path / "x.json").exists()


def _net() -> NetworkData:
    return NetworkData(
        actors=[
            ActorRecord("p", "person", "P", "EE", email="p@x.example", website="https://p.example"),
            ActorRecord("c", "company", "C", "UA", visibility="council", website="https://c.example"),
            ActorRecord("h", "person", "H", "UA", visibility="private"),
        ],
        ties=[TieRecord("p", "c", "partner"), TieRecord("c", "h", "knows"), TieRecord("p", "h", "knows")],
        participations=[ParticipationRecord("e", "h")],
    )


def test_visible_network_by_audience():
    assert [a.id for a in visible_network(_net()).actors] == ["p"]
    council = visible_network(_net(), COUNCIL, with_contacts=True)
    assert [a.id for a in council.actors] == ["p", "c"] and council.ties == [TieRecord("p", "c", "partner")]
    assert council.actors[0].email == "p@x.example"
    everyone = visible_network(_net(), EVERYONE)
    assert len(everyone.ties) == 3 and everyone.participations == [ParticipationRecord("e", "h")]
    assert everyone.actors[0].email is None and everyone.actors[0].website is None
    assert everyone.actors[1].website == "https://c.example"  # an organisation's site stays


def test_filter_network_counts_what_it_left_out():
    _visible, left_out = filter_network(_net(), COUNCIL)
    assert left_out.actors == {"private": 1} and left_out.ties == 2 and left_out.participations == 1
    assert left_out.contacts == 1 and left_out.anything
    assert not filter_network(_net(), EVERYONE, with_contacts=True)[1].anything


def test_audiences_from_the_setting_and_the_export_options():
    assert audience_for("public") == PUBLIC and audience_for("council") == COUNCIL
    assert export_audience(["private"]) == frozenset({"public", "private"})
    with pytest.raises(ValueError):
        audience_for("private")
    with pytest.raises(ValueError):
        export_audience(["everyone"])


def test_private_actors_are_never_suggested_and_council_ones_only_to_council_members():
    actors = _net().actors
    assert suggestable_ids(actors, PUBLIC) == {"p"}
    assert suggestable_ids(actors, COUNCIL) == {"p", "c"}
    assert suggestable_ids(actors, EVERYONE) == {"p", "c"}  # private: to no one
    hidden = actors[2]
    assert not may_suggest(hidden, EVERYONE, to="p")
    assert may_suggest(hidden, PUBLIC, to="h")  # it appears to itself
