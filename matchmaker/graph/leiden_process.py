"""Leiden passes in a child process, for networks big enough that one pass freezes the window.

igraph keeps Python's interpreter lock for the whole of a Leiden pass: 3-6 s at 100,000 actors
on a loaded two-core machine, during which the window's thread cannot run (the 100,000-actor
UI test measured a 12 s freeze). A child process has a lock of its own; the parent only waits
on a pipe, which lets the window run, and Cancel ends the child at once instead of after the
pass. The child builds the same igraph graph (same vertices, ties in the same order, same
weights) and draws from the same seeded generator, so the clustering is the one the parent
would have found. Below :data:`CHILD_PROCESS_FROM` actors a pass takes well under a second and
the start of a process (~0.5 s) would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import numpy as np

from matchmaker.graph.steps import Steps

__all__ = ["CHILD_PROCESS_FROM", "leiden_in_child", "leiden_passes"]

CHILD_PROCESS_FROM = 20_000
_POLL_SECONDS = 0.1  # how often the waiting parent asks whether the user cancelled


class LeidenProcessError(RuntimeError):
    """The child process failed or ended without an answer."""


def leiden_in_child(
    n: int,
    sources: np.ndarray,
    targets: np.ndarray,
    weights: np.ndarray,
    *,
    resolution: float,
    seed: int,
    passes: int,
    steps: Steps,
) -> list[int]:
    """Membership after ``passes`` Leiden passes, one ``steps.advance()`` per pass.

    Raises :class:`~matchmaker.graph.steps.AnalysisCancelled` as soon as ``steps`` is cancelled
    (the child is killed); the child is never left running.
    """
    context = multiprocessing.get_context("spawn")  # no fork: the app has Qt and worker threads
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_run,
        args=(sender, n, sources, targets, weights, resolution, seed, passes),
        daemon=True,
    )
    child.start()
    sender.close()
    try:
        while True:
            steps.check()
            if receiver.poll(_POLL_SECONDS):
                try:
                    kind, value = receiver.recv()
                except EOFError:
                    raise LeidenProcessError("community detection ended without an answer") from None
                if kind == "pass":
                    steps.advance()
                elif kind == "done":
                    return value
                else:
                    raise LeidenProcessError(value)
            elif not child.is_alive() and not receiver.poll():
                raise LeidenProcessError("community detection ended without an answer")
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def leiden_passes(
    graph, *, resolution: float, seed: int, passes: int, after_pass: Callable[[], None]
) -> list[int]:
    """Membership after ``passes`` Leiden passes over the igraph ``graph`` (edge ``weight``), drawing
    from ``random.Random(seed)``; ``after_pass()`` after each (it may raise to stop).

    One pass per call, each starting from the last: the very clustering of one call with
    ``n_iterations=passes`` (same generator, same order), with a stop between passes. The window's
    process and the child both run this, so they find the same communities.
    """
    from matchmaker.graph._igraph import seeded

    membership = None
    with seeded(seed):
        for _ in range(passes):
            membership = graph.community_leiden(
                objective_function="modularity",
                weights="weight",
                resolution=resolution,
                n_iterations=1,
                initial_membership=membership,
            ).membership
            after_pass()
    return membership


def _run(sender, n, sources, targets, weights, resolution, seed, passes) -> None:
    try:
        import igraph as ig

        graph = ig.Graph(n=n, edges=np.column_stack([sources, targets]).tolist(), directed=False)
        graph.es["weight"] = np.asarray(weights, dtype=float).tolist()
        membership = leiden_passes(
            graph,
            resolution=resolution,
            seed=seed,
            passes=passes,
            after_pass=lambda: sender.send(("pass", None)),
        )
        sender.send(("done", membership))
    except Exception as error:  # the parent raises it; a traceback here would go nowhere
        sender.send(("error", f"community detection failed: {error!r}"))
    finally:
        sender.close()
