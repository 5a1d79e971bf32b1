"""The Matches view's best pairs across borders: found off the UI thread, cancellable, opening profiles and Matches."""

from __future__ import annotations

from PySide6.QtCore import Qt

from matchmaker.ui.tasks import wait_for_all_tasks


def open_best_pairs(qtbot, window):
    window.show_view("matches")
    matches = window.matches
    matches.tabs.setCurrentWidget(matches.best_pairs)
    return matches.best_pairs


def test_the_networks_best_cross_border_pairs_are_listed_with_names_bands_and_reasons(qtbot, window):
    panel = open_best_pairs(qtbot, window)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    assert panel.cancel.isEnabled()
    qtbot.waitUntil(lambda: len(panel.pairs) > 0, timeout=120_000)

    session = window.session
    assert panel.table.rowCount() == len(panel.pairs)
    assert all(p.actor_country != p.partner_country for p in panel.pairs)
    assert [p.score for p in panel.pairs] == sorted((p.score for p in panel.pairs), reverse=True)
    first = panel.pairs[0]
    assert panel.table.item(0, 0).text() == session.actor(first.actor).name
    assert panel.table.item(0, 2).text() == session.actor(first.partner).name
    assert panel.table.item(0, 1).text() in ("Estonia", "Ukraine")
    assert any(p.reason for p in panel.pairs)
    assert panel.find.isEnabled() and not panel.cancel.isEnabled()

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.matches_for, Qt.MouseButton.LeftButton)
    assert session.current_id == first.actor
    assert window.matches.tabs.currentIndex() == 0

    window.matches.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.open_second, Qt.MouseButton.LeftButton)
    assert window.current_view() == "profile"
    assert session.current_id == first.partner


def test_cancel_stops_the_ranking_and_leaves_the_list_as_it_was(qtbot, qapp, window):
    panel = open_best_pairs(qtbot, window)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.maximum() > 0, timeout=120_000)  # ranking under way
    assert panel.progress.isVisible()
    qtbot.mouseClick(panel.cancel, Qt.MouseButton.LeftButton)

    assert panel.find.isEnabled() and not panel.cancel.isEnabled()
    assert panel.status.text() == "Cancelled."
    assert wait_for_all_tasks()
    qapp.processEvents()  # a result queued before the cancel must not be shown
    assert panel.pairs == []
