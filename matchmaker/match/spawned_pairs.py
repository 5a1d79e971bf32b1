"""Every actor's best partners on the machine's cores from a process that must not fork (the app).

Forking a process that runs Qt (or holds a database engine's threads) copies locks held by
threads that do not exist in the child: the child can hang or crash. So the app's "Best pairs"
ranking starts fresh (*spawned*) worker processes instead, and each opens the fitted model
from the file kept beside the database (:mod:`matchmaker.kept`): it is memory-mapped, so the
workers share the system's cached pages instead of each unpickling gigabytes sent to it.

A worker ranks only when the model it opened is the one the caller ranks with: the file is
kept under the very generation the caller's network was read at and the same code and
parameters (its header), and the learnt weights and bands of every relation asked about have
the same digest. Otherwise (no such file, a newer one written meanwhile) the ranking runs in
the calling process, as it would without cores to spare: the rows are the same either way.

Workers get chunks of actor ids over a pipe and send back compact rows (:class:`PairRow`). A
worker that dies (killed, out of memory) is not waited for: the workers are stopped and what
is left is ranked in the calling process — the reader gets the list asked for, only later.
Cancelling terminates the workers at once; none outlives the ranking (they are also daemons,
so none outlives the program).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import NamedTuple

from matchmaker.match.all_pairs import AHEAD, PairRow, all_top_pairs, fit_asked_relations, rank_actors
from matchmaker.match.model import PartnerRecommender
from matchmaker.match.ranking_order import InOrder, order_of

__all__ = ["KeptModelFile", "WorkersStarted", "kept_model_file", "spawned_top_pairs"]

CHUNK = 250  # actors per message: progress often enough, little pickling overhead
POLL_SECONDS = 0.1  # how often cancelling is looked at while the workers rank


class KeptModelFile(NamedTuple):
    """Where a worker finds the fitted model: the database's kept folder, the generation the
    model was fitted at and what else it depends on (:meth:`PartnerRecommender.kept_key`)."""

    db_file: Path
    generation: str
    depends_on: str


class WorkersStarted(NamedTuple):
    """How the ranking began: on workers or not, the seconds until every worker had opened the
    model (or one could not), and whether any worker found Qt imported (it must not be)."""

    on_workers: bool
    seconds: float
    imported_qt: bool


def kept_model_file(model: PartnerRecommender, db_file: Path | None) -> KeptModelFile | None:
    """The file ``model`` is kept in beside ``db_file``, when one is there for the very network
    ``model`` was fitted on (read at a known generation, unchanged since); else None."""
    from matchmaker.generation import generation_read_at
    from matchmaker.kept import kept_file_fits
    from matchmaker.match.service import KEPT_MODEL_NAME

    generation = generation_read_at(getattr(model, "net_", None))
    if db_file is None or generation is None:
        return None
    depends_on = model.kept_key()
    if not kept_file_fits(db_file, KEPT_MODEL_NAME, generation, depends_on=depends_on):
        return None
    return KeptModelFile(Path(db_file), generation, depends_on)


def model_digest(model: PartnerRecommender, relations: list[str]) -> str | None:
    """A digest of what ranking with ``relations`` learnt (weights and bands): two models with the
    same digest, features and network rank alike. None when ``model`` lacks one of them."""
    digest = hashlib.sha256(str(model.index_.n).encode())
    for kind in relations:
        fitted = model.relations_.get(kind)
        if fitted is None:
            return None
        digest.update(kind.encode())
        for name in sorted(fitted.weights):
            digest.update(name.encode())
            digest.update(fitted.weights[name].astype(float).tobytes())
        digest.update(repr(sorted(fitted.bands.items())).encode())
    return digest.hexdigest()


# -- in the worker ----------------------------------------------------------------------------------
def _open_model(source: KeptModelFile, relations: list[str], digest: str) -> PartnerRecommender | None:
    from matchmaker.kept import kept_value_read_only
    from matchmaker.match.service import KEPT_MODEL_NAME

    model = kept_value_read_only(
        source.db_file, KEPT_MODEL_NAME, source.generation, depends_on=source.depends_on
    )
    if not isinstance(model, PartnerRecommender) or model_digest(model, relations) != digest:
        return None
    return model


def _serve(connection: Connection, source: KeptModelFile, relations: list[str], digest: str, options: dict):
    """A worker: open the kept model, say whether it is the caller's, then rank chunks until told to stop."""
    model = _open_model(source, relations, digest)
    try:
        connection.send(("ready" if model is not None else "other model", "PySide6" in sys.modules))
        while model is not None and (message := connection.recv()) is not None:
            number, ids = message
            connection.send((number, rank_actors(model, ids, options)))
    except (EOFError, OSError):  # the caller is gone (it stopped, or died): so is the work
        return


# -- in the caller ----------------------------------------------------------------------------------
class _Workers:
    """Spawned workers, each with its pipe; :meth:`stop` terminates and reaps them all."""

    def __init__(self, count: int, source: KeptModelFile, relations: list[str], digest: str, options: dict):
        context = multiprocessing.get_context("spawn")
        self.processes, self.pipes = [], []
        self.imported_qt = False
        try:
            for _ in range(count):
                mine, theirs = context.Pipe()
                self.pipes.append(mine)
                process = context.Process(
                    target=_serve, args=(theirs, source, relations, digest, options), daemon=True
                )
                process.start()  # daemonic: stopped with this program however it ends
                theirs.close()
                self.processes.append(process)
        except BaseException:
            self.stop()
            raise

    def ready(self, cancelled: Callable[[], bool]) -> bool:
        """Whether every worker opened the caller's model (False as soon as one did not, died, or
        the caller cancelled)."""
        waiting = set(range(len(self.pipes)))
        while waiting:
            if cancelled():
                return False
            for number in list(waiting):
                if not self.pipes[number].poll(POLL_SECONDS / len(self.pipes)):
                    if not self.processes[number].is_alive():
                        return False
                    continue
                try:
                    answer, imported_qt = self.pipes[number].recv()
                except (EOFError, OSError):
                    return False
                self.imported_qt |= imported_qt
                if answer != "ready":
                    return False
                waiting.discard(number)
        return True

    def stop(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join()
        for pipe in self.pipes:
            pipe.close()


def _ranked_chunks(workers: _Workers, order: InOrder, handed: list[list[str]], cancelled: Callable[[], bool]):
    """``(number, rows)`` of each chunk as workers finish them (any order), chunks drawn from
    ``order`` as workers are free (and told to it, in ``handed``, numbered by place); stops early
    when ``cancelled()`` turns true, and at the first worker that dies (the caller ranks the rest)."""

    def hand_to(pipe: Connection) -> bool:
        chunk = order.next_chunk(CHUNK)
        if chunk:
            handed.append(chunk)
            pipe.send((len(handed) - 1, chunk))
        return bool(chunk)

    pending = 0
    for _round in range(AHEAD):
        for pipe in workers.pipes:
            pending += hand_to(pipe)
    by_sentinel = {p.sentinel: i for i, p in enumerate(workers.processes)}
    while pending:
        if cancelled():
            return
        for ready in wait([*workers.pipes, *by_sentinel], POLL_SECONDS):
            if ready in by_sentinel:
                if not workers.pipes[by_sentinel[ready]].poll():
                    return  # a worker died with work in hand
                continue
            try:
                number, rows = ready.recv()
            except (EOFError, OSError):
                return
            order.saw(rows)  # before the next chunk is drawn: it may steer it
            pending -= 1
            pending += hand_to(ready)
            yield number, rows


def spawned_top_pairs(
    model: PartnerRecommender,
    actor_ids: list[str] | InOrder,
    source: KeptModelFile,
    *,
    top: int = 10,
    processes: int,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    started: Callable[[WorkersStarted], None] | None = None,
    **filters,
) -> Iterator[PairRow]:
    """:func:`~matchmaker.match.all_pairs.all_top_pairs` (the same rows, in the order the actors
    are handed out) on ``processes`` spawned workers that open ``model`` from ``source``.

    ``started`` is told, once the workers have opened the model, whether they rank (else this
    process does, see the module's notes) and what starting them cost (:class:`WorkersStarted`).
    """
    cancelled = cancelled or (lambda: False)
    began = time.perf_counter()
    relations = fit_asked_relations(model, filters.get("kinds"))
    digest = model_digest(model, relations)
    options = {"top": top, **filters}
    order = order_of(actor_ids)
    total, chunks = len(order), -(-len(order) // CHUNK)
    workers = None
    if processes > 1 and chunks > 1 and digest is not None:
        try:
            workers = _Workers(min(processes, chunks), source, relations, digest, options)
        except OSError:  # no process could be started (limits, memory): rank here
            workers = None
    done = 0
    try:
        on_workers = workers is not None and workers.ready(cancelled)
        if started is not None:
            imported_qt = workers is not None and workers.imported_qt
            started(WorkersStarted(on_workers, time.perf_counter() - began, imported_qt))
        if cancelled():
            return
        finished: dict[int, list[PairRow]] = {}
        handed: list[list[str]] = []  # the chunks handed to workers, by number
        following = 0  # the next chunk to yield
        if on_workers:
            for number, rows in _ranked_chunks(workers, order, handed, cancelled):
                finished[number] = rows
                while following in finished:
                    yield from finished.pop(following)
                    done += len(handed[following])
                    following += 1
                    if progress:
                        progress(done, total)
            workers.stop()
            if cancelled():
                return
        order.again(actor for chunk in handed[following:] for actor in chunk)  # lost with a worker
        yield from all_top_pairs(
            model,
            order,
            top=top,
            processes=1,
            progress=None if progress is None else lambda more, _total: progress(done + more, total),
            cancelled=cancelled,
            **filters,
        )
    finally:
        if workers is not None:
            workers.stop()
