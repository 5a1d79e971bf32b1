"""``form_teams`` and ``form_teams_exact``: the two doors to a :class:`TeamPlan`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from matchmaker.i18n import _
from matchmaker.teams.constraints import Instance, prepare
from matchmaker.teams.exact import EXACT_LIMIT, solve_exact
from matchmaker.teams.heuristic import search
from matchmaker.teams.problem import Challenge, Participant, Pool, TeamPlan, TeamRules, TeamRulesError
from matchmaker.teams.scoring import broken_rules, plan_from_units

__all__ = ["form_teams", "form_teams_exact"]


def _as_pool(pool: Pool | Iterable[Participant]) -> Pool:
    return pool if isinstance(pool, Pool) else Pool.of(pool)


def _finish(inst: Instance, slots: list[list[int]], extra: Sequence[str] = ()) -> TeamPlan:
    people = inst.pool.participants
    teams = [[people[i].id for u in units for i in inst.units[u]] for units in slots]
    kept = _kept_rules(inst)
    broken = broken_rules(inst.pool, kept, teams)
    return plan_from_units(inst, slots, [*extra, *broken])


def _kept_rules(inst: Instance) -> TeamRules:
    """The rules as the search kept them (dropped ones are already explained in ``unmet``)."""
    people = inst.pool.participants
    together = tuple((people[m[0]].id, people[i].id) for m in inst.units for i in m[1:])
    apart = tuple(
        (people[inst.units[u][0]].id, people[inst.units[v][0]].id)
        for u, others in enumerate(inst.apart)
        for v in others
        if u < v
    )
    return TeamRules(
        **{
            **{f: getattr(inst.rules, f) for f in inst.rules.__dataclass_fields__},
            "keep_together": together,
            "keep_apart": apart,
            "no_designer_only": inst.builder_rule,
        }
    )


def form_teams(
    pool: Pool | Iterable[Participant],
    rules: TeamRules,
    *,
    challenges: Sequence[Challenge] = (),
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TeamPlan:
    """Teams by the fast heuristic (reproducible for a given ``seed``); see docs/TEAMS.md.

    >>> people = [Participant(f"p{i}", f"P{i}", "EE" if i % 2 else "UA", frozenset({f"s{i % 3}"}))
    ...           for i in range(8)]
    >>> plan = form_teams(people, TeamRules(min_size=4, max_size=4))
    >>> [len(t.members) for t in plan.teams], plan.unmet
    ([4, 4], [])
    """
    inst = prepare(_as_pool(pool), rules, challenges)
    if not inst.feasible:
        return plan_from_units(inst, [])
    slots = search(inst, seed=seed, progress=progress, cancelled=cancelled)
    return _finish(inst, slots)


def form_teams_exact(
    pool: Pool | Iterable[Participant],
    rules: TeamRules,
    *,
    challenges: Sequence[Challenge] = (),
    time_limit: float = 60.0,
    known: float | None = None,
) -> TeamPlan:
    """The provably best plan (max-min, then total) by MILP; for pools of up to ``EXACT_LIMIT`` people.

    ``known``: the weakest score of a plan already found, to prune with. ``upper_bound`` of the
    answer is what HiGHS proved about the weakest score (equal to it when optimal).
    """
    pool = _as_pool(pool)
    if len(pool.participants) > EXACT_LIMIT:
        raise TeamRulesError(
            _("the exact search takes at most {n} participants, not {m}; use the fast search").format(
                n=EXACT_LIMIT, m=len(pool.participants)
            )
        )
    inst = prepare(pool, rules, challenges)
    if not inst.feasible:
        return plan_from_units(inst, [])
    slots, proven, bound = solve_exact(inst, time_limit=time_limit, known=known)
    if slots is None:
        return TeamPlan(
            [],
            [
                *inst.unmet,
                _(
                    "the hard rules (sizes, locks, keep-apart, keep-together, no team of "
                    "only designers) cannot all hold together"
                ),
            ],
            (0.0, 0.0),
        )
    extra = [] if proven else [_("the exact search hit its time limit; the plan may not be the best")]
    plan = _finish(inst, slots, extra)
    plan.upper_bound = bound
    return plan
