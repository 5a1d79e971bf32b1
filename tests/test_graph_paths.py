"""Warm introduction paths and introducers, with costs worked out by hand."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from matchmaker.graph.build import build_graph
from matchmaker.graph.paths import edge_cost, introducers, warm_intro_paths
from tests.graph_networks import bridge_world

TODAY = date(2024, 1, 1)


def triangle(direct_weight=1.0, via_weight=3.0, via_since=TODAY):
    G = nx.Graph(as_of=TODAY)
    G.add_edge("a", "c", weight=direct_weight, since=TODAY)
    G.add_edge("a", "b", weight=via_weight, since=via_since)
    G.add_edge("b", "c", weight=via_weight, since=via_since)
    return G


def test_strong_two_hops_beat_a_weak_direct_tie():
    paths = warm_intro_paths(triangle(), "a", "c")
    assert [p.actors for p in paths] == [["a", "b", "c"], ["a", "c"]]
    assert paths[0].cost == pytest.approx(2 / 3)
    assert paths[1].cost == pytest.approx(1.0)


def test_old_ties_cost_more():
    # The strong chain is 6 years old: each hop costs (1 + 6/2) / 3 = 4/3, so the direct tie wins.
    paths = warm_intro_paths(triangle(via_since=date(2018, 1, 1)), "a", "c")
    assert [p.actors for p in paths] == [["a", "c"], ["a", "b", "c"]]
    assert paths[1].cost == pytest.approx(2 * (1 + 6.0 / 2) / 3, rel=1e-3)


def test_edge_cost_formula():
    assert edge_cost({"weight": 4.0, "since": TODAY}, TODAY) == 0.25
    assert edge_cost({"weight": 1.0, "since": date(2022, 1, 1)}, TODAY) == pytest.approx(2.0, rel=1e-3)
    assert edge_cost({"weight": 2.0, "since": date(2022, 1, 1)}, None) == 0.5  # no reference date: no ageing


def test_avoid_and_top():
    G = triangle()
    assert [p.actors for p in warm_intro_paths(G, "a", "c", avoid=["b"])] == [["a", "c"]]
    assert [p.actors for p in warm_intro_paths(G, "a", "c", top=1)] == [["a", "b", "c"]]
    with pytest.raises(ValueError):
        warm_intro_paths(G, "a", "c", avoid=["c"])


def test_no_path_and_unknown_actor():
    G = triangle()
    G.add_node("island")
    assert warm_intro_paths(G, "a", "island") == []
    assert warm_intro_paths(G, "a", "c", avoid=["b"], top=5)[0].actors == ["a", "c"]
    with pytest.raises(nx.NodeNotFound):
        warm_intro_paths(G, "a", "nobody")


def test_bridge_world_paths_go_through_the_broker():
    G = build_graph(bridge_world())
    paths = warm_intro_paths(G, "e3", "u3", top=10)
    assert paths and all("b" in p.actors for p in paths)
    costs = [p.cost for p in paths]
    assert all(x <= y + 1e-9 for x, y in zip(costs, costs[1:], strict=False))  # best first
    assert warm_intro_paths(G, "e3", "u3", avoid=["b"]) == []


def test_introducers_reach_the_other_side():
    G = build_graph(bridge_world())
    # e1 asks for e-health across the border: only b reaches Ukrainians (u1, u2) in one more hop.
    assert introducers(G, "e1", "e-health") == [("b", ["u1", "u2"])]
    # With one more hop b also reaches u3, and e2 reaches u1 and u2 through b.
    assert introducers(G, "e1", "e-health", max_depth=3) == [("b", ["u1", "u2", "u3"]), ("e2", ["u1", "u2"])]
    # u3 looking for govtech in Estonia: u1 and u2 both reach b; equal counts, equal ties: by id.
    assert introducers(G, "u3", "govtech") == [("u1", ["b"]), ("u2", ["b"])]
    assert introducers(G, "u3", "govtech", top=1) == [("u1", ["b"])]
    assert introducers(G, "e1", "fintech") == []


def test_hop_budget():
    G = nx.path_graph(["a", "b", "c", "d", "e", "f", "g"])  # 6 hops from a to g
    assert warm_intro_paths(G, "a", "g") == []  # default budget: 5 ties
    assert [p.actors for p in warm_intro_paths(G, "a", "g", max_hops=6)] == [list("abcdefg")]
    assert [p.actors for p in warm_intro_paths(G, "a", "g", max_hops=None)] == [list("abcdefg")]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_bounded_search_is_exact(seed):
    """The top chains within the hop budget are the cheapest of all simple chains that short."""
    import random

    G = nx.gnm_random_graph(40, 120, seed=seed)
    rng = random.Random(seed)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = rng.choice([0.5, 1.0, 2.0, 3.0])
    G.graph["as_of"] = None
    for source, target in ((0, 39), (5, 17)):
        brute = sorted(
            sum(1 / G[u][v]["weight"] for u, v in zip(p, p[1:], strict=False))
            for p in nx.all_simple_paths(G, source, target, cutoff=3)
        )[:4]
        found = warm_intro_paths(G, source, target, top=4, max_hops=3)
        assert [p.cost for p in found] == pytest.approx(brute)
        assert all(len(p.actors) <= 4 for p in found)
