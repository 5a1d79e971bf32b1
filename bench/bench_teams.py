"""Team builder benchmark: heuristic vs exact MILP, speed on large pools, and two baselines.

Run ``.venv/bin/python -m bench.bench_teams``; writes the ``teams`` section of bench/RESULTS.md.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from bench.results_file import machine_line, write_section
from matchmaker.teams import Challenge, Participant, Pool, TeamRules, form_teams, form_teams_exact

SKILLS = [f"s{i:02d}" for i in range(40)]


def generated_pool(n: int, seed: int, *, ua_share: float = 0.5) -> Pool:
    """``n`` people, skewed skill popularity (some skills rare), two countries, a few ties."""
    rng = random.Random(seed)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(SKILLS))]
    people = []
    for i in range(n):
        k = rng.randint(2, 5)
        skills = frozenset(rng.choices(SKILLS, weights=weights, k=k))
        roles = rng.choice(
            [("developer",), ("designer",), ("founder",), ("mentor",), ("developer", "expert"), ()]
        )
        people.append(
            Participant(
                f"p{i:04d}",
                f"Person {i}",
                "UA" if rng.random() < ua_share else "EE",
                skills,
                experience=round(rng.random(), 2),
                designer=roles == ("designer",),
                roles=roles,
            )
        )
    ties = set()
    for _i in range(n // 2):
        a, b = rng.sample(range(n), 2)
        ties.add((people[a].id, people[b].id))
    return Pool.of(people, ties)


def generated_challenges(n: int, seed: int) -> list[Challenge]:
    rng = random.Random(seed)
    return [Challenge(f"Challenge {c + 1}", tuple(rng.sample(SKILLS[:25], 4))) for c in range(n)]


# -- baselines ------------------------------------------------------------------------------------------
def random_teams(pool: Pool, n_teams: int, seed: int) -> list[list[str]]:
    ids = [p.id for p in pool.participants]
    random.Random(seed).shuffle(ids)
    return [ids[t::n_teams] for t in range(n_teams)]


def draft_teams(pool: Pool, n_teams: int, challenges: list[Challenge]) -> list[list[str]]:
    """Greedy snake draft: each team in turn picks whoever adds most of its challenge's skills."""
    left = list(pool.participants)
    teams: list[list] = [[] for _t in range(n_teams)]
    have = [set() for _t in range(n_teams)]
    order = list(range(n_teams))
    while left:
        for t in order:
            if not left:
                break
            need = set(challenges[t % len(challenges)].skills)
            best = max(left, key=lambda p: len((p.skills & need) - have[t]))
            left.remove(best)
            teams[t].append(best.id)
            have[t] |= best.skills
        order.reverse()
    return teams


def quality(pool: Pool, rules: TeamRules, teams: list[list[str]], challenges) -> dict:
    from matchmaker.teams import score_teams

    plan = score_teams(pool, rules, teams, challenges=challenges)
    countries = {p.id: p.country for p in pool.participants}
    coverage = [len(t.covers) / max(1, len(t.covers) + len(t.lacks)) for t in plan.teams]
    mixed = sum(1 for t in plan.teams if {countries[a] for a in t.members} >= {"EE", "UA"})
    return {
        "weakest_coverage": min(coverage),
        "mean_coverage": statistics.mean(coverage),
        "mixed": mixed / len(plan.teams),
        "weakest": plan.objective[0],
        "total": plan.objective[1],
    }


# -- the runs ----------------------------------------------------------------------------------------------
def gap_rows(n_pools: int, time_limit: float) -> tuple[list[str], dict]:
    rows, weakest_gaps, total_gaps, proven, h_times, e_times, bound_gaps = [], [], [], 0, [], [], []
    weakest_proven = 0
    for seed in range(n_pools):
        n = 20 + seed % 11
        pool = generated_pool(n, 100 + seed, ua_share=0.5 if seed % 4 else 0.3)
        rules = TeamRules(min_size=4, max_size=5, tie_mode=("strangers", "ties")[seed % 2])
        challenges = generated_challenges(3, seed) if seed % 3 else []
        start = time.perf_counter()
        heuristic = form_teams(pool, rules, challenges=challenges, seed=seed)
        h_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        exact = form_teams_exact(pool, rules, challenges=challenges, time_limit=time_limit)
        e_times.append(time.perf_counter() - start)
        optimal = not any("time limit" in m for m in exact.unmet)
        proven += optimal
        best_weakest = max(exact.objective[0], heuristic.objective[0])
        gap_w = (best_weakest - heuristic.objective[0]) / best_weakest
        bound = max(exact.upper_bound or best_weakest, best_weakest)
        weakest_proven += bound <= exact.objective[0] + 1e-6
        bound_gaps.append((bound - heuristic.objective[0]) / bound)
        gap_t = max(0.0, (exact.objective[1] - heuristic.objective[1]) / exact.objective[1])
        weakest_gaps.append(gap_w)
        total_gaps.append(gap_t)
        rows.append(
            f"| {seed} | {n} | {len(exact.teams)} | {rules.tie_mode} | {len(challenges) or '-'} | "
            f"{heuristic.objective[0]:.4f} | {exact.objective[0]:.4f}{'' if optimal else '*'} | "
            f"{bound:.4f} | {gap_w:.2%} | {gap_t:.2%} | {h_times[-1]:.2f} | {e_times[-1]:.1f} |"
        )
        print(rows[-1], flush=True)
    summary = {
        "median_gap": statistics.median(weakest_gaps),
        "worst_gap": max(weakest_gaps),
        "median_bound_gap": statistics.median(bound_gaps),
        "worst_bound_gap": max(bound_gaps),
        "median_total_gap": statistics.median(total_gaps),
        "worst_total_gap": max(total_gaps),
        "proven": proven,
        "weakest_proven": weakest_proven,
        "pools": n_pools,
        "h_median": statistics.median(h_times),
        "e_median": statistics.median(e_times),
    }
    return rows, summary


def speed(n: int, repeat: int) -> tuple[float, object]:
    from bench.results_file import median_time

    pool = generated_pool(n, 7)
    rules = TeamRules(min_size=5, max_size=5)
    challenges = generated_challenges(10, 1)
    result = {}

    def run():
        result["plan"] = form_teams(pool, rules, challenges=challenges)

    return median_time(run, repeat=repeat), result["plan"]


def baseline_rows(n: int, n_teams: int) -> list[str]:
    pool = generated_pool(n, 11, ua_share=0.35)
    challenges = generated_challenges(5, 3)
    rules = TeamRules(min_size=n // n_teams, max_size=-(-n // n_teams), teams=n_teams)
    heuristic = form_teams(pool, rules, challenges=challenges)
    results = {
        "random teams (mean of 20 seeds)": [
            quality(pool, rules, random_teams(pool, n_teams, s), challenges) for s in range(20)
        ],
        "greedy round-robin draft": [
            quality(pool, rules, draft_teams(pool, n_teams, challenges), challenges)
        ],
        "form_teams (heuristic)": [quality(pool, rules, [t.members for t in heuristic.teams], challenges)],
    }
    rows = []
    for name, runs in results.items():
        mean = {k: statistics.mean(r[k] for r in runs) for k in runs[0]}
        rows.append(
            f"| {n} → {n_teams} | {name} | {mean['weakest_coverage']:.0%} | {mean['mean_coverage']:.0%} | "
            f"{mean['mixed']:.0%} | {mean['weakest']:.3f} | {mean['total']:.2f} |"
        )
        print(rows[-1], flush=True)
    return rows


def main(argv: list[str]) -> None:
    n_pools = int(argv[0]) if argv else 24
    time_limit = float(argv[1]) if len(argv) > 1 else 30.0
    rows, summary = gap_rows(n_pools, time_limit)
    t500, plan500 = speed(500, 3)
    t2000, plan2000 = speed(2000, 1)
    print(f"500: {t500:.2f}s, 2000: {t2000:.2f}s", flush=True)
    baselines = baseline_rows(120, 25) + baseline_rows(500, 100)
    markdown = "\n".join(
        [
            "## Team builder (`bench/bench_teams.py`)",
            "",
            f"Machine: {machine_line()}. Generated pools: 40 skills with skewed popularity (rare skills exist), "
            "2-5 skills per person, EE/UA, one random tie per two people; challenges need 4 skills each.",
            "",
            f"### Heuristic vs exact MILP ({summary['pools']} pools of 20-30 participants, teams of 4-5)",
            "",
            f"Gap on the **weakest team's score** (the max-min objective): median **{summary['median_gap']:.2%}**, "
            f"worst **{summary['worst_gap']:.2%}**. Gap on the total (second objective): median "
            f"{summary['median_total_gap']:.2%}, worst {summary['worst_total_gap']:.2%}. "
            f"HiGHS proved the weakest score optimal on {summary['weakest_proven']} of {summary['pools']} pools and "
            f"both objectives on {summary['proven']} within {time_limit:.0f} s per solve "
            "(`*` = time limit hit: the gap is then against the best plan known; against HiGHS's proven upper "
            f"bound it is at most: median {summary['median_bound_gap']:.2%}, worst {summary['worst_bound_gap']:.2%}). "
            f"Median time: heuristic {summary['h_median']:.2f} s (12 seeded starts), exact {summary['e_median']:.1f} s.",
            "",
            "| pool | people | teams | tie rule | challenges | heuristic weakest | exact weakest | proven bound | "
            "gap weakest | gap total | heuristic s | exact s |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
            *rows,
            "",
            "### Speed (teams of exactly 5, 10 challenges)",
            "",
            "| participants | teams | time | weakest score | unmet |",
            "|---|---|---|---|---|",
            f"| 500 | {len(plan500.teams)} | {t500:.2f} s (median of 3) | {plan500.objective[0]:.3f} | "
            f"{len(plan500.unmet)} |",
            f"| 2000 | {len(plan2000.teams)} | {t2000:.2f} s | {plan2000.objective[0]:.3f} | {len(plan2000.unmet)} |",
            "",
            "### Against baselines (same pools, 5 challenges, 35 % of people from UA)",
            "",
            "| pool | method | weakest team's coverage | mean coverage | teams mixing EE+UA | weakest score | total |",
            "|---|---|---|---|---|---|---|",
            *baselines,
        ]
    )
    write_section("teams", markdown)


if __name__ == "__main__":
    main(sys.argv[1:])
