"""The team builder and the store: an event's pool in, saved teams out.

Experience (in [0, 1]) is derived, since the data model keeps no such field: the mean of
what is known among *role* (1 for founder, mentor, expert, council member, investor,
researcher or official; 0.5 for developer or designer), *stage* for organisations (idea 0
… mature 1) and *ties* (degree in the whole network, 10 or more counting as 1).
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from sqlalchemy import delete, insert, select

from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _
from matchmaker.models import Event, Team, TeamMember
from matchmaker.records import ActorRecord, EventRecord
from matchmaker.store import Store
from matchmaker.teams.problem import Participant, PlannedTeam, Pool, TeamPlan
from matchmaker.vocab import STAGES

__all__ = ["UnknownEventError", "experience_of", "find_event", "load_pool", "load_saved_plan", "save_plan"]

SENIOR_ROLES = frozenset(
    {"founder", "mentor", "expert", "council_member", "investor", "researcher", "official"}
)
TEAM_ROLES = ("participant",)  # organisers, mentors, jury … are not put into teams
CLOSENESS_STEPS = 3


class UnknownEventError(MatchmakerError):
    """An event id or name given by the user matches no event."""


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
    """The event whose id, or else exact name, is ``key``."""
    e = Event.__table__.c
    columns = (e.id, e.name, e.kind, e.city, e.country, e.start, e.end)
    with store.engine.connect() as conn:
        rows = (
            conn.execute(select(*columns).where(e.id == key)).all()
            or conn.execute(select(*columns).where(e.name == key)).all()
        )
    if not rows:
        raise UnknownEventError(_("no event has the id or name {key!r}").format(key=key))
    if len(rows) > 1:
        raise UnknownEventError(
            _("{key!r} names {n} events; give the id instead").format(key=key, n=len(rows))
        )
    return EventRecord(*rows[0])


def load_pool(store: Store, event_id: str, *, language: str = "en") -> Pool:
    """The participants (role ``participant``) of an event, with ties and network closeness."""
    event = find_event(store, event_id)
    net = store.load_network()
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
    labels = {s: net.skills[s].label(language) for p in people for s in p.skills if s in net.skills}
    return Pool(tuple(people), ties, closeness, labels, event.id, event.name)


def save_plan(store: Store, event_id: str, plan: TeamPlan) -> list[int]:
    """Replace the event's saved teams with ``plan`` (one transaction); returns the new team ids."""
    event = find_event(store, event_id)
    team, member = Team.__table__, TeamMember.__table__
    ids = []
    with store.engine.begin() as conn:
        old = select(team.c.id).where(team.c.event_id == event.id)
        conn.execute(delete(member).where(member.c.team_id.in_(old)))
        conn.execute(delete(team).where(team.c.event_id == event.id))
        for planned in plan.teams:
            new_id = conn.execute(
                insert(team)
                .values(event_id=event.id, name=planned.name, challenge=planned.challenge)
                .returning(team.c.id)
            ).scalar_one()
            ids.append(new_id)
            if planned.members:
                conn.execute(
                    insert(member),
                    [
                        {"team_id": new_id, "actor_id": a, "locked": a in planned.locked}
                        for a in planned.members
                    ],
                )
    return ids


def load_saved_plan(store: Store, event_id: str) -> list[PlannedTeam]:
    """The event's saved teams (unscored: rescore them with ``score_teams``), in the order saved."""
    event = find_event(store, event_id)
    team, member = Team.__table__, TeamMember.__table__
    with store.engine.connect() as conn:
        teams = conn.execute(
            select(team.c.id, team.c.name, team.c.challenge)
            .where(team.c.event_id == event.id)
            .order_by(team.c.id)
        ).all()
        rows = conn.execute(
            select(member.c.team_id, member.c.actor_id, member.c.locked)
            .where(member.c.team_id.in_([t[0] for t in teams]))
            .order_by(member.c.actor_id)
        ).all()
    members, locked = defaultdict(list), defaultdict(list)
    for team_id, actor_id, is_locked in rows:
        members[team_id].append(actor_id)
        if is_locked:
            locked[team_id].append(actor_id)
    return [
        PlannedTeam(name, members[tid], 0.0, challenge=challenge, locked=locked[tid])
        for tid, name, challenge in teams
    ]
