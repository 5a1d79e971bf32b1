"""Every number the Insights view shows: counts of the network, and how it grows across the border.

These read the records (:class:`~matchmaker.records.NetworkData`), not the graph, because
they look at individual ties, which the graph aggregates per pair. A tie is *cross-border*
when its two actors are in different countries; ties naming an unknown actor, and ties of an
actor with itself, are left out everywhere (as :func:`~matchmaker.graph.build.build_graph`
does), and the shares over time leave out undated ties.

One source of truth: :func:`network_counts` says how many ties there are (records) and how
many pairs of actors they link (what the map draws), so two views never disagree;
:func:`decisions_by_status` counts the match pipeline and the outcomes recorded in it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta
from itertools import repeat

from matchmaker.records import NetworkData
from matchmaker.vocab import DECISION_STATUSES

__all__ = [
    "cross_border_share_by_event",
    "cross_border_share_by_year",
    "cross_border_ties_by_year",
    "cumulative_cross_border_share",
    "decisions_by_status",
    "kinds_by_country",
    "network_counts",
    "sectors_by_country",
]


def _known_ties(net: NetworkData) -> list[tuple]:
    """``(tie, crosses)`` for every tie between two different known actors."""
    country = {a.id: a.country for a in net.actors}
    return [
        (t, country[t.source] != country[t.target])
        for t in net.ties
        if t.source != t.target and t.source in country and t.target in country
    ]


def network_counts(net: NetworkData) -> dict:
    """The headline counts: ``actors``, ``ties`` (records), ``tie_pairs`` (pairs of actors tied, what
    the map draws: several ties between two actors are one line), ``cross_border_ties``,
    ``cross_border_share`` (of ``ties``; 0 without ties) and ``unconnected`` (actors without a tie).

    Examples
    --------
    >>> from matchmaker.records import ActorRecord, NetworkData, TieRecord
    >>> net = NetworkData(actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("b", "startup", "B", "EE"),
    ...                           ActorRecord("u", "company", "U", "UA"), ActorRecord("x", "person", "X", "UA")],
    ...                   ties=[TieRecord("a", "u", "partner"), TieRecord("u", "a", "knows"),
    ...                         TieRecord("a", "b", "knows"), TieRecord("a", "ghost", "knows")])
    >>> network_counts(net)
    {'actors': 4, 'ties': 3, 'tie_pairs': 2, 'cross_border_ties': 2, 'cross_border_share': 0.6666666666666666, 'unconnected': 1}
    """
    import numpy as np  # the status bar asks for this as a network opens: arrays, not a million tuples

    index = {a.id: i for i, a in enumerate(net.actors)}
    n = max(len(index), 1)
    codes: dict = {}
    country = np.fromiter(
        (codes.setdefault(a.country, len(codes)) for a in net.actors), np.int64, len(net.actors)
    )
    if net.ties:
        sources, targets = list(zip(*net.ties, strict=True))[:2]
        s = np.fromiter(map(index.get, sources, repeat(-1)), np.int64, len(sources))
        t = np.fromiter(map(index.get, targets, repeat(-1)), np.int64, len(targets))
        keep = (s >= 0) & (t >= 0) & (s != t)
        s, t = s[keep], t[keep]
    else:
        s = t = np.zeros(0, dtype=np.int64)
    last = np.fromiter(map(index.__getitem__, (a.id for a in net.actors)), np.int64, len(net.actors))
    tied = np.zeros(n, dtype=bool)
    tied[s] = tied[t] = True
    ties, crossing = len(s), int(np.count_nonzero(country[s] != country[t]))
    return {
        "actors": len(net.actors),
        "ties": ties,
        "tie_pairs": len(np.unique(np.minimum(s, t) * n + np.maximum(s, t))),
        "cross_border_ties": crossing,
        "cross_border_share": crossing / ties if ties else 0.0,
        "unconnected": int(np.count_nonzero(~tied[last])),
    }


def _ranked(groups: dict[str, Counter], top: int | None) -> list[tuple[str, dict[str, int]]]:
    ordered = sorted(groups, key=lambda g: (-sum(groups[g].values()), g))[:top]
    return [(g, dict(sorted(groups[g].items(), key=lambda kv: (-kv[1], str(kv[0]))))) for g in ordered]


def sectors_by_country(net: NetworkData, *, top: int | None = None) -> list[tuple[str, dict[str, int]]]:
    """Actors per sector and country: ``[(sector, {country: actors})]``, largest sector first (ties by
    name), countries by count. An actor counts once in each of its sectors; ``top`` keeps the largest.

    Examples
    --------
    >>> from matchmaker.records import ActorRecord, NetworkData
    >>> net = NetworkData(actors=[ActorRecord("a", "startup", "A", "EE", sectors=("fintech", "govtech")),
    ...                           ActorRecord("b", "startup", "B", "UA", sectors=("fintech",)),
    ...                           ActorRecord("c", "startup", "C", "UA", sectors=("fintech",))])
    >>> sectors_by_country(net)
    [('fintech', {'UA': 2, 'EE': 1}), ('govtech', {'EE': 1})]
    >>> sectors_by_country(net, top=1)
    [('fintech', {'UA': 2, 'EE': 1})]
    """
    groups: dict[str, Counter] = defaultdict(Counter)
    for actor in net.actors:
        for sector in dict.fromkeys(actor.sectors):
            groups[sector][actor.country] += 1
    return _ranked(groups, top)


def kinds_by_country(net: NetworkData) -> list[tuple[str, dict[str, int]]]:
    """Actors per kind and country: ``[(kind, {country: actors})]``, commonest kind first.

    Examples
    --------
    >>> from matchmaker.records import ActorRecord, NetworkData
    >>> net = NetworkData(actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("b", "person", "B", "UA"),
    ...                           ActorRecord("c", "person", "C", "EE")])
    >>> kinds_by_country(net)
    [('person', {'EE': 1, 'UA': 1}), ('startup', {'EE': 1})]
    """
    groups: dict[str, Counter] = defaultdict(Counter)
    for actor in net.actors:
        groups[actor.kind][actor.country] += 1
    return _ranked(groups, None)


def decisions_by_status(net: NetworkData) -> dict[str, int]:
    """Suggested pairs by where they stand, every status in pipeline order (zeros included).

    The outcomes recorded are all but ``"suggested"``: ``sum(counts.values()) - counts["suggested"]``.

    Examples
    --------
    >>> from matchmaker.records import DecisionRecord, NetworkData
    >>> net = NetworkData(decisions=[DecisionRecord("a", "b", "met"), DecisionRecord("a", "c"),
    ...                              DecisionRecord("b", "c", "declined")])
    >>> decisions_by_status(net)
    {'suggested': 1, 'contacted': 0, 'met': 1, 'agreement': 0, 'declined': 1}
    """
    counts = Counter(d.status for d in net.decisions)
    return {status: counts.get(status, 0) for status in DECISION_STATUSES}


def _dated_ties(net: NetworkData) -> list[tuple]:
    """``(since, source, target, crosses)`` for every dated tie between two different known actors."""
    return [(t.since, t.source, t.target, crosses) for t, crosses in _known_ties(net) if t.since is not None]


def _year_counts(net: NetworkData) -> dict[int, list[int]]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])  # year -> [cross-border, all]
    for since, _s, _t, crosses in _dated_ties(net):
        counts[since.year][0] += crosses
        counts[since.year][1] += 1
    return dict(sorted(counts.items()))


def cross_border_ties_by_year(net: NetworkData) -> dict[int, dict[str, int]]:
    """For each year with dated ties, how many were formed (``ties``) and how many cross the border.

    Examples
    --------
    >>> from datetime import date
    >>> from matchmaker.records import ActorRecord, NetworkData, TieRecord
    >>> net = NetworkData(actors=[ActorRecord("a", "startup", "A", "EE"), ActorRecord("u", "company", "U", "UA")],
    ...                   ties=[TieRecord("a", "u", "knows", date(2021, 1, 1)), TieRecord("u", "a", "partner")])
    >>> cross_border_ties_by_year(net)
    {2021: {'ties': 1, 'cross_border': 1}}
    """
    return {
        year: {"ties": total, "cross_border": crossing}
        for year, (crossing, total) in _year_counts(net).items()
    }


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
    ...                         TieRecord("a", "a", "member_of", date(2023, 1, 1)),
    ...                         TieRecord("a", "a", "knows", date(2024, 1, 1)),
    ...                         TieRecord("u", "a", "knows", date(2024, 3, 1))])
    >>> cumulative_cross_border_share(net)  # an actor's tie with itself is no tie between two actors
    {2021: 1.0, 2024: 1.0}
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
    ``cross_border_ties``
        how many of those new ties cross the border;
    ``cross_border_share``
        the share of those new ties that cross the border (``None`` without new ties);
    ``ties_before``, ``cross_border_ties_before``, ``cross_border_share_before``
        the same for the participants' ties formed in the window before the event.

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
                "cross_border_ties": sum(t[3] for t in after),
                "cross_border_share": sum(t[3] for t in after) / len(after) if after else None,
                "ties_before": len(before),
                "cross_border_ties_before": sum(t[3] for t in before),
                "cross_border_share_before": sum(t[3] for t in before) / len(before) if before else None,
            }
        )
    return rows
