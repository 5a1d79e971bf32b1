"""The network view: the canvas under a small toolbar (colour, size, filter, focus, layout, fit).

Everything it draws comes from the session: the one tie graph, the canvas data, communities and
centralities are derived results computed off the UI thread (:mod:`~matchmaker.ui.derived`), saved
positions are read on the database worker. A new network (an import) rebuilds the canvas, keeping
saved positions and placing newcomers next to their neighbours with a layout; an edit renames or
recolours actors in place. The layout streams positions to the canvas through a queued signal and
is saved through the session's door when it finishes or is stopped. Filters *fade* the rest of the
network rather than hiding it, so the picture keeps its shape.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.canvas import NetworkCanvas
from matchmaker.ui.canvas_palette import community_color, country_color, kind_color
from matchmaker.ui.changes import Changes
from matchmaker.ui.map_actions import MapActions
from matchmaker.ui.map_data import actor_tooltip
from matchmaker.ui.map_labels import band_caption, community_captions
from matchmaker.ui.map_layout_runner import MapLayoutRunner, PositionRelay
from matchmaker.ui.map_panel import MapPanel
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.task_strip import TaskStrip
from matchmaker.ui.tasks import Task

__all__ = ["NetworkView"]

MAX_LEGEND_COMMUNITIES = 10


def _fills_by(values: list, colors: dict) -> np.ndarray:
    """Each entry's colour (``QColor.rgba()``) by its value: one Qt call per distinct value, the rest in
    numpy's C loops (a Python loop over 100,000 actors on the GUI thread waits on every worker)."""
    if not values:
        return np.zeros(0, dtype=np.uint32)
    distinct, code = np.unique(np.array(values, dtype=object), return_inverse=True)
    palette = np.array([colors[v].rgba() for v in distinct.tolist()], dtype=np.uint32)
    return palette[code.ravel()]


class NetworkView(MapActions, MapLayoutRunner, SessionView):
    """Canvas plus toolbar over the session, and a side panel (details, warm introductions).

    ``actorActivated`` on double click or Enter; ``profileRequested`` when the user asks for an
    actor's profile (the panel's button, the right-click menu).
    """

    profileRequested = Signal(str)
    loaded = Signal()  # the network is on the canvas
    previewShown = Signal()  # the kept preview is on the canvas (the graph still loads)
    layoutFinished = Signal()  # the layout ended (done or stopped) and its positions are on the canvas
    listens_to = Changes.ACTORS | Changes.TIES

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.graph = None
        self.communities: list | None = None
        self._measures: dict[str, dict[str, float]] = {}
        self._layout_task: Task | None = None
        self._layout_relay: PositionRelay | None = None
        self._layout_token = 0
        self._load_token = 0
        self._pending_select: str | None = None
        self._previous = ""  # the actor selected before the current one ("path to here" starts there)
        self._selected_now = ""
        self._isolates: list[str] = []
        self._preview_columns = None  # the kept preview's columns while the canvas shows it
        self._graph_columns = None  # the session's columns when the graph drawn was loaded
        self._communities_stopped = False  # the user cancelled finding them (the strip offers to restart)
        self._colouring: tuple | None = None  # (mode, columns, communities) last coloured by, and its key
        self.canvas = NetworkCanvas(self)
        self.panel = MapPanel(session, self)
        self.panel.hide()
        self._build_toolbar()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._bar)
        layout.addWidget(self.splitter, 1)
        self.canvas.actorActivated.connect(self.actorActivated)
        self.canvas.selectionChanged.connect(self._selection_changed)
        self.canvas.actorClicked.connect(lambda _actor: self.panel.show_details())
        self.canvas.actorMenuRequested.connect(self._actor_menu)
        self._connect_panel()
        if session.net is not None:
            self.panel.intro.set_actors(
                session.net.actors
            )  # before the map: the Directory may ask for a path
        self.retranslateUi()
        session.languageChanged.connect(lambda _language: self._relabel())
        session.previewed.connect(self._draw_preview)
        if session.net is None:
            self._draw_preview()

    @property
    def net(self):
        return self.session.net

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
        self.color_by = self._combo([("", "country"), ("", "community"), ("", "kind")], "")
        self.size_by = self._combo([("", "degree"), ("", "betweenness"), ("", "pagerank"), ("", "")], "")
        self.filter_field = self._combo(
            [
                ("", ""),
                ("", "country"),
                ("", "kind"),
                ("", "sector"),
                ("", "tie_kind"),
                ("", "community"),
                ("", "event"),
            ],
            "",
        )
        self.filter_value = self._combo([], "")
        self.filter_value.setEnabled(False)
        self.focus_button = self._button("", "", self._focus_toggled, checkable=True)
        self.focus_button.setEnabled(False)
        self.fit_button = self._button("", "", self._fit)
        self.layout_button = self._button("", "", self._layout_clicked)
        self.layout_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.communities_strip = TaskStrip(self._find_communities, self)
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(6, 4, 6, 0)
        self._bar_labels = []
        for widget in (self.color_by, self.size_by, self.filter_field):
            label = QLabel(self)
            label.setBuddy(widget)
            self._bar_labels.append(label)
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
        self._bar.addWidget(self.communities_strip)
        self._bar.addWidget(self.status)
        self.color_by.currentIndexChanged.connect(self._apply_colors)
        self.size_by.currentIndexChanged.connect(self._apply_sizes)
        self.filter_field.currentIndexChanged.connect(self._fill_filter_values)
        self.filter_value.currentIndexChanged.connect(self._apply_filter)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        texts = {
            self.color_by: [self.tr("Country"), self.tr("Community"), self.tr("Kind")],
            self.size_by: [
                self.tr("Degree"),
                self.tr("Betweenness"),
                self.tr("PageRank"),
                self.tr("Same size"),
            ],
            self.filter_field: [
                self.tr("Everyone"),
                self.tr("Country"),
                self.tr("Kind"),
                self.tr("Sector"),
                self.tr("Tie kind"),
                self.tr("Community"),
                self.tr("Event"),
            ],
        }
        for combo, items in texts.items():
            for row, text in enumerate(items):
                combo.setItemText(row, text)
        self.color_by.setToolTip(self.tr("Colour actors by"))
        self.size_by.setToolTip(self.tr("Size actors by"))
        self.filter_field.setToolTip(self.tr("Highlight only some actors"))
        self.filter_value.setToolTip(self.tr("Which ones"))
        for label, text in zip(
            self._bar_labels, (self.tr("Colour:"), self.tr("Size:"), self.tr("Highlight:")), strict=True
        ):
            label.setText(text)
        self.focus_button.setText(self.tr("Focus"))
        self.focus_button.setToolTip(self.tr("Show only the selected actor's neighbourhood"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole network (0)"))
        self._show_layout_button()
        self._show_status()
        self._colouring = None  # the key's words are in the new language
        if self.graph is not None:
            self._apply_colors()
            if self.filter_field.currentData() in ("kind", "tie_kind"):
                self._fill_filter_values()

    def _show_layout_button(self) -> None:
        if self.is_layout_running():
            self.layout_button.setText(self.tr("Stop"))
            self.layout_button.setToolTip(self.tr("Stop the layout and keep the positions reached"))
        else:
            self.layout_button.setText(self.tr("Run layout"))
            self.layout_button.setToolTip(self.tr("Arrange the network by its ties"))

    def _show_status(self) -> None:
        counts = self.session.cached("counts") if self.graph is not None else None
        if self.graph is None:
            self.status.setText(self.tr("Loading the network…"))
        elif counts is not None:
            self.status.setText(
                self.tr("%n actor(s)", "", counts["actors"])
                + " · "
                + self.tr("%n tie(s)", "", counts["ties"])
            )

    # -- following the session -----------------------------------------------------------------
    def refresh(self, changes: Changes, actor_ids: frozenset[str]) -> None:
        self._colouring = None  # an edit may change a kind or a country in the columns themselves
        if self.graph is None or changes.touches(Changes.TIES):
            self._load()
            return
        # an edit: names, hover texts, colours and communities follow; the drawing keeps its place
        actors = [a for a in (self.session.actor(i) for i in actor_ids) if a is not None]
        self.canvas.update_labels({a.id: a.name for a in actors}, {a.id: actor_tooltip(a) for a in actors})
        self._take_graph()

    def _load(self) -> None:
        """Draw the session's network: its graph, canvas data and saved positions (all off the UI thread)."""
        self._load_token += 1
        token = self._load_token
        self.stop_layout(discard=True)
        self.graph, self.communities, self._measures = None, None, {}
        self.layout_button.setEnabled(False)
        self._show_status()
        session = self.session

        def with_graph(graph) -> None:
            if token == self._load_token:
                session.compute("map", lambda data: with_map(graph, data), on_failure=self._failed)

        def with_map(graph, data) -> None:
            if token == self._load_token:
                session.compute(
                    "positions", lambda saved: self._loaded(graph, data, saved), on_failure=self._failed
                )

        def with_graph_on_preview(graph) -> None:  # the canvas already shows these ties and positions
            if token == self._load_token:
                preview = session.preview
                if preview is not None and preview.positions:  # read as the network opened: not again
                    self._loaded(graph, None, preview.positions)
                    return
                session.compute(
                    "positions", lambda saved: self._loaded(graph, None, saved), on_failure=self._failed
                )

        previewing = self._preview_columns is not None and self._preview_columns is session.columns
        if not previewing:
            self._draw_preview()
        session.compute("graph", with_graph_on_preview if previewing else with_graph, on_failure=self._failed)

    def _draw_preview(self) -> None:
        """Draw the kept preview (ties as arrays, saved positions) while the records and graph load.

        Only a network whose layout was saved is drawn this way: without positions there is
        nothing worth showing before the layout has run.
        """
        preview = self.session.preview
        if self.graph is not None and preview is not None and self._previews_another_network(preview):
            self._let_go_of_graph()  # another database opens: its kept map replaces this one
        if preview is None and self.graph is None and self._preview_columns is not None:
            self._preview_columns = None  # a preview taken back: the map waits for the records
            self.canvas.set_network([], [], {})
            return
        if (
            self.graph is not None
            or preview is None
            or preview.directory is not self.session.columns  # it describes another network by now
            or preview.ties is None
            or not preview.positions
        ):
            return
        from matchmaker.ui.map_data import draw_preview

        columns = preview.directory
        self._colouring = None  # a new scene: every actor starts grey
        self._isolates = draw_preview(self.canvas, preview)
        self._preview_columns = columns
        self._apply_colors()
        self.previewShown.emit()

    def _previews_another_network(self, preview) -> bool:
        """Whether ``preview`` (drawable, the directory's) is of another network than the graph shown."""
        return (
            preview.directory is self.session.columns
            and preview.directory is not self._graph_columns
            and preview.ties is not None
            and bool(preview.positions)
        )

    def _let_go_of_graph(self) -> None:
        """Stop showing the graph drawn (another network is shown now); the next load draws afresh."""
        self._load_token += 1  # a load still running for it draws nothing
        self.stop_layout(discard=True)
        self.graph, self.communities, self._measures, self._graph_columns = None, None, {}, None
        self.layout_button.setEnabled(False)
        self._show_status()

    def _loaded(self, graph, data: dict | None, saved: dict) -> None:
        """The graph (and, unless the preview is drawn, the map's data) and the saved positions are in."""
        G = self.graph = graph
        self._graph_columns = self.session.columns
        saved = {a: xy for a, xy in saved.items() if a in G}
        self.panel.details.set_graph(G)
        self.panel.intro.set_actors(self.net.actors)
        if data is not None:
            self._colouring = None  # a new scene: every actor starts grey
            self._isolates = data["isolates"]
            self.canvas.set_network(
                data["nodes"], data["edges"], saved, labels=data["labels"], tooltips=data["tips"]
            )
        self._preview_columns = None
        self.session.compute("counts", lambda _counts: self._show_status())
        self._show_status()
        self.layout_button.setEnabled(G.number_of_nodes() > 0)
        self._apply_colors()
        self._apply_sizes()
        if self.filter_field.currentData():
            self._fill_filter_values()
        if self._pending_select:
            self.select_actor(self._pending_select)
        if G.number_of_nodes() and not all(a in saved for a in G):
            self.run_layout(start=saved)  # newcomers are placed next to their saved neighbours first
        self._take_graph(fresh=True)
        self._show_map_labels()
        if self.canvas.highlighted_path():  # a chain asked for while the map loaded (from the Directory)
            self.canvas.fit_to(self.canvas.highlighted_path())
        self.loaded.emit()

    def _take_graph(self, fresh: bool = False) -> None:
        """Colour and filter by the communities of the session's current graph (recomputed after an edit)."""
        if not fresh:
            self.session.compute("graph", self._graph_changed)
        self._find_communities()
        self._apply_colors()

    def _find_communities(self) -> None:
        """Ask for the session's communities (colours, names on the map, the filter), with progress and Cancel."""
        if self.graph is not None and self.graph.number_of_nodes():
            self._communities_stopped = False
            task = self.session.compute(
                "communities", self._communities_ready, on_failure=self._communities_failed
            )
            self.communities_strip.watch(lambda: self.tr("Finding communities…"), task)

    def _communities_failed(self, error: BaseException) -> None:
        from matchmaker.graph.steps import AnalysisCancelled

        if not isinstance(error, AnalysisCancelled):
            self._failed(error)
            return
        self._communities_stopped = True
        self.communities_strip.stopped(lambda: self.tr("Communities not found: stopped."))
        if self.color_by.currentData() == "community":
            self.canvas.set_legend(self.tr("Communities not found"), [])

    def _graph_changed(self, graph) -> None:
        if self.graph is not None and set(graph) == set(self.graph):
            self.graph = graph  # same actors and ties, fresher attributes

    def _relabel(self) -> None:
        """Another language: hover texts (actor kinds) are made again."""
        if self.graph is not None:
            self.session.compute("map", lambda data: self.canvas.update_labels(data["labels"], data["tips"]))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Could not finish: %1").replace("%1", str(error)))

    def _communities_ready(self, communities) -> None:
        self.communities = communities
        self._show_map_labels()
        if self.color_by.currentData() == "community":
            self._apply_colors()
        if self.filter_field.currentData() == "community":
            self._fill_filter_values()

    # -- colour, size, filter ------------------------------------------------------------------
    def _apply_colors(self) -> None:
        columns = self.session.columns
        if columns is None or (self.graph is None and self._preview_columns is None):
            return
        mode = self.color_by.currentData()
        inputs = (mode, columns, self.communities if mode == "community" else None)
        kept = self._colouring
        # the mode is a fresh string from the combo each time: equal, not identical; the rest by identity
        if kept is not None and kept[0][0] == mode and kept[0][1] is columns and kept[0][2] is inputs[2]:
            self.canvas.set_legend(*kept[2])  # the same actors, colours and key: nothing to redo
            self._show_map_labels()
            return
        if mode == "kind":
            kinds = Counter(columns.kinds)
            ids, fills = columns.ids, _fills_by(columns.kinds, {k: kind_color(k) for k in kinds})
            legend = [(kind_label(k), kind_color(k)) for k, _n in kinds.most_common()]
            title = self.tr("Kind")
        elif mode == "community":
            if self.communities is None:
                self.canvas.set_legend(
                    self.tr("Communities not found")
                    if self._communities_stopped
                    else self.tr("Finding communities…"),
                    [],
                )
                return
            # actors in no community worth the name (alone) stay neutral, so colour means a group
            grouped = [c for c in self.communities if len(c.members) > 1]
            ids = [m for c in grouped for m in c.members]
            fills = np.repeat(
                np.array([community_color(c.id).rgba() for c in grouped], dtype=np.uint32),
                [len(c.members) for c in grouped],
            )
            legend = [(f"{c.label or c.id + 1} ({len(c.members)})", community_color(c.id)) for c in grouped][
                :MAX_LEGEND_COMMUNITIES
            ]
            title = self.tr("Community")
        else:
            counts = Counter(columns.countries)
            others = [c for c, _n in counts.most_common() if c not in ("EE", "UA")]
            ids, fills = (
                columns.ids,
                _fills_by(columns.countries, {c: country_color(c, others) for c in counts}),
            )
            ordered = [c for c in ("EE", "UA") if c in counts] + others
            legend = [(c, country_color(c, others)) for c in ordered]
            title = self.tr("Country")
        self.canvas.set_node_fills(ids, fills)
        self.canvas.set_legend(title, legend)
        self._colouring = (inputs, None, (title, legend))
        self._show_map_labels()

    def _apply_sizes(self) -> None:
        if self.graph is None:
            return
        measure = self.size_by.currentData()
        if not measure:
            self.canvas.set_node_sizes(None)
        elif measure in self._measures:
            self.canvas.set_node_sizes(self._measures[measure])
        else:

            def done(values, measure=measure):
                self._measures[measure] = values
                if self.size_by.currentData() == measure:
                    self.canvas.set_node_sizes(values)

            self.session.compute("centrality", done, on_failure=self._failed, arg=measure)

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

    def show_suggestions(self, actor_id: str, candidate_ids: list[str]) -> None:
        """Select ``actor_id`` and draw dashed links to its suggested partners (kept until loaded)."""
        self.select_actor(actor_id)
        self.canvas.show_suggestions(actor_id, candidate_ids)

    def _selection_changed(self, actor_id: str) -> None:
        self.focus_button.setEnabled(bool(actor_id) or self.focus_button.isChecked())
        if self.focus_button.isChecked() and actor_id:
            self.canvas.focus(actor_id)
        source, candidates = self.canvas.suggestions_shown()
        if source and actor_id != source and actor_id not in candidates:
            self.canvas.show_suggestions(None, [])  # another actor now: the previous one's marks go
        if actor_id:
            self._previous, self._selected_now = self._selected_now, actor_id
            self.panel.details.show_actor(actor_id)

    def _show_map_labels(self) -> None:
        """Community names (when coloured by community) and the band's caption, on the map."""
        positions = self.canvas.position_lookup()
        labels = []
        if self.color_by.currentData() == "community" and self.communities is not None:
            labels = community_captions(self.communities, positions)
        caption = band_caption(self._isolates, positions)
        if caption is not None:
            labels.append(caption)
        self.canvas.set_map_labels(labels)

    def _focus_toggled(self, on: bool) -> None:
        if on and self.canvas.selected_actor():
            self.canvas.focus(self.canvas.selected_actor())
        else:
            self.canvas.focus(None)
            self.canvas.fit_to_view()
            self.focus_button.setEnabled(bool(self.canvas.selected_actor()))

    def _fit(self) -> None:
        self.canvas.fit_to_view()
