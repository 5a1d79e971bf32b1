"""How the network grows across the border: shares of cross-border ties by year and around events.

These read the records (:class:`~matchmaker.records.NetworkData`), not the graph, because
they look at individual dated ties, which the graph aggregates per pair. A tie is
*cross-border* when its two actors are in different countries; undated ties are left out.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from matchmaker.records import NetworkData

__all__ = ["cross_border_share_by_year", "cumulative_cross_border_share", "cross_border_share_by_event"]


def _dated_ties(net: NetworkData) -> list[tuple]:
    """``(since, source, target, crosses)`` for every dated tie between known actors."""
    country = {a.id: a.country for a in net.actors}
    return [
        (t.since, t.source, t.target, country[t.source] != country[t.target])
        for t in net.ties
        if t.since is not None and t.source in country and t.target in country
    ]


def _year_counts(net: NetworkData) -> dict[int, list[int]]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])  # year -> [cross-border, all]
    for since, _s, _t, crosses in _dated_ties(net):
        counts[since.year][0] += crosses
        counts[since.year][1] += 1
    return dict(sorted(counts.items()))


def cross_border_share_by_year(net: NetworkData) -> dict[int, float]:
    """For each year with dated ties, the share of the ties formed that year that cross the border.

    Examples
    --------
    >>> from datetime import date
    >>> from matchmaker.records import ActorRecord, NetworkData, TieRecord
    >>> net = NetworkData(actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("b", "startup", "B", "EE"),
    ...                           ActorRecord("u", "company", "U", "UA")],
    ...                   ties=[TieRecord("a", "b", "knows", date(2022, 3, 1)),
    ...                         TieRecord("a", "u", "partner", date(2023, 3, 1)),
    ...                         TieRecord("b", "u", "knows", date(2023, 9, 1)),
    ...                         TieRecord("a", "b", "partner", date(2023, 10, 1)),
    ...                         TieRecord("b", "u", "partner")])
    >>> cross_border_share_by_year(net)
    {2022: 0.0, 2023: 0.6666666666666666}
    """
    return {year: crossing / total for year, (crossing, total) in _year_counts(net).items()}


def cumulative_cross_border_share(net: NetworkData) -> dict[int, float]:
    """For each year, the share of all dated ties formed up to and including it that cross the border.

    Examples
    --------
    >>> from datetime import date
    >>> from matchmaker.records import ActorRecord, NetworkData, TieRecord
    >>> net = NetworkData(actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("u", "company", "U", "UA")],
    ...                   ties=[TieRecord("a", "u", "knows", date(2021, 1, 1)),
    ...                         TieRecord("u", "a", "partner", date(2021, 6, 1)),
    ...                         TieRecord("a", "a", "member_of", date(2024, 1, 1))])
    >>> cumulative_cross_border_share(net)
    {2021: 1.0, 2024: 0.6666666666666666}
    """
    shares, crossing_sum, total_sum = {}, 0, 0
    for year, (crossing, total) in _year_counts(net).items():
        crossing_sum, total_sum = crossing_sum + crossing, total_sum + total
        shares[year] = crossing_sum / total_sum
    return shares


def cross_border_share_by_event(net: NetworkData, *, window_days: int = 365) -> list[dict]:
    """What each dated event did for cross-border ties, oldest event first.

    For each event with a start date, looking at ties dated within ``window_days`` after
    (from the start day on) or before it:

    ``ties_among_participants``
        ties formed after the event between two of its participants;
    ``new_ties``
        ties formed after the event that involve at least one participant;
    ``cross_border_share``
        the share of those new ties that cross the border (``None`` without new ties);
    ``cross_border_share_before``
        the same share for the participants' ties formed in the window before the event.

    Examples
    --------
    >>> from datetime import date
    >>> from matchmaker.records import (ActorRecord, EventRecord, NetworkData, ParticipationRecord,
    ...                                 TieRecord)
    >>> net = NetworkData(
    ...     actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("b", "startup", "B", "EE"),
    ...             ActorRecord("u", "company", "U", "UA")],
    ...     events=[EventRecord("hack", "Hack", "hackathon", start=date(2023, 5, 1))],
    ...     participations=[ParticipationRecord("hack", "a"), ParticipationRecord("hack", "u")],
    ...     ties=[TieRecord("a", "b", "knows", date(2023, 1, 1)),
    ...           TieRecord("a", "u", "partner", date(2023, 5, 2)),
    ...           TieRecord("b", "u", "knows", date(2023, 7, 1))])
    >>> row = cross_border_share_by_event(net)[0]
    >>> row["ties_among_participants"], row["new_ties"], row["cross_border_share"], row["cross_border_share_before"]
    (1, 2, 1.0, 0.0)
    """
    ties = _dated_ties(net)
    by_actor: dict[str, list[int]] = defaultdict(list)  # indices, so two ties alike still count twice
    for i, tie in enumerate(ties):
        by_actor[tie[1]].append(i)
        by_actor[tie[2]].append(i)
    participants: dict[str, set[str]] = defaultdict(set)
    for p in net.participations:
        participants[p.event].add(p.actor)
    window = timedelta(days=window_days)
    rows = []
    for event in sorted((e for e in net.events if e.start is not None), key=lambda e: (e.start, e.id)):
        people = participants.get(event.id, set())
        touching = [ties[i] for i in {i for person in people for i in by_actor.get(person, ())}]
        after = [t for t in touching if event.start <= t[0] < event.start + window]
        before = [t for t in touching if event.start - window <= t[0] < event.start]
        rows.append(
            {
                "event": event.id,
                "name": event.name,
                "start": event.start.isoformat(),
                "participants": len(people),
                "ties_among_participants": sum(1 for t in after if t[1] in people and t[2] in people),
                "new_ties": len(after),
                "cross_border_share": sum(t[3] for t in after) / len(after) if after else None,
                "cross_border_share_before": sum(t[3] for t in before) / len(before) if before else None,
            }
        )
    return rows
