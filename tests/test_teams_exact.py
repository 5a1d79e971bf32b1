"""The exact MILP on pools small enough to check by hand or by enumeration, and the heuristic against it."""

from __future__ import annotations

from itertools import combinations

import pytest

from bench.bench_teams import generated_challenges, generated_pool
from matchmaker.teams import Challenge, Pool, TeamRules, form_teams, form_teams_exact, score_teams
from tests.teams_pools import COVERAGE_ONLY, mixed_pool, person


def best_by_enumeration(pool, rules, challenges=()):
    """The lexicographic best (weakest, total) over every split of 6 people into two teams of 3."""
    ids = [p.id for p in pool.participants]
    best = None
    for first in combinations(ids[1:], 2):
        team_a = [ids[0], *first]
        team_b = [a for a in ids if a not in team_a]
        for order in ((team_a, team_b), (team_b, team_a)):  # challenges differ per team slot
            objective = score_teams(pool, rules, order, challenges=challenges).objective
            best = objective if best is None or objective > best else best
    return best


def test_exact_pairs_the_two_halves_of_each_challenge():
    # two api people, two ux people, two fillers; both teams need api and ux: only one split covers both
    pool = Pool.of(
        [
            person("api1", "EE", "api"),
            person("api2", "UA", "api"),
            person("ux1", "EE", "ux"),
            person("ux2", "UA", "ux"),
            person("f1", "EE", "misc"),
            person("f2", "UA", "misc"),
        ]
    )
    rules = TeamRules(min_size=3, max_size=3, weights=COVERAGE_ONLY)
    plan = form_teams_exact(pool, rules, challenges=[Challenge("portal", ("api", "ux"))])
    assert plan.objective == (1.0, 2.0)
    for team in plan.teams:
        assert sum(a.startswith("api") for a in team.members) == 1
        assert sum(a.startswith("ux") for a in team.members) == 1


@pytest.mark.parametrize("mode", ["strangers", "ties", "ignore"])
def test_exact_matches_enumeration_with_every_term(mode):
    pool = Pool.of(
        [
            person("a", "EE", "api ux", experience=1.0),
            person("b", "EE", "api", experience=0.2),
            person("c", "UA", "data ux", experience=0.6),
            person("d", "UA", "cloud", experience=0.0),
            person("e", "EE", "ux cloud", experience=0.5),
            person("f", "EE", "misc", experience=0.9),
        ],
        ties=[("a", "b"), ("c", "e")],
    )
    rules = TeamRules(min_size=3, max_size=3, tie_mode=mode)
    challenges = [Challenge("portal", ("api", "ux", "data")), Challenge("cloud", ("cloud", "api"))]
    plan = form_teams_exact(pool, rules, challenges=challenges)
    expected = best_by_enumeration(pool, rules, challenges)
    assert plan.objective == pytest.approx(expected, abs=1e-6)
    assert form_teams(pool, rules, challenges=challenges).objective == pytest.approx(expected, abs=1e-6)


def test_exact_keeps_hard_rules():
    pool = mixed_pool(12, 6)
    rules = TeamRules(
        min_size=4,
        max_size=4,
        keep_apart=(("p00", "p06"),),
        keep_together=(("p01", "p02"),),
        locked={"p11": 2},
    )
    plan = form_teams_exact(pool, rules)
    assert plan.team_of("p00") != plan.team_of("p06")
    assert plan.team_of("p01") == plan.team_of("p02")
    assert plan.team_of("p11") == 2
    assert sorted(a for t in plan.teams for a in t.members) == sorted(p.id for p in pool.participants)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_heuristic_close_to_exact(seed):
    pool = generated_pool(16 + seed, seed)
    rules = TeamRules(min_size=4, max_size=5, tie_mode="strangers" if seed % 2 else "ties")
    challenges = generated_challenges(2, seed)
    exact = form_teams_exact(pool, rules, challenges=challenges, time_limit=30)
    heuristic = form_teams(pool, rules, challenges=challenges, seed=seed)
    assert heuristic.objective[0] >= exact.objective[0] * 0.98
    assert heuristic.objective[1] >= exact.objective[1] * 0.95


def test_exact_says_when_the_hard_rules_cannot_all_hold():
    pool = mixed_pool(8, 4)
    apart = (("p00", "p01"), ("p01", "p02"), ("p00", "p02"))
    plan = form_teams_exact(pool, TeamRules(min_size=4, max_size=4, keep_apart=apart))
    assert plan.teams == []
    assert plan.unmet == [
        "the hard rules (sizes, locks, keep-apart, keep-together, no team of only designers) "
        "cannot all hold together"
    ]


def test_exact_reports_its_bound():
    plan = form_teams_exact(mixed_pool(12, 6), TeamRules(min_size=4, max_size=4))
    assert plan.upper_bound == pytest.approx(plan.objective[0])
