"""The demo's events (2024–2026) and who takes part in them, leaning towards each event's theme.

Shared events are one of the warm paths the partnership process rewards, so events are built
before partnerships. Each step draws from the ``DemoBuilder``'s one seeded random stream.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from demo_tables import EVENTS

if TYPE_CHECKING:
    from generate_demo import DemoBuilder

__all__ = ["build_events", "event_role"]


def build_events(demo: DemoBuilder) -> None:
    active = [a for a in demo.ids() if a not in set(demo.truth["newcomers"])]
    special = set(demo.truth["brokers"]) | set(demo.truth["hubs"])
    for number, (name, kind, city, country, start, days, theme) in enumerate(EVENTS, start=1):
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
            }
        )
        size = demo.rng.randint(40, 120)

        def weight(a, theme=theme, country=country):
            w = 3.0 if theme and demo.community[a] == theme else 1.0
            w *= 1.5 if demo.actors[a]["country"] == country else 1.0
            return w * (3.0 if a in special else 1.0)

        # weighted sample without replacement (Efraimidis–Spirakis keys), stable for a seed
        keyed = sorted(active, key=lambda a: -(demo.rng.random() ** (1.0 / weight(a))))
        for a in keyed[:size]:
            demo.participations.add((event_id, a, event_role(demo, a, kind, country)))
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
