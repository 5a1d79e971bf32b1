"""The demo's everyday ties: jobs, advice, mentoring, memberships, investments and the brokers.

Each step takes the ``DemoBuilder`` from ``generate_demo.py`` and draws from its one seeded
random stream, so the order of calls there is part of the output. Partnerships, the ties the
recommender is judged on, live in ``demo_partners.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from demo_tables import BROKER_NAMES, COMMUNITIES

if TYPE_CHECKING:
    from generate_demo import DemoBuilder

__all__ = ["add_brokers", "council_ties", "investor_ties", "membership_ties", "people_ties"]


def people_ties(demo: DemoBuilder) -> None:
    work = {
        "founder": ("startup",),
        "developer": ("company", "startup"),
        "designer": ("company", "startup"),
        "official": ("public_body",),
        "researcher": ("university",),
        "expert": ("company", "ngo"),
        "mentor": ("ngo", "investor", "company"),
        "investor": ("investor",),
        "council_member": ("public_body", "university", "ngo"),
    }
    knows_degree: dict[str, int] = {}
    people = demo.ids(("person",))
    for pid in people:
        person, comm = demo.actors[pid], demo.community[pid]
        home = person["country"]
        main_role = "council_member" if "council_member" in person["roles"] else person["roles"][0]
        employer = demo.choose(demo.ids(work[main_role], home), comm)
        if employer and (main_role != "expert" or demo.rng.random() < 0.6):
            demo.add_tie(pid, employer, "works_at")
        if main_role == "founder" and employer:
            demo.add_tie(pid, employer, "cofounded")
        if main_role == "council_member":
            for _ in range(demo.rng.randint(2, 3)):
                body = demo.choose(demo.ids(("public_body",), demo.abroad(home, 0.4)), comm)
                demo.add_tie(pid, body, "advises")
        if "expert" in person["roles"]:
            for _ in range(demo.rng.randint(1, 2)):
                org = demo.choose(demo.ids(("startup", "public_body"), demo.abroad(home, 0.25)), comm)
                demo.add_tie(pid, org, "advises")
        if "mentor" in person["roles"]:
            for _ in range(demo.rng.randint(2, 4)):
                mentee = demo.choose(demo.ids(("startup",), demo.abroad(home, 0.35)), comm)
                demo.add_tie(pid, mentee, "mentored")
        if main_role == "investor":
            for _ in range(demo.rng.randint(1, 3)):
                startup = demo.choose(demo.ids(("startup",), demo.abroad(home, 0.3)), comm)
                demo.add_tie(pid, startup, "invested_in")
    for pid in people:  # preferential attachment: well-known people get to know more people
        for _ in range(demo.rng.randint(1, 3)):
            other = demo.choose(
                demo.ids(("person",), demo.abroad(demo.actors[pid]["country"], 0.2)),
                demo.community[pid],
                same=6.0,
                extra=lambda c: 1 + knows_degree.get(c, 0),
            )
            if demo.add_tie(pid, other, "knows"):
                knows_degree[pid] = knows_degree.get(pid, 0) + 1
                knows_degree[other] = knows_degree.get(other, 0) + 1


def membership_ties(demo: DemoBuilder) -> None:
    for aid in demo.ids(("startup", "company", "university", "person")):
        if demo.rng.random() < (0.45 if demo.actors[aid]["kind"] != "person" else 0.15):
            home = demo.actors[aid]["country"]
            ngo = demo.choose(demo.ids(("ngo",), demo.abroad(home, 0.1)), demo.community[aid])
            demo.add_tie(aid, ngo, "member_of")


def council_ties(demo: DemoBuilder) -> None:
    """Council members are members of their president's advisory council (``member_of``)."""
    for pid in demo.ids(("person",)):
        person = demo.actors[pid]
        council = demo.councils.get(person["country"])
        if council and "council_member" in person["roles"]:
            demo.add_tie(pid, council, "member_of")


def investor_ties(demo: DemoBuilder) -> None:
    investors = demo.ids(("investor",))
    implicit = sorted(demo.rng.sample([i for i in investors if demo.actors[i]["country"] in ("EE", "UA")], 4))
    theses = {}
    for inv in investors:
        comm = demo.community[inv]
        if inv in implicit:
            # no declared needs, but a coherent portfolio: what it invests in *is* its need
            thesis = demo.rng.sample(demo.pools[comm][:10], 3)
            theses[inv] = sorted(thesis)
            demo.actors[inv]["needs"] = []
            startups = [
                s
                for s in demo.ids(("startup",))
                if demo.community[s] == comm and set(thesis) & demo.skill_set(s, "offers")
            ]
            # a close fit to the thesis first (two of its skills or more); among those, home
            # start-ups before foreign ones, as funds mostly invest where they are
            home = demo.actors[inv]["country"]

            def preference(s, thesis=thesis, home=home):
                overlap = len(set(thesis) & demo.skill_set(s, "offers"))
                return (-min(overlap, 2), demo.actors[s]["country"] != home, -overlap, s)

            startups.sort(key=preference)
            for s in startups[: demo.rng.randint(10, 14)]:
                demo.add_tie(inv, s, "invested_in", weight=float(demo.rng.choice([1, 2, 3])))
        else:
            # a fund backs start-ups that were raising one of the rounds it writes cheques for
            rounds = {f"egov:investment-{stage}" for stage in demo.investor_stages.get(inv, ())}
            for _ in range(demo.rng.randint(2, 6)):
                home = demo.actors[inv]["country"]
                pool = demo.ids(("startup",), demo.abroad(home, 0.3))
                raising = [s for s in pool if rounds & demo.skill_set(s, "needs")] or pool
                startup = demo.choose(raising, comm, same=2.0)
                demo.add_tie(inv, startup, "invested_in", weight=float(demo.rng.choice([1, 2])))
    demo.truth["implicit_need_investors"] = implicit
    demo.truth["implicit_needs"] = theses


def add_brokers(demo: DemoBuilder) -> None:
    """Four bridges with many ties into both countries, across every community."""
    ee_council = [p for p in demo.ids(("person",), "EE") if "council_member" in demo.actors[p]["roles"]]
    ua_experts = [p for p in demo.ids(("person",), "UA") if demo.actors[p]["roles"] == ["expert"]]
    name, native = BROKER_NAMES["ngo"]
    ngo = demo.add_actor("ngo", "EE", "Tallinn", "identity-data-exchange", native, name, size="11-50")
    name, native = BROKER_NAMES["company"]
    company = demo.add_actor(
        "company", "UA", "Kyiv", "mobile-services-ux", native, name, size="11-50", stage="mature"
    )
    for actor in (ngo, company):
        demo.give_skills(actor)
    brokers = [demo.rng.choice(ee_council), demo.rng.choice(ua_experts), ngo["id"], company["id"]]
    for broker in brokers:
        kind = demo.actors[broker]["kind"]
        for country in ("EE", "UA"):
            for comm in sorted(COMMUNITIES):
                pool = [a for a in demo.ids(country=country) if demo.community[a] == comm and a != broker]
                for other in demo.rng.sample(pool, 6):
                    if kind == "ngo":
                        demo.add_tie(other, broker, "member_of")
                    elif kind == "company" or demo.actors[other]["kind"] != "person":
                        demo.add_tie(broker, other, "advises")
                    else:
                        demo.add_tie(broker, other, "knows")
    demo.truth["brokers"] = sorted(brokers)
