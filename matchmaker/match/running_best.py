"""The network's best pairs while every actor is still being ranked: a list that is right for
the actors ranked so far at every moment, cheap to ask for again and again.

Ranking every actor of a 100,000-actor network takes minutes on a laptop. A reader should not
stare at a progress bar meanwhile: the pairs found so far are worth showing, and they come
close to the final list early when the most promising actors are ranked first
(:mod:`~matchmaker.match.ranking_order`).

:class:`RunningBestPairs` keeps every pair's better direction (the final list needs them all)
and, beside it, a short list of the leaders: every pair scoring above a floor that rises as
pairs come in. Asking for the current list walks the leaders alone, so it costs what a few
thousand pairs cost, not what a million do; only when the per-actor cap leaves the leaders too
few does it walk every pair. Either way the answer is the one a walk over every pair gives.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence

__all__ = ["RunningBestPairs"]

LEADERS = 4000  # the leaders are cut back to this many when they reach twice as many


def _order(row) -> tuple:
    """A pair's place in the list: best score first, then by its two ids (ties in score are
    common between a pair's two directions and among near-copies)."""
    return (-row.score, row.actor, row.candidate)


class RunningBestPairs:
    """The ``limit`` best-scoring pairs among the rows added so far, each pair once (its better
    direction; of two directions scoring the same, the one whose ids come first), an actor at
    most ``per_actor`` times (no cap when None).

    Which rows came first changes nothing: the list depends only on the set of rows added.
    """

    def __init__(self, limit: int = 100, per_actor: int | None = None, leaders: int = LEADERS):
        self.limit, self.per_actor, self.keep = limit, per_actor, max(leaders, limit)
        self._best: dict[frozenset[str], object] = {}
        self._leaders: dict[frozenset[str], object] = {}
        self._floor = -math.inf  # every pair scoring above it is among the leaders

    def __len__(self) -> int:
        return len(self._best)

    def add(self, rows: Iterable) -> None:
        """Take ``rows`` (:class:`~matchmaker.match.all_pairs.PairRow`) into account."""
        best, leaders, floor = self._best, self._leaders, self._floor
        for row in rows:
            key = frozenset((row.actor, row.candidate))
            known = best.get(key)
            if known is not None and _order(known) <= _order(row):
                continue
            best[key] = row
            if row.score > floor:
                leaders[key] = row
        if len(leaders) >= 2 * self.keep:
            kept = heapq.nsmallest(self.keep, leaders.values(), key=_order)
            self._floor = kept[-1].score
            self._leaders = {frozenset((r.actor, r.candidate)): r for r in kept if r.score > self._floor}

    def pairs(self) -> list:
        """The best pairs so far, best first."""
        chosen, complete = self._walk(sorted(self._leaders.values(), key=_order))
        if complete:
            return chosen
        return self._walk(sorted(self._best.values(), key=_order))[0]

    def _walk(self, ordered: Sequence) -> tuple[list, bool]:
        """The list read off ``ordered`` rows, and whether it is the whole answer: it is when it
        is full, or when ``ordered`` holds every pair (no floor yet)."""
        cap, seen, chosen = self.per_actor, {}, []
        for row in ordered:
            if cap is not None and (seen.get(row.actor, 0) >= cap or seen.get(row.candidate, 0) >= cap):
                continue
            seen[row.actor] = seen.get(row.actor, 0) + 1
            seen[row.candidate] = seen.get(row.candidate, 0) + 1
            chosen.append(row)
            if len(chosen) == self.limit:
                return chosen, True
        return chosen, self._floor == -math.inf
