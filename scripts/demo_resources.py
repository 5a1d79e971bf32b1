"""What partners in the Sandbox exchange besides technical skills, handed out by kind of actor.

Investors offer capital for the rounds they invest in; public bodies offer pilot sites, test
users, access to their data and registries, procurement contracts and (national bodies) places
in a regulatory sandbox; universities offer graduates to hire and test users; NGOs offer
mentoring, test users and a way into their home market. Start-ups need the next round, pilots,
data, mentoring and market entry (Estonians into Ukraine, Ukrainians into the EU); companies need
contracts, hires and market entry. The concepts are the ``partnership resources`` of the
taxonomy (``egov:investment-seed`` …). Drawn from the demo's one seeded stream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from demo_tables import INVESTOR_STAGES

if TYPE_CHECKING:
    from generate_demo import DemoBuilder

__all__ = ["NEXT_ROUND", "add_resources"]

# the round a start-up at this stage is raising
NEXT_ROUND = {
    "idea": "egov:investment-pre-seed",
    "pre_seed": "egov:investment-seed",
    "seed": "egov:investment-series-a",
    "series_a": "egov:investment-series-b",
    "growth": "egov:investment-series-b",
}
MARKET_ENTRY_NEED = {"EE": "egov:market-entry-ukraine", "UA": "egov:market-entry-eu"}
MARKET_ENTRY_OFFER = {"UA": "egov:market-entry-ukraine", "EE": "egov:market-entry-eu"}


def _maybe(demo: DemoBuilder, items: list[tuple[str, float]]) -> list[str]:
    return [skill for skill, p in items if demo.rng.random() < p]


def add_resources(demo: DemoBuilder, actor: dict, national: bool) -> None:
    """Add the exchange resources ``actor`` offers and needs to its skills (weights as given)."""
    kind, country, rng = actor["kind"], actor["country"], demo.rng
    offers: list[str] = []
    needs: list[str] = []
    if kind == "investor":
        stages = rng.choice(INVESTOR_STAGES)
        offers += [f"egov:investment-{stage}" for stage in stages]
        offers += _maybe(
            demo, [("egov:mentoring", 0.5), (MARKET_ENTRY_OFFER.get(country, "egov:market-entry-eu"), 0.3)]
        )
        demo.investor_stages[actor["id"]] = stages  # investor_ties picks start-ups raising these rounds
    elif kind == "public_body":
        offers += _maybe(
            demo,
            [
                ("egov:pilot-site", 0.7),
                ("egov:test-users", 0.4),
                ("egov:registry-data-access", 0.55 if national else 0.3),
                ("egov:procurement-contracts", 0.4),
                ("egov:sandbox-access", 0.35 if national else 0.0),
            ],
        )
        needs += _maybe(demo, [("egov:hiring", 0.2)])
    elif kind == "startup":
        round_needed = NEXT_ROUND.get(actor["stage"])
        needs += [round_needed] if round_needed and rng.random() < 0.8 else []
        needs += _maybe(
            demo,
            [
                ("egov:pilot-site", 0.5),
                ("egov:test-users", 0.3),
                ("egov:registry-data-access", 0.25),
                ("egov:mentoring", 0.35),
                (MARKET_ENTRY_NEED.get(country, "egov:market-entry-eu"), 0.3 if country == "EE" else 0.45),
                ("egov:hiring", 0.2),
                ("egov:sandbox-access", 0.1),
            ],
        )
    elif kind == "company":
        needs += _maybe(
            demo,
            [
                ("egov:procurement-contracts", 0.35),
                ("egov:hiring", 0.35),
                (MARKET_ENTRY_NEED.get(country, "egov:market-entry-eu"), 0.3),
            ],
        )
        offers += _maybe(demo, [("egov:mentoring", 0.1)])
        if country not in ("EE", "UA"):
            offers.append("egov:market-entry-eu")
    elif kind == "university":
        offers += _maybe(demo, [("egov:hiring", 0.7), ("egov:test-users", 0.3), ("egov:pilot-site", 0.2)])
        needs += _maybe(demo, [("egov:grant-funding", 0.4), ("egov:registry-data-access", 0.3)])
    elif kind == "ngo":
        offers += _maybe(
            demo,
            [
                ("egov:mentoring", 0.4),
                ("egov:test-users", 0.4),
                (MARKET_ENTRY_OFFER.get(country, "egov:market-entry-eu"), 0.3),
            ],
        )
        needs += _maybe(demo, [("egov:grant-funding", 0.5)])
    elif kind == "person":
        roles = set(actor["roles"])
        if "mentor" in roles:
            offers.append("egov:mentoring")
        if "investor" in roles:
            offers.append("egov:investment-pre-seed")  # angels
        if "founder" in roles and rng.random() < 0.4:
            needs.append("egov:mentoring")
    have_offers = {s["skill"] if isinstance(s, dict) else s for s in actor["offers"]}
    have_needs = {s["skill"] if isinstance(s, dict) else s for s in actor["needs"]}
    actor["offers"] = sorted(
        [*actor["offers"], *(s for s in dict.fromkeys(offers) if s not in have_offers | have_needs)],
        key=lambda s: s["skill"] if isinstance(s, dict) else s,
    )
    actor["needs"] = sorted(
        [*actor["needs"], *(s for s in dict.fromkeys(needs) if s not in have_needs | have_offers)],
        key=lambda s: s["skill"] if isinstance(s, dict) else s,
    )
