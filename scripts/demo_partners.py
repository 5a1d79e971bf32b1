"""The demo's partnership process: who partners with whom, and the match decisions around it.

Partner ties are what the recommender is evaluated on, so they come from an explicit hidden
preference (reciprocal complementarity × popularity × warm paths) whose parameters go to
``truth.json``. Decisions and the newcomers' preferred partners follow the same preference.
Each step takes the ``DemoBuilder`` from ``generate_demo.py`` and draws from its one seeded
random stream, so the order of calls there is part of the output.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from demo_tables import DECISION_NOTES

if TYPE_CHECKING:
    from generate_demo import DemoBuilder

__all__ = [
    "BASELINE_HITS_AT_10",
    "PARTNER_MODEL",
    "match_decisions",
    "newcomer_preferences",
    "partner_eligible",
    "partner_ties",
    "pick_hubs",
    "reciprocal_fit",
]

# The hidden preference behind partner ties, recorded in truth.json.
# Tuned so popularity alone is a real competitor (Hits@10 near one-directional overlap, see
# resources/demo/README.md): a few hubs with a steep fitness spread plus super-linear attachment.
PARTNER_MODEL = {
    "reciprocal": 2.3,
    "same_community": 0.5,
    "warm": 0.9,
    "popularity_exponent": 1.2,
    "hubs_per_country": 8,
    "hub_fitness": 12.0,
    "hub_fitness_decay": 0.85,
    "fitness_sigma": 0.4,
    "cross_border_ties": 360,
    "domestic_ties": 80,
}
# What the simple scores reach on the demo (tests/test_demo_network.py::hidden_partner_hits: a
# quarter of the cross-border partner ties hidden, 180 queries, Hits@10), written to truth.json.
# A test re-measures them, so a change to the process above has to update this record too.
BASELINE_HITS_AT_10 = {
    "random": 0.122,
    "popularity": 0.417,
    "one_directional": 0.439,
    "reciprocal": 0.533,
    "reciprocal_and_popularity": 0.672,
    "combined": 0.694,
}


def partner_eligible(demo: DemoBuilder) -> list[str]:
    return [
        a
        for a in demo.ids(("startup", "company", "public_body", "university", "ngo"))
        if demo.actors[a]["country"] in ("EE", "UA") and a not in demo.truth["brokers"]
    ]


def pick_hubs(demo: DemoBuilder) -> None:
    """A few popular partners per country; ``partner_ties`` gives them a decaying fitness by draw order."""
    one_sided = set(demo.truth["one_sided_suppliers"])
    hubs = []
    for country in ("EE", "UA"):
        pool = [
            a
            for a in partner_eligible(demo)
            if demo.actors[a]["country"] == country and a not in one_sided and demo.actors[a]["kind"] != "ngo"
        ]
        hubs += demo.rng.sample(pool, PARTNER_MODEL["hubs_per_country"])
    demo.hub_order = hubs
    demo.truth["hubs"] = sorted(hubs)


def reciprocal_fit(demo: DemoBuilder, a: str, b: str) -> int:
    """How much each side needs what the other offers, counted on the weaker side."""
    return min(
        len(demo.skill_set(a, "needs") & demo.skill_set(b, "offers")),
        len(demo.skill_set(b, "needs") & demo.skill_set(a, "offers")),
    )


def partner_ties(demo: DemoBuilder) -> None:
    """Sequential partnership formation: fit × popularity × warm paths.

    Each step an initiator picks a partner with probability proportional to
    exp(β_r·reciprocal + β_c·same community + β_w·warm) · (1 + partner degree)^α · fitness.
    Reciprocal fit counts only when *both* sides need what the other offers, so one-sided
    vendors are rarely chosen. Popularity is made a real competitor (as on real networks) by
    super-linear attachment (α > 1) and hubs whose fitness falls off geometrically by rank
    (``hub_fitness · hub_fitness_decay^rank``), against a log-normal fitness for everyone else.
    """
    m = PARTNER_MODEL
    eligible = partner_eligible(demo)
    # hubs in the order drawn per country: the first of each is the most popular
    per_country = m["hubs_per_country"]
    hub_rank = {h: i % per_country for i, h in enumerate(demo.hub_order)}
    fitness = {
        a: m["hub_fitness"] * m["hub_fitness_decay"] ** hub_rank[a]
        if a in hub_rank
        else demo.rng.lognormvariate(0.0, m["fitness_sigma"])
        for a in eligible
    }
    events_of: dict[str, set[str]] = {}
    for event, actor, _ in demo.participations:
        events_of.setdefault(actor, set()).add(event)
    partners: dict[str, set[str]] = {a: set() for a in eligible}
    fit = {(a, b): reciprocal_fit(demo, a, b) for a, b in itertools.permutations(eligible, 2)}
    by_country = {c: [a for a in eligible if demo.actors[a]["country"] == c] for c in ("EE", "UA")}
    initiator_weights = [math.sqrt(fitness[a]) for a in eligible]
    for cross, target in ((True, m["cross_border_ties"]), (False, m["domestic_ties"])):
        made = 0
        while made < target:
            a = demo.rng.choices(eligible, weights=initiator_weights)[0]
            home = demo.actors[a]["country"]
            pool = by_country["UA" if home == "EE" else "EE"] if cross else by_country[home]
            cands = [b for b in pool if b != a and b not in partners[a]]
            weights = []
            for b in cands:
                warm = bool(events_of.get(a, set()) & events_of.get(b, set())) or bool(
                    partners[a] & partners[b]
                )
                score = (
                    m["reciprocal"] * min(fit[a, b], 3)
                    + m["warm"] * warm
                    + m["same_community"] * (demo.community[a] == demo.community[b])
                )
                weights.append(
                    math.exp(score) * (1 + len(partners[b])) ** m["popularity_exponent"] * fitness[b]
                )
            b = demo.rng.choices(cands, weights=weights)[0]
            if demo.add_tie(a, b, "partner", weight=float(demo.rng.choice([1, 1, 2]))):
                partners[a].add(b)
                partners[b].add(a)
                made += 1
    demo.truth["partner_model"] = dict(m)


def match_decisions(demo: DemoBuilder) -> list[dict]:
    """Match decisions consistent with the hidden preference: reciprocal pairs agree, one-sided decline."""
    eligible = partner_eligible(demo)
    newcomer_orgs = [a for a in demo.truth["newcomers"] if demo.actors[a]["kind"] != "person"]
    initiators = eligible + newcomer_orgs
    statuses = {
        "reciprocal": [
            ("agreement", 45),
            ("met", 25),
            ("contacted", 15),
            ("suggested", 10),
            ("declined", 5),
        ],
        "one_sided": [
            ("declined", 55),
            ("contacted", 20),
            ("suggested", 15),
            ("met", 7),
            ("agreement", 3),
        ],
        "weak": [("suggested", 30), ("contacted", 30), ("met", 20), ("declined", 15), ("agreement", 5)],
    }
    wanted = {"reciprocal": 60, "one_sided": 60, "weak": 30}
    seen, out = set(), []
    for kind, count in wanted.items():
        made = 0
        while made < count:
            a = demo.rng.choice(initiators)
            home = demo.actors[a]["country"]
            others = [b for b in eligible if demo.actors[b]["country"] != home]
            b = demo.rng.choice(others)
            forward = len(demo.skill_set(a, "needs") & demo.skill_set(b, "offers"))
            backward = len(demo.skill_set(b, "needs") & demo.skill_set(a, "offers"))
            kind_of_pair = (
                "reciprocal"
                if min(forward, backward) >= 2
                else "one_sided"
                if forward >= 2 and backward == 0
                else "weak"
                if min(forward, backward) == 1
                else None
            )
            pair = tuple(sorted((a, b)))
            if (
                kind_of_pair != kind
                or pair in seen
                or (a, b, "partner") in demo.ties
                or (b, a, "partner") in demo.ties
            ):
                continue
            seen.add(pair)
            names, weights = zip(*statuses[kind], strict=True)
            status = demo.rng.choices(names, weights=weights)[0]
            out.append({"a": a, "b": b, "status": status, "note": demo.rng.choice(DECISION_NOTES[status])})
            made += 1
    return sorted(out, key=lambda d: (d["a"], d["b"]))


def newcomer_preferences(demo: DemoBuilder) -> dict[str, list[str]]:
    """For the cold-start slice: the ten partners the hidden preference ranks highest (no popularity)."""
    eligible = partner_eligible(demo)
    out = {}
    for a in demo.truth["newcomers"]:
        home = demo.actors[a]["country"]
        cands = [b for b in eligible if demo.actors[b]["country"] != home]
        cands.sort(key=lambda b: (-reciprocal_fit(demo, a, b), demo.community[b] != demo.community[a], b))
        out[a] = cands[:10]
    return out
