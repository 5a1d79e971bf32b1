"""The open database as the views see it, and the one door through which anything changes it.

One :class:`Session` per window (Anki's collection + ``CollectionOp``). It loads the network off
the UI thread and keeps the records the views read. **Every mutation is** :meth:`Session.run_op`:
the write runs on the database worker (never on the GUI thread), the records it touched are read
back on the same worker, and on the GUI thread the session puts them in place, forgets the derived
results the change makes stale (:mod:`~matchmaker.ui.derived`) and emits ``changed(Changes,
actor_ids)`` once. Views listen to that one signal: a visible view refreshes, a hidden one marks
itself dirty and refreshes when shown (:class:`~matchmaker.ui.session_view.SessionView`).

A write respects the database's state: :meth:`Store.check_writable` refuses it on a read-only
database before anything runs, and the store's journal watch refuses it once the journal vanished.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from matchmaker.network_preview import DirectoryColumns, NetworkPreview
from matchmaker.records import ActorRecord, NetworkData
from matchmaker.search import directory_key
from matchmaker.ui.changes import Changes
from matchmaker.ui.derived import DerivedCache, Inputs
from matchmaker.ui.tasks import DB_POOL, Task, run_task, while_alive

if TYPE_CHECKING:  # the store pulls in SQLAlchemy: imported off the start-up path
    from matchmaker.store import Store

__all__ = ["LoadCancelled", "PEEK_WAIT", "Session", "search_key", "load_for_views", "Write"]

# write(store, progress, cancelled) -> result; runs on the database worker
Write = Callable[["Store", Callable[[int, int], None], Callable[[], bool]], object]


def search_key(actor: ActorRecord) -> str:
    """What a directory search matches: the core's key (``matchmaker.search.directory_key``), so the
    Directory and ``matchmaker find`` fold scripts, old spellings and transliterations alike."""
    return directory_key(actor)


class LoadedNetwork(NamedTuple):
    net: NetworkData
    columns: DirectoryColumns  # aligned with net.actors: what the directory shows and searches

    @property
    def positions(self) -> dict[str, int]:
        """Actor id -> index in ``net.actors``."""
        return self.columns.position


class LoadCancelled(Exception):
    """The user stopped loading the network (Cancel beside the progress bar)."""


PREVIEW_WAIT = 10.0  # seconds the records wait for the preview to be drawn
PEEK_WAIT = 3.0  # seconds the store's opening waits for what was peeked to be drawn
LOAD_STEPS = 3  # read the records, make the directory's columns, keep what the next opening shows first


def load_for_views(
    store: Store,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    preview: NetworkPreview | None = None,
) -> LoadedNetwork:
    """The network and the directory's columns (search keys folded), both made on the worker.

    The columns of a ``preview`` read for the same generation are used as they are; otherwise
    they are made from the records and, with the map's ties, kept for the next opening
    (:mod:`matchmaker.network_preview`). Raises :class:`LoadCancelled` when ``cancelled()``
    says so between steps. The garbage collector is paused meanwhile: a full collection over
    hundreds of thousands of fresh objects holds the GIL for a few hundred milliseconds, and the
    UI thread would wait for it.
    """
    from matchmaker.generation import network_generation
    from matchmaker.network_preview import keep_preview

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise LoadCancelled
        if progress is not None and done:  # while the records are read the bar just shows it is busy
            progress(done, LOAD_STEPS)

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        step(0)
        generation = network_generation(store.engine)
        net = store.load_network()
        step(1)
        unchanged = generation is not None and network_generation(store.engine) == generation
        if preview is not None and unchanged and preview.directory.generation == generation:
            columns = preview.directory
        else:
            step(2)
            columns = keep_preview(store, net, generation if unchanged else None)
        step(LOAD_STEPS)
        # out of the collector's sight before it runs again: its first pass over the fresh records
        # (before Session._set_network freezes them) held the GIL ~0.3 s at 100,000 actors
        gc.freeze()
        return LoadedNetwork(net, columns)
    finally:
        if was_enabled:
            gc.enable()


_ADOPTED = object()  # a preview reader's answer when what was peeked is still the network's


def _preview_readers(store: Store, peeked: tuple[Path, NetworkPreview] | None, found: list):
    """The two first steps of a load on the database worker: the kept preview, then the saved
    layout. What was peeked before the store was open (:meth:`Session.peek`) is used again, read
    neither twice, while the network is still at its generation; ``found[0]`` gets the preview."""

    def read_preview(_progress, _cancelled):
        from matchmaker.generation import network_generation
        from matchmaker.network_preview import kept_preview

        if peeked is not None and peeked[0] == store.database_file:
            if peeked[1].directory.generation == network_generation(store.engine):
                found[0] = peeked[1]
                return _ADOPTED
        found[0] = kept_preview(store)
        return found[0]

    def read_positions(_progress, _cancelled) -> NetworkPreview | None:
        from matchmaker.network_preview import placed_preview

        if peeked is not None and found[0] is peeked[1]:
            return None  # peeked with the preview (or no layout was saved then)
        return placed_preview(store, found[0])

    return read_preview, read_positions


def _wait_for(shown: threading.Event, cancelled: Callable[[], bool]) -> None:
    """Until ``shown`` is set, the load is cancelled, or ``PREVIEW_WAIT`` seconds have passed."""
    deadline = time.monotonic() + PREVIEW_WAIT  # a preview is never worth more of a wait
    while not shown.wait(0.05) and not cancelled() and time.monotonic() < deadline:
        pass


def _read_back(store: Store, changes: Changes, actor_ids: tuple[str, ...], known_skills: dict):
    """On the worker, after a write: what the session must replace (a whole network, or parts)."""
    if Changes.NETWORK in changes or Changes.TIES in changes or (Changes.ACTORS in changes and not actor_ids):
        return load_for_views(store)
    fresh: dict = {}
    if Changes.ACTORS in changes:
        fresh["actors"] = store.actors(actor_ids)
        if any(s not in known_skills for a in fresh["actors"] for s in (*a.offers, *a.needs)):
            fresh["skills"] = store.skills()  # a free tag was added
    if Changes.DECISIONS in changes:
        fresh["decisions"] = store.decisions()
    return fresh


class Session(QObject):
    changed = Signal(object, object)  # Changes, frozenset of the actor ids an ACTORS change touched
    loaded = Signal()  # a network is in memory (also announced as changed(NETWORK)); start-up waits on it
    loadFailed = Signal(object)
    loadStarted = Signal(object)  # the Task loading the network: the window shows its progress and Cancel
    loadCancelled = Signal()
    previewed = Signal()  # what was kept for the next opening is in: the directory and the map show it
    opFailed = Signal(object)  # a write failed and its caller gave no on_failure (e.g. undo/redo)
    currentActorChanged = Signal(str)
    storeReplaced = Signal()  # another database was opened
    languageChanged = Signal(str)

    def __init__(self, store: Store | None = None, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.language = language
        self.net: NetworkData | None = None
        self.columns: DirectoryColumns | None = None  # the directory's columns (the preview's until loaded)
        self.preview: NetworkPreview | None = None  # kept columns, map ties and positions, read first
        self.current_id: str | None = None
        self.loaded_network: LoadedNetwork | None = None
        self.version = 0  # grows with every change to actors or ties: the graph's version
        self.derived = DerivedCache(self, self._inputs)
        self._positions: dict[str, int] = {}
        self._graphs = None  # GraphCache, made on a worker the first time a graph is needed
        self._resolver = None
        self._lock = threading.Lock()
        self._load_task: Task | None = None
        self._ops = 0
        self._versions: dict[str, int] = {}  # actor id -> version last written or read back (DB worker only)
        self._generation = 0  # bumped when another database is opened: results for the old one are dropped
        self._owns_store = False  # a store the window opened itself is closed with it
        self._peeked: tuple[Path, NetworkPreview] | None = None  # shown before the store was open (peek)
        self._peek_token = 0  # bumped by each peek: a peek's late answers are dropped

    # -- loading --------------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._load_task is not None

    def is_busy(self) -> bool:
        """True while the network loads, a write runs or an analysis is computed (screenshots wait)."""
        return self.is_loading or self._ops > 0 or self.derived.busy()

    def peek(self, db_file: Path) -> threading.Event | None:
        """Show what was kept of the SQLite database ``db_file`` while its store opens (a second or
        more: SQLAlchemy, the schema check): the directory from the kept preview, then the map at
        the saved layout (:mod:`matchmaker.store_peek`), read on the database worker ahead of the
        store's opening. :meth:`reload` then uses what was peeked if the network is still at that
        generation, and takes it off the views if not.

        At the app's start and when another database is opened from the menu alike: a network
        shown stays until something was found to show instead (then the views show the peeked
        rows, and the records of the network shown are let go once the new store is set; if the
        new database cannot be opened after all, :meth:`forget_peek` shows the old one again).
        The database already open is not peeked at: its records are shown.

        Returns an event set once what was peeked is drawn (or there was nothing to draw): the
        store's opening waits for it (at most :data:`PEEK_WAIT` seconds), as importing SQLAlchemy
        would hold Python's lock in long stretches while the GUI thread draws the map."""
        if self.store is not None and self.store.database_file == db_file:
            return None
        self._peek_token += 1
        token, generation = self._peek_token, self._generation
        if self._peeked is not None:  # an earlier peek still shown (its database never opened)
            self._drop_preview()
        self._peeked = None
        if self.net is None:
            self.preview = None
        found: list[NetworkPreview | None] = [None]
        shown = threading.Event()  # what was peeked is drawn: the store's opening waits for it

        def current() -> bool:
            return token == self._peek_token and generation == self._generation

        def read_preview(_progress, _cancelled) -> NetworkPreview | None:
            from matchmaker.store_peek import peek_preview

            found[0] = peek_preview(db_file)
            return found[0]

        def read_positions(_progress, _cancelled) -> NetworkPreview | None:
            from matchmaker.store_peek import peek_positions

            placed = peek_positions(db_file, found[0])
            if placed is None:
                shown.set()  # no map to draw: the store opens at once (also while the GUI thread waits)
            return placed

        def previewed(preview: NetworkPreview | None) -> None:
            if current() and preview is not None:
                self._peeked = (db_file, preview)
                self.preview, self.columns = preview, preview.directory
                self.current_id = None  # an actor of the network shown until now
                self.previewed.emit()  # the directory shows it

        def positioned(placed: NetworkPreview | None) -> None:
            try:
                if current() and placed is not None and self.preview is found[0]:
                    self.preview.positions, self.preview.xy = placed.positions, placed.xy
                    self.previewed.emit()  # the map draws it
            finally:
                QTimer.singleShot(0, shown.set)  # once the events this posted (the map's paint) are done

        run_task(self, read_preview, on_success=previewed, pool=DB_POOL)
        run_task(
            self, read_positions, on_success=positioned, on_failure=lambda _error: shown.set(), pool=DB_POOL
        )
        return shown

    @property
    def peeked_database(self) -> Path | None:
        """The database whose kept preview the views show while its store opens (None otherwise):
        the window's title and counts name it, not the database still open behind it."""
        return self._peeked[0] if self._peeked is not None else None

    def forget_peek(self) -> None:
        """The database peeked at could not be opened after all: what was shown of it goes, and the
        network shown before (if any) is shown again."""
        self._peek_token += 1  # a peek still reading shows nothing
        if self._peeked is None:
            return
        self._peeked = None
        self._drop_preview()
        if self.loaded_network is not None:
            self._set_network(self.loaded_network)

    def _drop_preview(self) -> None:
        """Take a preview the network has moved past off the views: they wait for the records."""
        dropped, self.preview = self.preview, None
        if self.net is None or (dropped is not None and self.columns is dropped.directory):
            self.columns = None  # not the columns of the records still held (another database's)
        self.previewed.emit()

    def _take_peeked(self, store: Store | None) -> tuple[Path, NetworkPreview] | None:
        """What was peeked for this opening (still shown); any other preview is forgotten."""
        peeked, self._peeked = self._peeked, None
        if peeked is None:
            self.preview = None
        elif store is None:
            self._drop_preview()
            return None
        return peeked

    def reload(self) -> None:
        """Load the whole network in the background; ``changed(NETWORK)`` fires when it is in memory."""
        self._generation += 1
        generation = self._generation
        store = self.store
        peeked = self._take_peeked(store)
        if store is None:
            return
        found: list[NetworkPreview | None] = [None]  # handed from the preview to the load on the DB worker
        # The records wait until the preview is drawn: unpickling a million ties holds the interpreter
        # in long stretches, and the GUI thread drawing the map would wait for it at every turn.
        shown = threading.Event()
        read_preview, read_positions = _preview_readers(store, peeked, found)

        def previewed(preview) -> None:
            if generation != self._generation or preview is _ADOPTED:  # the peeked one is shown already
                return
            if peeked is not None:
                self._drop_preview()  # the network moved on after the peek: its preview is not trusted
            if preview is not None and self._load_task is not None:
                self.preview, self.columns = preview, preview.directory
                self.previewed.emit()  # the directory shows it

        def positioned(placed: NetworkPreview | None) -> None:
            try:
                if generation == self._generation and placed is not None and self.preview is not None:
                    self.preview.positions, self.preview.xy = placed.positions, placed.xy
                    self.previewed.emit()  # the map draws it
            finally:
                shown.set()

        def load(progress, cancelled) -> LoadedNetwork:
            _wait_for(shown, cancelled)
            return load_for_views(store, progress, cancelled, found[0])

        # three tasks in a row on the database worker: each shows something as soon as it can
        run_task(self, read_preview, on_success=previewed, pool=DB_POOL)
        run_task(
            self, read_positions, on_success=positioned, on_failure=lambda _error: shown.set(), pool=DB_POOL
        )

        def done(loaded: LoadedNetwork) -> None:
            if generation == self._generation:
                self._load_task = None
                self._set_network(loaded)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._load_task = None
                if isinstance(error, LoadCancelled):
                    self.loadCancelled.emit()
                else:
                    self.loadFailed.emit(error)

        self._load_task = run_task(
            self,
            load,
            on_success=done,
            on_failure=failed,
            pool=DB_POOL,
        )
        self.loadStarted.emit(self._load_task)

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
        self.columns = loaded.columns
        self._positions = loaded.positions
        self.version += 1
        with self._lock:
            self._resolver = None
        self.derived.clear()
        if self.current_id not in self._positions:
            self.current_id = None
        gc.freeze()  # the records live as long as the session: keep them out of every later full collection
        self.changed.emit(Changes.NETWORK, frozenset())
        self.loaded.emit()

    # -- the one door for changes -----------------------------------------------------------------
    def run_op(
        self,
        write: Write,
        changes: Changes,
        *,
        actors: Iterable[str] = (),
        on_done: Callable[[object], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> Task | None:
        """Run ``write(store, progress, cancelled)`` on the database worker, then bring the records
        in step and emit ``changed(changes, actors)``; ``on_done(result)`` follows.

        ``changes`` says what the write may change; ``actors`` names the actors an ``ACTORS``
        change touched (only they are read back). A failure goes to ``on_failure``, else to
        ``opFailed``; the records are left as they were. ``owner`` (default: the session) is the
        object whose deletion drops the callbacks.
        """
        store = self.store
        if store is None:
            return None
        generation, ids = self._generation, tuple(dict.fromkeys(actors))
        known_skills = self.net.skills if self.net is not None else {}

        def work(progress, cancelled):
            from matchmaker.edit_conflict import EditConflictError

            store.check_writable()  # read-only: refused before anything is written
            try:
                result = write(store, progress, cancelled)
            except EditConflictError as conflict:  # someone else saved it: that is the version known now
                self._versions[conflict.actor_id] = conflict.saved_version
                raise
            fresh = _read_back(store, changes, ids, known_skills)
            actors = fresh.net.actors if isinstance(fresh, LoadedNetwork) else fresh.get("actors", ())
            self._versions.update((a.id, a.version) for a in actors)
            return result, fresh

        if owner is not None:  # the caller's callbacks go with it; the records are kept in step regardless
            on_done = on_done and while_alive(owner, on_done)
            on_failure = on_failure and while_alive(owner, on_failure)
            on_progress = on_progress and while_alive(owner, on_progress)

        def done(outcome) -> None:
            self._ops -= 1
            result, fresh = outcome
            if generation != self._generation:
                return  # another database was opened meanwhile
            self._apply(changes, ids, fresh)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._ops -= 1
            saved = getattr(error, "saved", None)  # an EditConflictError: show what is stored now
            if saved is not None and generation == self._generation and self.actor(saved.id) is not None:
                self._apply(Changes.ACTORS, (saved.id,), {"actors": [saved]})
            if on_failure is not None:
                on_failure(error)
            else:
                self.opFailed.emit(error)

        self._ops += 1
        return run_task(self, work, on_success=done, on_failure=failed, on_progress=on_progress, pool=DB_POOL)

    def expected_version(self, actor_id: str) -> int | None:
        """The version of the actor this window last saw, for a save to name (``expected_version``):
        if someone else saved it since, the save is refused with both sides instead of overwriting.

        Call it inside a write (on the database worker): a save queued behind another of this
        window's saves of the same actor expects the version that one made, not the one shown.
        """
        record = self.actor(actor_id)
        versions = [v for v in (self._versions.get(actor_id), record.version if record else None) if v]
        return max(versions) if versions else None

    def _apply(self, changes: Changes, ids: tuple[str, ...], fresh) -> None:
        if isinstance(fresh, LoadedNetwork):
            self._set_network(fresh)
            return
        net = self.net
        if net is None:
            return
        if "skills" in fresh:
            net.skills = fresh["skills"]
        for record in fresh.get("actors", ()):
            position = self._positions.get(record.id)
            if position is None:
                continue
            net.actors[position] = record
            self.columns.put(record)
        if "decisions" in fresh:
            net.decisions = fresh["decisions"]
        if changes.touches(Changes.ACTORS | Changes.TIES):
            self.version += 1
        self.derived.invalidate(changes)
        self.changed.emit(changes, frozenset(ids))

    # -- derived data ---------------------------------------------------------------------------
    def _inputs(self) -> Inputs | None:
        if self.net is None:
            return None
        net, version = self.net, self.version
        return Inputs(net, self.language, lambda: self._graph(net, version), self.resolver, self.store)

    def _graph(self, net: NetworkData, version: int):
        with self._lock:
            if self._graphs is None:
                from matchmaker.graph.cache import GraphCache  # networkx and igraph: off the start-up path

                self._graphs = GraphCache()
        return self._graphs.graph(net, version)

    def resolver(self):
        """The skill resolver of this network (folding every label once), made on first use."""
        with self._lock:
            if self._resolver is None and self.net is not None:
                from matchmaker.taxonomy import SkillResolver

                self._resolver = SkillResolver(self.net.skills.values())
            return self._resolver

    def compute(
        self,
        key: str,
        on_done: Callable[[object], None],
        on_failure: Callable[[BaseException], None] | None = None,
        arg=None,
    ) -> Task | None:
        """Call ``on_done(result)`` with the derived result ``key`` (see :data:`~matchmaker.ui.derived.DERIVATIONS`),
        computed once per network state; the computation's task while it runs (progress, Cancel)."""
        return self.derived.request(key, on_done, on_failure, arg)

    def cached(self, key: str, arg=None):
        return self.derived.get(key, arg)

    # -- reading --------------------------------------------------------------------------------
    def actor(self, actor_id: str | None) -> ActorRecord | None:
        position = self._positions.get(actor_id) if actor_id else None
        return None if position is None else self.net.actors[position]

    def name(self, actor_id: str) -> str:
        actor = self.actor(actor_id)
        if actor is None and self.columns is not None and actor_id in self.columns.position:
            return self.columns.names[self.columns.position[actor_id]]  # still loading: the preview's name
        return actor.name if actor else actor_id

    def skill_label(self, skill_id: str) -> str:
        skill = self.net.skills.get(skill_id) if self.net else None
        return skill.label(self.language) if skill else skill_id

    def set_current(self, actor_id: str | None) -> None:
        known = self._positions if self.net is not None else (self.columns.position if self.columns else {})
        if actor_id and actor_id != self.current_id and actor_id in known:
            self.current_id = actor_id
            self.currentActorChanged.emit(actor_id)

    def set_language(self, language: str) -> None:
        """Show skills, reasons and labels in ``language`` from now on (the widgets retranslate themselves)."""
        if language == self.language:
            return
        self.language = language
        self.derived.invalidate(Changes.NONE, language=True)
        self.languageChanged.emit(language)
