"""The exact search for small pools: a mixed-integer programme solved by HiGHS (scipy.optimize.milp).

Variables: ``x[u,t]`` (unit u in team t), ``y[t,s]`` (team t has skill s), one variable per
score term and team, ``w[k,t]`` for tied unit pairs, and ``z``, the weakest score. Two
solves make the objective lexicographic: first ``max z``, then ``max Σ score_t`` with
``z`` held at its optimum. Interchangeable teams (same challenge, nobody locked) are ordered
by their lowest unit, which removes their symmetry without cutting off any plan.
"""

from __future__ import annotations

import contextlib
import os
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from matchmaker.teams.constraints import Instance
from matchmaker.teams.scoring import TeamScorer

__all__ = ["solve_exact", "EXACT_LIMIT"]

#: Pools larger than this are refused: the model grows with participants × teams × skills.
EXACT_LIMIT = 60


@contextlib.contextmanager
def _quiet_stdout():
    """HiGHS sometimes prints debug lines straight to file descriptor 1; keep ``--json`` output clean."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError):
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


class _Model:
    def __init__(self):
        self.n = 0
        self.lb: list[float] = []
        self.ub: list[float] = []
        self.integer: list[int] = []
        self.rows: list[tuple[dict[int, float], float, float]] = []

    def var(self, lb=0.0, ub=1.0, integer=False) -> int:
        self.lb.append(lb)
        self.ub.append(ub)
        self.integer.append(1 if integer else 0)
        self.n += 1
        return self.n - 1

    def row(self, coefs: dict[int, float], lb: float, ub: float) -> None:
        self.rows.append((coefs, lb, ub))

    def constraint(self) -> LinearConstraint:
        r, c, v = [], [], []
        for i, (coefs, _lb, _ub) in enumerate(self.rows):
            for j, value in coefs.items():
                r.append(i)
                c.append(j)
                v.append(value)
        matrix = coo_array((v, (r, c)), shape=(len(self.rows), self.n)).tocsr()
        return LinearConstraint(matrix, [row[1] for row in self.rows], [row[2] for row in self.rows])


def _build(inst: Instance, scorer: TeamScorer):  # noqa: C901
    m = _Model()
    units, teams = range(len(inst.units)), range(inst.n_teams)
    rules = inst.rules
    x = {(u, t): m.var(integer=True) for u in units for t in teams}
    for u in units:
        m.row({x[u, t]: 1.0 for t in teams}, 1, 1)
        if inst.lock[u] is not None:
            m.lb[x[u, inst.lock[u]]] = 1.0
        for v in inst.apart[u]:
            if u < v:
                for t in teams:
                    m.row({x[u, t]: 1.0, x[v, t]: 1.0}, -np.inf, 1)
    _break_symmetry(inst, m, x)
    n_skills = len(inst.skill_ids)
    holders = [[u for u in units if inst.mask[u] >> s & 1] for s in range(n_skills)]
    pairs = [(u, v, val) for (u, v), val in inst.pair.items()] if scorer.w_tie else []
    z = m.var(lb=-1.0, ub=1.0)
    score_rows = []
    for t in teams:
        m.row({x[u, t]: float(inst.size[u]) for u in units}, rules.min_size, rules.max_size)
        if inst.builder_rule:
            m.row({x[u, t]: 1.0 for u in units if inst.builder[u]}, 1, np.inf)
        score: dict[int, float] = {}
        const = 0.0
        y = {}
        for s in range(n_skills):
            if holders[s]:
                y[s] = m.var()
                m.row({y[s]: 1.0, **{x[u, t]: -1.0 for u in holders[s]}}, -np.inf, 0)
        required = [s for s in range(n_skills) if inst.slot_required[t] >> s & 1]
        if scorer.w_cov and required:
            for s in required:
                if s in y:
                    score[y[s]] = score.get(y[s], 0.0) + scorer.w_cov / len(required)
        elif scorer.w_cov:
            const += scorer.w_cov
        d = m.var()
        m.row({d: 1.0, **{y[s]: -1.0 / inst.breadth_norm for s in y}}, -np.inf, 0)
        score[d] = scorer.w_div
        if scorer.w_mix:
            mix = m.var()
            for bit in (1, 2):
                m.row({mix: 1.0, **{x[u, t]: -1.0 for u in units if inst.countries[u] & bit}}, -np.inf, 0)
            score[mix] = scorer.w_mix
        if scorer.w_exp:
            e = m.var()
            m.row(
                {e: 1.0, **{x[u, t]: -inst.experience[u] / inst.experience_norm for u in units}}, -np.inf, 0
            )
            score[e] = scorer.w_exp
        if scorer.w_tie:
            const += _tie_term(inst, scorer, m, x, t, pairs, score)
        score_rows.append((score, const))
        # z <= score_t
        m.row(
            {z: 1.0, **{j: -c / scorer.total_weight for j, c in score.items()}},
            -np.inf,
            const / scorer.total_weight,
        )
    return m, x, z, score_rows


def _tie_term(inst, scorer, m, x, t, pairs, score) -> float:
    """Adds the tie term of team t to ``score``; returns its constant part."""
    tie = {x[u, t]: inst.intra[u] for u in range(len(inst.units)) if inst.intra[u]}
    for u, v, val in pairs:
        w = m.var()
        if scorer.strangers:  # w >= x_u + x_v - 1 (pushed down by the objective)
            m.row({w: 1.0, x[u, t]: -1.0, x[v, t]: -1.0}, -1, np.inf)
        else:  # w <= x_u, w <= x_v (pushed up by the objective)
            m.row({w: 1.0, x[u, t]: -1.0}, -np.inf, 0)
            m.row({w: 1.0, x[v, t]: -1.0}, -np.inf, 0)
        tie[w] = tie.get(w, 0.0) + val
    if scorer.strangers:  # term = 1 - tie / K
        for j, c in tie.items():
            score[j] = score.get(j, 0.0) - scorer.w_tie * c / inst.tie_norm
        return scorer.w_tie
    r = m.var()
    m.row({r: 1.0, **{j: -c / inst.tie_norm for j, c in tie.items()}}, -np.inf, 0)
    score[r] = scorer.w_tie
    return 0.0


def _break_symmetry(inst: Instance, m: _Model, x) -> None:
    locked_teams = {t for t in inst.lock if t is not None}
    groups: dict[int, list[int]] = {}
    for t in range(inst.n_teams):
        if t not in locked_teams:
            groups.setdefault(inst.slot_required[t], []).append(t)
    free = [u for u in range(len(inst.units)) if inst.lock[u] is None]
    for slots in groups.values():
        for k, u in enumerate(free):
            for t in slots[k + 1 :]:
                m.ub[x[u, t]] = 0.0


def solve_exact(
    inst: Instance, *, time_limit: float = 60.0, known: float | None = None
) -> tuple[list[list[int]] | None, bool, float | None]:
    """Units per team slot of a best plan, whether HiGHS proved it optimal, and the proven upper
    bound on the weakest score (None: no plan exists).

    ``known`` is the weakest score of a plan already found (by the heuristic): a valid lower
    bound on ``z`` that lets HiGHS prune from the start.
    """
    scorer = TeamScorer(inst)
    m, x, z, score_rows = _build(inst, scorer)
    if known is not None:
        m.lb[z] = known - 1e-6
    constraints = m.constraint()
    integrality = np.array(m.integer)
    c = np.zeros(m.n)
    c[z] = -1.0
    options = {"time_limit": time_limit, "mip_rel_gap": 1e-7}
    with _quiet_stdout():
        first = milp(
            c, constraints=constraints, integrality=integrality, bounds=Bounds(m.lb, m.ub), options=options
        )
    if first.x is None:
        return None, first.status == 0, None
    proven = first.status == 0
    bound = float(first.x[z]) if proven else -float(getattr(first, "mip_dual_bound", None) or -1.0)
    lb = list(m.lb)
    lb[z] = float(first.x[z]) - 1e-7
    c = np.zeros(m.n)
    for score, _const in score_rows:
        for j, coef in score.items():
            c[j] -= coef / scorer.total_weight
    with _quiet_stdout():
        second = milp(
            c, constraints=constraints, integrality=integrality, bounds=Bounds(lb, m.ub), options=options
        )
    result = second if second.x is not None else first
    proven = proven and second.status == 0
    slots = [[u for u in range(len(inst.units)) if result.x[x[u, t]] > 0.5] for t in range(inst.n_teams)]
    return slots, proven, bound
