"""Which actors to rank next while every actor is ranked, a chunk at a time.

Ranking every actor of a 100,000-actor network takes minutes on a laptop, and the Best pairs tab
shows the best pairs among the actors ranked so far meanwhile. Which actors come first decides
how soon that list is close to the final one. The final list does not depend on it.

:class:`InOrder` hands out actors in the order given (``matchmaker recommend --all`` writes
them so). :class:`PromisingFirst` hands out first the actors named first (the list found
before: after an edit it mostly stays), then the actors the ranked ones suggested with the
highest score: a pair's other end, not ranked yet, is likely to head pairs as good. On the
real records and a generated network, in chunks as two workers take them, its list after a fifth
and after half of the actors holds more of the final pairs than the network's own order; no
order read off the network beforehand (most or fewest ties first) served everywhere. The
figures are in ``bench/RESULTS.md`` (``bench/bench_interim_pairs.py --orders``), not here: this
module is part of the kept Best pairs list's digest, so a docstring quoting each run's counts
would throw that list away after every re-measurement.

Workers ask for a chunk when they are free, so what a chunk's rows suggest steers the chunks
handed out after it, not the ones already out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["InOrder", "PromisingFirst", "order_of"]


class InOrder:
    """Actors handed out a chunk at a time in the order given; chunks lost with a worker are
    handed out again first (:meth:`again`)."""

    def __init__(self, actor_ids: Sequence[str]):
        self._ids = list(actor_ids)
        self._next = 0
        self._again: deque[str] = deque()

    def __len__(self) -> int:
        """How many actors there are to rank in all."""
        return len(self._ids)

    def next_chunk(self, size: int) -> list[str]:
        """Up to ``size`` actors not handed out yet; empty when every actor was."""
        chunk = self._from_again(size)
        taken = self._ids[self._next : self._next + size - len(chunk)]
        self._next += len(taken)
        return chunk + taken

    def saw(self, rows: Iterable) -> None:
        """Take a ranked chunk's rows (:class:`~matchmaker.match.all_pairs.PairRow`) into
        account; the order given needs none of them."""

    def again(self, actor_ids: Iterable[str]) -> None:
        """Hand ``actor_ids`` out again, before anyone else (their chunk was never ranked)."""
        self._again.extend(actor_ids)

    def _from_again(self, size: int) -> list[str]:
        return [self._again.popleft() for _ in range(min(size, len(self._again)))]


class PromisingFirst(InOrder):
    """The actors ``first`` names (each once, those not in ``actor_ids`` left out), then the
    actors the rows seen so far suggested with the highest score (ties: the order given), then
    the rest in the order given."""

    def __init__(self, actor_ids: Sequence[str], first: Iterable[str] = ()):
        super().__init__(actor_ids)
        self._position = {actor: i for i, actor in enumerate(self._ids)}
        self._ahead = deque(dict.fromkeys(a for a in first if a in self._position))
        self._promise = np.full(len(self._ids), -np.inf)  # best score suggested, while not handed out
        self._handed = np.zeros(len(self._ids), dtype=bool)

    def saw(self, rows: Iterable) -> None:
        position, promise, handed = self._position, self._promise, self._handed
        for row in rows:
            j = position.get(row.candidate)
            if j is not None and not handed[j] and row.score > promise[j]:
                promise[j] = row.score

    def next_chunk(self, size: int) -> list[str]:
        chunk = self._from_again(size)
        while self._ahead and len(chunk) < size:
            j = self._position[self._ahead.popleft()]
            if not self._handed[j]:
                chunk.append(self._hand(j))
        if len(chunk) < size:
            promising = np.flatnonzero(self._promise > -np.inf)
            best = promising[np.lexsort((promising, -self._promise[promising]))]
            chunk.extend(self._hand(j) for j in best[: size - len(chunk)].tolist())
        while len(chunk) < size and self._next < len(self._ids):
            j, self._next = self._next, self._next + 1
            if not self._handed[j]:
                chunk.append(self._hand(j))
        return chunk

    def _hand(self, j: int) -> str:
        self._handed[j] = True
        self._promise[j] = -np.inf
        return self._ids[j]


def order_of(actor_ids) -> InOrder:
    """``actor_ids`` as an order to hand out: an :class:`InOrder` of a list, an order as it is."""
    return actor_ids if isinstance(actor_ids, InOrder) else InOrder(actor_ids)
