"""The teams as a host hands them out: per team its score, what it covers and lacks, and its members
with their country and, when allowed, how to reach them.

One plain result (:class:`TeamSheet`) that the PDF, the CSV and the XLSX are all written from, so
they say the same. Contacts follow :mod:`matchmaker.visibility`: an e-mail address is printed only
when the host asks for contacts *and* the member's profile is visible to the sheet's audience
(public by default; a private profile's address never leaves the database).

>>> from matchmaker.teams.problem import Participant, PlannedTeam, Pool, TeamPlan
>>> pool = Pool.of([Participant("a", "Anu", "EE", frozenset({"s1"})), Participant("b", "Bohdan", "UA")])
>>> plan = TeamPlan([PlannedTeam("Team 1", ["a", "b"], 0.8, covers=["s1"], lacks=["s2"])], [], (0, 0))
>>> sheet = team_sheets(plan, pool, {"b": "bohdan@example.ua"})[0]
>>> sheet.score, sheet.covers, sheet.lacks, [(m.name, m.email) for m in sheet.members]
(0.8, ['s1'], ['s2'], [('Anu', None), ('Bohdan', 'bohdan@example.ua')])
>>> sheet_file_name("Digital Identity Hackathon: Kyiv/Tallinn", date(2025, 5, 17), ".pdf")
'Digital Identity Hackathon Kyiv-Tallinn 2025-05-17 teams.pdf'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from matchmaker.records import ActorRecord
from matchmaker.teams.problem import Pool, TeamPlan
from matchmaker.visibility import PUBLIC, Audience

__all__ = ["MemberLine", "TeamSheet", "member_contacts", "sheet_file_name", "team_sheets"]


@dataclass(frozen=True, slots=True)
class MemberLine:
    id: str
    name: str
    country: str  # ISO code
    email: str | None
    locked: bool


@dataclass(frozen=True, slots=True)
class TeamSheet:
    name: str
    challenge: str | None
    score: float
    covers: list[str]  # skill labels
    lacks: list[str]
    members: list[MemberLine]


def member_contacts(actors: Iterable[ActorRecord], audience: Audience = PUBLIC) -> dict[str, str]:
    """Actor id → e-mail address, for the actors whose contacts ``audience`` may see."""
    return {a.id: a.email for a in actors if a.email and a.visibility in audience}


def team_sheets(plan: TeamPlan, pool: Pool, contacts: Mapping[str, str] | None = None) -> list[TeamSheet]:
    """One sheet per team; ``contacts`` (from :func:`member_contacts`) adds e-mail addresses."""
    people = pool.by_id()
    contacts = contacts or {}
    sheets = []
    for team in plan.teams:
        members = []
        for actor_id in team.members:
            person = people.get(actor_id)
            members.append(
                MemberLine(
                    actor_id,
                    person.name if person else actor_id,
                    person.country if person else "",
                    contacts.get(actor_id),
                    actor_id in team.locked,
                )
            )
        sheets.append(
            TeamSheet(
                team.name,
                team.challenge,
                team.score,
                [pool.label(s) for s in team.covers],
                [pool.label(s) for s in team.lacks],
                members,
            )
        )
    return sheets


def sheet_file_name(event_name: str | None, day: date, suffix: str) -> str:
    """A file name to propose: the event's name and the day, safe on every system."""
    name = re.sub(r"[\\/]+", "-", event_name or "")
    name = re.sub(r'[<>:"|?*\x00-\x1f]+', "", name)
    name = " ".join(name.split()).strip(" .") or "teams"
    return f"{name} {day.isoformat()} teams{suffix}"
