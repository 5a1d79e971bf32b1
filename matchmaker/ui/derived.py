"""What the views compute from the network, each computed once and kept until a change invalidates it.

Every result the views share is declared here as a :class:`Derivation`: how it is computed (a
plain function of :class:`Inputs`, run on a worker), on which pool, and which
:class:`~matchmaker.ui.changes.Changes` make it stale. :class:`DerivedCache` (one per session)
keeps the results, lets several views wait for one computation, drops results that went stale
while they were computed, and forgets what a change invalidates. Nothing is computed twice: the
graph is built once per network version (:class:`~matchmaker.graph.cache.GraphCache`) and
communities, brokers, centralities, the canvas data and the team pools all use that one graph.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from matchmaker.ui.changes import Changes
from matchmaker.ui.tasks import CPU_POOL, DB_POOL, Task, run_task

if TYPE_CHECKING:
    from matchmaker.records import NetworkData

__all__ = ["DERIVATIONS", "Derivation", "DerivedCache", "Inputs", "app_recommender"]

TOP_SECTORS = 10
TOP_BROKERS = 10


@dataclass(frozen=True)
class Inputs:
    """What a computation reads, captured on the GUI thread when it is asked for.

    ``graph()`` and ``resolver()`` give the session's one tie graph and skill resolver (built on
    first need, on whichever worker needs them first); ``store`` is for the database pool only.
    """

    net: NetworkData
    language: str
    graph: Callable[[], object]
    resolver: Callable[[], object]
    store: object


@dataclass(frozen=True)
class Derivation:
    key: str
    compute: Callable[[Inputs, Hashable, Callable, Callable], object]  # (inputs, arg, progress, cancelled)
    invalidated_by: Changes
    pool: str = CPU_POOL
    by_language: bool = False  # holds translated text (reasons, labels): recomputed for another language


def _graph(inputs: Inputs, _arg, _progress, _cancelled):
    return inputs.graph()


def _communities(inputs: Inputs, _arg, progress, cancelled):
    from matchmaker.graph.communities import detect_communities

    return detect_communities(inputs.graph(), seed=0, progress=progress, cancelled=cancelled)


def _brokers(inputs: Inputs, _arg, progress, cancelled) -> list[tuple[str, float]]:
    from matchmaker.graph.brokers import cross_border_brokers

    return cross_border_brokers(inputs.graph(), top=TOP_BROKERS, progress=progress, cancelled=cancelled)


def _centrality(inputs: Inputs, measure, _progress, _cancelled) -> dict[str, float]:
    from matchmaker.graph.centrality import centrality

    return centrality(inputs.graph(), measure)


def app_recommender(language: str):
    """The recommender the app suggests with, not yet fitted (on a worker: imports scikit-learn)."""
    from matchmaker.match import PartnerRecommender
    from matchmaker.visibility import DEFAULT_USER_AUDIENCE

    # said, not defaulted: the app has no council-member setting yet, so it suggests as the public
    # may see — never a private actor, never a council-only one (matchmaker.visibility.may_suggest)
    return PartnerRecommender(language=language, audience=DEFAULT_USER_AUDIENCE)


def _recommender(inputs: Inputs, _arg, _progress, _cancelled):
    from matchmaker.match.kept_check import kept_model_for

    model = app_recommender(inputs.language)
    return kept_model_for(inputs.store, model, inputs.net) or model.fit(inputs.net)


def _counts(inputs: Inputs, _arg, _progress, _cancelled) -> dict:
    from matchmaker.graph.stats import network_counts

    return network_counts(inputs.net)


def _insights(inputs: Inputs, _arg, _progress, _cancelled) -> dict:
    """Every number the Insights view draws, from :mod:`matchmaker.graph.stats` (one source of truth)."""
    from matchmaker.graph import stats

    net = inputs.net
    return {
        "counts": stats.network_counts(net),
        "by_year": stats.cross_border_share_by_year(net),
        "cumulative": stats.cumulative_cross_border_share(net),
        "by_event": [
            row for row in stats.cross_border_share_by_event(net) if row["cross_border_share"] is not None
        ],
        "sectors": stats.sectors_by_country(net, top=TOP_SECTORS),
        "kinds": stats.kinds_by_country(net),
        "pipeline": stats.decisions_by_status(net),
    }


def _team_pool(inputs: Inputs, event_id, _progress, _cancelled):
    from matchmaker.teams import load_pool

    return load_pool(inputs.net, event_id, language=inputs.language)


def _positions(inputs: Inputs, _arg, _progress, _cancelled) -> dict[str, tuple[float, float]]:
    return inputs.store.load_positions()


def _forum(inputs: Inputs, event_id, _progress, _cancelled):
    """An event's brokerage as stored: participants, picks, presence, the plan and its outcomes."""
    from matchmaker.meetings.storage import load_forum

    return load_forum(inputs.store, event_id)


def _map(inputs: Inputs, _arg, _progress, _cancelled) -> dict:
    """What the canvas draws: labels, hover texts, ties, actors without ties."""
    from matchmaker.ui.map_data import map_data

    return map_data(inputs.net, inputs.graph())


DERIVATIONS: dict[str, Derivation] = {
    d.key: d
    for d in (
        Derivation("graph", _graph, Changes.ACTORS | Changes.TIES),
        Derivation("communities", _communities, Changes.ACTORS | Changes.TIES, by_language=True),
        Derivation("brokers", _brokers, Changes.ACTORS | Changes.TIES),
        Derivation("centrality", _centrality, Changes.TIES),
        Derivation(
            "recommender", _recommender, Changes.ACTORS | Changes.TIES | Changes.DECISIONS, by_language=True
        ),
        Derivation("counts", _counts, Changes.ACTORS | Changes.TIES),
        Derivation("insights", _insights, Changes.ACTORS | Changes.TIES | Changes.DECISIONS),
        Derivation("team_pool", _team_pool, Changes.ACTORS | Changes.TIES, by_language=True),
        Derivation("positions", _positions, Changes.LAYOUT, pool=DB_POOL),
        Derivation("forum", _forum, Changes.ACTORS | Changes.TIES | Changes.MEETINGS, pool=DB_POOL),
        Derivation("map", _map, Changes.ACTORS | Changes.TIES, by_language=True),
    )
}


class _Pending:
    """One computation under way and who waits for it (replaced when it goes stale)."""

    def __init__(self):
        self.done: list[Callable[[object], None]] = []
        self.failed: list[Callable[[BaseException], None]] = []
        self.task: Task | None = None  # its progress and Cancel, for a view to show


class DerivedCache:
    """The session's derived results: ``request`` one, ``invalidate`` by a change, ``get`` what is kept."""

    def __init__(self, owner: QObject, inputs: Callable[[], Inputs | None]):
        self._owner = owner
        self._inputs = inputs
        self._values: dict[tuple[str, Hashable], object] = {}
        self._pending: dict[tuple[str, Hashable], _Pending] = {}

    def busy(self) -> bool:
        return bool(self._pending)

    def get(self, key: str, arg: Hashable = None):
        """The kept result, or None."""
        return self._values.get((key, arg))

    def request(
        self,
        key: str,
        on_done: Callable[[object], None],
        on_failure: Callable[[BaseException], None] | None = None,
        arg: Hashable = None,
    ) -> Task | None:
        """Call ``on_done(result)`` now if it is kept, else once computed (on the derivation's pool).

        Returns the computation's :class:`~matchmaker.ui.tasks.Task` while it runs (its progress,
        and Cancel: every waiter then gets the failure), None when the result was kept.
        """
        slot = (key, arg)
        if slot in self._values:
            on_done(self._values[slot])
            return None
        inputs = self._inputs()
        if inputs is None:
            return None
        pending = self._pending.get(slot)
        if pending is None:
            pending = self._pending[slot] = _Pending()
            self._start(slot, pending, inputs)
        pending.done.append(on_done)
        if on_failure is not None:
            pending.failed.append(on_failure)
        return pending.task

    def _start(self, slot, pending: _Pending, inputs: Inputs) -> None:
        derivation = DERIVATIONS[slot[0]]

        def done(result) -> None:
            if self._pending.get(slot) is not pending:
                return  # invalidated meanwhile: a fresh computation (if anyone asked) is under way
            del self._pending[slot]
            self._values[slot] = result
            for callback in pending.done:
                callback(result)

        def failed(error: BaseException) -> None:
            if self._pending.get(slot) is not pending:
                return
            del self._pending[slot]
            if not pending.failed:
                raise error
            for callback in pending.failed:
                callback(error)

        pending.task = run_task(
            self._owner,
            lambda progress, cancelled: derivation.compute(inputs, slot[1], progress, cancelled),
            on_success=done,
            on_failure=failed,
            pool=derivation.pool,
        )

    def invalidate(self, changes: Changes, *, language: bool = False) -> None:
        """Forget what ``changes`` (or, with ``language``, a new UI language) make stale; computations
        under way for it are restarted for those who wait."""
        stale = {
            key
            for key, d in DERIVATIONS.items()
            if changes.touches(d.invalidated_by) or (language and d.by_language)
        }
        for slot in [s for s in self._values if s[0] in stale]:
            del self._values[slot]
        restart = [(s, p) for s, p in self._pending.items() if s[0] in stale]
        inputs = self._inputs() if restart else None
        for slot, pending in restart:
            if pending.task is not None:
                pending.task.cancel()  # its answer would be dropped: stop spending the cores on it
            fresh = _Pending()
            fresh.done, fresh.failed = pending.done, pending.failed
            self._pending[slot] = fresh
            if inputs is not None:
                self._start(slot, fresh, inputs)
            else:
                del self._pending[slot]

    def clear(self) -> None:
        """A new network: forget everything (computations under way for the old one are stopped and dropped)."""
        for pending in self._pending.values():
            if pending.task is not None:
                pending.task.cancel()
        self._values.clear()
        self._pending.clear()
