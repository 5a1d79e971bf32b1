"""Insights: the charts a council would put on a slide.

Cross-border share of new ties by year and around each event, sectors by country, the top
cross-border brokers, and the matches in the pipeline by stage. The numbers come from
:mod:`matchmaker.graph` (computed off the UI thread, cached per network); this module only draws.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.insights_charts import BarChart, GroupedBarChart, LineChart
from matchmaker.ui.matches import OUTCOMES
from matchmaker.ui.session import Session
from matchmaker.ui.theme import accent_colors
from matchmaker.vocab import DECISION_STATUSES

__all__ = ["InsightsView", "compute_insights", "compute_brokers"]

TOP_SECTORS = 10
TOP_BROKERS = 10


def compute_insights(net, _progress, _cancelled) -> dict:
    """Chart data from the records (fast: no graph)."""
    from matchmaker.graph.stats import (
        cross_border_share_by_event,
        cross_border_share_by_year,
        cumulative_cross_border_share,
    )

    sectors: dict[str, Counter] = {}
    for actor in net.actors:
        for sector in actor.sectors:
            sectors.setdefault(sector, Counter())[actor.country] += 1
    top = sorted(sectors, key=lambda s: (-sum(sectors[s].values()), s))[:TOP_SECTORS]
    kinds: dict[str, Counter] = {}
    for actor in net.actors:
        kinds.setdefault(actor.kind, Counter())[actor.country] += 1
    country = {a.id: a.country for a in net.actors}
    crossing = sum(1 for t in net.ties if country.get(t.source) != country.get(t.target))
    return {
        "by_year": cross_border_share_by_year(net),
        "cumulative": cumulative_cross_border_share(net),
        "by_event": [
            row for row in cross_border_share_by_event(net) if row["cross_border_share"] is not None
        ],
        "sectors": [(s, dict(sectors[s])) for s in top],
        "kinds": sorted(((k, dict(c)) for k, c in kinds.items()), key=lambda kc: -sum(kc[1].values())),
        "actors": len(net.actors),
        "ties": len(net.ties),
        "crossing": crossing,
    }


def compute_brokers(net, _progress, _cancelled) -> list[tuple[str, float]]:
    """The actors most cross-border shortest paths run through."""
    from matchmaker.graph.brokers import cross_border_brokers
    from matchmaker.graph.build import build_graph

    return cross_border_brokers(build_graph(net), top=TOP_BROKERS)


class InsightsView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.by_year = LineChart(self.tr("Share of new ties that cross the border, by year"), self)
        self.by_event = GroupedBarChart(
            self.tr("Cross-border share of participants' new ties, year before vs after each event"), self
        )
        self.sectors = GroupedBarChart(self.tr("Sectors by country (actors)"), self)
        self.brokers = BarChart(self.tr("Top cross-border brokers"), self, value_format="{:.2f}")
        self.pipeline = BarChart(self.tr("Matches in the pipeline, by stage"), self, value_format="{:.0f}")
        self.kinds = GroupedBarChart(self.tr("Who is in the network, by country"), self)
        self.charts = (self.by_year, self.by_event, self.sectors, self.brokers, self.pipeline, self.kinds)
        for chart in self.charts:
            chart.setMinimumHeight(250)
        self.brokers.empty_text = self.tr("Computing…")

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(self.by_year, 1, 0)
        grid.addWidget(self.by_event, 1, 1)
        grid.addWidget(self.sectors, 2, 0)
        grid.addWidget(self.brokers, 2, 1)
        grid.addWidget(self.pipeline, 3, 0)
        grid.addWidget(self.kinds, 3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._active = False
        session.loaded.connect(self.refresh)
        session.decisionsChanged.connect(self._show_pipeline)
        session.actorChanged.connect(self.refresh)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - compute only when shown
        super().setVisible(visible)
        self._active = visible
        if visible:
            self.refresh()

    def refresh(self, *_args) -> None:
        if not self._active or self.session.net is None:
            return
        self._show_pipeline()
        self.session.compute("insights", compute_insights, self._show_insights, on_failure=self._failed)
        self.session.compute("brokers", compute_brokers, self._show_brokers, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("Could not compute the charts: %1").replace("%1", str(error)))

    def _show_insights(self, data: dict) -> None:
        colors = accent_colors()
        share = data["crossing"] / data["ties"] if data["ties"] else 0.0
        self.summary.setText(
            self.tr("%n actor(s)", "", data["actors"])
            + " · "
            + self.tr("%n tie(s)", "", data["ties"])
            + " · "
            + self.tr("%1% of ties cross the border").replace("%1", f"{share * 100:.0f}")
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
            {c for _s, counts in data["sectors"] for c in counts}, key=lambda c: (c not in ("EE", "UA"), c)
        )[:3]
        self.sectors.set_data(
            [s for s, _c in data["sectors"]],
            [
                (c, colors.get(c, colors["other"]), [counts.get(c, 0) for _s, counts in data["sectors"]])
                for c in countries
            ],
        )
        self.kinds.set_data(
            [kind_label(k) for k, _c in data["kinds"]],
            [
                (c, colors.get(c, colors["other"]), [counts.get(c, 0) for _k, counts in data["kinds"]])
                for c in countries
            ],
        )

    def _show_brokers(self, brokers: list[tuple[str, float]]) -> None:
        colors = accent_colors()
        self.brokers.empty_text = self.tr("No actor links the two countries yet")
        items = []
        for actor_id, score in brokers:
            actor = self.session.actor(actor_id)
            name = f"{actor.name} ({actor.country})" if actor else actor_id
            items.append((name, score, colors.get(actor.country if actor else "", colors["other"])))
        self.brokers.set_items(items)

    def _show_pipeline(self) -> None:
        if self.session.net is None:
            return
        counts = Counter(d.status for d in self.session.net.decisions)
        labels = {"suggested": self.tr("Suggested"), **{k: _outcome_label(v) for k, v in OUTCOMES}}
        colors = accent_colors()
        self.pipeline.set_items(
            [
                (
                    labels[s],
                    counts.get(s, 0),
                    colors["bad"]
                    if s == "declined"
                    else colors["good"]
                    if s == "agreement"
                    else colors["EE"],
                )
                for s in DECISION_STATUSES
            ]
            if counts
            else []
        )
        self.pipeline.empty_text = self.tr("No outcomes recorded yet: record them in Matches")

    def chart_sizes(self) -> dict[str, bool]:
        """Which charts have something to show (tests and screenshots check this)."""
        return {chart.title: not chart.is_empty() for chart in self.charts}


def _outcome_label(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MatchesView", text)
