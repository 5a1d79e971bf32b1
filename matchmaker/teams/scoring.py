"""The team score both searches maximise, and the check of a finished plan against the rules.

A team's score is a weighted mean of terms in [0, 1] (docs/TEAMS.md)::

    coverage   = |required skills the team has| / |required skills|
    diversity  = min(1, |distinct skills| / B)          B = mean skills per person × min size / 2
    mix        = 1 if the team has someone from both countries else 0
    experience = min(1, team experience / (pool experience / number of teams))
    ties       = 1 - internal ties / C(max size, 2)     ("mix strangers")
               = min(1, Σ closeness of member pairs / C(min size, 2))   ("use ties")

Every term is linear or a minimum of linear pieces in the assignment, so the exact MILP
(``exact.py``) optimises the very same number the heuristic does.
"""

from __future__ import annotations

from collections.abc import Sequence

from matchmaker.i18n import _
from matchmaker.teams.constraints import Instance, prepare
from matchmaker.teams.problem import Challenge, PlannedTeam, Pool, TeamPlan, TeamRules

__all__ = ["TeamScorer", "broken_rules", "plan_from_units", "score_teams"]


class TeamScorer:
    """Scores teams given as lists of unit indices of an :class:`Instance`."""

    def __init__(self, inst: Instance):
        self.inst = inst
        w = inst.rules.weights
        self.w_cov = w.coverage if any(inst.slot_required) else 0.0
        self.w_div = w.diversity
        self.w_mix = w.mix if inst.mix_active else 0.0
        self.w_exp = w.experience if inst.experience_norm > 0 else 0.0
        self.w_tie = w.ties if inst.rules.tie_mode != "ignore" else 0.0
        self.total_weight = (self.w_cov + self.w_div + self.w_mix + self.w_exp + self.w_tie) or 1.0
        self.n_required = [r.bit_count() for r in inst.slot_required]
        self.strangers = inst.rules.tie_mode == "strangers"
        self.pair = dict(inst.pair)
        self.pair.update({(b, a): v for (a, b), v in inst.pair.items()})

    def score(self, units: Sequence[int], slot: int) -> float:
        inst = self.inst
        mask = countries = 0
        experience = tie = 0.0
        for u in units:
            mask |= inst.mask[u]
            countries |= inst.countries[u]
            experience += inst.experience[u]
            tie += inst.intra[u]
        total = self.w_div * min(1.0, mask.bit_count() / inst.breadth_norm)
        if self.w_cov and self.n_required[slot]:
            total += self.w_cov * (mask & inst.slot_required[slot]).bit_count() / self.n_required[slot]
        elif self.w_cov:
            total += self.w_cov
        if self.w_mix and countries == 3:
            total += self.w_mix
        if self.w_exp:
            total += self.w_exp * min(1.0, experience / inst.experience_norm)
        if self.w_tie:
            pair = self.pair
            for i, u in enumerate(units):
                for v in units[i + 1 :]:
                    tie += pair.get((u, v), 0.0)
            if self.strangers:
                total += self.w_tie * (1.0 - min(1.0, tie / inst.tie_norm))
            else:
                total += self.w_tie * min(1.0, tie / inst.tie_norm)
        return total / self.total_weight

    def valid(self, units: Sequence[int]) -> bool:
        """Whether a team of these units keeps the hard rules (size, keep-apart, not only designers)."""
        inst = self.inst
        size = sum(inst.size[u] for u in units)
        if not inst.rules.min_size <= size <= inst.rules.max_size:
            return False
        if inst.builder_rule and not any(inst.builder[u] for u in units):
            return False
        return not any(inst.apart[u].intersection(units) for u in units)


def _team_names(inst: Instance) -> list[str]:
    return [_("Team {n}").format(n=t + 1) for t in range(inst.n_teams)]


def plan_from_units(
    inst: Instance, slots: Sequence[Sequence[int]], extra_unmet: Sequence[str] = ()
) -> TeamPlan:
    """The plan for units placed in team slots, with scores, covers/lacks and the unmet rules."""
    if not inst.feasible:
        return TeamPlan([], list(inst.unmet), (0.0, 0.0))
    scorer = TeamScorer(inst)
    people = inst.pool.participants
    teams = []
    for t, units in enumerate(slots):
        members = [people[i].id for u in units for i in inst.units[u]]
        have = 0
        for u in units:
            have |= inst.mask[u]
        required = inst.slot_required[t]
        covers = [s for b, s in enumerate(inst.skill_ids) if required >> b & 1 and have >> b & 1]
        lacks = [s for b, s in enumerate(inst.skill_ids) if required >> b & 1 and not have >> b & 1]
        locked = [people[i].id for u in units if inst.lock[u] == t for i in inst.units[u]]
        challenge = inst.slot_challenge[t]
        teams.append(
            PlannedTeam(
                _team_names(inst)[t],
                members,
                round(scorer.score(units, t), 6),
                covers,
                lacks,
                challenge.name if challenge else None,
                locked,
            )
        )
    scores = [team.score for team in teams]
    objective = (min(scores), round(sum(scores), 6)) if scores else (0.0, 0.0)
    unmet = list(inst.unmet) + list(extra_unmet) + _mix_shortfall(inst, slots)
    return TeamPlan(teams, unmet, objective)


def _mix_shortfall(inst: Instance, slots: Sequence[Sequence[int]]) -> list[str]:
    if not inst.rules.mix_countries:
        return []
    unmixed = sum(1 for units in slots if _countries(inst, units) != 3)
    if not unmixed:
        return []
    first, second = inst.rules.countries
    people = inst.pool.participants
    counts = {c: sum(1 for p in people if p.country == c) for c in (first, second)}
    scarce = min(counts, key=counts.get)
    if counts[scarce] < inst.n_teams:
        why = _("only {k} participants come from {c}, for {n} teams").format(
            k=counts[scarce], c=scarce, n=inst.n_teams
        )
    else:
        why = _(
            "the hard rules (locks, keep-together, keep-apart, sizes) left no arrangement that mixes every team"
        )
    return [
        _("{m} of {n} teams do not mix {a} and {b}: {why}").format(
            m=unmixed, n=inst.n_teams, a=first, b=second, why=why
        )
    ]


def _countries(inst: Instance, units: Sequence[int]) -> int:
    bits = 0
    for u in units:
        bits |= inst.countries[u]
    return bits


def score_teams(
    pool: Pool, rules: TeamRules, teams: Sequence[Sequence[str]], *, challenges: Sequence[Challenge] = ()
) -> TeamPlan:
    """Score an arrangement the host made by hand (after a drag and drop) and list the rules it breaks.

    ``rules.locked`` marks which members are locked (they are where the host put them).
    """
    free = TeamRules(
        **{
            **{f: getattr(rules, f) for f in rules.__dataclass_fields__},
            "keep_together": (),
            "keep_apart": (),
            "locked": {},
        }
    )
    inst = prepare(pool, free, challenges, n_teams=len(teams))
    index = {p.id: i for i, p in enumerate(pool.participants)}
    slots = [[index[a] for a in members if a in index] for members in teams]
    broken = broken_rules(pool, rules, teams)
    plan = plan_from_units(inst, slots, broken)
    for t, team in enumerate(plan.teams):
        team.locked = [a for a in team.members if rules.locked.get(a) == t]
    return plan


def broken_rules(pool: Pool, rules: TeamRules, teams: Sequence[Sequence[str]]) -> list[str]:
    names = {p.id: p.name for p in pool.participants}
    where = {a: t for t, members in enumerate(teams) for a in members}
    broken = []
    for t, members in enumerate(teams):
        if not rules.min_size <= len(members) <= rules.max_size:
            broken.append(
                _("Team {t} has {n} members, outside {low}–{high}").format(
                    t=t + 1, n=len(members), low=rules.min_size, high=rules.max_size
                )
            )
        designers = {p.id for p in pool.participants if p.designer}
        if rules.no_designer_only and members and all(a in designers for a in members):
            broken.append(_("Team {t} has only designers").format(t=t + 1))
    for a, b in rules.keep_apart:
        if a in where and where.get(a) == where.get(b):
            broken.append(
                _("keep apart {a} and {b}: both are in Team {t}").format(
                    a=names.get(a, a), b=names.get(b, b), t=where[a] + 1
                )
            )
    for a, b in rules.keep_together:
        if a in where and b in where and where[a] != where[b]:
            broken.append(
                _("keep together {a} and {b}: they are in Team {s} and Team {t}").format(
                    a=names.get(a, a), b=names.get(b, b), s=where[a] + 1, t=where[b] + 1
                )
            )
    return broken
