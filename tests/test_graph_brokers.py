"""Cross-border brokers, bridges and structural holes on the bridge world."""

from __future__ import annotations

import networkx as nx
import pytest

from matchmaker.graph.brokers import bridges, cross_border_brokers, structural_holes
from matchmaker.graph.build import build_graph
from tests.graph_networks import bridge_world


@pytest.fixture
def G():
    return build_graph(bridge_world())


def test_the_broker_ranks_first(G):
    ranked = cross_border_brokers(G)
    # 4 EE (e1, e2, e3, b) x 3 UA pairs = 12; b lies on every path except its own 3: 9/12.
    assert ranked[0] == ("b", pytest.approx(0.75))
    assert dict(ranked)["u1"] == pytest.approx(2 / 12)  # b-u3, e1-u3, e2-u3, e3-u3: half of each
    assert "u3" not in dict(ranked) and "e3" not in dict(ranked)


def test_sampling_is_seeded_and_keeps_the_broker_on_top(G):
    assert cross_border_brokers(G, samples=2, seed=3) == cross_border_brokers(G, samples=2, seed=3)
    assert cross_border_brokers(G, samples=2, seed=3)[0][0] == "b"
    assert len(cross_border_brokers(G, top=2)) == 2


def test_one_sided_network_has_no_brokers():
    G = nx.Graph([("a", "b")])
    nx.set_node_attributes(G, "EE", "country")
    assert cross_border_brokers(G) == []


def test_bridges(G):
    assert bridges(G) == []  # b has two ties to each side
    H = nx.Graph(G)  # build_graph's graph is frozen: edit a copy
    H.remove_edge("b", "u2")
    assert bridges(H) == [("b", "u1")]


def test_structural_holes_put_the_broker_first(G):
    ranked = structural_holes(G, top=3)
    assert ranked[0][0] == "b"
    assert [c for _n, c in ranked] == sorted(c for _n, c in ranked)
    assert all(n != "e3" for n, _c in structural_holes(G, candidates=2))  # only the top-degree actors


@pytest.mark.parametrize("weighted", [False, True])
def test_burt_constraint_matches_networkx(weighted):
    from matchmaker.graph.brokers import burt_constraint

    G = nx.karate_club_graph()  # edge "weight" holds interaction counts
    weight = "weight" if weighted else None
    expected = nx.constraint(G, weight=weight)
    assert {n: burt_constraint(G, n, weight) for n in G} == pytest.approx(expected)


def test_brokers_report_progress_and_stop_when_cancelled(G):
    from matchmaker.graph.steps import AnalysisCancelled

    seen = []
    ranked = cross_border_brokers(G, progress=lambda done, total: seen.append((done, total)))
    assert ranked == cross_border_brokers(G) and seen[-1][0] == seen[-1][1]
    calls = []
    with pytest.raises(AnalysisCancelled):
        cross_border_brokers(G, cancelled=lambda: calls.append(1) or len(calls) > 1)
