"""detect_communities on graphs whose communities are obvious."""

from __future__ import annotations

import networkx as nx
import pytest

from matchmaker.graph.build import build_graph
from matchmaker.graph.communities import detect_communities
from tests.graph_networks import bridge_world


def two_cliques(size=5):
    G = nx.Graph()
    for prefix, country, sector in (("e", "EE", "govtech"), ("u", "UA", "e-health")):
        members = [f"{prefix}{i}" for i in range(size)]
        G.add_nodes_from(members, country=country, sectors=[sector])
        G.add_edges_from(
            ((a, b) for i, a in enumerate(members) for b in members[i + 1 :]), weight=1.0, cross_border=False
        )
    G.add_edge("e0", "u0", weight=1.0, cross_border=True)
    return G


def test_two_cliques_are_two_communities():
    found = detect_communities(two_cliques())
    assert [c.members for c in found] == [[f"e{i}" for i in range(5)], [f"u{i}" for i in range(5)]]
    assert [c.id for c in found] == [0, 1]
    assert [c.label for c in found] == ["govtech — EE", "e-health — UA"]
    assert found[0].countries == {"EE": 5} and found[0].sectors == ["govtech"]
    assert found[0].cross_border_share == 0.0


def test_largest_first_and_isolated_actors_alone():
    G = two_cliques()
    G.add_edges_from([("e0", "e5"), ("e1", "e5")], weight=1.0, cross_border=False)
    G.add_node("loner", country="UA", sectors=[])
    found = detect_communities(G)
    assert [len(c.members) for c in found] == [6, 5, 1]
    assert found[-1].members == ["loner"] and found[-1].label == "UA"


def test_labels_name_two_sectors_and_the_country_shares():
    G = nx.Graph()
    sectors = {
        "a": ["e-health", "mobile services"],
        "b": ["e-health"],
        "c": ["mobile services"],
        "d": ["e-health"],
    }
    G.add_nodes_from((n, {"country": "EE", "sectors": s}) for n, s in sectors.items())
    G.add_node("e", country="UA", sectors=["fintech"])
    G.add_edges_from([("a", "b"), ("b", "c"), ("c", "d"), ("a", "d"), ("a", "e"), ("a", "c")])
    (only,) = detect_communities(G)
    assert only.label == "e-health · mobile services — EE 80 % / UA 20 %"


def test_no_two_communities_share_a_label():
    """Six look-alike groups (the demo's "mobile services · EE/UA" four times over) all read differently."""
    G = nx.Graph()
    extras = ["banking", "schools", "transport", None, None, "energy"]
    for k, extra in enumerate(extras):
        members = [f"g{k}m{i}" for i in range(6)]
        for i, m in enumerate(members):
            own = ["mobile services", "e-health"] + ([extra] if extra and i < 2 else [])
            G.add_node(m, country="EE" if i % 2 else "UA", sectors=own)
        G.add_edges_from((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
        if k:
            G.add_edge(f"g{k - 1}m0", f"g{k}m0")
    found = detect_communities(G)
    labels = [c.label for c in found]
    assert len(found) == 6 and len(set(labels)) == 6
    assert all(label.startswith("e-health · mobile services") for label in labels)
    assert any("banking" in label for label in labels) and any("energy" in label for label in labels)
    assert sum(label.endswith(("(1)", "(2)")) for label in labels) == 2  # the two with nothing else to tell


def test_mixed_community_counts_cross_border_ties():
    found = detect_communities(build_graph(bridge_world()))
    assert sorted(len(c.members) for c in found) == [3, 4]
    with_broker = next(c for c in found if "b" in c.members)
    # b's community: 3 ties of its triangle plus b's 2 ties into it, 2 of the 5 cross the border
    # when b sits with the Ukrainians, none when b sits with the Estonians.
    assert with_broker.cross_border_share in (0.0, pytest.approx(2 / 5))
    assert set(with_broker.countries) in ({"EE"}, {"EE", "UA"})


def test_same_seed_same_answer_and_resolution_splits():
    G = nx.connected_caveman_graph(6, 5)
    nx.set_node_attributes(G, "EE", "country")
    first = detect_communities(G, seed=7)
    assert [c.members for c in first] == [c.members for c in detect_communities(G, seed=7)]
    assert len(first) == 6
    assert len(detect_communities(G, resolution=0.05)) < 6


def test_empty_graph():
    assert detect_communities(nx.Graph()) == []


def test_finding_communities_reports_each_step_and_stops_on_cancel():
    from matchmaker.graph.communities import DETECT_STEPS
    from matchmaker.graph.steps import AnalysisCancelled

    G = nx.freeze(build_graph(bridge_world()))
    asked = []
    with pytest.raises(AnalysisCancelled):
        detect_communities(G, progress=lambda done, total: None, cancelled=lambda: asked.append(1) or True)
    assert len(asked) == 1  # stopped before the first pass: nothing else ran
    seen = []
    found = detect_communities(G, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (DETECT_STEPS, DETECT_STEPS) and [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert [c.members for c in found] == [c.members for c in detect_communities(G)]  # nothing half-kept


def _planted(groups=6, size=40, seed=3):
    """Groups of actors tied mostly inside: communities Leiden finds, with some noise between."""
    import random

    rng = random.Random(seed)
    G = nx.Graph()
    for g in range(groups):
        G.add_nodes_from(
            (f"g{g}-{i}" for i in range(size)), country="EE" if g % 2 else "UA", sectors=[f"s{g}"]
        )
    for g in range(groups):
        for _ in range(size * 3):
            a, b = rng.sample(range(size), 2)
            G.add_edge(f"g{g}-{a}", f"g{g}-{b}", weight=1.0 + rng.random(), cross_border=False)
    for _ in range(groups * 10):
        a, b = rng.sample(range(groups), 2)
        G.add_edge(
            f"g{a}-{rng.randrange(size)}", f"g{b}-{rng.randrange(size)}", weight=1.0, cross_border=True
        )
    return nx.freeze(G)


def test_a_big_network_clusters_in_a_child_process_with_the_same_answer(monkeypatch):
    """At 100,000 actors a Leiden pass held the window's lock for seconds; a child process runs it
    instead, and finds the very communities the window's process would have."""
    import multiprocessing

    from matchmaker.graph import leiden_process
    from matchmaker.graph.communities import DETECT_STEPS

    here = [c.members for c in detect_communities(_planted())]
    monkeypatch.setattr(leiden_process, "CHILD_PROCESS_FROM", 0)
    children = []
    in_child = leiden_process.leiden_in_child
    monkeypatch.setattr(
        leiden_process, "leiden_in_child", lambda *a, **k: children.append(1) or in_child(*a, **k)
    )
    seen = []
    there = detect_communities(_planted(), progress=lambda done, total: seen.append(done))
    assert children == [1]
    assert [c.members for c in there] == here and len(here) >= 4
    assert seen == sorted(seen) and seen[-1] == DETECT_STEPS
    assert not multiprocessing.active_children()


def test_cancel_ends_the_child_process_and_keeps_nothing(monkeypatch):
    import multiprocessing

    from matchmaker.graph import leiden_process
    from matchmaker.graph.steps import AnalysisCancelled

    monkeypatch.setattr(leiden_process, "CHILD_PROCESS_FROM", 0)
    G = _planted()
    passes = []
    with pytest.raises(AnalysisCancelled):
        detect_communities(
            G, progress=lambda done, total: passes.append(done), cancelled=lambda: len(passes) >= 1
        )
    assert not multiprocessing.active_children()  # killed, not left running
    assert [c.members for c in detect_communities(G)] == [c.members for c in detect_communities(_planted())]
