"""Progress and stopping for the long analytics (communities, brokers) on a big network.

At 100,000 actors finding communities or brokers takes tens of seconds, and the user must be able
to see how far it is and stop it. Each such function takes ``progress(done, total)`` and
``cancelled() -> bool`` callbacks, as every long task of the app does; :class:`Steps` carries the
two, reports each finished step and raises :class:`AnalysisCancelled` at the next check once
``cancelled()`` says so. Nothing half-computed is kept: the exception leaves the function before
anything is remembered beside the graph.
"""

from __future__ import annotations

from collections.abc import Callable

from matchmaker.errors import MatchmakerError

__all__ = ["AnalysisCancelled", "Steps"]


class AnalysisCancelled(MatchmakerError):
    """The user stopped an analysis; no result was kept."""


class Steps:
    """``total`` steps reported through ``progress`` as they finish; :meth:`check` raises once cancelled.

    Examples
    --------
    >>> seen = []
    >>> steps = Steps(3, progress=lambda done, total: seen.append((done, total)))
    >>> steps.advance(); steps.advance(2); seen
    [(1, 3), (3, 3)]
    >>> Steps(1, cancelled=lambda: True).check()
    Traceback (most recent call last):
    ...
    matchmaker.graph.steps.AnalysisCancelled
    """

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ):
        self.total, self.done = max(int(total), 1), 0
        self._progress, self._cancelled = progress, cancelled

    def cancelled(self) -> bool:
        """Whether the caller asked to stop (for handing on to a part of the work)."""
        return self._cancelled is not None and bool(self._cancelled())

    def check(self) -> None:
        """Raise :class:`AnalysisCancelled` when the caller asked to stop."""
        if self.cancelled():
            raise AnalysisCancelled

    def advance(self, count: int = 1) -> None:
        """``count`` more steps are done: report them, then stop here if asked to."""
        self.reach(self.done + count)

    def reach(self, done: int) -> None:
        """``done`` steps are done in all: report it, then stop here if asked to."""
        self.done = min(max(int(done), 0), self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()
