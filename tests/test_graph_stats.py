"""Cross-border shares by year and around events, counted by hand."""

from __future__ import annotations

from datetime import date

from matchmaker.graph.stats import (
    cross_border_share_by_event,
    cross_border_share_by_year,
    cumulative_cross_border_share,
)
from matchmaker.records import TieRecord
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
        "cross_border_share": 0.5,
        "cross_border_share_before": None,
    }
    # Looking 500 days back reaches e1's and u1's triangle ties: 4 ties, none crossing.
    assert cross_border_share_by_event(net, window_days=500)[0]["cross_border_share_before"] == 0.0


def test_events_without_dates_or_ties():
    net = bridge_world()
    assert cross_border_share_by_event(net, window_days=1)[0]["cross_border_share"] is None
    net.ties.clear()
    assert cross_border_share_by_year(net) == {}
