"""Every rule of the team builder on small hand-made pools."""

from __future__ import annotations

from collections import Counter

import pytest

from matchmaker.teams import (
    Challenge,
    Pool,
    TeamBuildCancelled,
    TeamRules,
    TeamRulesError,
    form_teams,
    parse_size_range,
    score_teams,
)
from tests.teams_pools import COVERAGE_ONLY, mixed_pool, person, rules


def assert_partition(plan, pool, low, high):
    members = [a for team in plan.teams for a in team.members]
    assert Counter(members) == Counter(p.id for p in pool.participants), "everyone in exactly one team"
    assert all(low <= len(team.members) <= high for team in plan.teams)


@pytest.mark.parametrize(("n", "low", "high"), [(12, 4, 4), (13, 4, 5), (20, 3, 5), (9, 2, 3)])
def test_everyone_lands_in_exactly_one_team_within_the_size_range(n, low, high):
    pool = mixed_pool(n, ua=n // 2)
    plan = form_teams(pool, TeamRules(min_size=low, max_size=high), seed=3)
    assert_partition(plan, pool, low, high)
    assert plan.objective[0] == min(t.score for t in plan.teams)


def test_same_seed_same_teams():
    pool = mixed_pool(20, 9)
    first = form_teams(pool, rules(min_size=4, max_size=5), seed=7)
    again = form_teams(pool, rules(min_size=4, max_size=5), seed=7)
    assert [t.members for t in first.teams] == [t.members for t in again.teams]


def test_every_team_mixes_both_countries_when_the_pool_allows():
    pool = mixed_pool(12, ua=3)
    plan = form_teams(pool, rules())
    countries = {p.id: p.country for p in pool.participants}
    assert all({countries[a] for a in t.members} == {"EE", "UA"} for t in plan.teams)
    assert plan.unmet == []


def test_unmet_says_when_the_pool_cannot_mix_every_team():
    pool = mixed_pool(12, ua=2)
    plan = form_teams(pool, rules())
    assert len(plan.unmet) == 1
    assert "1 of 3 teams do not mix EE and UA" in plan.unmet[0]
    assert "only 2 participants come from UA" in plan.unmet[0]


def test_keep_apart_pair_never_shares_a_team():
    # a and b are the only holders of the required skills: together they would make one strong team
    pool = Pool.of(
        [
            person("a", "EE", "api ux"),
            person("b", "UA", "api ux"),
            *[person(f"x{i}", "EE" if i % 2 else "UA", "misc") for i in range(6)],
        ]
    )
    challenge = [Challenge("portal", ("api", "ux"))]
    for seed in range(4):
        plan = form_teams(pool, rules(keep_apart=(("a", "b"),)), challenges=challenge, seed=seed)
        assert plan.team_of("a") != plan.team_of("b")
        assert plan.unmet == []


def test_keep_together_pair_always_shares_a_team():
    pool = mixed_pool(12, 6)
    for seed in range(4):
        plan = form_teams(pool, rules(keep_together=(("p00", "p01"), ("p02", "p03"))), seed=seed)
        assert plan.team_of("p00") == plan.team_of("p01")
        assert plan.team_of("p02") == plan.team_of("p03")


def test_locked_members_stay_put_across_reruns():
    pool = mixed_pool(16, 8)
    plan = form_teams(pool, rules(), seed=1)
    locks = {plan.teams[2].members[0]: 2, plan.teams[0].members[1]: 0, "p15": 3}
    for seed in range(5):
        again = form_teams(pool, rules(locked=locks), seed=seed)
        assert {a: again.team_of(a) for a in locks} == locks
        assert all(a in again.teams[t].locked for a, t in locks.items())


def test_contradicting_rules_are_dropped_and_explained():
    pool = mixed_pool(8, 4)
    plan = form_teams(pool, rules(locked={"p00": 0, "p01": 1}, keep_together=(("p00", "p01"),)))
    assert plan.team_of("p00") == 0 and plan.team_of("p01") == 1
    assert plan.unmet == ["keep together P00 and P01: they are locked to different teams"]


def test_keep_apart_with_both_locked_to_one_team_is_reported():
    pool = mixed_pool(8, 4)
    plan = form_teams(pool, rules(locked={"p00": 1, "p01": 1}, keep_apart=(("p00", "p01"),)))
    assert plan.team_of("p00") == plan.team_of("p01") == 1
    assert plan.unmet == ["keep apart P00 and P01: both are locked to team 2"]


def test_impossible_size_range_gives_no_teams_and_says_why():
    plan = form_teams(mixed_pool(7, 3), TeamRules(min_size=4, max_size=5))
    assert plan.teams == []
    assert plan.unmet == ["no number of teams of 4–5 holds exactly 7 participants"]


def test_no_team_of_only_designers():
    pool = Pool.of(
        [person(f"d{i}", "EE" if i % 2 else "UA", f"ux{i} ui{i}", designer=True) for i in range(5)]
        + [person(f"v{i}", "EE" if i % 2 else "UA", "api") for i in range(3)]
    )
    designers = {p.id for p in pool.participants if p.designer}
    for seed in range(4):
        plan = form_teams(pool, rules(), seed=seed)
        assert all(not set(t.members) <= designers for t in plan.teams)


def test_mix_strangers_splits_friends_and_use_ties_keeps_them():
    pool = Pool.of([person(n, "EE", "api") for n in "abcd"], ties=[("a", "b"), ("c", "d")])
    split = form_teams(pool, TeamRules(min_size=2, max_size=2, tie_mode="strangers"))
    assert split.team_of("a") != split.team_of("b") and split.team_of("c") != split.team_of("d")
    kept = form_teams(pool, TeamRules(min_size=2, max_size=2, tie_mode="ties"))
    assert kept.team_of("a") == kept.team_of("b") and kept.team_of("c") == kept.team_of("d")


def test_covers_and_lacks_name_the_challenge_skills():
    pool = Pool.of(
        [
            person("a", "EE", "api"),
            person("b", "UA", "ux"),
            person("c", "EE", "data"),
            person("d", "UA", "misc"),
        ]
    )
    plan = form_teams(
        pool,
        TeamRules(min_size=4, max_size=4, weights=COVERAGE_ONLY),
        challenges=[Challenge("portal", ("api", "ux", "cloud"))],
    )
    (team,) = plan.teams
    assert (sorted(team.covers), team.lacks, team.challenge) == (["api", "ux"], ["cloud"], "portal")
    assert team.score == pytest.approx(2 / 3)


def test_score_teams_reports_a_hand_move_that_breaks_a_rule():
    pool = mixed_pool(8, 4)
    r = rules(keep_apart=(("p00", "p01"),))
    plan = score_teams(pool, r, [["p00", "p01", "p02", "p03", "p04"], ["p05", "p06", "p07"]])
    assert "keep apart P00 and P01: both are in Team 1" in plan.unmet
    assert "Team 1 has 5 members, outside 4–4" in plan.unmet
    assert len(plan.teams) == 2 and plan.teams[1].score > 0


def test_cancelling_stops_the_search():
    with pytest.raises(TeamBuildCancelled):
        form_teams(mixed_pool(40, 20), rules(), cancelled=lambda: True)


def test_progress_reaches_the_end():
    seen = []
    form_teams(mixed_pool(12, 6), rules(), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]


@pytest.mark.parametrize("text", ["5-4", "0-3", "four", "4-5-6", ""])
def test_bad_size_ranges_are_refused(text):
    with pytest.raises(TeamRulesError, match="size range"):
        parse_size_range(text)


def test_more_mutually_apart_people_than_teams_is_reported_not_hidden():
    pool = mixed_pool(8, 4)
    apart = (("p00", "p01"), ("p01", "p02"), ("p00", "p02"))
    plan = form_teams(pool, rules(keep_apart=apart))
    assert_partition(plan, pool, 4, 4)
    broken = [m for m in plan.unmet if m.startswith("keep apart")]
    assert len(broken) == 1 and "both are in Team" in broken[0]
