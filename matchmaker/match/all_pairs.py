"""Every actor's best partners at once: ``matchmaker recommend --all`` and the whole network's best pairs.

One fitted model ranks each actor in turn; the actors are shared out over forked worker
processes (the fitted model is inherited copy-on-write, not pickled), each returning compact
rows (candidate, score, band, relation; no explanations: those are for the one pair a reader
looks at). The scores are the very ones :meth:`PartnerRecommender.recommend` shows.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from typing import NamedTuple

from matchmaker.match.model import PartnerRecommender
from matchmaker.match.ranking_order import InOrder, PromisingFirst, order_of
from matchmaker.match.running_best import RunningBestPairs
from matchmaker.network_columns import actor_value

__all__ = [
    "BestPair",
    "PairRow",
    "all_top_pairs",
    "best_cross_border_pairs",
    "best_pairs",
    "fit_asked_relations",
    "rank_actors",
]

CHUNK = 250  # actors per task: progress often enough, little overhead
AHEAD = 2  # chunks out per worker before its first answer: none waits for its next
_MODEL: PartnerRecommender | None = None  # the fitted model a forked worker inherited
_OPTIONS: dict = {}


class PairRow(NamedTuple):
    """One suggestion of ``candidate`` to ``actor`` at ``rank`` (1 = best)."""

    actor: str
    rank: int
    candidate: str
    score: float
    band: str
    relation: str


def rank_actors(model: PartnerRecommender, ids: list[str], options: dict) -> list[PairRow]:
    """Each of ``ids``'s suggestions from ``model.top_pairs(actor, **options)`` as rows, in order."""
    rows = []
    for actor_id in ids:
        for rank, (candidate, score, band, relation) in enumerate(model.top_pairs(actor_id, **options), 1):
            rows.append(PairRow(actor_id, rank, candidate, score, band, relation))
    return rows


def _rank_chunk(ids: list[str]) -> list[PairRow]:
    return rank_actors(_MODEL, ids, _OPTIONS)


def fit_asked_relations(model: PartnerRecommender, kinds=None) -> list[str]:
    """Fit each relation a question about ``kinds`` can be about, here and once (not once per
    worker); returns their names."""
    one_of_each_kind: dict[int, int] = {}
    for q, kind in enumerate(model.index_.kind.tolist()):
        one_of_each_kind.setdefault(kind, q)
    asked = [model.relation_for(q, kinds) for q in one_of_each_kind.values()]
    for relation in asked:  # in the order they were always fitted in
        model.relation(relation)
    return sorted(set(asked))


def _fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def all_top_pairs(
    model: PartnerRecommender,
    actor_ids: list[str] | InOrder | None = None,
    *,
    top: int = 10,
    processes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    **filters,
) -> Iterator[PairRow]:
    """Each actor's ``top`` suggestions as rows, actor by actor, in the order the actors are
    handed out: ``actor_ids``' own order, or what an order
    (:mod:`~matchmaker.match.ranking_order`) makes of the rows seen so far.

    ``processes`` defaults to the machine's cores; 1 (or a platform without ``fork``) ranks in
    this process. ``progress(done, total)`` is called per chunk of actors; when ``cancelled()``
    turns true the workers are stopped and the iteration ends early.
    """
    global _MODEL, _OPTIONS
    order = order_of(actor_ids if actor_ids is not None else [a.id for a in model.index_.actors])
    fit_asked_relations(model, filters.get("kinds"))
    _MODEL, _OPTIONS = model, {"top": top, **filters}
    processes = processes or os.cpu_count() or 1
    done = 0
    pool = None
    try:
        if processes > 1 and len(order) > CHUNK and _fork_available():
            pool = multiprocessing.get_context("fork").Pool(processes)
            ranked = ranked_in_windows(
                order, AHEAD * processes, lambda c: pool.apply_async(_rank_chunk, (c,)).get
            )
        else:
            ranked = ranked_in_windows(order, 1, lambda c: partial(_rank_chunk, c))
        for chunk, rows in ranked:
            yield from rows
            done += len(chunk)
            if progress:
                progress(done, len(order))
            if cancelled and cancelled():
                return
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        _MODEL, _OPTIONS = None, {}


def ranked_in_windows(
    order: InOrder, window: int, start: Callable[[list[str]], Callable[[], list[PairRow]]]
) -> Iterator[tuple[list[str], list[PairRow]]]:
    """``(chunk, rows)`` of chunks drawn from ``order`` and started (``start(chunk)`` gives a call
    that waits for its rows), up to ``window`` out at once (so no worker waits), answered in the
    order handed out; the next is drawn only when one is answered, so the order sees the rows
    first."""
    out: deque = deque()

    def fill() -> None:
        while len(out) < window and (chunk := order.next_chunk(CHUNK)):
            out.append((chunk, start(chunk)))

    fill()
    while out:
        chunk, rows_of = out.popleft()
        rows = rows_of()
        order.saw(rows)
        fill()
        yield chunk, rows


def best_pairs(rows: Iterator[PairRow], limit: int = 100, per_actor: int | None = None) -> list[PairRow]:
    """The ``limit`` best-scoring pairs of the whole network, each pair once (the better direction).

    ``per_actor`` caps how often one actor may appear: a network's busiest investors would
    otherwise fill the whole list with each other, and a reader looking for the network's
    opportunities wants them spread over many actors."""
    running = RunningBestPairs(limit, per_actor)
    running.add(rows)
    return running.pairs()


class BestPair(NamedTuple):
    """One of the network's best pairs as a reader sees it: both ends, the band and why."""

    actor: str
    actor_name: str
    actor_country: str | None
    partner: str
    partner_name: str
    partner_country: str | None
    score: float
    band: str
    reason: str


PER_ACTOR = 2  # the best pairs list names one actor at most this often


INTERIM_SECONDS = 2.0  # the pairs found so far are told at most this often
ROWS_AT_ONCE = 2500  # rows taken in at once between two looks at the clock (~250 actors' lists)


def best_cross_border_pairs(
    model: PartnerRecommender,
    *,
    limit: int = 100,
    language: str | None = None,
    processes: int = 1,
    spawn_from=None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    first: Iterable[str] = (),
    interim: Callable[[list[BestPair], int, int], None] | None = None,
) -> list[BestPair] | None:
    """The ``limit`` best pairs of actors from different countries in the whole network, each
    with its first reason; None when ``cancelled()`` turned true.

    Every actor its audience may see asks for its top 10 from other countries (the app's
    default question); the best-scoring pairs are then explained one by one, by the very
    :meth:`PartnerRecommender.recommend` the Matches view shows. With ``spawn_from`` (a
    :class:`~matchmaker.match.spawned_pairs.KeptModelFile`) the actors are ranked on
    ``processes`` spawned workers opening the model from that file (for a program that must
    not fork: the app); without it, on ``processes`` forked ones.

    ``interim(pairs, ranked, total)`` is told the best pairs among the ``ranked`` actors
    ranked so far, of ``total`` (without reasons: explaining waits for the final list), as soon
    as the first are ranked, then every :data:`INTERIM_SECONDS` while the ranking runs. The
    actors ``first`` names (the list found before) are ranked first, then those the ranked
    ones suggested with the highest score (:class:`~matchmaker.match.ranking_order.PromisingFirst`):
    the list shown is soon close to the final one, at once after an edit. The final list does
    not depend on the order.
    """
    asking = PromisingFirst(model.askers(), first)
    ranked_so_far = [0]

    def progressed(done: int, total: int) -> None:
        ranked_so_far[0] = done
        if progress is not None:
            progress(done, total)

    if spawn_from is not None:
        from matchmaker.match.spawned_pairs import spawned_top_pairs

        ranked = spawned_top_pairs(
            model, asking, spawn_from, processes=processes, progress=progressed, cancelled=cancelled
        )
    else:
        ranked = all_top_pairs(model, asking, processes=processes, progress=progressed, cancelled=cancelled)
    running = RunningBestPairs(limit, PER_ACTOR)
    told_at = float("-inf")  # the first list as soon as the first actors are ranked
    while batch := list(islice(ranked, ROWS_AT_ONCE)):
        running.add(batch)
        if interim is not None and time.monotonic() - told_at >= INTERIM_SECONDS:
            interim(_named(model, running.pairs()), ranked_so_far[0], len(asking))
            told_at = time.monotonic()
    if cancelled is not None and cancelled():
        return None
    rows, out = running.pairs(), []
    for pair, row in zip(_named(model, rows), rows, strict=True):
        found = {s.id: s for s in model.recommend(row.actor, language=language)}
        reasons = found[row.candidate].reasons if row.candidate in found else []
        out.append(pair._replace(reason=reasons[0] if reasons else ""))
    return out


def _named(model: PartnerRecommender, rows: list[PairRow]) -> list[BestPair]:
    """``rows`` as pairs a reader sees (names and countries; no reason yet), read from the
    model's actor columns without making a record of any actor."""
    actors, position = model.index_.actors, model.index_.position

    def value(actor_id: str, name: str):
        return actor_value(actors, position[actor_id], name)

    return [
        BestPair(
            row.actor,
            value(row.actor, "name"),
            value(row.actor, "country"),
            row.candidate,
            value(row.candidate, "name"),
            value(row.candidate, "country"),
            row.score,
            row.band,
            "",
        )
        for row in rows
    ]
