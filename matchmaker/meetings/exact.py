"""The exact schedule: a mixed-integer programme solved by HiGHS (``scipy.optimize.milp``).

One binary ``x[p,s]`` per requested pair ``p`` and slot ``s`` both its people are present::

    maximise   Σ value_p · x[p,s]
    subject to Σ_s x[p,s] ≤ 1                       each pair meets at most once
               Σ_{p touching u} x[p,s] ≤ 1          per unit u (a person, or a whole delegation) and slot
               Σ_p x[p,s] ≤ tables                  per slot
               Σ_{p ∋ i, s} x[p,s] ≤ cap            per person

Slots nobody tells apart (the same pairs can use them) are interchangeable; ordering them by
the value they hold removes that symmetry without cutting off any schedule. HiGHS reports
the best value found and a proven upper bound; the values are integers, so the bound is
rounded down. The same model with ``x`` continuous is the LP bound the fast path reports.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from matchmaker.meetings.board import Board

__all__ = ["ExactResult", "solve_exact", "lp_bound"]


@contextlib.contextmanager
def _quiet_stdout():
    """HiGHS may print straight to file descriptor 1; keep ``--json`` output one clean document."""
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


class ExactResult:
    """``placement`` (pair -> slot) of the best schedule found (None: none), its bound, and proof."""

    def __init__(self, placement: dict[int, int] | None, bound: int | None, optimal: bool):
        self.placement, self.bound, self.optimal = placement, bound, optimal


def _model(board: Board):
    var: dict[tuple[int, int], int] = {}
    for p, slots in enumerate(board.slots_of):
        for s in slots:
            var[(p, s)] = len(var)
    rows: list[tuple[list[int], list[float], float]] = []

    def at_most(indices: list[int], limit: float, coefs: list[float] | None = None) -> None:
        if coefs is not None or len(indices) > limit:
            rows.append((indices, coefs or [1.0] * len(indices), limit))

    for p, slots in enumerate(board.slots_of):
        at_most([var[(p, s)] for s in slots], 1)
    by_unit_slot: dict[tuple[int, int], list[int]] = {}
    by_slot: dict[int, list[int]] = {}
    by_person: dict[str, list[int]] = {}
    for (p, s), j in var.items():
        for u in board.pair_units[p]:
            by_unit_slot.setdefault((u, s), []).append(j)
        by_slot.setdefault(s, []).append(j)
        by_person.setdefault(board.pairs[p].a, []).append(j)
        by_person.setdefault(board.pairs[p].b, []).append(j)
    for indices in by_unit_slot.values():
        at_most(indices, 1)
    for indices in by_slot.values():
        at_most(indices, board.rules.tables)
    for indices in by_person.values():
        at_most(indices, board.cap)
    _order_interchangeable_slots(board, var, at_most)
    return var, rows


def _order_interchangeable_slots(board: Board, var, at_most) -> None:
    """Slots that the same pairs can use hold non-increasing value, in slot order (symmetry breaking)."""
    users: dict[int, set[int]] = {s: set() for s in range(1, board.rules.slots + 1)}
    for p, s in var:
        users[s].add(p)
    classes: dict[frozenset[int], list[int]] = {}
    for s, pairs in users.items():
        classes.setdefault(frozenset(pairs), []).append(s)
    for pairs, slots in classes.items():
        for s, t in zip(slots, slots[1:], strict=False):
            indices = [var[(p, s)] for p in pairs] + [var[(p, t)] for p in pairs]
            coefs = [-float(board.pairs[p].value) for p in pairs] + [
                float(board.pairs[p].value) for p in pairs
            ]
            at_most(indices, 0, coefs)


def _solve(board: Board, *, integral: bool, time_limit: float):
    var, rows = _model(board)
    n = len(var)
    if n == 0:
        return var, None, 0.0, True
    r, c, v = [], [], []
    for i, (indices, coefs, _limit) in enumerate(rows):
        r.extend([i] * len(indices))
        c.extend(indices)
        v.extend(coefs)
    cost = np.zeros(n)
    for (p, _s), j in var.items():
        cost[j] = -board.pairs[p].value
    constraints = (
        [
            LinearConstraint(
                coo_array((v, (r, c)), shape=(len(rows), n)).tocsr(), -np.inf, [row[2] for row in rows]
            )
        ]
        if rows
        else []
    )
    options = {"time_limit": time_limit, "mip_rel_gap": 1e-6, "disp": False}
    with _quiet_stdout():
        result = milp(
            cost,
            constraints=constraints,
            integrality=np.full(n, 1 if integral else 0),
            bounds=Bounds(0, 1),
            options=options,
        )
    if not integral:
        return var, result.x, -float(result.fun) if result.x is not None else None, result.status == 0
    dual = getattr(result, "mip_dual_bound", None)
    bound = -float(dual) if dual is not None and np.isfinite(dual) else None
    return var, result.x, bound, result.status == 0


def solve_exact(board: Board, *, time_limit: float = 20.0) -> ExactResult:
    """Best schedule HiGHS finds within ``time_limit`` seconds, with its proven bound."""
    var, x, bound, optimal = _solve(board, integral=True, time_limit=time_limit)
    if x is None:
        return ExactResult(None if var else {}, None if var else 0, optimal and not var)
    placement = {p: s for (p, s), j in var.items() if x[j] > 0.5}
    value = sum(board.pairs[p].value for p in placement)
    if optimal:
        bound = value
    return ExactResult(placement, None if bound is None else max(value, math.floor(bound + 1e-6)), optimal)


def lp_bound(board: Board, *, time_limit: float = 20.0) -> int | None:
    """Upper bound on any schedule's value from the LP relaxation (None if HiGHS ran out of time)."""
    _var, _x, value, solved = _solve(board, integral=False, time_limit=time_limit)
    return math.floor(value + 1e-6) if solved and value is not None else None
