"""The brokerage's tables: picks, presence, plans and outcomes, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from matchmaker.errors import MatchmakerError
from matchmaker.meetings import ForumRules, plan_meetings
from matchmaker.meetings.outcomes import decisions_from_outcomes
from matchmaker.meetings.storage import (
    load_forum,
    record_outcomes,
    refuse_database_path,
    save_availability,
    save_picks,
    save_plan,
)
from tests.meetings_forums import import_forum


@pytest.fixture
def forum_store(store, tmp_path):
    import_forum(store, tmp_path)
    return store


def test_forum_participants_and_delegations(forum_store):
    data = load_forum(forum_store, "Tallinn Forum")
    assert data.event.id == "forum-1"
    assert set(data.forum.participants) == {
        "ee-gov",
        "ee-ann",
        "ee-bo",
        "ua-dia",
        "ua-olena",
        "ua-ivan",
    }  # no organiser
    assert set(data.forum.delegations) == {
        frozenset({"ee-gov", "ee-ann", "ee-bo"}),
        frozenset({"ua-dia", "ua-olena"}),
    }
    assert data.plan is None and not data.forum.picks


def test_a_participants_picks_replace_only_their_own(forum_store):
    save_picks(
        forum_store,
        "forum-1",
        [("ee-ann", "ua-olena", "must"), ("ee-ann", "ua-ivan", "would"), ("ua-ivan", "ee-bo", "no")],
    )
    save_picks(forum_store, "forum-1", [("ee-ann", "ua-dia", "would")])
    assert load_forum(forum_store, "forum-1").forum.picks == {
        ("ee-ann", "ua-dia"): "would",
        ("ua-ivan", "ee-bo"): "no",
    }


def test_plan_outcomes_and_decisions_round_trip(forum_store):
    save_picks(
        forum_store,
        "forum-1",
        [("ee-ann", "ua-olena", "must"), ("ua-olena", "ee-ann", "must"), ("ua-ivan", "ee-bo", "would")],
    )
    save_availability(forum_store, "forum-1", {"ua-ivan": frozenset({2})})
    data = load_forum(forum_store, "forum-1")
    assert data.forum.availability == {"ua-ivan": frozenset({2})}
    rules = ForumRules(slots=2, tables=2)
    schedule = plan_meetings(data.forum, rules)
    save_plan(forum_store, "forum-1", rules, schedule, start="10:00", slot_minutes=15)
    plan = load_forum(forum_store, "forum-1").plan
    assert plan.rules == rules and plan.start == "10:00" and plan.slot_minutes == 15
    assert sorted((m.slot, m.a, m.b) for m in plan.meetings) == sorted(
        (m.slot, m.a, m.b) for m in schedule.meetings
    )
    assert ("ua-ivan", "ee-bo") in {(m.a, m.b) for m in plan.meetings if m.slot == 2}

    forum_store.record_decision("ua-ivan", "ee-bo", "agreement", "signed last year")
    outcomes = {("ee-ann", "ua-olena"): "met", ("ua-ivan", "ee-bo"): "no-follow-up"}
    record_outcomes(
        forum_store, "forum-1", outcomes, decisions_from_outcomes(outcomes, data.forum.picks, "at the forum")
    )
    decisions = {(d.a, d.b): d.status for d in forum_store.load_network().decisions}
    assert decisions == {
        ("ee-ann", "ua-olena"): "met",
        ("ua-olena", "ee-ann"): "met",
        ("ua-ivan", "ee-bo"): "agreement",
    }
    assert load_forum(forum_store, "forum-1").plan.outcomes == outcomes

    save_plan(forum_store, "forum-1", rules, schedule)  # re-saving keeps what was recorded
    assert load_forum(forum_store, "forum-1").plan.outcomes == outcomes
    forum_store.clear_network()
    assert forum_store.is_empty()


def test_files_may_not_be_the_database(sqlite_store, tmp_path):
    database = sqlite_store.engine.url.database
    for name in (database, database + "-wal"):
        with pytest.raises(MatchmakerError, match="is the database this command works on"):
            refuse_database_path(sqlite_store, name)
    refuse_database_path(sqlite_store, tmp_path / "agendas.pdf")
