"""Every actor's best partners at once: ``matchmaker recommend --all`` and the whole network's best pairs.

One fitted model ranks each actor in turn; the actors are shared out over forked worker
processes (the fitted model is inherited copy-on-write, not pickled), each returning compact
rows (candidate, score, band, relation; no explanations: those are for the one pair a reader
looks at). The scores are the very ones :meth:`PartnerRecommender.recommend` shows.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from typing import NamedTuple

from matchmaker.match.model import PartnerRecommender

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
    actor_ids: list[str] | None = None,
    *,
    top: int = 10,
    processes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    **filters,
) -> Iterator[PairRow]:
    """Each actor's ``top`` suggestions as rows, actor by actor (in ``actor_ids`` order).

    ``processes`` defaults to the machine's cores; 1 (or a platform without ``fork``) ranks in
    this process. ``progress(done, total)`` is called per chunk of actors; when ``cancelled()``
    turns true the workers are stopped and the iteration ends early.
    """
    global _MODEL, _OPTIONS
    ids = list(actor_ids) if actor_ids is not None else [a.id for a in model.index_.actors]
    fit_asked_relations(model, filters.get("kinds"))
    _MODEL, _OPTIONS = model, {"top": top, **filters}
    chunks = [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    processes = processes or os.cpu_count() or 1
    done = 0
    try:
        if processes <= 1 or len(chunks) <= 1 or not _fork_available():
            results = map(_rank_chunk, chunks)
            pool = None
        else:
            pool = multiprocessing.get_context("fork").Pool(processes)
            results = pool.imap(_rank_chunk, chunks)
        try:
            for chunk, rows in zip(chunks, results, strict=True):
                yield from rows
                done += len(chunk)
                if progress:
                    progress(done, len(ids))
                if cancelled and cancelled():
                    return
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
    finally:
        _MODEL, _OPTIONS = None, {}


def best_pairs(rows: Iterator[PairRow], limit: int = 100, per_actor: int | None = None) -> list[PairRow]:
    """The ``limit`` best-scoring pairs of the whole network, each pair once (the better direction).

    ``per_actor`` caps how often one actor may appear: a network's busiest investors would
    otherwise fill the whole list with each other, and a reader looking for the network's
    opportunities wants them spread over many actors."""
    best: dict[frozenset[str], PairRow] = {}
    for row in rows:
        key = frozenset((row.actor, row.candidate))
        if key not in best or row.score > best[key].score:
            best[key] = row
    ordered = sorted(best.values(), key=lambda r: (-r.score, r.actor, r.candidate))
    if per_actor is None:
        return ordered[:limit]
    seen: dict[str, int] = {}
    chosen = []
    for row in ordered:
        if seen.get(row.actor, 0) >= per_actor or seen.get(row.candidate, 0) >= per_actor:
            continue
        seen[row.actor] = seen.get(row.actor, 0) + 1
        seen[row.candidate] = seen.get(row.candidate, 0) + 1
        chosen.append(row)
        if len(chosen) == limit:
            break
    return chosen


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


def best_cross_border_pairs(
    model: PartnerRecommender,
    *,
    limit: int = 100,
    language: str | None = None,
    processes: int = 1,
    spawn_from=None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[BestPair] | None:
    """The ``limit`` best pairs of actors from different countries in the whole network, each
    with its first reason; None when ``cancelled()`` turned true.

    Every actor its audience may see asks for its top 10 from other countries (the app's
    default question); the best-scoring pairs are then explained one by one, by the very
    :meth:`PartnerRecommender.recommend` the Matches view shows. With ``spawn_from`` (a
    :class:`~matchmaker.match.spawned_pairs.KeptModelFile`) the actors are ranked on
    ``processes`` spawned workers opening the model from that file (for a program that must
    not fork: the app); without it, on ``processes`` forked ones.
    """
    asking = model.askers()
    if spawn_from is not None:
        from matchmaker.match.spawned_pairs import spawned_top_pairs

        ranked = spawned_top_pairs(
            model, asking, spawn_from, processes=processes, progress=progress, cancelled=cancelled
        )
    else:
        ranked = all_top_pairs(model, asking, processes=processes, progress=progress, cancelled=cancelled)
    rows = list(ranked)
    if cancelled is not None and cancelled():
        return None
    actors = {a.id: a for a in model.index_.actors}
    out = []
    for row in best_pairs(iter(rows), limit, per_actor=PER_ACTOR):
        found = {s.id: s for s in model.recommend(row.actor, language=language)}
        reasons = found[row.candidate].reasons if row.candidate in found else []
        a, b = actors[row.actor], actors[row.candidate]
        out.append(
            BestPair(
                a.id,
                a.name,
                a.country,
                b.id,
                b.name,
                b.country,
                row.score,
                row.band,
                reasons[0] if reasons else "",
            )
        )
    return out
