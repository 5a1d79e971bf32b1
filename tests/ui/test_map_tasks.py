"""A council member's task, end to end in the window: click an actor on the map, read its details,
find the warmest chain of introductions to another actor from the map, and get help on the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CHAIN = ["ee-ria", "ee-kadri", "ua-olena", "ua-kyiv-health"]


@pytest.fixture
def network(qtbot, sample_window):
    view = sample_window.show_view("network")
    view._popup = lambda _menu, _where: None  # the offscreen platform cannot pop a menu up
    qtbot.waitUntil(lambda: view.graph is not None and not view.is_layout_running(), timeout=30_000)
    return view


def click(qtbot, view, actor_id: str) -> None:
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=view.canvas.screen_pos(actor_id).toPoint())


def right_click_menu(view, actor_id: str):
    """Right-click ``actor_id`` on the canvas; returns the menu's actions by name."""
    point = view.canvas.screen_pos(actor_id).toPoint()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.canvas.mapToGlobal(point))
    QApplication.sendEvent(view.canvas, event)
    menu = view.menu
    return menu, {a.objectName(): a for a in menu.actions() if a.objectName()}


def test_clicking_an_actor_opens_its_details_and_moves_the_highlight(qtbot, network):
    view = network
    assert view.panel.isHidden()
    view.show_suggestions("ee-kadri", ["ua-kyiv-health"])  # e.g. from Matches ▸ Show on map
    click(qtbot, view, "ee-ria")
    assert view.panel.isVisible() and view.panel.currentWidget() is view.panel.details
    details = view.panel.details
    assert details.name.text() == "Riigi Infosüsteemide Keskus"
    ties = [details.ties.item(r).text() for r in range(details.ties.count())]
    assert ties == ["Kadri Tamm — advises · 2023"]
    assert view.canvas.selected_actor() == "ee-ria"
    assert view.canvas.suggestions_shown() == (None, [])  # the previous actor's marks are gone
    qtbot.waitUntil(
        lambda: details.suggestions_label.text().startswith("Suggested partners ("), timeout=60_000
    )
    # a tie in the list leads to that actor on the map
    details.ties.itemClicked.emit(details.ties.item(0))
    assert view.canvas.selected_actor() == "ee-kadri"
    assert details.name.text() == "Kadri Tamm"


def test_find_a_warm_introduction_from_the_map(qtbot, network, sample_window):
    view = network
    click(qtbot, view, "ee-ria")
    view.panel.details.path_button.click()  # "Find a path to…"
    intro = view.panel.intro
    assert view.panel.currentWidget() is intro and intro.source.actor_id() == "ee-ria"
    menu, actions = right_click_menu(view, "ua-kyiv-health")
    assert menu.actions()[0].text() == "Zdorovia Online"
    assert set(actions) == {"focus", "path_from", "path_to", "suggestions", "profile"}
    with qtbot.waitSignal(intro.pathsFound, timeout=30_000):
        actions["path_to"].trigger()
    assert intro.found_chains()[0] == CHAIN
    assert view.canvas.highlighted_path() == CHAIN  # drawn on the map
    first = intro.chain_texts()[0]
    assert first.startswith("1. Riigi Infosüsteemide Keskus → Kadri Tamm → Olena Kovalenko → Zdorovia Online")
    assert "Ask Kadri Tamm to introduce Riigi Infosüsteemide Keskus to Olena Kovalenko." in first
    assert "Kadri Tamm — Olena Kovalenko: partner (2025)" in first
    view.canvas.grab()  # the chain paints
    intro.clear_button.click()
    assert view.canvas.highlighted_path() == []


def test_path_to_here_starts_from_the_actor_selected_before(qtbot, network):
    view = network
    click(qtbot, view, "ua-kyiv-health")
    _menu, actions = right_click_menu(view, "ee-ria")
    with qtbot.waitSignal(view.panel.intro.pathsFound, timeout=30_000):
        actions["path_to"].trigger()
    assert view.canvas.highlighted_path() == CHAIN[::-1]


def test_the_menu_focuses_and_opens_the_profile(qtbot, network, sample_window):
    view = network
    _menu, actions = right_click_menu(view, "ee-kadri")
    actions["focus"].trigger()
    assert view.focus_button.isChecked()
    assert {a for a in CHAIN if not view.canvas.is_faded(a)} == {"ee-kadri", "ee-ria", "ua-olena"}
    legend = view.canvas.legend_rect()
    assert not legend.contains(view.canvas.screen_pos("ee-kadri"))  # never under the legend
    _menu, actions = right_click_menu(view, "ua-olena")
    actions["profile"].trigger()
    assert sample_window.current_view() == "profile" and sample_window.session.current_id == "ua-olena"


def test_a_warm_introduction_from_the_directory(qtbot, sample_window):
    directory = sample_window.show_view("directory")
    directory._popup = lambda _menu, _where: None
    ria, health = (directory.model.row_of(a) for a in ("ee-ria", "ua-kyiv-health"))
    directory.table.selectRow(ria)
    directory.table.selectionModel().select(
        directory.model.index(health, 0),
        directory.table.selectionModel().SelectionFlag.Select
        | directory.table.selectionModel().SelectionFlag.Rows,
    )
    directory._row_menu(directory.table.visualRect(directory.model.index(health, 0)).center())
    between = [a for a in directory.row_menu.actions() if a.text().startswith("Warm introduction from Riigi")]
    assert [a.text() for a in between] == [
        "Warm introduction from Riigi Infosüsteemide Keskus to Zdorovia Online"
    ]
    between[0].trigger()
    view = sample_window.embedded["network"]
    assert sample_window.current_view() == "network"
    qtbot.waitUntil(lambda: view.panel.intro.found_chains() != [], timeout=60_000)
    assert view.panel.intro.found_chains()[0] == CHAIN
    qtbot.waitUntil(lambda: view.graph is not None, timeout=30_000)
    assert view.canvas.highlighted_path() == CHAIN


@pytest.mark.parametrize("key", ["directory", "matches", "network", "insights"])
def test_f1_shows_the_guide_to_the_current_view(qtbot, sample_window, key):
    from matchmaker.ui.view_guides import guide_text

    sample_window.show_view(key)
    qtbot.keyClick(sample_window, Qt.Key.Key_F1)
    dialog = sample_window.guide_dialog
    qtbot.waitUntil(dialog.isVisible)
    title, body = guide_text(key)
    assert dialog.windowTitle() == title and dialog.body.text() == body
    assert dialog.body.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


def test_the_shortcut_list_names_the_keys(qtbot, sample_window):
    sample_window.actions["shortcuts"].trigger()
    rows = dict(sample_window.shortcuts_dialog.rows())
    assert rows["F1"] == "Guide to this view"
    assert rows["Ctrl+4"] == "Network"
    assert rows["0"] == "Map: fit the whole network"
    sample_window.shortcuts_dialog.reject()


def test_enter_on_a_directory_row_opens_the_profile(qtbot, sample_window):
    directory = sample_window.show_view("directory")
    sample_window.activateWindow()
    directory.search.setText("Olena")
    qtbot.keyClick(directory.search, Qt.Key.Key_Return)  # to the first row
    assert directory.table.currentIndex().row() == 0
    qtbot.keyClick(directory.table, Qt.Key.Key_Return)
    assert sample_window.current_view() == "profile"
    assert sample_window.session.current_id == "ua-olena"


def test_show_suggestions_from_the_menu_draws_the_recommenders_partners(qtbot, network):
    view = network
    _menu, actions = right_click_menu(view, "ee-kadri")
    actions["suggestions"].trigger()
    details = view.panel.details
    qtbot.waitUntil(lambda: view.canvas.suggestions_shown()[0] == "ee-kadri", timeout=60_000)
    source, shown = view.canvas.suggestions_shown()
    assert shown == details.suggested_ids() and shown  # the session recommender's ranking, as listed
    assert "ee-kadri" not in shown
    click(qtbot, view, "ua-kyiv-health" if "ua-kyiv-health" not in shown else "ee-ria")
    assert view.canvas.suggestions_shown() == (None, [])  # another actor: the dashed links go
