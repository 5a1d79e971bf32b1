"""force_layout (the map layout, or the earlier one) streams, reports and stops; place_new_nodes keeps the rest."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from matchmaker.graph.layout import force_layout, place_new_nodes


def spread(pos, nodes):
    xy = np.array([pos[n] for n in nodes])
    return float(np.linalg.norm(xy - xy.mean(axis=0), axis=1).mean())


def test_clusters_come_out_apart():
    G = nx.Graph()
    G.add_edges_from(nx.complete_graph(["a1", "a2", "a3", "a4", "a5"]).edges, weight=1.0)
    G.add_edges_from(nx.complete_graph(["b1", "b2", "b3", "b4", "b5"]).edges, weight=1.0)
    G.add_edge("a1", "b1", weight=1.0)
    pos = force_layout(G, seed=1)
    centre = {k: np.mean([pos[f"{k}{i}"] for i in range(1, 6)], axis=0) for k in "ab"}
    gap = float(np.linalg.norm(centre["a"] - centre["b"]))
    assert gap > 2 * spread(pos, [f"a{i}" for i in range(2, 6)])
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())


def test_progress_streaming_and_determinism():
    G = nx.connected_caveman_graph(4, 4)
    done, streamed = [], []
    pos = force_layout(
        G,
        iterations=25,
        every=10,
        seed=5,
        progress=lambda d, t: done.append((d, t)),
        on_positions=streamed.append,
    )
    # The community-seeded start counts as a fifth of the run; then a chunk of 10, 10 and 5.
    assert done == [(4, 25), (12, 25), (21, 25), (25, 25)]
    assert len(streamed) == 4 and streamed[-1] == pos and set(streamed[0]) == set(G)
    assert force_layout(G, iterations=25, seed=5) == pos
    assert force_layout(G, iterations=25, seed=6) != pos


def test_cancel_returns_what_it_has():
    G = nx.cycle_graph(12)
    chunks = []
    pos = force_layout(
        G, iterations=300, every=10, on_positions=chunks.append, cancelled=lambda: len(chunks) >= 2
    )
    assert len(chunks) == 2 and pos == chunks[-1]


def test_starting_positions_are_used():
    G = nx.path_graph(["a", "b"])
    start = {"a": (100.0, 100.0), "b": (101.0, 100.0)}
    pos = force_layout(G, pos=start, iterations=1)
    assert abs(pos["a"][0] - 100.0) < 5 and abs(pos["b"][1] - 100.0) < 5


def test_place_new_nodes_near_neighbours_only_moving_the_new():
    G = nx.Graph([("a", "n1"), ("b", "n1"), ("n1", "n2"), ("x", "y")])
    G.add_node("alone")
    old = {"a": (0.0, 0.0), "b": (10.0, 0.0), "x": (0.0, 10.0), "y": (10.0, 10.0)}
    pos = place_new_nodes(G, old, seed=2)
    assert {n: pos[n] for n in old} == old
    assert set(pos) == set(G)
    assert math.dist(pos["n1"], (5.0, 0.0)) < 1.0  # the mean of a and b, jittered
    assert math.dist(pos["n2"], pos["n1"]) < 1.0  # placed from n1 in the next round
    assert 0.0 <= pos["alone"][0] <= 10.0 and 0.0 <= pos["alone"][1] <= 10.0
    assert place_new_nodes(G, old, seed=2) == pos
    assert place_new_nodes(G, pos) == pos


def test_place_new_nodes_from_nothing():
    G = nx.path_graph(5)
    pos = place_new_nodes(G, {})
    assert set(pos) == set(G) and len(set(pos.values())) == 5


def test_the_earlier_layout_is_still_there_and_streams_as_before():
    G = nx.connected_caveman_graph(4, 4)
    done = []
    pos = force_layout(
        G,
        iterations=25,
        every=10,
        algorithm="fruchterman_reingold",
        progress=lambda d, t: done.append((d, t)),
    )
    assert done == [(10, 25), (20, 25), (25, 25)] and set(pos) == set(G)
    with pytest.raises(ValueError, match="unknown layout"):
        force_layout(G, algorithm="circle")


def test_actors_without_ties_are_lined_up_under_the_drawing():
    G = nx.connected_caveman_graph(3, 4)
    G.add_nodes_from(["lone1", "lone2"])
    pos = force_layout(G, iterations=30)
    lowest = max(pos[n][1] for n in G if G.degree(n))
    assert pos["lone1"][1] > lowest and pos["lone1"][1] == pos["lone2"][1]
