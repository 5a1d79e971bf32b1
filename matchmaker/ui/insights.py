"""Insights: the charts a council would put on a slide.

Cross-border share of new ties by year and around each event, sectors by country, the top
cross-border brokers, and the matches in the pipeline by stage. Every number comes from
:mod:`matchmaker.graph.stats` and :mod:`matchmaker.graph.brokers` through the session's derived
results (computed off the UI thread, once per network state: an outcome recorded in Matches shows
here as soon as the view is); this module only draws. How many outcomes the recommender learned
from is read from the session's one fitted recommender, the very model (and sentence) the Matches
view shows, so the two views never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.changes import Changes
from matchmaker.ui.insights_charts import BarChart, GroupedBarChart, LineChart
from matchmaker.ui.matches import outcome_label
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.task_strip import TaskStrip
from matchmaker.ui.theme import accent_colors
from matchmaker.vocab_labels import label

__all__ = ["InsightsView"]


class InsightsView(SessionView):
    listens_to = Changes.ACTORS | Changes.TIES | Changes.DECISIONS

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.by_year = LineChart("", self)
        self.by_event = GroupedBarChart("", self)
        self.sectors = GroupedBarChart("", self)
        self.brokers = BarChart("", self, value_format="{:.1%}")  # 0.004 reads 0.4 %, never 0.00
        self.pipeline = BarChart("", self, value_format="{:.0f}")
        self.kinds = GroupedBarChart("", self)
        self.charts = (self.by_year, self.by_event, self.sectors, self.brokers, self.pipeline, self.kinds)
        for chart in self.charts:
            chart.setMinimumHeight(250)
        self.sectors.setMinimumHeight(320)
        self.brokers_note = self._note()
        self.brokers_strip = TaskStrip(self._find_brokers, self)
        self.pipeline_note = self._note()
        self._model = None
        self._learning = False  # the recommender is being fitted: the note says so, in the current language
        self._data: dict | None = None
        self._brokers: list | None = None
        self._brokers_stopped = False  # the user cancelled finding them (the strip offers to restart)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(self.by_year, 1, 0)
        grid.addWidget(self.by_event, 1, 1)
        grid.addWidget(self.sectors, 2, 0)
        grid.addWidget(self._with_note(self.brokers, self.brokers_note, self.brokers_strip), 2, 1)
        grid.addWidget(self._with_note(self.pipeline, self.pipeline_note), 3, 0)
        grid.addWidget(self.kinds, 3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslateUi()

    def _note(self) -> QLabel:
        note = QLabel(self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        return note

    def _with_note(self, chart, note: QLabel, strip: TaskStrip | None = None) -> QWidget:
        """A chart with a sentence under it saying how to read it (and the progress of what fills it)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if strip is not None:
            column.addWidget(strip)
        column.addWidget(chart, 1)
        column.addWidget(note)
        return box

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.by_year.set_title(self.tr("Share of new ties that cross the border, by year"))
        self.by_event.set_title(
            self.tr("Cross-border share of participants' new ties, year before vs after each event")
        )
        self.sectors.set_title(self.tr("Sectors by country (actors)"))
        self.brokers.set_title(self.tr("Top cross-border brokers"))
        self.pipeline.set_title(self.tr("Matches in the pipeline, by stage"))
        self.kinds.set_title(self.tr("Who is in the network, by country"))
        self.brokers.empty_text = (
            self.tr("Not computed: stopped")
            if self._brokers_stopped
            else self.tr("Computing…")
            if self._brokers is None
            else self.tr("No actor links the two countries yet")
        )
        self.pipeline.empty_text = self.tr("No outcomes recorded yet: record them in Matches")
        self.brokers_note.setText(
            self.tr(
                "A broker's score is the share of the shortest chains between an Estonian and a Ukrainian "
                "actor that pass through them: 10% means one chain in ten. High scorers hold the two "
                "countries together and are the people to ask for introductions."
            )
        )
        self._show_learning()
        if self._data is not None:
            self._show_insights(self._data)
        for chart in self.charts:
            chart.update()

    def refresh(self, _changes: Changes, _actor_ids: frozenset[str]) -> None:
        if self.session.net is None:
            return
        self.session.compute("insights", self._show_insights, on_failure=self._failed)
        self._find_brokers()
        self._learning = True
        self._show_learning()
        self.session.compute("recommender", self._model_ready, on_failure=self._learning_failed)

    def _find_brokers(self) -> None:
        """Ask for the brokers (betweenness from sampled sources: tens of seconds at 100,000 actors)."""
        self._brokers_stopped = False
        self.brokers.empty_text = self.tr("Computing…")
        self.brokers.update()
        task = self.session.compute("brokers", self._show_brokers, on_failure=self._brokers_failed)
        self.brokers_strip.watch(lambda: self.tr("Finding brokers…"), task)

    def _brokers_failed(self, error: BaseException) -> None:
        from matchmaker.graph.steps import AnalysisCancelled

        if not isinstance(error, AnalysisCancelled):
            self._failed(error)
            return
        self._brokers_stopped = True
        self.brokers.empty_text = self.tr("Not computed: stopped")
        self.brokers.set_items([])
        self.brokers_strip.stopped(lambda: self.tr("Brokers not found: stopped."))

    def _model_ready(self, model) -> None:
        self._model, self._learning = model, False
        self._show_learning()

    def _learning_failed(self, error: BaseException) -> None:
        self._learning = False
        self.pipeline_note.clear()
        self._failed(error)

    def _show_learning(self) -> None:
        """What the recommender learned from: the number, and the sentence, the Matches view shows."""
        model = self._model
        if self._learning:
            self.pipeline_note.setText(self.tr("Counting what the recommender learned from…"))
            return
        if model is None:
            return
        if model.weights_source_ == "learned":
            text = self.tr(
                "Learned from %n recorded outcome(s) and formed partnerships.", "", model.n_outcomes_
            )
        else:
            text = self.tr(
                "Default weights: too few outcomes recorded yet to learn from (%n so far).",
                "",
                model.n_outcomes_,
            )
        self.pipeline_note.setText(self.tr("The recommender: %1").replace("%1", text))

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("Could not compute the charts: %1").replace("%1", str(error)))

    def _show_insights(self, data: dict) -> None:
        self._data = data
        colors = accent_colors()
        counts = data["counts"]
        self.summary.setText(
            self.tr("%n actor(s)", "", counts["actors"])
            + " · "
            + self.tr("%n tie(s)", "", counts["ties"])
            + " · "
            + self.tr("%1% of ties cross the border").replace(
                "%1", f"{counts['cross_border_share'] * 100:.0f}"
            )
        )
        years = sorted(data["by_year"])
        self.by_year.set_data(
            [str(y) for y in years],
            [
                (self.tr("that year"), colors["EE"], [data["by_year"][y] for y in years]),
                (self.tr("all ties so far"), colors["UA"], [data["cumulative"].get(y) for y in years]),
            ],
        )
        events = data["by_event"][-8:]
        self.by_event.set_data(
            [f"{row['name']} ({row['start'][:4]})" for row in events],
            [
                (
                    self.tr("before (%)"),
                    colors["other"],
                    [round(100 * (row["cross_border_share_before"] or 0)) for row in events],
                ),
                (
                    self.tr("after (%)"),
                    colors["EE"],
                    [round(100 * row["cross_border_share"]) for row in events],
                ),
            ],
        )
        countries = sorted(
            {c for _s, by_country in data["sectors"] for c in by_country},
            key=lambda c: (c not in ("EE", "UA"), c),
        )[:3]
        self.sectors.set_data(
            [label("sector", s) for s, _c in data["sectors"]],
            [
                (
                    c,
                    colors.get(c, colors["other"]),
                    [by_country.get(c, 0) for _s, by_country in data["sectors"]],
                )
                for c in countries
            ],
        )
        self.kinds.set_data(
            [kind_label(k) for k, _c in data["kinds"]],
            [
                (
                    c,
                    colors.get(c, colors["other"]),
                    [by_country.get(c, 0) for _k, by_country in data["kinds"]],
                )
                for c in countries
            ],
        )
        self._show_pipeline(data["pipeline"])

    def _show_brokers(self, brokers: list[tuple[str, float]]) -> None:
        self._brokers = brokers
        colors = accent_colors()
        self.brokers.empty_text = self.tr("No actor links the two countries yet")
        items = []
        for actor_id, score in brokers:
            actor = self.session.actor(actor_id)
            name = f"{actor.name} ({actor.country})" if actor else actor_id
            items.append((name, score, colors.get(actor.country if actor else "", colors["other"])))
        self.brokers.set_items(items)

    def _show_pipeline(self, by_status: dict[str, int]) -> None:
        """The pipeline from :func:`matchmaker.graph.stats.decisions_by_status` (every status, in order)."""
        colors = accent_colors()
        self.pipeline.set_items(
            [
                (
                    outcome_label(status),
                    count,
                    colors["bad"]
                    if status == "declined"
                    else colors["good"]
                    if status == "agreement"
                    else colors["EE"],
                )
                for status, count in by_status.items()
            ]
            if any(by_status.values())
            else []
        )

    def chart_sizes(self) -> dict[str, bool]:
        """Which charts have something to show (tests and screenshots check this)."""
        return {chart.title: not chart.is_empty() for chart in self.charts}
