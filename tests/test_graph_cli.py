"""The graph commands through ``matchmaker.cli.main``: JSON shapes and text output."""

from __future__ import annotations

import json

import pytest

from matchmaker.cli import main
from tests.graph_networks import bridge_world, load_into


@pytest.fixture
def db(tmp_path):
    from matchmaker.store import open_store

    path = tmp_path / "cli.sqlite"
    store = open_store(str(path))
    load_into(store, bridge_world(), tmp_path)
    store.engine.dispose()
    return str(path)


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_path_json_and_names(db, capsys):
    doc = run_json(capsys, "--db", db, "path", "e3", "Ukrainian 3", "--top", "2", "--json")
    assert len(doc["paths"]) == 2
    best = doc["paths"][0]
    assert best["actors"][0] == "e3" and best["actors"][-1] == "u3" and "b" in best["actors"]
    assert isinstance(best["cost"], float) and best["cost"] <= doc["paths"][1]["cost"]


def test_path_text_shows_names_and_avoid(db, capsys):
    assert main(["--db", db, "path", "e1", "e2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Estonian 1 → Estonian 2")
    doc = run_json(capsys, "--db", db, "path", "e3", "u3", "--avoid", "Broker Birgit", "--json")
    assert doc == {"paths": []}


def test_path_unknown_actor_is_a_user_error(db, capsys):
    assert main(["--db", db, "path", "e1", "nobody"]) == 2
    assert "nobody" in capsys.readouterr().err


def test_communities_json(db, capsys):
    doc = run_json(capsys, "--db", db, "communities", "--seed", "1", "--json")
    communities = doc["communities"]
    assert [c["id"] for c in communities] == [0, 1]
    assert sorted(m for c in communities for m in c["members"]) == sorted(
        ["b", "e1", "e2", "e3", "u1", "u2", "u3"]
    )
    assert {"id", "label", "members", "cross_border_share"} <= set(communities[0])
    assert main(["--db", db, "communities"]) == 0
    assert "govtech · e-health — EE" in capsys.readouterr().out


def test_brokers_json_and_text(db, capsys):
    doc = run_json(capsys, "--db", db, "brokers", "--top", "2", "--json")
    assert doc["brokers"][0] == {"id": "b", "name": "Broker Birgit", "score": 0.75}
    assert len(doc["brokers"]) == 2
    assert main(["--db", db, "brokers"]) == 0
    assert "Broker Birgit" in capsys.readouterr().out


def test_layout_saves_positions(db, capsys):
    from matchmaker.store import open_store

    assert main(["--db", db, "layout", "--iterations", "20", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"saved": 7, "iterations": 20}
    store = open_store(db)
    assert set(store.load_positions()) == {"b", "e1", "e2", "e3", "u1", "u2", "u3"}
    store.engine.dispose()


def test_stats_gains_cross_border_share_by_year(db, capsys):
    doc = run_json(capsys, "--db", db, "stats", "--json")
    assert doc["cross_border_share_by_year"] == {"2023": 0.0, "2024": 0.5}
    assert doc["actors"] == 7 and doc["ties_by_kind"] == {"knows": 4, "partner": 6}
    assert main(["--db", db, "stats"]) == 0
    assert "2024  50%" in capsys.readouterr().out


def test_export_gexf_through_the_cli(db, capsys, tmp_path):
    import networkx as nx

    out = tmp_path / "net.gexf"
    doc = run_json(capsys, "--db", db, "export", "--format", "gexf", "-o", str(out), "--json")
    assert doc == {"written": [str(out)]}
    assert nx.read_gexf(out).number_of_nodes() == 7
