"""GEXF and GraphML exports re-import into networkx with attributes and positions intact."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from matchmaker.graph.export import export_graph
from tests.graph_networks import bridge_world, load_into


@pytest.fixture
def laid_out(sqlite_store, tmp_path):
    load_into(sqlite_store, bridge_world(), tmp_path)
    sqlite_store.save_positions(
        {n: (float(i), float(-i)) for i, n in enumerate(["e1", "e2", "e3", "u1", "u2", "u3"])},
    )
    return sqlite_store  # "b" has no saved position: placed next to its neighbours


def test_gexf_round_trip(laid_out, tmp_path):
    (path,) = export_graph(laid_out, "gexf", tmp_path / "out" / "net.gexf")
    H = nx.read_gexf(path)
    assert set(H) == {"e1", "e2", "e3", "u1", "u2", "u3", "b"} and H.number_of_edges() == 10
    assert H.nodes["u2"]["viz"]["position"]["x"] == 4.0 and H.nodes["u2"]["viz"]["position"]["y"] == -4.0
    assert -1 <= H.nodes["b"]["viz"]["position"]["x"] <= 6  # between its neighbours
    assert H.nodes["b"]["label"] == "Broker Birgit"
    assert H.nodes["b"]["sectors"] == "govtech;e-health"
    assert H.nodes["u1"]["country"] == "UA" and "city" not in H.nodes["b"]
    edge = H.edges["b", "u1"]
    assert edge["kinds"] == "knows" and edge["since"] == "2024-06-01" and edge["cross_border"] == 1
    assert edge["weight"] == 1.0


def test_graphml_round_trip(laid_out, tmp_path):
    (path,) = export_graph(laid_out, "graphml", tmp_path / "net.graphml")
    H = nx.read_graphml(path)
    assert H.number_of_nodes() == 7 and H.number_of_edges() == 10
    assert (H.nodes["e3"]["x"], H.nodes["e3"]["y"]) == (2.0, -2.0)
    assert H.nodes["e1"]["kind"] == "company" and H.nodes["e1"]["city"] == "Tallinn"
    assert H.edges["e1", "e2"] == {
        "weight": 2.0,
        "kinds": "partner",
        "since": date(2023, 3, 1).isoformat(),
        "cross_border": 0,
    }


def test_export_without_saved_positions_lays_out(sqlite_store, tmp_path):
    load_into(sqlite_store, bridge_world(), tmp_path)
    (path,) = export_graph(sqlite_store, "gexf", tmp_path / "net.gexf")
    positions = {
        n: (d["viz"]["position"]["x"], d["viz"]["position"]["y"])
        for n, d in nx.read_gexf(path).nodes(data=True)
    }
    assert len(set(positions.values())) == 7


def test_unknown_format(sqlite_store, tmp_path):
    with pytest.raises(ValueError, match="unknown graph format"):
        export_graph(sqlite_store, "dot", tmp_path / "x.dot")
