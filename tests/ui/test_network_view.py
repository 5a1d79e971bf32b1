"""The network view over a session on a real store: loading off the UI thread, the layout, toolbar filters."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from matchmaker.ui import map_layout_runner
from matchmaker.ui.network_view import NetworkView
from tests.ui.conftest import drain, loaded_session

# The offscreen platform says this whenever a top-level window's layout changes its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAMPLE_ACTORS = {"ee-ria", "ua-kyiv-health", "ee-kadri", "ua-olena"}


@pytest.fixture
def open_view(qtbot, qapp):
    views = []

    def make(store) -> NetworkView:
        view = NetworkView(loaded_session(qtbot, store))
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.show()
        views.append(view)
        return view

    yield make
    for view in views:
        view.stop_layout()
    drain(qapp)


def test_loads_lays_out_and_saves_positions(open_view, sample_store, qtbot):
    view = open_view(sample_store)
    with qtbot.waitSignal(view.layoutFinished, timeout=30_000):
        qtbot.waitSignal(view.loaded, timeout=30_000)
    assert set(view.canvas.node_ids()) == SAMPLE_ACTORS
    assert not view.is_layout_running()
    assert view.layout_button.text() == "Run layout"
    qtbot.waitUntil(lambda: set(sample_store.load_positions()) == SAMPLE_ACTORS, timeout=60_000)
    for actor in SAMPLE_ACTORS:
        assert view.canvas.rect().contains(view.canvas.screen_pos(actor).toPoint())


def test_saved_positions_show_at_once_without_a_layout(open_view, sample_store, qtbot):
    sample_store.save_positions(
        {"ee-ria": (0, 0), "ua-kyiv-health": (5, 0), "ee-kadri": (0, 5), "ua-olena": (5, 5)},
    )
    view = open_view(sample_store)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        pass
    assert not view.is_layout_running()
    assert view.canvas.positions()["ua-olena"] == (5.0, 5.0)


def test_the_layout_can_be_stopped(open_view, demo_store, qtbot, monkeypatch):
    monkeypatch.setattr(map_layout_runner, "LAYOUT_ITERATIONS", 1_000_000)  # would run for ages
    view = open_view(demo_store)
    qtbot.waitSignal(view.loaded, timeout=60_000).wait()
    assert view.is_layout_running()
    assert view.layout_button.text() == "Stop"
    with qtbot.waitSignal(view.layoutFinished, timeout=30_000):
        qtbot.mouseClick(view.layout_button, Qt.MouseButton.LeftButton)
    assert not view.is_layout_running()
    assert view.progress.isHidden()
    assert view.progress.value() < 1_000_000
    qtbot.waitUntil(lambda: len(demo_store.load_positions()) == len(view.canvas.node_ids()), timeout=30_000)


def test_colour_by_kind_shows_a_kind_legend(open_view, sample_store, qtbot):
    view = open_view(sample_store)
    qtbot.waitSignal(view.loaded, timeout=30_000).wait()
    title, entries = view.canvas.legend()
    assert title == "Country" and [text for text, _c in entries] == ["EE", "UA"]
    view.color_by.setCurrentIndex(view.color_by.findData("kind"))
    title, entries = view.canvas.legend()
    assert title == "Kind"
    assert {text for text, _c in entries} == {"Public body", "Startup", "Person"}


def test_country_filter_fades_the_other_country(open_view, sample_store, qtbot):
    view = open_view(sample_store)
    qtbot.waitSignal(view.loaded, timeout=30_000).wait()
    view.set_filter("country", "UA")
    assert view.filter_value.currentText() == "UA (2)"
    faded = {a for a in SAMPLE_ACTORS if view.canvas.is_faded(a)}
    assert faded == {"ee-ria", "ee-kadri"}
    view.set_filter("")
    assert not any(view.canvas.is_faded(a) for a in SAMPLE_ACTORS)


def test_event_filter_keeps_the_participants(open_view, sample_store, qtbot):
    view = open_view(sample_store)
    qtbot.waitSignal(view.loaded, timeout=30_000).wait()
    view.set_filter("event")
    assert view.filter_value.currentText() == "Sandbox Hack Kyiv (2)"
    assert {a for a in SAMPLE_ACTORS if not view.canvas.is_faded(a)} == {"ee-kadri", "ua-olena"}


def test_focus_button_shows_the_selected_actors_neighbourhood(open_view, sample_store, qtbot):
    view = open_view(sample_store)
    view.select_actor("ee-kadri")  # before loading: remembered
    qtbot.waitSignal(view.loaded, timeout=30_000).wait()
    assert view.canvas.selected_actor() == "ee-kadri"
    assert view.focus_button.isEnabled()
    view.focus_button.click()
    assert {a for a in SAMPLE_ACTORS if not view.canvas.is_faded(a)} == {"ee-kadri", "ee-ria", "ua-olena"}
    view.focus_button.click()
    assert not any(view.canvas.is_faded(a) for a in SAMPLE_ACTORS)


def test_double_click_activates_the_actor(open_view, sample_store, qtbot):
    view = open_view(sample_store)
    with qtbot.waitSignal(view.layoutFinished, timeout=30_000):
        qtbot.waitSignal(view.loaded, timeout=30_000)
    point = view.canvas.screen_pos("ua-olena").toPoint()
    with qtbot.waitSignal(view.actorActivated) as activated:
        qtbot.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == ["ua-olena"]


def test_size_by_betweenness_runs_in_the_background(open_view, sample_store, qtbot):
    view = open_view(sample_store)
    qtbot.waitSignal(view.loaded, timeout=30_000).wait()
    view.size_by.setCurrentIndex(view.size_by.findData("betweenness"))
    qtbot.waitUntil(lambda: "betweenness" in view._measures, timeout=60_000)
    radii = view.canvas._radii()
    ids = view.canvas.node_ids()
    # ee-kadri and ua-olena sit on the only paths between the others
    assert radii[ids.index("ee-kadri")] > radii[ids.index("ee-ria")]


def test_streamed_positions_reach_the_canvas_on_the_gui_thread(open_view, sample_store, qtbot, qapp):
    from PySide6.QtCore import QThread

    view = open_view(sample_store)
    threads = []
    original = view.canvas.set_positions

    def record(positions):
        threads.append(QThread.currentThread() is qapp.thread())
        original(positions)

    view.canvas.set_positions = record
    with qtbot.waitSignal(view.layoutFinished, timeout=30_000):
        qtbot.waitSignal(view.loaded, timeout=30_000)
    assert len(threads) > 1 and all(threads)


def test_the_demo_map_shows_its_communities_apart_and_labels_them(open_view, demo_store, qtbot):
    """What the map draws is the structure layout: communities come out apart (silhouette of the
    drawn positions by the communities the legend names, against a random drawing), each named
    distinctly, the actors without ties in the captioned band under the drawing, and the toolbar
    counts what the status bar counts."""
    from sklearn.metrics import silhouette_score

    view = open_view(demo_store)
    with qtbot.waitSignal(view.layoutFinished, timeout=120_000):
        qtbot.waitSignal(view.loaded, timeout=60_000)
    view.color_by.setCurrentIndex(view.color_by.findData("community"))
    qtbot.waitUntil(lambda: view.communities is not None, timeout=30_000)
    pos = view.canvas.positions()
    groups = [c for c in view.communities if len(c.members) > 1]
    ids = [m for c in groups for m in c.members]
    truth = [c.id for c in groups for _m in c.members]
    drawn = silhouette_score(np.array([pos[a] for a in ids]), truth)
    scattered = silhouette_score(np.random.default_rng(0).random((len(ids), 2)), truth)
    # Measured on the demo: drawn ~0.3, random ~-0.01.
    assert drawn > scattered + 0.2
    labels = [text for text, _c in view.canvas.legend()[1]]
    assert len(labels) == len(set(labels))
    assert all("—" in text for text in labels)  # sectors, then who is in them by country
    view.canvas.grab()
    shown = view.canvas.shown_map_labels()
    assert any(text.startswith("Not yet connected (") for text in shown)
    assert sum(1 for text in shown if text in labels) >= 3  # community names written on the map
    lone = list(view._isolates)
    assert lone
    lowest = max(y for a, (_x, y) in pos.items() if a not in set(lone))
    assert all(pos[a][1] > lowest for a in lone)
    counts = view.session.cached("counts")
    numbers = [int(word) for word in view.status.text().split() if word.isdigit()]
    assert numbers == [counts["actors"], counts["ties"]] == [603, 2270]  # the status bar's numbers


def test_an_empty_store_shows_an_empty_canvas(open_view, sqlite_store, qtbot):
    view = open_view(sqlite_store)
    qtbot.waitSignal(view.loaded, timeout=30_000).wait()
    assert view.canvas.node_ids() == []
    assert not view.is_layout_running()
    assert not view.layout_button.isEnabled()
    view.canvas.grab()  # paints without complaint


def test_cancelling_the_communities_leaves_the_map_usable_and_they_can_be_found_again(
    open_view, sample_store, qtbot, monkeypatch
):
    from matchmaker.graph import communities
    from matchmaker.graph.steps import AnalysisCancelled

    real = communities.detect_communities

    def endless(G, *, seed, progress, cancelled):  # an analysis that runs until the user stops it
        progress(0, communities.DETECT_STEPS)
        while not cancelled():
            time.sleep(0.01)
        raise AnalysisCancelled

    monkeypatch.setattr(communities, "detect_communities", endless)
    view = open_view(sample_store)
    strip = view.communities_strip
    qtbot.waitUntil(lambda: strip.isVisibleTo(view) and strip.cancel.isVisibleTo(view), timeout=30_000)
    assert strip.label.text() == "Finding communities…"
    view.color_by.setCurrentIndex(view.color_by.findData("community"))
    assert view.canvas.legend()[0] == "Finding communities…"
    qtbot.mouseClick(strip.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: strip.again.isVisibleTo(view), timeout=60_000)
    assert "stopped" in strip.label.text() and view.communities is None
    assert view.canvas.legend()[0] == "Communities not found"
    # the rest of the map works as before: colours, the layout, a click on an actor
    view.color_by.setCurrentIndex(view.color_by.findData("country"))
    assert view.canvas.legend()[0] == "Country" and view.layout_button.isEnabled()
    view.select_actor("ee-ria")
    assert view.canvas.selected_actor() == "ee-ria"
    monkeypatch.setattr(communities, "detect_communities", real)
    qtbot.mouseClick(strip.again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.communities is not None, timeout=30_000)
    assert not strip.isVisibleTo(view)
    assert sorted(m for c in view.communities for m in c.members) == sorted(SAMPLE_ACTORS)


def test_a_long_analysis_says_about_how_many_minutes_are_left_beside_its_bar(
    open_view, sample_store, qtbot, monkeypatch
):
    """The strip under the map words the pace since the analysis's first step: steps two
    minutes or more apart, a quarter of the work at most, leave six minutes or more."""
    import itertools
    import re

    from matchmaker import time_left
    from matchmaker.graph import communities
    from matchmaker.graph.steps import AnalysisCancelled

    def slow(G, *, seed, progress, cancelled):  # a quarter done, step by step, then it waits for the user
        # reported on and on: the strip starts listening once the analysis runs, whenever that is
        step = 0
        give_up = time.monotonic() + 120  # never outlives the test, even a failing one
        while not cancelled() and time.monotonic() < give_up:
            progress(min(step, 100), 400)
            step += 1
            time.sleep(0.01)
        raise AnalysisCancelled

    # every estimate anywhere is read two minutes after the last one (other strips read it too)
    moments = itertools.count(0.0, 120.0)
    monkeypatch.setattr(time_left, "_now", lambda: next(moments))
    monkeypatch.setattr(communities, "detect_communities", slow)
    view = open_view(sample_store)
    strip = view.communities_strip
    # (no catalogue installed here: the English plural is the best pairs test's to read)
    qtbot.waitUntil(lambda: strip.left.text().startswith("about "), timeout=30_000)
    minutes = int(re.match(r"about (\d+) minute", strip.left.text()).group(1))
    assert minutes >= 6 and strip.left.isVisibleTo(view)
    qtbot.mouseClick(strip.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: strip.again.isVisibleTo(view), timeout=60_000)
    assert not strip.left.isVisibleTo(view)  # stopped: no time is left to tell


def test_a_strip_handed_a_task_that_already_reported_shows_how_far_it_got(qtbot):
    """Work starts before its strip is handed it: the reports made before the strip listened
    are signals no one heard, yet the bar shows how far the work got, and a task that ended
    before the handover shows nothing."""
    import threading

    from matchmaker.ui.task_strip import TaskStrip
    from matchmaker.ui.tasks import run_task, wait_for_all_tasks

    holder = QWidget()
    qtbot.addWidget(holder)
    strip = TaskStrip(parent=holder)
    go_on = threading.Event()

    def work(progress, cancelled):
        progress(3, 10)
        go_on.wait(30)
        progress(7, 10)

    task = run_task(holder, work)
    qtbot.waitUntil(lambda: task.last_progress == (3, 10), timeout=10_000)
    strip.watch("Working…", task)
    assert strip.bar.maximum() == 10 and strip.bar.value() == 3
    go_on.set()
    qtbot.waitUntil(lambda: strip.isHidden(), timeout=10_000)  # its end was heard
    assert wait_for_all_tasks()

    ended = run_task(holder, lambda progress, cancelled: progress(1, 1))
    assert wait_for_all_tasks()
    strip.watch("Working…", ended)
    assert strip.isHidden() and strip.task is None
