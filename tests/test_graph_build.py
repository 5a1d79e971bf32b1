"""build_graph and its projections on hand-made records."""

from __future__ import annotations

from datetime import date

from matchmaker.graph.build import build_graph, event_projection, skill_projection
from matchmaker.records import ActorRecord, NetworkData, ParticipationRecord, TieRecord
from tests.graph_networks import bridge_world


def test_nodes_carry_actor_fields():
    G = build_graph(bridge_world())
    assert G.number_of_nodes() == 7
    assert G.nodes["u1"]["country"] == "UA"
    assert G.nodes["b"]["sectors"] == ["govtech", "e-health"]
    assert G.nodes["e1"]["city"] == "Tallinn" and G.nodes["b"]["city"] is None
    assert "email" not in G.nodes["b"]


def test_parallel_ties_aggregate_into_one_edge():
    net = bridge_world()
    net.ties.append(TieRecord("e2", "e1", "cofounded", date(2019, 1, 1), 0.5))
    G = build_graph(net)
    assert G.number_of_edges() == 10
    edge = G.edges["e1", "e2"]
    assert edge["weight"] == 2.5
    assert edge["kinds"] == ["cofounded", "partner"]
    assert edge["since"] == date(2023, 3, 1)  # the latest of the two
    assert edge["cross_border"] is False
    assert G.edges["b", "u1"]["cross_border"] is True
    assert G.graph["as_of"] == date(2024, 6, 1)


def test_undated_ties_give_no_since_and_unknown_actors_are_skipped():
    net = NetworkData(
        actors=[ActorRecord("a", "ngo", "A", "EE"), ActorRecord("b", "ngo", "B", "EE")],
        ties=[TieRecord("a", "b", "knows"), TieRecord("a", "ghost", "knows")],
    )
    G = build_graph(net)
    assert list(G.edges(data="since")) == [("a", "b", None)]
    assert G.graph["as_of"] is None


def test_event_projection_counts_shared_events():
    net = bridge_world()
    net.participations.append(ParticipationRecord("hack", "u2"))
    P = event_projection(net)
    assert set(P["b"]) == {"e1", "u1", "u2"}
    assert P["e1"]["u1"]["weight"] == 1
    assert P.degree("e3") == 0


def test_skill_projection_needs_enough_shared_skills():
    skills = {"a": {"x": 1.0, "y": 1.0, "z": 1.0}, "b": {"x": 1.0, "y": 1.0}, "c": {"z": 1.0}}
    net = NetworkData(actors=[ActorRecord(k, "startup", k, "EE", offers=v) for k, v in skills.items()])
    assert sorted(skill_projection(net).edges(data="weight")) == [("a", "b", 2)]
    assert sorted(skill_projection(net, min_shared=1).edges(data="weight")) == [("a", "b", 2), ("a", "c", 1)]
