"""The Insights numbers — counts, cross-border shares by year and around events — counted by hand."""

from __future__ import annotations

from datetime import date

from matchmaker.graph.build import build_graph
from matchmaker.graph.stats import (
    cross_border_share_by_event,
    cross_border_share_by_year,
    cross_border_ties_by_year,
    cumulative_cross_border_share,
    decisions_by_status,
    kinds_by_country,
    network_counts,
    sectors_by_country,
)
from matchmaker.records import ActorRecord, DecisionRecord, TieRecord
from tests.graph_networks import bridge_world


def test_share_by_year():
    net = bridge_world()
    net.ties.append(TieRecord("e1", "u3", "partner", date(2023, 11, 1)))
    net.ties.append(TieRecord("e3", "u3", "partner"))  # undated: not counted
    # 2023: six domestic triangle ties and e1-u3; 2024: b's four ties, two of them to Ukrainians.
    assert cross_border_share_by_year(net) == {2023: 1 / 7, 2024: 0.5}
    assert cumulative_cross_border_share(net) == {2023: 1 / 7, 2024: 3 / 11}


def test_share_by_event():
    net = bridge_world()
    (row,) = cross_border_share_by_event(net)
    # Participants b, e1, u1; in the year after 20 May 2024: b's four ties (2 cross-border);
    # b-e1 and b-u1 link two participants. Nothing in the year before (the triangles date from March 2023).
    assert row == {
        "event": "hack",
        "name": "Sandbox Hack",
        "start": "2024-05-20",
        "participants": 3,
        "ties_among_participants": 2,
        "new_ties": 4,
        "cross_border_ties": 2,
        "cross_border_share": 0.5,
        "ties_before": 0,
        "cross_border_ties_before": 0,
        "cross_border_share_before": None,
    }
    # Looking 500 days back reaches e1's and u1's triangle ties: 4 ties, none crossing.
    assert cross_border_share_by_event(net, window_days=500)[0]["cross_border_share_before"] == 0.0


def test_events_without_dates_or_ties():
    net = bridge_world()
    assert cross_border_share_by_event(net, window_days=1)[0]["cross_border_share"] is None
    net.ties.clear()
    assert cross_border_share_by_year(net) == {}


def test_headline_counts_agree_with_the_map():
    net = bridge_world()
    net.ties.append(TieRecord("u1", "b", "partner", date(2024, 7, 1)))  # a second tie, same pair
    net.ties.append(TieRecord("e1", "nobody", "knows"))  # an unknown actor: not counted anywhere
    net.actors.append(ActorRecord("new", "startup", "Newcomer", "UA"))
    counts = network_counts(net)
    assert counts == {
        "actors": 8,
        "ties": 11,
        "tie_pairs": 10,
        "cross_border_ties": 3,
        "cross_border_share": 3 / 11,
        "unconnected": 1,
    }
    assert counts["tie_pairs"] == build_graph(net).number_of_edges()


def test_sectors_and_kinds_by_country():
    net = bridge_world()
    # govtech: e1-e3 and b (EE); e-health: u1-u3 (UA) and b (EE). Equal totals: by name.
    assert sectors_by_country(net) == [("e-health", {"UA": 3, "EE": 1}), ("govtech", {"EE": 4})]
    assert sectors_by_country(net, top=1) == [("e-health", {"UA": 3, "EE": 1})]
    assert kinds_by_country(net) == [("company", {"EE": 3}), ("startup", {"UA": 3}), ("person", {"EE": 1})]


def test_cross_border_ties_by_year_and_the_pipeline():
    net = bridge_world()
    assert cross_border_ties_by_year(net) == {
        2023: {"ties": 6, "cross_border": 0},
        2024: {"ties": 4, "cross_border": 2},
    }
    net.decisions = [
        DecisionRecord("e1", "u3", "met"),
        DecisionRecord("e2", "u3", "declined"),
        DecisionRecord("e3", "u3"),
        DecisionRecord("e3", "u2", "met"),
    ]
    counts = decisions_by_status(net)
    assert counts == {"suggested": 1, "contacted": 0, "met": 2, "agreement": 0, "declined": 1}
    assert sum(counts.values()) - counts["suggested"] == 3  # outcomes recorded
