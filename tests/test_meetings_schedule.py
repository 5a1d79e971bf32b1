"""Schedules on forums small enough to work out by hand or by enumeration."""

from __future__ import annotations

import itertools
import random

import pytest

from matchmaker.meetings import ForumRules, candidate_pairs, first_come_schedule, plan_meetings, reschedule
from tests.meetings_forums import assert_valid, forum


def test_value_beats_count():
    """Two slots, one table: at most two meetings.

    ann–ben both *must* (100), cleo–dan both *would* (10), ann→dan *must* (3), ann→cleo and
    ben→dan *would* (1 each). ann–ben and cleo–dan share nobody, so both fit, one per slot:
    100 + 10 = 110. Any schedule without ann–ben has at most 10 + 3 = 13. Optimum 110.
    """
    f = forum(
        "ann ben cleo dan",
        {
            "ann>ben": "must",
            "ben>ann": "must",
            "cleo>dan": "would",
            "dan>cleo": "would",
            "ann>dan": "must",
            "ann>cleo": "would",
            "ben>dan": "would",
        },
    )
    rules = ForumRules(slots=2, tables=1)
    for exact in (True, False):
        schedule = plan_meetings(f, rules, exact=exact)
        assert_valid(f, rules, schedule)
        assert {(m.a, m.b, m.kind) for m in schedule.meetings} == {
            ("ann", "ben", "mutual-must"),
            ("cleo", "dan", "mutual-would"),
        }
        assert schedule.objective == 110 and schedule.bound == 110 and schedule.optimal
    assert {u.why for u in schedule.unscheduled} == {"no-room"}


def test_a_delegation_never_splits_and_a_no_is_final():
    """ann and aiko are one start-up's delegation; aiko is there in slot 1 only. 2 slots, 2 tables.

    Picks: ann–ben and aiko–cleo both *must* (100 each), ben–cleo both *would* (10), dan→ann
    *would* (1), eve→ben *must* but ben said *no*.

    aiko–cleo must take slot 1 (aiko's only slot), so the delegation is busy in slot 1 and
    ann–ben goes to slot 2. Then ben (slot 2) and cleo (slot 1) share no free slot, and ann has
    no free slot for dan: the optimum is 200. Without the delegation rule ann–ben could share
    slot 1 and ben–cleo plus dan–ann fill slot 2: 211. eve–ben is never scheduled.
    """
    picks = {
        "ann>ben": "must",
        "ben>ann": "must",
        "aiko>cleo": "must",
        "cleo>aiko": "must",
        "ben>cleo": "would",
        "cleo>ben": "would",
        "dan>ann": "would",
        "eve>ben": "must",
        "ben>eve": "no",
    }
    rules = ForumRules(slots=2, tables=2)
    together = forum("ann aiko ben cleo dan eve", picks, availability={"aiko": {1}}, delegations=["ann aiko"])
    schedule = plan_meetings(together, rules)
    assert_valid(together, rules, schedule)
    assert {(m.slot, m.a, m.b) for m in schedule.meetings} == {(1, "aiko", "cleo"), (2, "ann", "ben")}
    assert schedule.objective == schedule.bound == 200
    why = {(u.a, u.b): u.why for u in schedule.unscheduled}
    assert why[("eve", "ben")] == "declined"
    assert why[("ben", "cleo")] == "no-room"

    apart = forum("ann aiko ben cleo dan eve", picks, availability={"aiko": {1}})
    assert plan_meetings(apart, rules).objective == 211


def test_cap_and_absence_are_reasons():
    """ann may meet once (cap 1) and wants ben (*must*, 3) and cleo (*would*, 1): ben it is.
    dan is present in slot 2 only, eve in slot 1 only: their mutual *must* can never happen."""
    f = forum(
        "ann ben cleo dan eve",
        {"ann>ben": "must", "ann>cleo": "would", "dan>eve": "must", "eve>dan": "must"},
        availability={"dan": {2}, "eve": {1}},
    )
    schedule = plan_meetings(f, ForumRules(slots=2, tables=3, max_per_person=1))
    assert [(m.a, m.b) for m in schedule.meetings] == [("ann", "ben")]
    why = {(u.a, u.b): u.why for u in schedule.unscheduled}
    assert why == {("ann", "cleo"): "cap-reached", ("dan", "eve"): "no-common-slot"}


def _random_forum(seed: int, people: int = 6):
    rng = random.Random(seed)
    names = [f"p{i}" for i in range(people)]
    picks = {}
    for a, b in itertools.permutations(names, 2):
        r = rng.random()
        if r < 0.45:
            picks[f"{a}>{b}"] = rng.choice(["must", "would", "would", "no"])
    availability = {n: set(rng.sample(range(1, 4), rng.randint(2, 3))) for n in names[:2]}
    return forum(" ".join(names), picks, availability=availability, delegations=["p4 p5"] if seed % 2 else ())


def _best_by_enumeration(f, rules) -> int:
    """Every assignment of each requested pair to no slot or one slot, kept if it breaks no rule."""
    pairs, _excluded = candidate_pairs(f)
    best = 0
    options = [[0, *sorted(f.present(p.a, rules) & f.present(p.b, rules))] for p in pairs]
    for choice in itertools.product(*options):
        busy, count, used, value = set(), {}, {}, 0
        ok = True
        for pair, slot in zip(pairs, choice, strict=True):
            if not slot:
                continue
            units = set()
            for person in (pair.a, pair.b):
                groups = [frozenset(g) for g in f.delegations if person in g] or [frozenset([person])]
                units |= {(g, slot) for g in groups}
                count[person] = count.get(person, 0) + 1
            used[slot] = used.get(slot, 0) + 1
            if units & busy or used[slot] > rules.tables:
                ok = False
                break
            busy |= units
            value += pair.value
        if ok and all(c <= (rules.max_per_person or rules.slots) for c in count.values()):
            best = max(best, value)
    return best


@pytest.mark.parametrize("seed", range(6))
def test_exact_matches_enumeration_and_heuristic_stays_below(seed):
    f = _random_forum(seed)
    rules = ForumRules(slots=3, tables=2, max_per_person=2)
    if len(candidate_pairs(f)[0]) > 11:
        f = _random_forum(seed + 100)
    best = _best_by_enumeration(f, rules)
    exact = plan_meetings(f, rules)
    fast = plan_meetings(f, rules, exact=False)
    for schedule in (exact, fast):
        assert_valid(f, rules, schedule)
        assert schedule.objective <= best <= schedule.bound
    assert exact.objective == best and exact.optimal


def test_first_come_books_in_arrival_order():
    """ann asked for cleo first (*would*), then ben and ann both said *must*; one slot: first come wins."""
    f = forum("ann ben cleo", {"ann>cleo": "would", "ann>ben": "must", "ben>ann": "must"})
    rules = ForumRules(slots=1, tables=5)
    assert [(m.a, m.b) for m in first_come_schedule(f, rules).meetings] == [("ann", "cleo")]
    assert [(m.a, m.b) for m in plan_meetings(f, rules).meetings] == [("ann", "ben")]


def test_repair_keeps_every_possible_meeting_in_place():
    from bench.bench_meetings import generated_forum

    f = generated_forum(60, slots=6, seed=4)
    rules = ForumRules(slots=6, tables=12, max_per_person=4)
    before = plan_meetings(f, rules, exact=False)
    leaver = max(f.participants, key=lambda a: len(before.meetings_of(a)))
    availability = dict(f.availability)
    availability[leaver] = frozenset({1, 2})
    changed = type(f)(f.participants, f.picks, availability, f.delegations)

    after = reschedule(changed, rules, before.meetings, from_slot=3, previous_bound=before.bound)

    assert_valid(changed, rules, after)
    kept = {(m.slot, m.table, m.a, m.b) for m in after.meetings}
    for m in before.meetings:
        if m.slot < 3 or not m.involves(leaver):
            assert (m.slot, m.table, m.a, m.b) in kept  # nobody else's agenda changes
    added = [
        m
        for m in after.meetings
        if (m.slot, m.table, m.a, m.b) not in {(x.slot, x.table, x.a, x.b) for x in before.meetings}
    ]
    assert added and all(m.slot >= 3 for m in added)  # the holes were filled, only in the future
    assert all(not m.involves(leaver) or m.slot < 3 for m in after.meetings)
    assert any(u.why == "cancelled" for u in after.unscheduled)


def test_rules_must_be_positive():
    from matchmaker.meetings import MeetingRulesError

    with pytest.raises(MeetingRulesError, match="tables"):
        ForumRules(slots=3, tables=0)
