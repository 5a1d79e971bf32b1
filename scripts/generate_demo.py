"""Generate the demo network (``resources/demo/network.json``) and its planted truth.

The demo is what a new user explores first and what the analytics and recommender are
evaluated on, so it is synthetic but *structured*: sector communities, a few brokers who
carry most Estonia–Ukraine paths, popular hubs, cold-start newcomers, the two presidents'
advisory councils, and partnerships formed the way organisations meet (communities, shared
events, brokers, past collaborations, geography, popularity, noise — never the recommender's
own skill-fit formula). Partners exchange skills and also capital, pilots, data, procurement,
mentoring, market entry and hires (the taxonomy's ``partnership resources``).
What was planted goes to ``truth.json`` so tests can check that the analytics find it.

Everything is drawn from one seeded ``random.Random`` and two seeded Faker instances and
written with sorted keys in a fixed order, so a re-run gives a byte-identical file. All
organisations are invented; no real body is presented as doing anything.

The steps live beside this file: ``demo_tables.py`` (skill pools, invented names, events),
``demo_texts.py`` (descriptions in three languages), ``demo_resources.py`` (what actors
exchange besides skills), ``demo_ties.py`` (everyday ties, councils and the brokers),
``demo_events.py`` and ``demo_partners.py`` (the partnership process, decisions and the
measured baselines).

Run ``python scripts/generate_demo.py`` (``--out DIR`` writes the two files elsewhere).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from faker import Faker  # noqa: E402

from matchmaker.taxonomy import SkillResolver, bundled_skills  # noqa: E402
from matchmaker.textnorm import fold, transliterate_uk  # noqa: E402

if str(REPO / "scripts") not in sys.path:  # the demo_* modules beside this script, when imported
    sys.path.insert(0, str(REPO / "scripts"))
from demo_events import build_events  # noqa: E402
from demo_partners import (  # noqa: E402
    BASELINE_HITS_AT_10,
    match_decisions,
    newcomer_preferences,
    partner_ties,
    pick_hubs,
)
from demo_resources import add_resources  # noqa: E402
from demo_tables import (  # noqa: E402
    CITIES,
    COMMUNITIES,
    COMPANY_FORM,
    COUNCILS,
    EE_BRAND,
    EE_SUFFIX,
    FOREIGN,
    GENERIC_SKILLS,
    INVESTOR_BRAND,
    INVESTOR_FORM,
    MUNICIPAL,
    NGO_FORM,
    NGO_TOPIC,
    PUBLIC_BODIES,
    UA_BRAND,
    UA_CITY_GENITIVE,
    UA_SUFFIX,
    UNIVERSITIES,
)
from demo_texts import describe  # noqa: E402
from demo_ties import add_brokers, council_ties, investor_ties, membership_ties, people_ties  # noqa: E402

SEED = 20240214
FORMAT = "sandbox-matchmaker/1"
OUT_DIR = REPO / "resources" / "demo"
SANDBOX_START = 2024

ORG_COUNTS = {
    "EE": {"startup": 55, "company": 30, "public_body": 14, "investor": 8, "university": 6, "ngo": 10},
    "UA": {"startup": 66, "company": 30, "public_body": 16, "investor": 8, "university": 8, "ngo": 12},
}
PEOPLE = {"EE": 158, "UA": 172}  # including the council members
COUNCIL_PER_COUNTRY = 15
NEWCOMERS = {"startup": 20, "company": 5, "person": 15}
PERSON_ROLE_MIX = [
    ("founder", 22),
    ("expert", 20),
    ("developer", 18),
    ("designer", 8),
    ("mentor", 10),
    ("official", 10),
    ("researcher", 8),
    ("investor", 4),
]

# ESCO skill labels begin with these verbs (those the demo's pools use)
GERUNDS = {
    "apply": "applying",
    "conduct": "conducting",
    "create": "creating",
    "design": "designing",
    "develop": "developing",
    "execute": "executing",
    "handle": "handling",
    "manage": "managing",
    "perform": "performing",
    "teach": "teaching",
    "transfer": "transferring",
    "use": "using",
}

ONE_SIDED_SHARE = 0.45  # of startups/companies: offer a lot, need what few across the border offer


def _pick(rng: random.Random, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights)[0]


def _slug(text: str) -> str:
    return fold(text).replace(" ", "-")


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


class DemoBuilder:
    """Holds the random state and the growing network while the steps below run in order."""

    def __init__(self, seed: int = SEED):
        self.seed = seed
        self.rng = random.Random(seed)
        self.fake = {"EE": Faker("et_EE"), "UA": Faker("uk_UA")}
        self.fake["EE"].seed_instance(seed)
        self.fake["UA"].seed_instance(seed + 1)
        self.skills = SkillResolver(bundled_skills())
        self.pools = {c: self._pool(spec) for c, spec in COMMUNITIES.items()}
        self.generic = [self._skill_id(s) for s in GENERIC_SKILLS]
        self.actors: dict[str, dict] = {}
        self.community: dict[str, str] = {}
        self.ties: dict[tuple[str, str, str], dict] = {}
        self.events: list[dict] = []
        self.participations: set[tuple[str, str, str]] = set()
        self.names: set[str] = set()
        self.truth: dict = {"seed": seed}
        self.hub_order: list[str] = []  # hubs in the order drawn: the first of each country is the fittest
        self.national_bodies: set[str] = set()  # public bodies of the state (not a city's office)
        self.investor_stages: dict[str, tuple[str, ...]] = {}  # investor -> rounds it invests in
        self.councils: dict[str, str] = {}  # country -> the president's advisory council
        self.fitness: dict[str, float] = {}  # set by partner_ties
        self.partners: dict[str, set[str]] = {}  # set by partner_ties

    # --- skills -----------------------------------------------------------------------------
    def _skill_id(self, label: str) -> str:
        if label.startswith("egov:"):
            return label if label in self.skills.skills else self._fail(label)
        found = self.skills.resolve(label)
        return found if found else self._fail(label)

    @staticmethod
    def _fail(label: str):
        raise KeyError(f"demo skill {label!r} is not in the bundled taxonomy")

    def _pool(self, spec: dict) -> list[str]:
        egov = [self._skill_id("egov:" + s) for s in spec["egov"]]
        esco = [self._skill_id(s) for s in spec["esco"]]
        return egov + esco

    def _draw(self, pool: list[str], k: int, home: int, exclude: set[str]) -> list[str]:
        """``k`` distinct skills, favouring the ``home`` half (0 = EE-strong, 1 = UA-strong) and egov."""
        weights = []
        for i, s in enumerate(pool):
            w = 1.0 / (1 + i // 2) ** 0.5
            w *= 3.0 if (home is None or i % 2 == home) else 0.35
            w *= 1.6 if s.startswith("egov:") else 1.0
            weights.append(0.0 if s in exclude else w)
        chosen: list[str] = []
        while len(chosen) < k and any(weights):
            s = self.rng.choices(pool, weights=weights)[0]
            chosen.append(s)
            weights[pool.index(s)] = 0.0
        return chosen

    def give_skills(self, actor: dict, one_sided: bool = False) -> None:
        """Offers from the community's home half, needs from the other country's half."""
        pool = self.pools[self.community[actor["id"]]]
        home = {"EE": 0, "UA": 1}.get(actor["country"])
        offers = self._draw(pool, self.rng.randint(3, 6), home, set())
        if self.rng.random() < 0.5:
            offers += self._draw(self.generic, self.rng.randint(1, 2), None, set(offers))
        if one_sided:
            # a vendor: offers most of what its sector needs, but needs only things from another
            # community that few people across the border offer — one-directional fit only
            offers = self._draw(pool, 8, home, set())
            other = self.rng.choice(sorted(set(self.pools) - {self.community[actor["id"]]}))
            needs = self._draw(self.pools[other], self.rng.randint(2, 4), home, set(offers))
        else:
            other_half = None if home is None else 1 - home
            needs = self._draw(pool, self.rng.randint(2, 5), other_half, set(offers))
            if self.rng.random() < 0.3:
                needs += self._draw(self.generic, 1, None, set(offers) | set(needs))
        actor["offers"] = self._weighted(offers)
        actor["needs"] = self._weighted(needs)

    def _weighted(self, ids: list[str]) -> list:
        """Sorted skill ids; now and then one is a side interest (weight 0.5, weights live in (0, 1])."""
        out: list = sorted(ids)
        if self.rng.random() < 0.15:
            out[-1] = {"skill": out[-1], "weight": 0.5}
        return out

    # --- actors -----------------------------------------------------------------------------
    def _community_choice(self) -> str:
        return _pick(self.rng, [(c, spec["share"]) for c, spec in COMMUNITIES.items()])

    def _unique(self, make) -> str:
        for _ in range(200):
            name = make()
            if name not in self.names:
                self.names.add(name)
                return name
        raise RuntimeError("ran out of invented names")

    def _brand(self, country: str, community: str) -> tuple[str, str | None]:
        """A start-up brand from a word of its field: (Latin name, Cyrillic name or None)."""
        if country == "UA":
            native, latin = self.rng.choice(UA_BRAND[community])
            tail_native, tail_latin = self.rng.choice(UA_SUFFIX)
            return latin + tail_latin, native + tail_native
        return self.rng.choice(EE_BRAND[community]) + self.rng.choice(EE_SUFFIX), None

    def _org_name(self, kind: str, country: str, community: str) -> tuple[str, str | None]:
        """(name, native name) of an invented organisation; Ukrainian ones get an English name."""
        rng = self.rng
        if kind == "startup":
            return self._brand(country, community)
        if kind == "company":
            brand, native = self._brand(country, community)
            if country == "UA":
                word_native, word_english = rng.choice(COMPANY_FORM["UA"])
                return f"{brand} {word_english} LLC", f"ТОВ «{native} {word_native}»"
            words, forms = COMPANY_FORM["EE"]
            return f"{brand} {rng.choice(words)} {rng.choice(forms)}", None
        if kind == "investor":
            if country == "UA":
                native_word, latin_word = rng.choice(INVESTOR_BRAND["UA"])
                native_form, english_form = rng.choice(INVESTOR_FORM["UA"])
                return english_form.format(latin_word), native_form.format(native_word)
            return rng.choice(INVESTOR_FORM["EE"]).format(rng.choice(INVESTOR_BRAND["EE"])), None
        if kind == "ngo":
            if country == "UA":
                native_topic, english_topic = rng.choice(NGO_TOPIC["UA"][community])
                native_form, english_form = rng.choice(NGO_FORM["UA"])
                return english_form.format(english_topic), native_form.format(native_topic)
            return rng.choice(NGO_FORM["EE"]).format(rng.choice(NGO_TOPIC["EE"][community])), None
        raise ValueError(kind)

    def add_actor(
        self, kind: str, country: str, city: str, community: str, native: str | None, name: str, **extra
    ) -> dict:
        prefix = f"{country.lower()}-{kind.replace('_', '')}"
        number = 1 + sum(1 for a in self.actors if a.startswith(prefix + "-"))
        actor_id = f"{prefix}-{number:03d}"
        slug = _slug(name)[:40].strip("-")
        actor = {
            "id": actor_id,
            "kind": kind,
            "name": name,
            "native_name": native,
            "country": country,
            "city": city,
            "sectors": [COMMUNITIES[community]["sector"]],
            "description": None,
            "languages": {"EE": ["en", "et"], "UA": ["en", "uk"]}.get(country, ["en"]),
            "website": None if kind == "person" else f"https://{slug}.example",
            "stage": None,
            "size": None,
            "roles": [],
            "email": None,
            "visibility": "public",
            "offers": [],
            "needs": [],
        }
        if kind != "person":
            actor["email"] = f"info@{slug}.example"
        if self.rng.random() < 0.25:
            second = self.rng.choice(
                sorted({s["sector"] for s in COMMUNITIES.values()} - set(actor["sectors"]))
            )
            actor["sectors"].append(second)
        actor.update(extra)
        self.actors[actor_id] = actor
        self.community[actor_id] = community
        return actor

    def named(self, country: str, native_or_name: str) -> tuple[str, str | None]:
        """(name, native_name) of a person: Ukrainian names are kept in Cyrillic and transliterated."""
        if country == "UA":
            return transliterate_uk(native_or_name), native_or_name
        return native_or_name, None

    def build_orgs(self) -> None:
        for country, counts in ORG_COUNTS.items():
            cities = CITIES[country]
            for kind, count in counts.items():
                for i in range(count):
                    community = self._community_choice()
                    city = _pick(self.rng, cities)
                    if kind == "public_body":
                        fixed = [pair for c in COMMUNITIES for pair in PUBLIC_BODIES[c][country == "UA"]]
                        if i < len(fixed):
                            (name, native), city = fixed[i], cities[0][0]
                            community = next(
                                c for c in COMMUNITIES if fixed[i] in PUBLIC_BODIES[c][country == "UA"]
                            )
                        else:
                            city = cities[1 + (i - len(fixed)) % (len(cities) - 1)][0]
                            english, local = MUNICIPAL[country]
                            name = english.format(city=city)
                            native = local.format(city=city, genitive=UA_CITY_GENITIVE.get(city, city))
                            community = "mobile-services-ux" if i % 2 else "identity-data-exchange"
                        self.names.add(name)
                    elif kind == "university":
                        name, native, city, community = UNIVERSITIES[country][i]
                        self.names.add(name)
                    else:
                        name, native = self._unique_org(kind, country, community)
                    extra = {
                        "size": _pick(self.rng, [("1-10", 3), ("11-50", 3), ("51-250", 2), ("251-1000", 1)])
                    }
                    if kind == "startup":
                        extra = {
                            "size": _pick(self.rng, [("1-10", 5), ("11-50", 3)]),
                            "stage": _pick(
                                self.rng,
                                [("idea", 1), ("pre_seed", 3), ("seed", 4), ("series_a", 2), ("growth", 1)],
                            ),
                        }
                    elif kind == "company":
                        extra["stage"] = _pick(self.rng, [("growth", 1), ("mature", 2)])
                    elif kind in ("public_body", "university"):
                        extra["size"] = _pick(self.rng, [("51-250", 1), ("251-1000", 2), ("1000+", 1)])
                    actor = self.add_actor(kind, country, city, community, native, name, **extra)
                    if kind == "public_body" and city == cities[0][0]:
                        self.national_bodies.add(actor["id"])
        for kind, country, city, name, community in FOREIGN:
            self.names.add(name)
            self.add_actor(
                kind,
                country,
                city,
                community,
                None,
                name,
                size="11-50",
                stage="mature" if kind == "company" else None,
            )

    def _unique_org(self, kind: str, country: str, community: str) -> tuple[str, str | None]:
        for _ in range(200):
            name, native = self._org_name(kind, country, community)
            if name not in self.names:
                self.names.add(name)
                return name, native
        raise RuntimeError(f"ran out of invented names for {kind} in {country}, {community}")

    def build_councils(self) -> None:
        """The two presidents' advisory councils: actors of their own, their members tie to them."""
        for country, name, native, city in COUNCILS:
            self.names.add(name)
            council = self.add_actor(
                "public_body", country, city, "identity-data-exchange", native, name, size="11-50"
            )
            council["sectors"] = ["digital identity", "mobile services"]
            self.councils[country] = council["id"]
        self.truth["councils"] = dict(sorted(self.councils.items()))

    def build_people(self) -> None:
        for country, count in PEOPLE.items():
            fake = self.fake[country]
            for i in range(count):
                female = self.rng.random() < 0.45
                if country == "UA":
                    first = fake.first_name_female() if female else fake.first_name_male()
                    last = fake.last_name_female() if female else fake.last_name_male()
                else:
                    first = fake.first_name_female() if female else fake.first_name_male()
                    last = fake.last_name()
                raw = self._unique(
                    lambda f=first, la=last: (
                        f"{f} {la}"
                        if f"{f} {la}" not in self.names
                        else f"{f} {la} {self.rng.choice('ABDEKLMNPRST')}."
                    )
                )
                name, native = self.named(country, raw)
                council = i < COUNCIL_PER_COUNTRY
                roles = (
                    ["council_member", self.rng.choice(["expert", "official", "researcher"])]
                    if council
                    else [_pick(self.rng, PERSON_ROLE_MIX)]
                )
                if not council and self.rng.random() < 0.15:
                    roles.append(self.rng.choice(["mentor", "expert"]))
                roles = sorted(set(roles))
                email_name = _slug(name).replace("-", ".")
                actor = self.add_actor(
                    "person",
                    country,
                    _pick(self.rng, CITIES[country]),
                    self._community_choice(),
                    native,
                    name,
                    roles=roles,
                    email=f"{email_name}@mail.example",
                    visibility="council"
                    if council
                    else _pick(self.rng, [("public", 8), ("council", 1), ("private", 1)]),
                )
                if self.rng.random() < 0.15:
                    actor["languages"] = sorted(set(actor["languages"]) | {"et", "uk"})

    def describe_all(self) -> None:
        """One description per actor, in English or (about two in five) the actor's own language."""
        for actor_id in sorted(self.actors):
            actor = self.actors[actor_id]
            language = "en"
            if actor["country"] == "EE" and self.rng.random() < 0.35:
                language = "et"
            elif actor["country"] == "UA" and self.rng.random() < 0.4:
                language = "uk"
            actor["description"] = describe(self, actor, language)

    def in_sentence(self, skill_id: str, language: str) -> str:
        """A skill label as it reads mid-sentence: common nouns lower-cased, names and acronyms kept.

        ESCO's English skill labels start with a verb ("design user interface"); in a list of
        what an actor offers they read as gerunds ("designing user interface").
        """
        skill = self.skills.skills[skill_id]
        label = skill.label(language)
        first_word = label.split(" ")[0]
        if language == "en" and first_word in GERUNDS:
            return GERUNDS[first_word] + label[len(first_word) :]
        # a translated first word is a common noun ("Agile development" -> "agiilne arendus"),
        # a kept one a name ("Python (programmeerimine)"); acronyms keep their capitals
        translated = first_word != skill.label_en.split(" ")[0]
        common = skill.source == "egov" or skill.label_en[:1].islower() or translated
        if common and not any(ch.isupper() for ch in first_word[1:]):
            return label[:1].lower() + label[1:]
        return label

    # --- who is special -----------------------------------------------------------------------
    def ids(self, kinds=None, country=None, active=True) -> list[str]:
        """Actors of these kinds and country; the councils are left out (their ties are their own)."""
        skip = set(self.councils.values())
        if active:
            skip |= set(self.truth.get("newcomers", ()))
        return [
            a["id"]
            for a in self.actors.values()
            if (kinds is None or a["kind"] in kinds)
            and (country is None or a["country"] == country)
            and a["id"] not in skip
        ]

    def pick_newcomers(self) -> None:
        chosen = []
        for kind, count in NEWCOMERS.items():
            pool = [
                a
                for a in self.ids((kind,))
                if a.split("-")[0] in ("ee", "ua") and "council_member" not in self.actors[a]["roles"]
            ]
            chosen += self.rng.sample(pool, count)
        self.truth["newcomers"] = sorted(chosen)

    def pick_one_sided(self) -> None:
        """Vendors whose fit is one-directional; they get their skills here, everyone else in give_skills."""
        pool = self.ids(("startup", "company"))
        pool = [a for a in pool if self.actors[a]["country"] in ("EE", "UA")]
        self.truth["one_sided_suppliers"] = sorted(self.rng.sample(pool, round(ONE_SIDED_SHARE * len(pool))))

    def assign_all_skills(self) -> None:
        one_sided = set(self.truth["one_sided_suppliers"])
        for actor_id in sorted(self.actors):
            self.give_skills(self.actors[actor_id], one_sided=actor_id in one_sided)
            add_resources(self, self.actors[actor_id], national=actor_id in self.national_bodies)

    # --- ties -------------------------------------------------------------------------------
    def _since(self, source: str, target: str) -> str:
        """Domestic ties spread over 2019–2026; cross-border ones cluster after the Sandbox starts."""
        cross = self.actors[source]["country"] != self.actors[target]["country"]
        years = list(range(2019, 2027))
        weights = [1 if y < SANDBOX_START else 5 for y in years] if cross else [1] * len(years)
        year = self.rng.choices(years, weights=weights)[0]
        last = date(2026, 6, 30) if year == 2026 else date(year, 12, 31)
        return _day(self.rng, date(year, 1, 1), last).isoformat()

    def add_tie(self, source: str, target: str, kind: str, weight: float = 1.0) -> bool:
        if source == target or (source, target, kind) in self.ties or (target, source, kind) in self.ties:
            return False
        self.ties[(source, target, kind)] = {
            "source": source,
            "target": target,
            "kind": kind,
            "since": self._since(source, target),
            "weight": weight,
        }
        return True

    def choose(self, candidates: list[str], community: str, same: float = 4.0, extra=None) -> str | None:
        if not candidates:
            return None
        weights = [
            (same if self.community[c] == community else 1.0) * (extra(c) if extra else 1.0)
            for c in candidates
        ]
        return self.rng.choices(candidates, weights=weights)[0]

    def abroad(self, country: str, p: float) -> str:
        if country in ("EE", "UA") and self.rng.random() < p:
            return "UA" if country == "EE" else "EE"
        return country if country in ("EE", "UA") else self.rng.choice(["EE", "UA"])

    def skill_set(self, actor_id: str, side: str) -> set[str]:
        return {s["skill"] if isinstance(s, dict) else s for s in self.actors[actor_id][side]}

    # --- output -----------------------------------------------------------------------------
    def build(self) -> tuple[dict, dict]:
        self.build_orgs()
        self.build_councils()
        self.build_people()
        self.pick_newcomers()
        self.pick_one_sided()
        self.assign_all_skills()
        people_ties(self)
        membership_ties(self)
        council_ties(self)
        investor_ties(self)
        add_brokers(self)
        pick_hubs(self)
        build_events(self)
        partner_ties(self)
        decisions = match_decisions(self)
        self.describe_all()
        network = {
            "format": FORMAT,
            "actors": [self.actors[a] for a in sorted(self.actors)],
            "ties": [self.ties[k] for k in sorted(self.ties)],
            "events": sorted(self.events, key=lambda e: (e["start"], e["id"])),
            "participations": [
                {"event": e, "actor": a, "role": r} for e, a, r in sorted(self.participations)
            ],
            "decisions": decisions,
        }
        truth = dict(self.truth)
        truth["communities"] = dict(sorted(self.community.items()))
        truth["sector_of_community"] = {c: spec["sector"] for c, spec in COMMUNITIES.items()}
        truth["skills_of_community"] = self.pools
        truth["newcomer_preferred_partners"] = newcomer_preferences(self)
        truth["sandbox_start_year"] = SANDBOX_START
        truth["baseline_hits_at_10"] = dict(BASELINE_HITS_AT_10)
        return network, truth


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for network.json and truth.json")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    network, truth = DemoBuilder(args.seed).build()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "network.json").write_text(_dump(network), encoding="utf-8")
    (args.out / "truth.json").write_text(_dump(truth), encoding="utf-8")
    print(
        f"{len(network['actors'])} actors, {len(network['ties'])} ties, {len(network['events'])} events, "
        f"{len(network['participations'])} participations, {len(network['decisions'])} decisions -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
