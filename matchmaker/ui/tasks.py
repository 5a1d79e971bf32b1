"""The one door for slow work: run a plain function off the UI thread (Anki's QueryOp idea).

``run_task(parent, fn, on_success=…, on_failure=…, on_progress=…)`` calls
``fn(progress, cancelled)`` on a worker thread. ``progress(done, total)`` and the result cross
back to the GUI thread through queued signals; workers never touch widgets. ``cancel()`` on
the returned :class:`Task` makes ``cancelled()`` return True inside ``fn``.

Two pools, as in Anki: database work runs on a single-worker pool (SQLite writes must not
interleave), CPU work (layout, scoring, team search) on another. A result that arrives after
the task's owner (``parent``) was deleted is dropped: callbacks never run on a dead widget.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

__all__ = ["Task", "run_task", "wait_for_all_tasks", "while_alive", "DB_POOL", "CPU_POOL"]

DB_POOL = "db"
CPU_POOL = "cpu"
_pools: dict[str, QThreadPool] = {}


def _pool(name: str) -> QThreadPool:
    if name not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1 if name == DB_POOL else 2)
        _pools[name] = pool
    return _pools[name]


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Task(QRunnable):
    """A running piece of work; keep a reference if you want to cancel it."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], object]):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._fn = fn
        self._cancel = threading.Event()
        self.done = threading.Event()
        # the latest (done, total) reported: a watcher connecting after the first reports (the
        # work started before it was handed over) misses their signals, not how far it got
        self.last_progress: tuple[int, int] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # on the worker thread
        def report(done: int, total: int) -> None:
            self.last_progress = (done, total)  # one attribute replaced whole
            self.signals.progress.emit(done, total)

        try:
            result = self._fn(report, self._cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, never swallowed
            error.formatted_traceback = traceback.format_exc()
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()
            self.signals.finished.emit()


_running: set[Task] = set()


def while_alive(owner: QObject, fn: Callable) -> Callable:
    """``fn``, but doing nothing once ``owner`` was deleted (a result may arrive after its window closed)."""

    def call(*args):
        if isValid(owner):
            return fn(*args)
        return None

    return call


def run_task(
    parent: QObject,
    fn: Callable[[Callable[[int, int], None], Callable[[], bool]], object],
    *,
    on_success: Callable[[object], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: str = CPU_POOL,
) -> Task:
    """Start ``fn(progress, cancelled)`` on a worker; callbacks run on the GUI thread.

    ``parent`` is the object the work belongs to: when it is destroyed the task is cancelled and
    its callbacks are dropped. The signals object lives on the GUI thread, so emissions from the
    worker are queued.
    """
    task = Task(fn)
    if on_success:
        task.signals.succeeded.connect(while_alive(parent, on_success))
    if on_failure:
        task.signals.failed.connect(while_alive(parent, on_failure))
    if on_progress:
        task.signals.progress.connect(while_alive(parent, on_progress))
    parent.destroyed.connect(task.cancel)
    task.signals.finished.connect(lambda: _running.discard(task))
    _running.add(task)
    _pool(pool).start(task)
    return task


def wait_for_all_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until every pool is idle (used at shutdown and by tests: no thread left running)."""
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values())
