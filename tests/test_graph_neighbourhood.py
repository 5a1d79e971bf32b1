"""ego_network on the bridge world."""

from __future__ import annotations

import networkx as nx
import pytest

from matchmaker.graph.build import build_graph
from matchmaker.graph.neighbourhood import ego_network
from tests.graph_networks import bridge_world


@pytest.fixture
def G():
    return build_graph(bridge_world())


def test_depth_counts_hops(G):
    assert set(ego_network(G, "e3", depth=0)) == {"e3"}
    assert set(ego_network(G, "e3")) == {"e1", "e2", "e3"}
    assert set(ego_network(G, "e3", depth=2)) == {"e1", "e2", "e3", "b"}
    assert set(ego_network(G, "e3", depth=3)) == set(G) - {"u3"}


def test_edges_and_attributes_are_kept(G):
    ego = ego_network(G, "b")
    assert ego.number_of_edges() == 6  # b's four ties, e1-e2 and u1-u2
    assert ego.edges["b", "u1"]["cross_border"] is True
    assert ego.nodes["u1"]["name"] == "Ukrainian 1"
    ego.nodes["u1"]["name"] = "changed"
    assert G.nodes["u1"]["name"] == "Ukrainian 1"  # a copy, not a view


def test_filters_apply_while_walking(G):
    # Only "partner" ties: b's "knows" ties are not walked, so the other side stays out of reach.
    assert set(ego_network(G, "e1", depth=5, tie_kinds=["partner"])) == {"e1", "e2", "e3"}
    # Only Ukrainians besides the centre: b is Estonian, so nothing beyond b is reached.
    assert set(ego_network(G, "e1", depth=5, countries=["UA"])) == {"e1"}
    assert set(ego_network(G, "b", depth=2, actor_kinds=["startup"])) == {"b", "u1", "u2", "u3"}
    kept = ego_network(G, "b", depth=1, tie_kinds=["knows"])
    assert not kept.has_edge("e1", "e2")  # a partner tie, filtered out


def test_unknown_actor(G):
    with pytest.raises(nx.NodeNotFound):
        ego_network(G, "nobody")
