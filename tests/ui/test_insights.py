"""Insights on the demo network: every chart has something to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def test_every_chart_is_filled_on_the_demo(qtbot, window):
    window.show_view("insights")
    insights = window.insights
    qtbot.waitUntil(lambda: all(insights.chart_sizes().values()), timeout=120_000)
    assert "cross the border" in insights.summary.text()
    assert len(insights.brokers.items) == 10
    assert {label for label, _v, _c in insights.pipeline.items} >= {"Contacted", "Declined"}
    assert insights.by_year.grab().width() > 0


def pipeline(insights) -> dict[str, float]:
    return {label: value for label, value, _c in insights.pipeline.items}


def test_the_pipeline_counts_a_new_outcome(qtbot, window):
    window.show_view("insights")
    qtbot.waitUntil(lambda: bool(window.insights.pipeline.items), timeout=60_000)
    before = pipeline(window.insights)
    window.session.set_current(window.session.net.actors[0].id)
    window.show_view("matches")
    qtbot.waitUntil(lambda: len(window.matches.suggestions) > 0, timeout=120_000)
    button = window.matches.list.itemWidget(window.matches.list.item(0)).findChild(
        QPushButton, "outcome_agreement"
    )
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.show_view("insights")  # it was hidden: it follows the outcome now that it is shown
    qtbot.waitUntil(lambda: pipeline(window.insights)["Agreement"] == before["Agreement"] + 1, timeout=60_000)
