"""Small hand-made pools for the team builder tests."""

from __future__ import annotations

from matchmaker.teams import Participant, Pool, ScoreWeights, TeamRules

COVERAGE_ONLY = ScoreWeights(coverage=1.0, diversity=0.0, mix=0.0, experience=0.0, ties=0.0)


def person(
    pid: str, country: str = "EE", skills: str = "", *, designer: bool = False, experience: float = 0.5
):
    return Participant(
        pid,
        pid.title(),
        country,
        frozenset(skills.split()),
        experience=experience,
        designer=designer,
        roles=("designer",) if designer else ("developer",),
    )


def mixed_pool(n: int = 12, ua: int = 6) -> Pool:
    """``n`` people, the first ``ua`` from Ukraine, skills rotating over six."""
    skills = ["api", "ux", "data", "security", "mobile", "cloud"]
    return Pool.of(
        [
            person(
                f"p{i:02d}",
                "UA" if i < ua else "EE",
                f"{skills[i % 6]} {skills[(i + 2) % 6]}",
                experience=(i % 4) / 3,
            )
            for i in range(n)
        ]
    )


def rules(**kw) -> TeamRules:
    return TeamRules(**{"min_size": 4, "max_size": 4, **kw})
