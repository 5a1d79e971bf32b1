"""The demo's partnership process: who partners with whom, and the match decisions around it.

Partner ties are what the recommender is evaluated on, so they must not come from a formula of
the recommender's own family (issue 10: a demo whose partnerships were drawn from reciprocal
skill complementarity made any reciprocal recommender look good by construction). They arise
instead from how organisations actually meet and choose each other:

- **communities**: most partnerships stay inside a sector community (about 70 %);
- **shared events**: the two were at the same event, in person or through their staff;
- **introductions through brokers**: both are tied to the same broker;
- **past collaborations**: people of the two know each other, or one person works with both;
- **geography**: the same city (for partners in one country);
- **preferential attachment**: popular partners attract more, with hubs of high fitness;
- **noise**: a log-normal taste per pair, so no signal explains everything.

Offers and needs play no part here. The parameters go to ``truth.json`` together with the
measured share of partnerships inside a community. Decisions and the newcomers' preferred
partners follow the same process. Each step draws from the ``DemoBuilder``'s one seeded stream,
so the order of calls in ``generate_demo.py`` is part of the output.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from demo_events import events_of_organisations
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
]

# The process behind partner ties, recorded in truth.json.
PARTNER_MODEL = {
    "same_community": 3.1,
    "shared_event": 0.7,
    "common_broker": 0.8,
    "past_collaboration": 1.0,
    "same_city": 0.8,
    "popularity_exponent": 1.0,
    "hubs_per_country": 8,
    "hub_fitness": 8.0,
    "hub_fitness_decay": 0.85,
    "fitness_sigma": 0.4,
    "noise_sigma": 0.8,
    "cross_border_ties": 360,
    "domestic_ties": 80,
}
# What simple scores reach on the demo (tests/test_demo_network.py::hidden_partner_hits: a
# quarter of the cross-border partner ties hidden, both directions queried, Hits@10), written to
# truth.json. A test re-measures them, so a change to the process above has to update this too.
BASELINE_HITS_AT_10 = {
    "random": 0.110,
    "popularity": 0.244,
    "skill_overlap": 0.494,
    "reciprocal": 0.350,
    "warm": 0.200,
    "combined": 0.539,
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


def _people_links(demo: DemoBuilder) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per organisation: the people tied to it, and those people plus whom they know."""
    people_of: dict[str, set[str]] = {}
    knows: dict[str, set[str]] = {}
    for tie in demo.ties.values():
        source, target, kind = tie["source"], tie["target"], tie["kind"]
        if kind == "knows":
            knows.setdefault(source, set()).add(target)
            knows.setdefault(target, set()).add(source)
        elif demo.actors[source]["kind"] == "person" and demo.actors[target]["kind"] != "person":
            people_of.setdefault(target, set()).add(source)
    reach = {org: people.union(*(knows.get(p, set()) for p in people)) for org, people in people_of.items()}
    return people_of, reach


def _brokers_of(demo: DemoBuilder) -> dict[str, set[str]]:
    brokers = set(demo.truth["brokers"])
    out: dict[str, set[str]] = {}
    for tie in demo.ties.values():
        for a, b in ((tie["source"], tie["target"]), (tie["target"], tie["source"])):
            if b in brokers:
                out.setdefault(a, set()).add(b)
    return out


class _Affinity:
    """The pair-level part of the process: how likely two organisations are to have met and clicked."""

    def __init__(self, demo: DemoBuilder):
        self.demo = demo
        self.events = events_of_organisations(demo)
        self.people_of, self.reach = _people_links(demo)
        self.brokers = _brokers_of(demo)
        self.noise: dict[tuple[str, str], float] = {}

    def signals(self, a: str, b: str) -> dict[str, bool]:
        demo, actors = self.demo, self.demo.actors
        return {
            "same_community": demo.community[a] == demo.community[b],
            "shared_event": bool(self.events.get(a, set()) & self.events.get(b, set())),
            "common_broker": bool(self.brokers.get(a, set()) & self.brokers.get(b, set())),
            "past_collaboration": bool(self.reach.get(a, set()) & self.people_of.get(b, set())),
            "same_city": actors[a]["city"] == actors[b]["city"],
        }

    def weight(self, a: str, b: str) -> float:
        m = PARTNER_MODEL
        score = sum(m[name] for name, on in self.signals(a, b).items() if on)
        pair = (a, b) if a < b else (b, a)
        if pair not in self.noise:
            self.noise[pair] = self.demo.rng.gauss(0.0, m["noise_sigma"])
        return math.exp(score + self.noise[pair])


def partner_ties(demo: DemoBuilder) -> None:
    """Sequential partnership formation: affinity × popularity × fitness, with noise.

    Each step an initiator (drawn by the square root of its fitness) picks a partner with
    probability ∝ exp(Σ β·signal + ε) · (1 + partner degree)^α · fitness, where the signals are
    those of the module docstring and ε ~ N(0, σ) is fixed per pair. Hubs get a fitness of
    ``hub_fitness · hub_fitness_decay^rank``, everyone else a log-normal one.
    """
    m = PARTNER_MODEL
    eligible = partner_eligible(demo)
    per_country = m["hubs_per_country"]
    hub_rank = {h: i % per_country for i, h in enumerate(demo.hub_order)}
    fitness = {
        a: m["hub_fitness"] * m["hub_fitness_decay"] ** hub_rank[a]
        if a in hub_rank
        else demo.rng.lognormvariate(0.0, m["fitness_sigma"])
        for a in eligible
    }
    demo.fitness = fitness
    affinity = _Affinity(demo)
    partners: dict[str, set[str]] = {a: set() for a in eligible}
    by_country = {c: [a for a in eligible if demo.actors[a]["country"] == c] for c in ("EE", "UA")}
    initiator_weights = [math.sqrt(fitness[a]) for a in eligible]
    for cross, target in ((True, m["cross_border_ties"]), (False, m["domestic_ties"])):
        made = 0
        while made < target:
            a = demo.rng.choices(eligible, weights=initiator_weights)[0]
            home = demo.actors[a]["country"]
            pool = by_country["UA" if home == "EE" else "EE"] if cross else by_country[home]
            cands = [b for b in pool if b != a and b not in partners[a]]
            weights = [
                affinity.weight(a, b) * (1 + len(partners[b])) ** m["popularity_exponent"] * fitness[b]
                for b in cands
            ]
            b = demo.rng.choices(cands, weights=weights)[0]
            if demo.add_tie(a, b, "partner", weight=float(demo.rng.choice([1, 1, 2]))):
                partners[a].add(b)
                partners[b].add(a)
                made += 1
    demo.partners = partners
    pairs = [(t["source"], t["target"]) for t in demo.ties.values() if t["kind"] == "partner"]
    inside = sum(demo.community[a] == demo.community[b] for a, b in pairs)
    demo.truth["partner_model"] = dict(m)
    demo.truth["partner_within_community_share"] = round(inside / len(pairs), 3)


def match_decisions(demo: DemoBuilder) -> list[dict]:
    """Match decisions that follow the same process: pairs that had met and share a community agree
    more often; pairs from different communities with no way of having met mostly decline."""
    eligible = partner_eligible(demo)
    newcomer_orgs = [a for a in demo.truth["newcomers"] if demo.actors[a]["kind"] != "person"]
    initiators = eligible + newcomer_orgs
    affinity = _Affinity(demo)
    statuses = {
        "close": [("agreement", 45), ("met", 25), ("contacted", 15), ("suggested", 10), ("declined", 5)],
        "distant": [("declined", 55), ("contacted", 20), ("suggested", 15), ("met", 7), ("agreement", 3)],
        "between": [("suggested", 30), ("contacted", 30), ("met", 20), ("declined", 15), ("agreement", 5)],
    }
    wanted = {"close": 60, "distant": 60, "between": 30}
    seen, out = set(), []
    for kind, count in wanted.items():
        made = 0
        while made < count:
            a = demo.rng.choice(initiators)
            home = demo.actors[a]["country"]
            b = demo.rng.choice([c for c in eligible if demo.actors[c]["country"] != home])
            signals = affinity.signals(a, b)
            met = signals["shared_event"] or signals["common_broker"] or signals["past_collaboration"]
            kind_of_pair = (
                "close"
                if signals["same_community"] and met
                else "distant"
                if not signals["same_community"] and not met
                else "between"
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
    """For the cold-start slice: the ten partners the process would most likely pick for a newcomer.

    A newcomer has met no one yet, so only its community, popularity and fitness speak.
    """
    m = PARTNER_MODEL
    eligible = partner_eligible(demo)
    out = {}
    for a in demo.truth["newcomers"]:
        home = demo.actors[a]["country"]
        cands = [b for b in eligible if demo.actors[b]["country"] != home]

        def pull(b, a=a):
            same = demo.community[a] == demo.community[b]
            return (
                math.exp(m["same_community"] * same)
                * (1 + len(demo.partners[b])) ** m["popularity_exponent"]
                * demo.fitness[b]
            )

        cands.sort(key=lambda b: (-pull(b), b))
        out[a] = cands[:10]
    return out
