"""The team builder's data: an event's pool from the network's records, saved teams through the store.

No SQL here: :func:`load_pool` reads records (the app's in memory, or ``Store.load_network()``),
saving and reading back teams are :class:`~matchmaker.store.Store` methods.

Experience (in [0, 1]) is derived, since the data model keeps no such field: the mean of
what is known among *role* (1 for founder, mentor, expert, council member, investor,
researcher or official; 0.5 for developer or designer), *stage* for organisations (idea 0
… mature 1) and *ties* (degree in the whole network, 10 or more counting as 1).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import networkx as nx

from matchmaker.errors import UnknownEventError
from matchmaker.i18n import _
from matchmaker.records import ActorRecord, EventRecord, NetworkData
from matchmaker.teams.problem import Participant, PlannedTeam, Pool, TeamPlan
from matchmaker.vocab import STAGES

if TYPE_CHECKING:  # the store pulls in SQLAlchemy; the team builder itself only needs records
    from matchmaker.store import Store

__all__ = [
    "UnknownEventError",
    "event_named",
    "experience_of",
    "find_event",
    "load_pool",
    "load_saved_plan",
    "save_plan",
]

SENIOR_ROLES = frozenset(
    {"founder", "mentor", "expert", "council_member", "investor", "researcher", "official"}
)
TEAM_ROLES = ("participant",)  # organisers, mentors, jury … are not put into teams
CLOSENESS_STEPS = 3


def experience_of(actor: ActorRecord, degree: int) -> float:
    """Derived experience in [0, 1] (see the module docstring).

    >>> experience_of(ActorRecord("a", "person", "A", "EE", roles=("founder",)), degree=5)
    0.75
    """
    parts = [min(1.0, degree / 10)]
    roles = set(actor.roles)
    if roles & SENIOR_ROLES:
        parts.append(1.0)
    elif roles:
        parts.append(0.5)
    if actor.stage in STAGES:
        parts.append(STAGES.index(actor.stage) / (len(STAGES) - 1))
    return round(sum(parts) / len(parts), 4)


def find_event(store: Store, key: str) -> EventRecord:
    """The event whose id, or else exact name, is ``key`` (:meth:`Store.find_event`)."""
    return store.find_event(key)


def event_named(events: Iterable[EventRecord], key: str) -> EventRecord:
    """Among ``events``, the one whose id, or else exact name, is ``key``: :meth:`Store.find_event`
    for a network already in memory."""
    events = list(events)
    found = [e for e in events if e.id == key] or [e for e in events if e.name == key]
    if not found:
        raise UnknownEventError(_("no event has the id or name {key!r}").format(key=key))
    if len(found) > 1:
        raise UnknownEventError(
            _("{key!r} names {n} events; give the id instead").format(key=key, n=len(found))
        )
    return found[0]


def load_pool(net: NetworkData, event_key: str, *, language: str = "en") -> Pool:
    """The participants (role ``participant``) of an event of ``net``, with ties and network closeness.

    ``net`` is the whole network (``Store.load_network()``, or the app's records in memory): the
    closeness and experience of a participant count ties to anyone, not only to other participants.
    """
    event = event_named(net.events, event_key)
    members = [p.actor for p in net.participations if p.event == event.id and p.role in TEAM_ROLES]
    actors = net.actor_index()
    graph = nx.Graph()
    graph.add_nodes_from(actors)
    graph.add_edges_from((t.source, t.target) for t in net.ties if t.source != t.target)
    people = []
    for actor_id in members:
        a = actors[actor_id]
        roles = set(a.roles)
        people.append(
            Participant(
                id=a.id,
                name=a.name,
                country=a.country,
                skills=frozenset(a.offers),
                experience=experience_of(a, graph.degree(a.id)),
                designer="designer" in roles and "developer" not in roles,
                kind=a.kind,
                roles=a.roles,
            )
        )
    ids = set(members)
    ties = frozenset(tuple(sorted((u, v))) for u, v in graph.subgraph(ids).edges)
    closeness: dict[tuple[str, str], float] = {}
    for source in sorted(ids):
        for target, steps in nx.single_source_shortest_path_length(
            graph, source, cutoff=CLOSENESS_STEPS
        ).items():
            if target in ids and source < target:
                closeness[(source, target)] = 1.0 / steps
    # every skill, not only the participants': a challenge's skill nobody has is named in "lacks" too
    labels = {skill_id: skill.label(language) for skill_id, skill in net.skills.items()}
    return Pool(tuple(people), ties, closeness, labels, event.id, event.name)


def save_plan(store: Store, event_id: str, plan: TeamPlan) -> list[int]:
    """Replace the event's saved teams with ``plan`` (one transaction); returns the new team ids."""
    from matchmaker.store import SavedTeam

    event = store.find_event(event_id)
    return store.save_teams(
        event.id, [SavedTeam(t.name, t.challenge, list(t.members), list(t.locked)) for t in plan.teams]
    )


def load_saved_plan(store: Store, event_id: str) -> list[PlannedTeam]:
    """The event's saved teams (unscored: rescore them with ``score_teams``), in the order saved."""
    event = store.find_event(event_id)
    return [
        PlannedTeam(t.name, t.members, 0.0, challenge=t.challenge, locked=t.locked)
        for t in store.saved_teams(event.id)
    ]
