"""The fast schedule: greedy by value, then local improvement; and the repair after a cancellation.

The greedy takes pairs from the most valuable down (the rarer a pair's common free slots, the
sooner) and puts each into the slot that blocks the fewest still-waiting pairs of its two
people. The local search then tries, for every pair left out, three moves, most valuable
pair first: move the meetings in its way to other slots; push out meetings worth less than
it (they queue again); or, when one of its people is at the cap, drop that person's least
valuable meeting. A move is kept only if the total value rises, so the search ends.

The repair (``schedule.reschedule``) never moves a meeting that is still possible: agendas are
printed and people are on their way. It only fills the holes in the slots still to come.
"""

from __future__ import annotations

from collections.abc import Callable

from matchmaker.i18n import _
from matchmaker.meetings.board import Board
from matchmaker.meetings.problem import MeetingsCancelled

__all__ = ["greedy_fill", "improve", "priority_order"]


def priority_order(board: Board) -> list[int]:
    """Most valuable first; among equals, the pair with fewer common slots first (harder to place)."""
    return sorted(
        range(len(board.pairs)),
        key=lambda p: (-board.pairs[p].value, len(board.slots_of[p]), p),
    )


class _Pressure:
    """How many waiting pairs of a person could use each slot: the greedy avoids those slots."""

    def __init__(self, board: Board):
        self.board = board
        self.pairs_of: dict[str, list[int]] = {}
        for p, pair in enumerate(board.pairs):
            self.pairs_of.setdefault(pair.a, []).append(p)
            self.pairs_of.setdefault(pair.b, []).append(p)
        self.slot_sets = [set(slots) for slots in board.slots_of]

    def of(self, p: int, s: int) -> int:
        pair, board = self.board.pairs[p], self.board
        return sum(
            1
            for person in (pair.a, pair.b)
            for q in self.pairs_of[person]
            if q != p and q not in board.slot_of and s in self.slot_sets[q]
        )

    def best_slot(self, p: int, exclude: int | None = None) -> int | None:
        options = [s for s in self.board.free_slots(p) if s != exclude]
        return min(options, key=lambda s: (self.of(p, s), s)) if options else None


def greedy_fill(board: Board, order: list[int]) -> None:
    """Place each pair of ``order`` that still fits, in its least contested slot."""
    pressure = _Pressure(board)
    for p in order:
        if p not in board.slot_of:
            s = pressure.best_slot(p)
            if s is not None:
                board.place(p, s)


def _insert_moving_others(board: Board, pressure: _Pressure, p: int) -> bool:
    """Place ``p`` into a common slot after moving (or, if worth it, dropping) what is in the way."""
    value = board.pairs[p].value
    best: tuple[int, dict[int, int]] | None = None  # (gain, placement) of the best ejection
    for s in board.slots_of[p]:
        if s not in board.open_slots:
            continue
        in_way = board.blockers(p, s)
        if not in_way and board.used[s] >= board.rules.tables:
            movable = [q for q in board.placed_at(s) if q not in board.fixed]
            in_way = {min(movable, key=lambda q: board.pairs[q].value)} if movable else set()
        if not in_way or len(in_way) > 3 or in_way & board.fixed:
            continue
        before = board.snapshot()
        for q in in_way:
            board.remove(q)
        if not board.fits(p, s):
            board.restore(before)
            continue
        board.place(p, s)
        dropped = 0
        for q in sorted(in_way, key=lambda q: -board.pairs[q].value):
            moved_to = pressure.best_slot(q)
            if moved_to is None:
                dropped += board.pairs[q].value
            else:
                board.place(q, moved_to)
        if dropped == 0:
            return True
        if value - dropped > 0 and (best is None or value - dropped > best[0]):
            best = (value - dropped, board.snapshot())
        board.restore(before)
    if best is not None:
        board.restore(best[1])
        return True
    return False


def _insert_over_cap(board: Board, pressure: _Pressure, p: int) -> bool:
    """A person of ``p`` is at the cap: drop their least valuable meeting if ``p`` is worth more."""
    pair, value = board.pairs[p], board.pairs[p].value
    victims = []
    for person in (pair.a, pair.b):
        if board.count[person] < board.cap:
            continue
        cheaper = [
            q
            for q in board.slot_of
            if person in (board.pairs[q].a, board.pairs[q].b)
            and q not in board.fixed
            and q not in victims
            and board.pairs[q].value < value
        ]
        if not cheaper:
            return False
        victims.append(min(cheaper, key=lambda q: (board.pairs[q].value, q)))
    before, old_value = board.snapshot(), board.value()
    for q in victims:
        board.remove(q)
    placed = False
    if board.has_room(p):
        s = pressure.best_slot(p)
        if s is not None:
            board.place(p, s)
            placed = True
        else:
            placed = _insert_moving_others(board, pressure, p)
    if placed and board.value() > old_value:
        return True
    board.restore(before)
    return False


def improve(
    board: Board,
    order: list[int],
    *,
    max_rounds: int = 30,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Local search until no move helps (or ``max_rounds`` passes); returns the passes made."""
    pressure = _Pressure(board)
    for round_no in range(1, max_rounds + 1):
        if cancelled and cancelled():
            raise MeetingsCancelled(_("the schedule search was cancelled"))
        gained = False
        for p in order:
            if p in board.slot_of or not board.slots_of[p]:
                continue
            if board.has_room(p):
                s = pressure.best_slot(p)
                if s is not None:
                    board.place(p, s)
                    gained = True
                    continue
                gained |= _insert_moving_others(board, pressure, p)
            else:
                gained |= _insert_over_cap(board, pressure, p)
        if progress:
            progress(round_no, max_rounds)
        if not gained:
            return round_no
    return max_rounds
