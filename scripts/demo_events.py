"""The demo's events (2024–2026): where they take place, what is on, and who comes.

Forums, workshops, meetups and conferences are attended by organisations and people alike.
Hackathon pools hold *people*: organisations send their staff (people with a ``works_at``
tie), and take part themselves only as organiser or sponsor. Attendance leans towards each
event's theme and host country. Shared events are one of the ways partners meet, so events
are built before partnerships. Each step draws from the ``DemoBuilder``'s one seeded stream.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from demo_tables import EVENTS

if TYPE_CHECKING:
    from generate_demo import DemoBuilder

__all__ = ["build_events", "event_role", "events_of_organisations"]


def build_events(demo: DemoBuilder) -> None:
    newcomers = set(demo.truth["newcomers"])
    active = [a for a in demo.ids() if a not in newcomers]
    people = [a for a in active if demo.actors[a]["kind"] == "person"]
    special = set(demo.truth["brokers"]) | set(demo.truth["hubs"])
    employer_of = {t["source"]: t["target"] for t in demo.ties.values() if t["kind"] == "works_at"}
    for number, (name, kind, city, country, start, days, theme, venue, agenda) in enumerate(EVENTS, start=1):
        event_id = f"ev-{start[:4]}-{number:02d}"
        first = date.fromisoformat(start)
        demo.events.append(
            {
                "id": event_id,
                "name": name,
                "kind": kind,
                "city": city,
                "country": country,
                "start": start,
                "end": (first + timedelta(days=days - 1)).isoformat(),
                "venue": venue,
                "agenda": agenda,
            }
        )

        def weight(a, theme=theme, country=country):
            w = 3.0 if theme and demo.community[a] == theme else 1.0
            w *= 1.5 if demo.actors[a]["country"] == country else 1.0
            # a person comes more readily when their employer is a hub or broker of the network
            return w * (3.0 if a in special or employer_of.get(a) in special else 1.0)

        pool = people if kind == "hackathon" else active
        size = demo.rng.randint(40, 120)
        # weighted sample without replacement (Efraimidis–Spirakis keys), stable for a seed
        keyed = sorted(pool, key=lambda a: -(demo.rng.random() ** (1.0 / weight(a))))
        for a in keyed[:size]:
            demo.participations.add((event_id, a, event_role(demo, a, kind, country)))
        if kind == "hackathon":  # the organisations behind it: hosts and sponsors, not team members
            hosts = [a for a in active if demo.actors[a]["kind"] in ("public_body", "ngo", "university")]
            backers = [a for a in active if demo.actors[a]["kind"] in ("company", "investor")]
            for a in demo.rng.sample([h for h in hosts if demo.actors[h]["country"] == country], 2):
                demo.participations.add((event_id, a, "organiser"))
            for a in demo.rng.sample(backers, 3):
                demo.participations.add((event_id, a, "sponsor"))
        elif kind in ("forum", "conference") and country in demo.councils:
            demo.participations.add((event_id, demo.councils[country], "organiser"))
    demo.truth["event_themes"] = {f"ev-{e[4][:4]}-{i:02d}": e[6] for i, e in enumerate(EVENTS, start=1)}


def event_role(demo: DemoBuilder, actor_id: str, event_kind: str, host: str) -> str:
    actor, r = demo.actors[actor_id], demo.rng.random()
    if actor["kind"] in ("public_body", "ngo") and actor["country"] == host and r < 0.25:
        return "organiser"
    if actor["kind"] in ("investor", "company") and r < 0.15:
        return "sponsor"
    if actor["kind"] == "person":
        if event_kind == "hackathon" and "council_member" in actor["roles"] and r < 0.5:
            return "jury"
        if (
            event_kind == "hackathon"
            and ("mentor" in actor["roles"] or "expert" in actor["roles"])
            and r < 0.5
        ):
            return "mentor"
        if event_kind != "hackathon" and r < 0.12:
            return "speaker"
    return "participant"


def events_of_organisations(demo: DemoBuilder) -> dict[str, set[str]]:
    """The events each actor was at, in person or through the people who work for it."""
    events: dict[str, set[str]] = {}
    for event, actor, _ in demo.participations:
        events.setdefault(actor, set()).add(event)
    for tie in demo.ties.values():
        if tie["kind"] == "works_at" and tie["source"] in events:
            events.setdefault(tie["target"], set()).update(events[tie["source"]])
    return events
