"""Learning several relations at once, one per core: the fit a kept model needs, in a wait a user accepts.

A model kept beside a 100,000-actor database answers every relation (partnerships,
investments, advice …), and learning each one from the network's history takes a minute or
more. The relations do not depend on each other (each draws its training lists from its own
seeded generator), so each is learnt on a forked worker that inherits the prepared model
copy-on-write and sends back only what was learnt: weights, bands and how they were chosen.
The parent then builds each relation's indexes itself, as a fit in one process would. The
weights are the very ones a fit one relation after the other gives (a test compares them).

Fork only: a worker must inherit the prepared model rather than receive it pickled; callers
that hold threads (the app) learn in their own process instead (``processes=1``).
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable

__all__ = ["learn_relations", "can_fork", "end_with_parent"]

_MODEL = None  # the prepared model a forked worker inherited
_REPORTS = None  # the queue a worker reports its progress on


def end_with_parent() -> None:
    """Make this worker end when the command that forked it ends, even by SIGKILL (Linux).

    A killed ``matchmaker recommend`` has no chance to close its pool; without this its workers
    would go on learning, unseen, for minutes. Elsewhere the pool's own clean-up is all there is.
    """
    import ctypes
    import os
    import signal

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux
        return
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


PR_SET_PDEATHSIG = 1  # prctl(2): the signal this process gets when its parent thread ends


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _learn_one(kind: str) -> tuple[str, tuple]:
    model, reports = _MODEL, _REPORTS
    _relation, maker = model._relation_and_maker(kind)

    def report(done: int, total: int) -> None:
        reports.put((kind, done, total))

    return kind, model._learn(kind, maker, report)


def learn_relations(
    model, kinds: list[str], processes: int, progress: Callable[[int, int], None] | None = None
) -> dict[str, tuple]:
    """What :meth:`PartnerRecommender._learn` gives for each of ``kinds``, learnt on ``processes``
    forked workers; ``progress(done, total)`` counts thousandths of the relations learnt."""
    global _MODEL, _REPORTS
    if not can_fork():
        return {kind: model._learn(kind, model._relation_and_maker(kind)[1]) for kind in kinds}
    context = multiprocessing.get_context("fork")
    _MODEL, _REPORTS = model, context.Queue()
    share = dict.fromkeys(kinds, 0.0)
    try:
        with context.Pool(min(processes, len(kinds)), initializer=end_with_parent) as pool:
            pending = pool.map_async(_learn_one, kinds, chunksize=1)
            while not pending.ready():
                try:
                    kind, done, total = _REPORTS.get(timeout=0.2)
                except queue.Empty:
                    continue
                share[kind] = done / max(total, 1)
                if progress is not None:
                    progress(int(1000 * sum(share.values())), 1000 * len(kinds))
            return dict(pending.get())
    finally:
        _REPORTS.close()
        _MODEL, _REPORTS = None, None
