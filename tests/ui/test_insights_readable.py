"""Insights a council member can read: long labels shortened in the middle and shown whole on
hover, a value on every bar, broker scores explained, and one count of outcomes with Matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from matchmaker.ui.insights_charts import BarChart, GroupedBarChart

LONG = "Sandbox Annual Forum 2025 on Digital Public Services (Tallinn)"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip window, offscreen
def test_a_long_label_is_shortened_in_the_middle_and_shown_whole_on_hover(qtbot):
    chart = BarChart("Events")
    qtbot.addWidget(chart)
    chart.resize(360, 200)
    chart.set_items([(LONG, 12.0), ("Short", 3.0)])
    chart.show()
    chart.grab()
    assert chart.shortened_labels() == [LONG]
    rect = chart._shortened[0][0]
    shown = chart.fontMetrics().elidedText(LONG, Qt.TextElideMode.ElideMiddle, int(rect.width()))
    assert shown.startswith("Sandbox") and shown.endswith("(Tallinn)") and "…" in shown
    centre = rect.center().toPoint()
    assert chart.full_label_at(centre.x(), centre.y()) == LONG
    QToolTip.hideText()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, centre, chart.mapToGlobal(centre)))
    assert QToolTip.text() == LONG
    QToolTip.hideText()
    assert chart.full_label_at(5, 5) == ""


def test_a_user_name_in_a_tooltip_stays_text(qtbot):
    chart = BarChart("Brokers")
    qtbot.addWidget(chart)
    chart.resize(300, 160)
    name = "<img src=x> " + "very long name " * 5
    chart.set_items([(name, 1.0)])
    chart.grab()
    assert chart.shortened_labels() == [name]
    from matchmaker.ui.plain_tooltip import plain_tooltip

    assert "&lt;img" in plain_tooltip(name)


def test_thin_grouped_bars_still_carry_their_values(qtbot):
    from PySide6.QtGui import QColor, QPainter

    chart = GroupedBarChart("Sectors")
    qtbot.addWidget(chart)
    chart.resize(420, 200)
    categories = [f"sector {i}" for i in range(10)]
    chart.set_data(
        categories,
        [
            ("EE", QColor("blue"), [float(10 + i) for i in range(10)]),
            ("UA", QColor("orange"), [float(i) for i in range(10)]),
        ],
    )
    drawn = []
    original = QPainter.drawText

    def record(painter, *args):
        drawn.append(args[-1] if isinstance(args[-1], str) else "")
        return original(painter, *args)

    QPainter.drawText = record
    try:
        chart.grab()
    finally:
        QPainter.drawText = original
    for i in range(10):
        assert f"{10 + i} / {i}" in drawn
    assert chart.shortened_labels() == []  # "sector 9" fits: never "sector …"


def test_broker_scores_are_explained_and_outcomes_counted_once(qtbot, window):
    window.show_view("insights")
    insights = window.insights
    qtbot.waitUntil(lambda: insights._model is not None and bool(insights.brokers.items), timeout=120_000)
    assert "shortest chains between an Estonian and a Ukrainian actor" in insights.brokers_note.text()
    window.session.set_current(window.session.net.actors[0].id)
    window.show_view("matches")
    qtbot.waitUntil(lambda: window.matches.weights_note.text() != "", timeout=120_000)
    matches_says = window.matches.weights_note.text()
    assert insights.pipeline_note.text() == f"The recommender: {matches_says}"
    assert any(ch.isdigit() for ch in matches_says)
