"""Small hand-made forums for the brokerage tests, and a checker of every rule a schedule must keep."""

from __future__ import annotations

from collections import Counter

from matchmaker.meetings import Forum, ForumRules, Schedule, pair_kind


def forum(people: str, picks: dict[str, str], *, availability=None, delegations=()) -> Forum:
    """``picks`` as ``{"ann>ben": "must", ...}`` (who > whom)."""
    return Forum(
        participants=tuple(people.split()),
        picks={tuple(key.split(">")): value for key, value in picks.items()},
        availability={a: frozenset(s) for a, s in (availability or {}).items()},
        delegations=tuple(frozenset(g.split()) for g in delegations),
    )


def assert_valid(forum: Forum, rules: ForumRules, schedule: Schedule) -> None:
    """Nobody double-booked, no delegation split, tables and caps kept, presence and picks respected."""
    seen_pairs = set()
    per_person = Counter()
    for m in schedule.meetings:
        assert 1 <= m.slot <= rules.slots and 1 <= m.table <= rules.tables
        pair = frozenset((m.a, m.b))
        assert pair not in seen_pairs, f"{m.a}-{m.b} booked twice"
        seen_pairs.add(pair)
        assert m.kind == pair_kind(forum.picks.get((m.a, m.b)), forum.picks.get((m.b, m.a)))
        for person in (m.a, m.b):
            assert m.slot in forum.present(person, rules), f"{person} absent in slot {m.slot}"
            per_person[person] += 1
    for slot in range(1, rules.slots + 1):
        here = [m for m in schedule.meetings if m.slot == slot]
        assert len({m.table for m in here}) == len(here) <= rules.tables
        busy = Counter(p for m in here for p in (m.a, m.b))
        assert max(busy.values(), default=0) <= 1, f"double-booked in slot {slot}"
        for group in forum.delegations:
            assert sum(1 for m in here if {m.a, m.b} & group) <= 1, f"delegation split in slot {slot}"
    if rules.max_per_person:
        assert max(per_person.values(), default=0) <= rules.max_per_person
    assert schedule.objective == sum(m.value for m in schedule.meetings)


def forum_network():
    """A Tallinn forum: a ministry with two staff, a Kyiv start-up with its founder, two more people,
    an organiser (not in the brokerage), and complementary needs so the recommender has a say."""
    from matchmaker.records import EventRecord, ParticipationRecord
    from tests.match_networks import DATA, EID, UX, VOTING, XROAD, actor, filler, network

    net = network(
        [
            actor("ee-gov", "EE", [VOTING, XROAD], [UX], kind="public_body", name="Riigi Teenused"),
            actor("ee-ann", "EE", [XROAD], [UX], kind="person", name="Ann Tamm"),
            actor("ee-bo", "EE", [VOTING], [DATA], kind="person", name="Bo Kask"),
            actor("ua-dia", "UA", [UX], [VOTING], name="Dia Dyzain"),
            actor("ua-olena", "UA", [UX, DATA], [XROAD], kind="person", name="Olena Koval"),
            actor("ua-ivan", "UA", [DATA], [EID], kind="person", name="Ivan Petrenko"),
            actor("ee-org", "EE", [EID], [DATA], kind="ngo", name="Forum Office"),
            *filler(),
        ],
        ties=[
            ("ee-ann", "ee-gov", "works_at"),
            ("ee-bo", "ee-gov", "works_at"),
            ("ua-olena", "ua-dia", "works_at"),
        ],
    )
    object.__setattr__(net.actors[4], "native_name", "Олена Коваль")
    net.events = [EventRecord("forum-1", "Tallinn Forum", "forum", "Tallinn", "EE")]
    net.participations = [
        ParticipationRecord("forum-1", a)
        for a in ("ee-gov", "ee-ann", "ee-bo", "ua-dia", "ua-olena", "ua-ivan")
    ] + [ParticipationRecord("forum-1", "ee-org", "organiser")]
    return net


def import_forum(store, folder) -> None:
    from matchmaker.interchange import export_network, import_document, read_files

    written = export_network(forum_network(), "json", folder / "forum.json")
    import_document(store.engine, read_files(list(written), store.resolver()))
