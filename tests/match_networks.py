"""Tiny hand-made networks for the recommender tests (answers worked out by hand)."""

from __future__ import annotations

from matchmaker.records import ActorRecord, DecisionRecord, NetworkData, TieRecord
from matchmaker.taxonomy import bundled_skills

UX, XROAD, VOTING, EID, HEALTH, DATA = (
    "egov:mobile-ux",
    "egov:x-road",
    "egov:e-voting",
    "egov:digital-identity",
    "egov:e-health-records",
    "egov:open-data",
)
TAX, CYBER, CLOUD, COURT = "egov:e-tax", "egov:public-cybersecurity", "egov:government-cloud", "egov:e-court"


def actor(
    id: str,
    country: str,
    offers=(),
    needs=(),
    *,
    kind: str = "startup",
    description: str | None = None,
    sectors=(),
    stage: str | None = None,
    name: str | None = None,
) -> ActorRecord:
    return ActorRecord(
        id=id,
        kind=kind,
        name=name or id.replace("-", " ").title(),
        country=country,
        description=description,
        sectors=tuple(sectors),
        stage=stage,
        offers=dict.fromkeys(offers, 1.0),
        needs=dict.fromkeys(needs, 1.0),
    )


def network(actors, ties=(), decisions=()) -> NetworkData:
    return NetworkData(
        actors=list(actors),
        ties=[TieRecord(*t) if isinstance(t, tuple) else t for t in ties],
        decisions=[DecisionRecord(*d) if isinstance(d, tuple) else d for d in decisions],
        skills={s.id: s for s in bundled_skills()},
    )


def filler(count: int = 6) -> list[ActorRecord]:
    """Actors with unrelated skills so IDF and the candidate pool are not degenerate."""
    spare = [TAX, CYBER, CLOUD, COURT, HEALTH, DATA]
    return [
        actor(f"filler-{i}", "EE" if i % 2 else "UA", [spare[i % 6]], [spare[(i + 1) % 6]], kind="company")
        for i in range(count)
    ]


def reciprocity_network() -> NetworkData:
    """``ee-gov`` needs mobile UX and offers e-voting; ``ua-both`` fits both ways, ``ua-one`` one way only."""
    return network(
        [
            actor("ee-gov", "EE", [VOTING], [UX], kind="public_body"),
            actor("ua-both", "UA", [UX], [VOTING]),
            actor("ua-one", "UA", [UX], [HEALTH]),
            actor("ua-none", "UA", [COURT], [CLOUD]),
            *filler(),
        ]
    )
