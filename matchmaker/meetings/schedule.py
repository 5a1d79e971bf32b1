"""One call for front ends: plan a forum's meetings, or repair the plan when someone cancels.

``plan_meetings`` runs the fast heuristic, then (unless told not to) the exact MILP within a
time limit, and keeps the better schedule with the best proven bound. ``reschedule`` keeps
every meeting that is still possible exactly where it is and fills the holes in the slots to
come. ``first_come_schedule`` is the baseline a host would get by booking requests in the
order they arrived, each into its earliest free slot.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from matchmaker.i18n import _
from matchmaker.meetings.board import Board
from matchmaker.meetings.exact import solve_exact
from matchmaker.meetings.heuristic import greedy_fill, improve, priority_order
from matchmaker.meetings.problem import (
    Forum,
    ForumRules,
    Meeting,
    MeetingsCancelled,
    Schedule,
    Unscheduled,
    candidate_pairs,
)
from matchmaker.meetings.reasons import why_left_out
from matchmaker.meetings.tables import assign_tables

__all__ = ["plan_meetings", "reschedule", "first_come_schedule", "degree_bound", "describe_schedule"]

Progress = Callable[[int, int], None]


def degree_bound(board: Board) -> int:
    """A quick upper bound: each person's best possible meetings (half a meeting's value each),
    and no more meetings than slots × tables."""
    values_of: dict[str, list[int]] = {}
    usable = []
    for p, pair in enumerate(board.pairs):
        if board.slots_of[p]:
            usable.append(pair.value)
            values_of.setdefault(pair.a, []).append(pair.value)
            values_of.setdefault(pair.b, []).append(pair.value)
    per_person = 0.0
    for person, values in values_of.items():
        room = min(board.cap, len(board.present[person]))
        per_person += sum(sorted(values, reverse=True)[:room]) / 2
    by_tables = sum(sorted(usable, reverse=True)[: board.rules.slots * board.rules.tables])
    return math.floor(min(per_person, by_tables, sum(usable)) + 1e-9)


def _finish(
    board: Board,
    excluded: list[Unscheduled],
    bound: int | None,
    method: str,
    started: float,
    *,
    kept_tables: dict[tuple[str, str], int] | None = None,
    cancelled_pairs: frozenset[tuple[str, str]] = frozenset(),
) -> Schedule:
    placed = [(board.pairs[p], s) for p, s in board.slot_of.items()]
    meetings = assign_tables(placed, board.rules.tables, kept_tables)
    left_out = []
    for p, pair in enumerate(board.pairs):
        if p not in board.slot_of:
            why = "cancelled" if (pair.a, pair.b) in cancelled_pairs else why_left_out(board, p)
            left_out.append(Unscheduled(pair.a, pair.b, pair.kind, why))
    value = board.value()
    if bound is not None:
        bound = max(bound, value)
    return Schedule(
        meetings=meetings,
        unscheduled=left_out + excluded,
        objective=value,
        bound=bound,
        optimal=bound is not None and value >= bound,
        method=method,
        seconds=time.perf_counter() - started,
    )


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled and cancelled():
        raise MeetingsCancelled(_("the schedule search was cancelled"))


def plan_meetings(
    forum: Forum,
    rules: ForumRules,
    *,
    exact: bool = True,
    time_limit: float = 20.0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Schedule:
    """The most valuable schedule found (see ``kinds.py`` for the values), with its bound.

    ``time_limit`` bounds the exact search in seconds (it cannot be interrupted sooner;
    ``cancelled`` is checked between the phases and during the heuristic).
    """
    started = time.perf_counter()
    pairs, excluded = candidate_pairs(forum)
    board = Board(forum, rules, pairs)
    order = priority_order(board)
    greedy_fill(board, order)
    if progress:
        progress(1, 3)
    improve(board, order, cancelled=cancelled)
    if progress:
        progress(2, 3)
    bound = degree_bound(board)
    method = "heuristic"
    if exact and pairs and board.value() < bound:
        _check(cancelled)
        result = solve_exact(Board(forum, rules, pairs), time_limit=time_limit)
        if result.bound is not None:
            bound = min(bound, result.bound)
        if result.placement is not None and sum(pairs[p].value for p in result.placement) > board.value():
            board.restore(result.placement)
            method = "exact"
    if progress:
        progress(3, 3)
    return _finish(board, excluded, bound, method, started)


def reschedule(
    forum: Forum,
    rules: ForumRules,
    previous: list[Meeting],
    *,
    from_slot: int = 1,
    previous_bound: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Schedule:
    """Repair ``previous`` for a changed ``forum`` (someone absent, a new *no*).

    Meetings before ``from_slot`` are history and stay. Later ones stay in their slot and at
    their table whenever still possible; only the freed places are filled, by the fast search.
    ``previous_bound``, the bound of the schedule being repaired, still holds when the change
    only took options away (an absence), and is usually much tighter than the quick bound.
    """
    started = time.perf_counter()
    pairs, excluded = candidate_pairs(forum)
    board = Board(forum, rules, pairs)
    index = {(pair.a, pair.b): p for p, pair in enumerate(pairs)}
    kept_tables, dropped = {}, set()
    for meeting in sorted(previous, key=lambda m: (m.slot, -m.value)):
        p = index.get((meeting.a, meeting.b), index.get((meeting.b, meeting.a)))
        if p is None:
            continue  # no longer asked for (a new "no"): reported among the excluded pairs
        s = meeting.slot
        past = s < from_slot
        possible = (s in board.slots_of[p] or past) and s <= rules.slots and board.has_room(p)
        if possible and not board.blockers(p, s) and board.used[s] < rules.tables:
            board.place(p, s)
            board.fixed.add(p)
            kept_tables[(pairs[p].a, pairs[p].b)] = meeting.table
        else:
            dropped.add((pairs[p].a, pairs[p].b))
    board.open_slots = set(range(max(1, from_slot), rules.slots + 1))
    order = priority_order(board)
    greedy_fill(board, order)
    improve(board, order, cancelled=cancelled)
    bound = degree_bound(board)
    return _finish(
        board,
        excluded,
        bound if previous_bound is None else min(bound, previous_bound),
        "repair",
        started,
        kept_tables=kept_tables,
        cancelled_pairs=frozenset(dropped),
    )


def first_come_schedule(forum: Forum, rules: ForumRules) -> Schedule:
    """Requests booked in the order they came (``forum.picks`` order), each in its earliest free slot."""
    started = time.perf_counter()
    pairs, excluded = candidate_pairs(forum)
    board = Board(forum, rules, pairs)
    index = {frozenset((pair.a, pair.b)): p for p, pair in enumerate(pairs)}
    for who, whom in forum.picks:
        p = index.get(frozenset((who, whom)))
        if p is not None and p not in board.slot_of:
            free = board.free_slots(p)
            if free:
                board.place(p, free[0])
    return _finish(board, excluded, degree_bound(board), "first-come", started)


def describe_schedule(
    forum: Forum, rules: ForumRules, meetings: list[Meeting], *, bound: int | None, method: str
) -> Schedule:
    """A stored schedule as a :class:`Schedule`: its value and the requested pairs it leaves out, and why."""
    started = time.perf_counter()
    pairs, excluded = candidate_pairs(forum)
    board = Board(forum, rules, pairs)
    index = {(pair.a, pair.b): p for p, pair in enumerate(pairs)}
    tables = {}
    for meeting in meetings:
        p = index.get((meeting.a, meeting.b), index.get((meeting.b, meeting.a)))
        if p is not None and p not in board.slot_of and meeting.slot <= rules.slots:
            board.place(p, meeting.slot)
            tables[(pairs[p].a, pairs[p].b)] = meeting.table
    return _finish(board, excluded, bound, method, started, kept_tables=tables)
