"""The network view: the canvas under a small toolbar (colour, size, filter, focus, layout, fit).

Loading (records, graph, saved positions) and every analysis (communities, centralities, the
force layout) run through :func:`~matchmaker.ui.tasks.run_task`; the layout streams positions
to the canvas through a queued signal and is saved when it finishes or is stopped.
Filters *fade* the rest of the network rather than hiding it, so the picture keeps its shape.
"""

from __future__ import annotations

import math
from collections import Counter

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QToolButton, QVBoxLayout, QWidget

from matchmaker.graph.build import build_graph
from matchmaker.graph.centrality import centrality
from matchmaker.graph.communities import detect_communities
from matchmaker.graph.layout import force_layout
from matchmaker.graph.positions import load_positions, save_positions
from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.canvas import NetworkCanvas
from matchmaker.ui.canvas_palette import community_color, country_color, kind_color
from matchmaker.ui.tasks import CPU_POOL, DB_POOL, Task, run_task

__all__ = ["NetworkView"]

LAYOUT_ITERATIONS = 300
MAX_LEGEND_COMMUNITIES = 10


class _PositionRelay(QObject):
    """Lives on the GUI thread; the layout worker emits through it, so delivery is queued."""

    positions = Signal(object)


def park_isolates(
    positions: dict[str, tuple[float, float]], isolates: list[str]
) -> dict[str, tuple[float, float]]:
    """``positions`` with the unconnected actors lined up in a block under the connected picture.

    A force layout flings actors without ties to a far ring, which makes "fit" shrink the
    network itself to a blot in the middle; parked beneath it they stay visible and out of the way.
    """
    if not isolates:
        return positions
    lone = set(isolates)
    placed = [xy for a, xy in positions.items() if a not in lone]
    if not placed:
        return positions
    xs, ys = [x for x, _y in placed], [y for _x, y in placed]
    left, right, bottom = min(xs), max(xs), max(ys)
    width = max(right - left, 1.0)
    columns = max(math.ceil(math.sqrt(len(isolates) * 6)), 1)  # a wide, low block
    step = width / max(columns - 1, 1)
    parked = dict(positions)
    for k, actor in enumerate(isolates):
        row, col = divmod(k, columns)
        parked[actor] = (left + col * step, bottom + (row + 1.5) * step)
    return parked


def _load(store, progress, cancelled) -> dict:
    """On the worker: records, graph, saved positions, and what the canvas shows (labels, hover text, ties)."""
    net = store.load_network()
    G = build_graph(net)
    actors = net.actor_index()
    labels, tips = {}, {}
    for a in G:
        rec = actors[a]
        labels[a] = rec.name
        place = ", ".join(part for part in (rec.city, rec.country) if part)
        tips[a] = f"{rec.name}\n{kind_label(rec.kind)} · {place}"  # translate() is thread-safe
    return {
        "net": net,
        "graph": G,
        "saved": load_positions(store.engine),
        "labels": labels,
        "tips": tips,
        "edges": [(u, v, float(w)) for u, v, w in G.edges(data="weight", default=1.0)],
        "isolates": [a for a in G if G.degree(a) == 0],
    }


class NetworkView(QWidget):
    """Canvas plus toolbar over a store; ``actorActivated`` on double click or Enter."""

    actorActivated = Signal(str)
    loaded = Signal()  # the network is on the canvas
    layoutFinished = Signal()  # the layout ended (done or stopped) and its positions are on the canvas

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.net = None
        self.graph = None
        self.communities: list | None = None
        self._measures: dict[str, dict[str, float]] = {}
        self._layout_task: Task | None = None
        self._layout_relay: _PositionRelay | None = None
        self._pending_select: str | None = None
        self._isolates: list[str] = []
        self.canvas = NetworkCanvas(self)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._bar)
        layout.addWidget(self.canvas, 1)
        self.canvas.actorActivated.connect(self.actorActivated)
        self.canvas.selectionChanged.connect(self._selection_changed)
        self._set_busy(self.tr("Loading the network…"))
        self._load_task = run_task(
            self,
            lambda p, c: _load(store, p, c),
            on_success=self._loaded,
            on_failure=self._failed,
            pool=DB_POOL,
        )

    # -- toolbar -------------------------------------------------------------------------------
    def _combo(self, items: list[tuple[str, str]], tip: str) -> QComboBox:
        box = QComboBox(self)
        for text, key in items:
            box.addItem(text, key)
        box.setToolTip(tip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _button(self, text: str, tip: str, slot, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(checkable)
        (button.toggled if checkable else button.clicked).connect(slot)
        return button

    def _build_toolbar(self) -> None:
        self.color_by = self._combo(
            [(self.tr("Country"), "country"), (self.tr("Community"), "community"), (self.tr("Kind"), "kind")],
            self.tr("Colour actors by"),
        )
        self.size_by = self._combo(
            [
                (self.tr("Degree"), "degree"),
                (self.tr("Betweenness"), "betweenness"),
                (self.tr("PageRank"), "pagerank"),
                (self.tr("Same size"), ""),
            ],
            self.tr("Size actors by"),
        )
        self.filter_field = self._combo(
            [
                (self.tr("Everyone"), ""),
                (self.tr("Country"), "country"),
                (self.tr("Kind"), "kind"),
                (self.tr("Sector"), "sector"),
                (self.tr("Tie kind"), "tie_kind"),
                (self.tr("Community"), "community"),
                (self.tr("Event"), "event"),
            ],
            self.tr("Highlight only some actors"),
        )
        self.filter_value = self._combo([], self.tr("Which ones"))
        self.filter_value.setEnabled(False)
        self.focus_button = self._button(
            self.tr("Focus"),
            self.tr("Show only the selected actor's neighbourhood"),
            self._focus_toggled,
            checkable=True,
        )
        self.focus_button.setEnabled(False)
        self.fit_button = self._button(self.tr("Fit"), self.tr("Show the whole network (0)"), self._fit)
        self.layout_button = self._button(
            self.tr("Run layout"), self.tr("Arrange the network by its ties"), self._layout_clicked
        )
        self.layout_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(6, 4, 6, 0)
        for text, widget in (
            (self.tr("Colour:"), self.color_by),
            (self.tr("Size:"), self.size_by),
            (self.tr("Highlight:"), self.filter_field),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self._bar.addWidget(label)
            self._bar.addWidget(widget)
        for widget in (
            self.filter_value,
            self.focus_button,
            self.fit_button,
            self.layout_button,
            self.progress,
        ):
            self._bar.addWidget(widget)
        self._bar.addStretch(1)
        self._bar.addWidget(self.status)
        self.color_by.currentIndexChanged.connect(self._apply_colors)
        self.size_by.currentIndexChanged.connect(self._apply_sizes)
        self.filter_field.currentIndexChanged.connect(self._fill_filter_values)
        self.filter_value.currentIndexChanged.connect(self._apply_filter)

    def _set_busy(self, text: str) -> None:
        self.status.setText(text)

    # -- loading -------------------------------------------------------------------------------
    def _loaded(self, result) -> None:
        self._load_task = None
        self.net, self.graph, saved = result["net"], result["graph"], result["saved"]
        G = self.graph
        self._isolates = result["isolates"]
        if all(a in saved for a in G):
            saved = park_isolates(saved, self._isolates)
        self.canvas.set_network(
            list(G), result["edges"], saved, labels=result["labels"], tooltips=result["tips"]
        )
        self.status.setText(
            self.tr("%n actor(s)", "", G.number_of_nodes())
            + " · "
            + self.tr("%n tie(s)", "", G.number_of_edges())
        )
        self.layout_button.setEnabled(G.number_of_nodes() > 0)
        self._apply_colors()
        self._apply_sizes()
        if self._pending_select:
            self.select_actor(self._pending_select)
        if G.number_of_nodes() and not all(a in saved for a in G):
            self.run_layout(start=saved)  # newcomers are placed next to their saved neighbours first
        if G.number_of_nodes():
            run_task(
                self,
                lambda p, c: detect_communities(G, seed=0),
                on_success=self._communities_ready,
                on_failure=self._failed,
                pool=CPU_POOL,
            )
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Could not finish: %1").replace("%1", str(error)))

    def _communities_ready(self, communities) -> None:
        self.communities = communities
        if self.color_by.currentData() == "community":
            self._apply_colors()
        if self.filter_field.currentData() == "community":
            self._fill_filter_values()

    # -- colour, size, filter ------------------------------------------------------------------
    def _apply_colors(self) -> None:
        if self.net is None:
            return
        mode = self.color_by.currentData()
        actors = self.net.actors
        if mode == "kind":
            kinds = Counter(a.kind for a in actors)
            by_kind = {k: kind_color(k) for k in kinds}
            colors = {a.id: by_kind[a.kind] for a in actors}
            legend = [(kind_label(k), kind_color(k)) for k, _n in kinds.most_common()]
            title = self.tr("Kind")
        elif mode == "community":
            if self.communities is None:
                self.canvas.set_legend(self.tr("Finding communities…"), [])
                return
            # actors in no community worth the name (alone) stay neutral, so colour means a group
            colors = {
                m: community_color(c.id) for c in self.communities if len(c.members) > 1 for m in c.members
            }
            legend = [
                (f"{c.label or c.id + 1} ({len(c.members)})", community_color(c.id))
                for c in self.communities
                if len(c.members) > 1
            ][:MAX_LEGEND_COMMUNITIES]
            title = self.tr("Community")
        else:
            counts = Counter(a.country for a in actors)
            others = [c for c, _n in counts.most_common() if c not in ("EE", "UA")]
            by_country = {c: country_color(c, others) for c in counts}
            colors = {a.id: by_country[a.country] for a in actors}
            ordered = [c for c in ("EE", "UA") if c in counts] + others
            legend = [(c, country_color(c, others)) for c in ordered]
            title = self.tr("Country")
        self.canvas.set_node_colors(colors)
        self.canvas.set_legend(title, legend)

    def _apply_sizes(self) -> None:
        if self.graph is None:
            return
        measure = self.size_by.currentData()
        if not measure:
            self.canvas.set_node_sizes(None)
        elif measure in self._measures:
            self.canvas.set_node_sizes(self._measures[measure])
        else:
            G = self.graph

            def done(values, measure=measure):
                self._measures[measure] = values
                if self.size_by.currentData() == measure:
                    self.canvas.set_node_sizes(values)

            run_task(
                self,
                lambda p, c: centrality(G, measure),
                on_success=done,
                on_failure=self._failed,
                pool=CPU_POOL,
            )

    def _filter_options(self, field: str) -> list[tuple[str, set[str]]]:
        net, G = self.net, self.graph
        groups: dict[str, set[str]] = {}
        if field in ("country", "kind"):
            for a in net.actors:
                groups.setdefault(a.country if field == "country" else kind_label(a.kind), set()).add(a.id)
        elif field == "sector":
            for a in net.actors:
                for s in a.sectors:
                    groups.setdefault(s, set()).add(a.id)
        elif field == "tie_kind":
            for u, v, kinds in G.edges(data="kinds"):
                for k in kinds or ():
                    groups.setdefault(k.replace("_", " "), set()).update((u, v))
        elif field == "event":
            names = {e.id: e.name for e in net.events}
            for p in net.participations:
                groups.setdefault(names.get(p.event, p.event), set()).add(p.actor)
        elif field == "community" and self.communities is not None:
            return [
                (c.label or str(c.id + 1), set(c.members)) for c in self.communities if len(c.members) > 1
            ]
        return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold()))

    def _fill_filter_values(self) -> None:
        field = self.filter_field.currentData()
        self.filter_value.blockSignals(True)
        self.filter_value.clear()
        if field and self.net is not None:
            for text, members in self._filter_options(field):
                self.filter_value.addItem(f"{text} ({len(members)})", (text, members))
        self.filter_value.blockSignals(False)
        self.filter_value.setEnabled(self.filter_value.count() > 0)
        self._apply_filter()

    def _apply_filter(self) -> None:
        chosen = self.filter_value.currentData() if self.filter_field.currentData() else None
        self.canvas.set_visible_subset(set(chosen[1]) if chosen is not None else None)

    def set_filter(self, field: str, value: str | None = None) -> None:
        """Highlight one group as if chosen in the toolbar: ``field`` is a key like ``"country"`` ("" for
        everyone), ``value`` a group name like ``"UA"`` (default: the largest group)."""
        self.filter_field.setCurrentIndex(max(self.filter_field.findData(field), 0))
        if value is not None:
            for row in range(self.filter_value.count()):
                if self.filter_value.itemData(row)[0] == value:
                    self.filter_value.setCurrentIndex(row)

    # -- selection and focus -------------------------------------------------------------------
    def select_actor(self, actor_id: str) -> None:
        """Select ``actor_id`` and bring it into view (remembered until the network has loaded)."""
        if self.graph is None:
            self._pending_select = actor_id
            return
        self._pending_select = None
        self.canvas.select(actor_id)
        self.canvas.center_on(actor_id)

    def _selection_changed(self, actor_id: str) -> None:
        self.focus_button.setEnabled(bool(actor_id) or self.focus_button.isChecked())
        if self.focus_button.isChecked() and actor_id:
            self.canvas.focus(actor_id)

    def _focus_toggled(self, on: bool) -> None:
        if on and self.canvas.selected_actor():
            self.canvas.focus(self.canvas.selected_actor())
        else:
            self.canvas.focus(None)
            self.canvas.fit_to_view()
            self.focus_button.setEnabled(bool(self.canvas.selected_actor()))

    def _fit(self) -> None:
        self.canvas.fit_to_view()

    # -- layout --------------------------------------------------------------------------------
    def is_layout_running(self) -> bool:
        return self._layout_task is not None

    def run_layout(self, start: dict[str, tuple[float, float]] | None = None) -> None:
        """Run the force layout in the background from ``start`` (default: the positions shown),
        streaming positions to the canvas."""
        if self.graph is None or self.is_layout_running():
            return
        G = self.graph
        if start is None:
            start = self.canvas.positions()
        relay = _PositionRelay()
        relay.positions.connect(self._positions_streamed)

        def work(progress, cancelled):
            return force_layout(
                G,
                pos=start or None,
                iterations=LAYOUT_ITERATIONS,
                seed=0,
                progress=progress,
                cancelled=cancelled,
                on_positions=relay.positions.emit,
                every=10,
            )

        self.progress.setRange(0, LAYOUT_ITERATIONS)
        self.progress.setValue(0)
        self.progress.show()
        self.layout_button.setText(self.tr("Stop"))
        self.layout_button.setToolTip(self.tr("Stop the layout and keep the positions reached"))
        self._layout_relay = relay
        self._layout_task = run_task(
            self,
            work,
            on_success=self._layout_done,
            on_failure=self._layout_failed,
            on_progress=lambda done, total: self.progress.setValue(done),
            pool=CPU_POOL,
        )

    def stop_layout(self) -> None:
        if self.is_layout_running():
            self._layout_task.cancel()

    def _layout_clicked(self) -> None:
        if self.is_layout_running():
            self.stop_layout()
        else:
            self.run_layout()

    def _layout_ended(self) -> None:
        self._layout_task = None
        self._layout_relay = None
        self.progress.hide()
        self.layout_button.setText(self.tr("Run layout"))
        self.layout_button.setToolTip(self.tr("Arrange the network by its ties"))

    def _positions_streamed(self, positions) -> None:
        self.canvas.set_positions(park_isolates(positions, self._isolates))

    def _layout_done(self, positions) -> None:
        self._layout_ended()
        positions = park_isolates(positions, self._isolates)
        self.canvas.set_positions(positions)
        engine = self.store.engine
        run_task(self, lambda p, c: save_positions(engine, positions), on_failure=self._failed, pool=DB_POOL)
        self.layoutFinished.emit()

    def _layout_failed(self, error: BaseException) -> None:
        self._layout_ended()
        self._failed(error)
        self.layoutFinished.emit()
