"""The open database as the views see it: the network in memory, what changed, cached analyses.

One :class:`Session` per window. It loads the network off the UI thread, keeps the records
the views read, and after a mutation emits one signal that says *what* changed (Anki's
``operation_did_execute`` idea); each view decides whether it must refresh. Slow analyses
(communities, the recommender, chart data) are computed once per load through
:meth:`Session.compute` and cached until the network changes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from matchmaker.records import ActorRecord, DecisionRecord, NetworkData
from matchmaker.search import directory_key
from matchmaker.textnorm import fold
from matchmaker.ui.tasks import CPU_POOL, DB_POOL, Task, run_task

if TYPE_CHECKING:  # the store pulls in SQLAlchemy: imported off the start-up path
    from matchmaker.store import Store

__all__ = ["Session", "search_key", "load_for_views", "while_alive"]


def while_alive(owner: QObject, fn: Callable) -> Callable:
    """``fn``, but doing nothing once ``owner`` was deleted (a result may arrive after its window closed)."""

    def call(*args):
        if isValid(owner):
            return fn(*args)
        return None

    return call


def search_key(actor: ActorRecord) -> str:
    """What a directory search matches: the core's key (``matchmaker.search.directory_key``), so the
    Directory and ``matchmaker find`` fold scripts, old spellings and transliterations alike."""
    return directory_key(actor)


class LoadedNetwork(NamedTuple):
    net: NetworkData
    search_keys: list[str]  # aligned with net.actors
    name_keys: list[str]  # folded names, for sorting (Õ sorts with O, Київ with Kyiv)
    positions: dict[str, int]  # actor id -> index in net.actors


def load_for_views(store: Store) -> LoadedNetwork:
    """The network and each actor's search key, both made on the worker (folding 100k names takes a while).

    The garbage collector is paused meanwhile: a full collection over hundreds of thousands of fresh
    objects holds the GIL for a few hundred milliseconds, and the UI thread would wait for it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        net = store.load_network()
        return LoadedNetwork(
            net,
            [search_key(a) for a in net.actors],
            [fold(a.name) for a in net.actors],
            {a.id: i for i, a in enumerate(net.actors)},
        )
    finally:
        if was_enabled:
            gc.enable()


class Session(QObject):
    loaded = Signal()  # a (new) network is in memory
    loadFailed = Signal(object)
    actorChanged = Signal(str)  # one actor's fields, offers or needs were edited
    decisionsChanged = Signal()  # an outcome was recorded
    currentActorChanged = Signal(str)
    storeReplaced = Signal()  # another database was opened
    storeError = Signal(object)  # a write failed outside a view that can say so itself (undo/redo)

    def __init__(self, store: Store | None = None, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.language = language
        self.net: NetworkData | None = None
        self.search_keys: list[str] = []  # aligned with net.actors
        self.current_id: str | None = None
        self._positions: dict[str, int] = {}
        self.loaded_network: LoadedNetwork | None = None
        self._cache: dict[str, object] = {}
        self._waiting: dict[str, list[Callable[[object], None]]] = {}
        self._tokens: dict[str, int] = {}
        self._failures: dict[str, Callable[[BaseException], None]] = {}
        self._load_task: Task | None = None
        self._generation = 0
        self._owns_store = False  # a store the window opened itself is closed with it

    # -- loading --------------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._load_task is not None

    def is_busy(self) -> bool:
        """True while the network or an analysis is being computed (screenshots wait for this)."""
        return self.is_loading or bool(self._waiting)

    def reload(self) -> None:
        """Load the whole network in the background; ``loaded`` fires when it is in memory."""
        self._generation += 1
        generation = self._generation
        store = self.store
        if store is None:
            return

        def done(loaded: LoadedNetwork) -> None:
            if generation != self._generation:
                return
            self._load_task = None
            self._set_network(loaded)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._load_task = None
                self.loadFailed.emit(error)

        self._load_task = run_task(
            self,
            lambda _p, _c: load_for_views(store),
            on_success=while_alive(self, done),
            on_failure=while_alive(self, failed),
            pool=DB_POOL,
        )

    def set_store(self, store: Store, owned: bool = False) -> None:
        """Work on ``store`` from now on; ``owned`` stores are closed when replaced or on quit."""
        old, old_owned = self.store, self._owns_store
        self.store = store
        self._owns_store = owned
        self.current_id = None
        self.storeReplaced.emit()
        if old is not None and old is not store:
            if old_owned:
                old.close()  # lets another window or command write to it again
            else:
                old.engine.dispose()
        self.reload()

    @property
    def owns_store(self) -> bool:
        return self._owns_store

    def close_store(self) -> None:
        """Close the store this session opened (its guard and connections); the caller waited for tasks."""
        if self.store is not None and self._owns_store:
            self._owns_store = False
            self.store.close()

    def _set_network(self, loaded: LoadedNetwork) -> None:
        self.loaded_network = loaded
        self.net = loaded.net
        self.search_keys = loaded.search_keys
        self._positions = loaded.positions
        self._cache.clear()
        self._waiting.clear()
        if self.current_id not in self._positions:
            self.current_id = None
        gc.freeze()  # the records live as long as the session: keep them out of every later full collection
        self.loaded.emit()

    # -- reading --------------------------------------------------------------------------------
    def actor(self, actor_id: str | None) -> ActorRecord | None:
        position = self._positions.get(actor_id) if actor_id else None
        return None if position is None else self.net.actors[position]

    def name(self, actor_id: str) -> str:
        actor = self.actor(actor_id)
        return actor.name if actor else actor_id

    def skill_label(self, skill_id: str) -> str:
        skill = self.net.skills.get(skill_id) if self.net else None
        return skill.label(self.language) if skill else skill_id

    def set_current(self, actor_id: str | None) -> None:
        if actor_id and actor_id != self.current_id and actor_id in self._positions:
            self.current_id = actor_id
            self.currentActorChanged.emit(actor_id)

    # -- after a mutation -----------------------------------------------------------------------
    def refresh_actor(self, actor_id: str) -> None:
        """Re-read one actor after an edit (a small query) and tell the views."""
        if self.net is None:
            return
        fresh = self.store.actors([actor_id])
        if not fresh:
            return
        if any(s not in self.net.skills for s in (*fresh[0].offers, *fresh[0].needs)):
            self.net.skills = self.store.skills()
        position = self._positions[actor_id]
        self.net.actors[position] = fresh[0]
        self.search_keys[position] = search_key(fresh[0])
        self.loaded_network.name_keys[position] = fold(fresh[0].name)
        self.invalidate("recommender", "insights")
        self.actorChanged.emit(actor_id)

    def note_decision(self, a: str, b: str, status: str, note: str | None = None) -> None:
        """An outcome was written to the store: keep the records in step and tell the views."""
        if self.net is not None:
            kept = [d for d in self.net.decisions if (d.a, d.b) != (a, b)]
            self.net.decisions = [*kept, DecisionRecord(a, b, status, note)]
        self.invalidate("recommender", "insights")
        self.decisionsChanged.emit()

    # -- cached analyses ------------------------------------------------------------------------
    def invalidate(self, *keys: str) -> None:
        """Forget cached results; a computation still running for a key is ignored when it ends."""
        for key in keys:
            self._cache.pop(key, None)
            self._tokens[key] = self._tokens.get(key, 0) + 1
            stale = self._waiting.pop(key, None)
            if stale:
                fn, callbacks, failure = stale[0], stale[1:], self._failures.get(key)
                for callback in callbacks:
                    self.compute(key, fn, callback, failure)

    def cached(self, key: str):
        return self._cache.get(key)

    def compute(
        self,
        key: str,
        fn: Callable[[NetworkData, Callable, Callable], object],
        on_done: Callable[[object], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Call ``on_done(result)`` with ``fn(net, progress, cancelled)``, computed once per network."""
        if key in self._cache:
            on_done(self._cache[key])
            return
        if self.net is None:
            return
        waiting = self._waiting.setdefault(key, [fn])  # [fn, callback, callback, ...]
        waiting.append(on_done)
        if on_failure:
            self._failures[key] = on_failure
        if len(waiting) > 2:
            return
        net, generation, token = self.net, self._generation, self._tokens.get(key, 0)

        def current() -> bool:
            return generation == self._generation and token == self._tokens.get(key, 0)

        def done(result) -> None:
            if not current():
                return
            self._cache[key] = result
            for callback in self._waiting.pop(key, [None])[1:]:
                callback(result)

        def failed(error: BaseException) -> None:
            if not current():
                return
            self._waiting.pop(key, None)
            if on_failure:
                on_failure(error)
            else:
                raise error

        run_task(
            self,
            lambda progress, cancelled: fn(net, progress, cancelled),
            on_success=while_alive(self, done),
            on_failure=while_alive(self, failed),
            pool=CPU_POOL,
        )
