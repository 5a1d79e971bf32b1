"""Table numbers for the meetings of each slot.

The solvers decide who meets when; any free table serves. People are spared walking: a meeting
takes the table one of its people sat at in the slot before when it is free, else the lowest
free table. Meetings that already have a table (a repaired schedule) keep it.
"""

from __future__ import annotations

from matchmaker.meetings.problem import CandidatePair, Meeting

__all__ = ["assign_tables"]


def assign_tables(
    placed: list[tuple[CandidatePair, int]], tables: int, kept: dict[tuple[str, str], int] | None = None
) -> list[Meeting]:
    """Meetings (sorted by slot, then table) for ``(pair, slot)`` placements.

    ``kept`` maps ``(a, b)`` of meetings that keep their table.
    """
    kept = kept or {}
    by_slot: dict[int, list[CandidatePair]] = {}
    for pair, slot in placed:
        by_slot.setdefault(slot, []).append(pair)
    meetings: list[Meeting] = []
    previous: dict[str, int] = {}  # person -> table in the slot before
    for slot in sorted(by_slot):
        taken: dict[int, CandidatePair] = {}
        waiting = []
        for pair in by_slot[slot]:
            table = kept.get((pair.a, pair.b))
            if table is not None and table not in taken and table <= tables:
                taken[table] = pair
            else:
                waiting.append(pair)
        for pair in sorted(waiting, key=lambda p: (p.a, p.b)):
            wished = [previous[x] for x in (pair.a, pair.b) if x in previous and previous[x] not in taken]
            table = wished[0] if wished else min(t for t in range(1, tables + 1) if t not in taken)
            taken[table] = pair
        now: dict[str, int] = {}
        for table, pair in sorted(taken.items()):
            meetings.append(Meeting(slot, table, pair.a, pair.b, pair.kind))
            now[pair.a] = now[pair.b] = table
        previous = now
    return meetings
