"""How long work reported as "done of total" still needs, from its pace so far.

Ranking every actor of a 100,000-actor network takes minutes, and fitting the recommender
more than one; a bar alone does not tell a reader whether to wait or come back later. The
pace is taken from the first report on, not from the start of the work: the first step often
holds a start-up (worker processes opening the model) that the rest does not repeat. No
estimate is given until some seconds and some share of the work have been seen: an early
guess swings too far to help.
"""

from __future__ import annotations

import time

__all__ = ["MIN_SECONDS", "MIN_SHARE", "TimeLeft", "minutes_to_say"]

MIN_SECONDS = 3.0  # the pace is read over at least this long before anything is said
MIN_SHARE = 0.02  # nor before this share of the work is done


def _now() -> float:
    return time.monotonic()


class TimeLeft:
    """Seconds left of one piece of work, told each report of how far it got."""

    def __init__(self) -> None:
        self._first: tuple[float, int] | None = None  # the moment of the first report and what was done then
        self._last = 0  # what the last report said was done

    def reset(self) -> None:
        """A new piece of work begins: forget the pace of the last."""
        self._first, self._last = None, 0

    def seconds(self, done: int, total: int) -> float | None:
        """Seconds the rest of ``total`` steps will take at the pace since the first report
        (None while too little has been seen, or when the count went backwards: a new start)."""
        now = _now()
        if total <= 0:
            return None
        if self._first is None or done < self._last:
            self._first, self._last = (now, done), done
            return None
        self._last = done
        moment, first_done = self._first
        elapsed, progressed = now - moment, done - first_done
        if progressed <= 0 or elapsed < MIN_SECONDS or done < MIN_SHARE * total:
            return None
        return max(total - done, 0) * elapsed / progressed


def minutes_to_say(seconds: float) -> int:
    """The whole minutes a reader is told for ``seconds`` left, 0 meaning "less than a minute":
    one rule for the app's label and the CLI's progress line."""
    return 0 if seconds < 60 else round(seconds / 60)
