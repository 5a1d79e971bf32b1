"""Analytics share one conversion (and one clustering) per network, and never a stale one."""

from __future__ import annotations

import networkx as nx
import pytest

from matchmaker.graph import cache, communities
from matchmaker.graph.brokers import cross_border_brokers
from matchmaker.graph.build import build_graph
from matchmaker.graph.cache import GraphCache, converted
from matchmaker.graph.centrality import betweenness, pagerank
from matchmaker.graph.communities import detect_communities
from matchmaker.graph.structure_layout import structure_layout
from tests.graph_networks import bridge_world


@pytest.fixture
def conversions(monkeypatch):
    calls = []
    real = cache._convert

    def counting(G):
        calls.append(G)
        return real(G)

    monkeypatch.setattr(cache, "_convert", counting)
    return calls


def test_every_analysis_of_one_network_uses_one_conversion(conversions, monkeypatch):
    clusterings = []
    real_leiden = communities._leiden
    monkeypatch.setattr(communities, "_leiden", lambda *a: clusterings.append(1) or real_leiden(*a))
    G = build_graph(bridge_world())
    detect_communities(G)
    betweenness(G)
    pagerank(G)
    cross_border_brokers(G)
    structure_layout(G, iterations=10)
    detect_communities(G)
    assert conversions == []  # build_graph handed its conversion over: no analysis walked the graph
    assert len(clusterings) == 1  # the layout seeds from the communities the canvas colours


def test_the_conversion_build_graph_hands_over_is_the_one_a_walk_makes(conversions):
    """Same vertices, same ties in the same order, same weights: the same clustering and layout."""
    from datetime import date

    from matchmaker.records import TieRecord

    net = bridge_world()
    first = net.actors[0].id
    net.ties += [  # a repeated pair (weights summed), a self-tie and an unknown actor (both skipped)
        TieRecord(net.ties[0].target, net.ties[0].source, "knows", date(2024, 1, 1), 0.5),
        TieRecord(first, first, "knows"),
        TieRecord(first, "nobody", "knows"),
    ]
    G = build_graph(net)
    handed, walked = converted(G), cache._convert(G)
    assert handed.nodes == walked.nodes
    assert handed.igraph.get_edgelist() == walked.igraph.get_edgelist()
    assert handed.igraph.es["weight"] == walked.igraph.es["weight"]
    assert handed.sources.tolist() == walked.sources.tolist()
    assert handed.targets.tolist() == walked.targets.tolist()
    assert handed.weights.tolist() == walked.weights.tolist()


def test_a_graph_that_may_change_is_converted_afresh(conversions):
    G = nx.Graph(build_graph(bridge_world()))  # an editable copy
    assert [c.label for c in detect_communities(G)]
    G.remove_edge("b", "u1")
    G.remove_edge("b", "u2")  # now b sits only with the Estonians
    found = detect_communities(G)
    assert len(conversions) == 2
    assert all(set(c.countries) in ({"EE"}, {"UA"}) for c in found)


def test_results_handed_out_are_copies():
    G = build_graph(bridge_world())
    first = detect_communities(G)
    first[0].members.clear()
    assert detect_communities(G)[0].members


def test_frozen_graph_refuses_edits():
    G = build_graph(bridge_world())
    with pytest.raises(nx.NetworkXError):
        G.add_edge("e1", "u3")
    assert converted(G).nodes == list(G)


def test_graph_cache_rebuilds_when_the_network_changes():
    net = bridge_world()
    graphs = GraphCache()
    G = graphs.graph(net, version=1)
    assert graphs.graph(net, version=1) is G
    assert graphs.graph(net, version=2) is not G
    other = bridge_world()
    assert graphs.graph(other, version=2) is not graphs.graph(net, version=2)
    kept = graphs.graph(net, version=2)
    graphs.forget()
    assert graphs.graph(net, version=2) is not kept
