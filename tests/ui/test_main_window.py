"""The shell: keyboard navigation, menus' work (import, export, open), settings and geometry."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from matchmaker.ui.main_window import VIEW_KEYS, MainWindow
from matchmaker.ui.settings import Settings
from matchmaker.ui.theme import apply_theme, is_dark
from tests.sample_network import write_sample

# the offscreen platform says so when a dialog opens; nothing a user would see
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_ctrl_number_switches_views(qtbot, sample_window):
    for number, key in enumerate(VIEW_KEYS, 1):
        qtbot.keyClick(sample_window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert sample_window.current_view() == key
        assert sample_window.sidebar.currentRow() == number - 1


def test_sidebar_click_switches_views(qtbot, sample_window):
    sample_window.sidebar.setCurrentRow(VIEW_KEYS.index("insights"))
    assert sample_window.stack.currentWidget() is sample_window.insights


def test_about_names_esco_and_eurostat(qtbot, sample_window):
    sample_window.show_about()
    text = sample_window.about_box.text()
    assert "This service uses the ESCO classification of the European Commission" in text
    assert "NACE" in text and "Eurostat" in text
    sample_window.about_box.close()


def test_settings_dialog_persists_choices(qtbot, sample_window):
    sample_window.open_settings()
    dialog = sample_window.settings_dialog
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    dialog.country.setCurrentIndex(dialog.country.findData("UA"))
    dialog.accept()
    fresh = Settings()
    assert (fresh["theme"], fresh["language"], fresh["default_country_filter"]) == ("dark", "uk", "UA")
    assert sample_window.directory.country_filter.currentData() == "UA"
    qtbot.waitUntil(lambda: sample_window.sidebar.item(0).text() == "Довідник")  # no restart
    try:
        assert is_dark()
    finally:
        apply_theme("light")
        sample_window.set_language("en")
    qtbot.waitUntil(lambda: sample_window.sidebar.item(0).text() == "Directory")


def test_geometry_and_view_are_restored(qtbot, sample_store):
    first = MainWindow(sample_store)
    qtbot.addWidget(first)
    first.show()
    first.show_view("insights")
    first.close()
    saved = Settings()["window/geometry"]
    assert not saved.isEmpty()
    second = MainWindow(sample_store)
    qtbot.addWidget(second)
    assert second.current_view() == "insights"


def test_bad_import_file_shows_file_line_and_field(qtbot, sample_window, tmp_path):
    bad = tmp_path / "actors.csv"
    bad.write_text("id,kind,name,country\nx1,spaceship,X,EE\n", encoding="utf-8")
    with qtbot.waitSignal(sample_window.files.message, timeout=30_000):
        sample_window.files.import_files([str(bad)])
    message = sample_window.files.last_error.text()
    assert "actors.csv" in message and "line 2" in message and "kind" in message
    sample_window.files.last_error.close()
    assert len(sample_window.session.net.actors) == 4


def test_import_then_export_round_trip(qtbot, sample_window, tmp_path):
    more = {
        "format": "sandbox-matchmaker/1",
        "actors": [
            {"id": "ua-new", "kind": "startup", "name": "Novyi Startap", "country": "UA", "city": "Dnipro"}
        ],
    }
    path = write_sample(tmp_path, more, "more.json")
    with qtbot.waitSignal(sample_window.session.loaded, timeout=30_000):
        sample_window.files.import_files([str(path)])
    assert sample_window.session.actor("ua-new").name == "Novyi Startap"
    assert "1 added" in sample_window.statusBar().currentMessage()
    out = tmp_path / "out.json"
    with qtbot.waitSignal(sample_window.files.message, timeout=30_000):
        sample_window.files.export_to("json", str(out))
    assert len(json.loads(out.read_text(encoding="utf-8"))["actors"]) == 5


@pytest.mark.parametrize(("fmt", "marker"), [("gexf", "<gexf"), ("graphml", "<graphml")])
def test_export_the_graph(qtbot, sample_window, tmp_path, fmt, marker):
    out = tmp_path / f"net.{fmt}"
    with qtbot.waitSignal(sample_window.files.message, timeout=60_000):
        sample_window.files.export_to(fmt, str(out))
    text = out.read_text(encoding="utf-8")
    assert marker in text and "Zdorovia Online" in text


def test_new_database_starts_empty_but_never_replaces_the_open_one(qtbot, sample_window, tmp_path):
    files = sample_window.files
    assert files.new_database(sample_window.session.store.engine.url.database) is None
    assert "open" in sample_window.statusBar().currentMessage()
    with qtbot.waitSignal(sample_window.session.loaded, timeout=60_000):
        files.new_database(str(tmp_path / "fresh.sqlite"))
    assert sample_window.session.net.actors == []
    assert "fresh.sqlite" in sample_window.windowTitle()


def test_open_another_database_and_remember_it(qtbot, sample_window, tmp_path):
    path = str(tmp_path / "other.sqlite")
    with qtbot.waitSignal(sample_window.session.loaded, timeout=60_000):
        sample_window.files.open_database(path)
    assert sample_window.session.net.actors == []
    assert Settings()["recent_databases"][0] == path
    assert sample_window.profile.placeholder.isVisible() or sample_window.session.current_id is None


def big_file(tmp_path, n: int = 20_000):
    skills = ["X-Road data exchange", "mobile UX design", "SQL", "cybersecurity", "data analytics"]
    actors = [
        {
            "id": f"gen-{i}",
            "kind": "startup" if i % 3 else "person",
            "name": f"Generated {i}",
            "country": "UA" if i % 2 else "EE",
            "city": "Київ" if i % 5 == 0 else "Tartu",
            "sectors": ["fintech"],
            "offers": [skills[i % 5]],
            "needs": [skills[(i + 2) % 5]],
        }
        for i in range(n)
    ]
    ties = [{"source": f"gen-{i}", "target": f"gen-{i + 1}", "kind": "knows"} for i in range(0, n - 1, 2)]
    path = tmp_path / "big.json"
    path.write_text(
        json.dumps({"format": "sandbox-matchmaker/1", "actors": actors, "ties": ties}), encoding="utf-8"
    )
    return path


@pytest.mark.slow
def test_importing_20000_actors_keeps_the_event_loop_turning(qtbot, sample_window, tmp_path):
    path = big_file(tmp_path)
    gaps, clock = [], QElapsedTimer()
    clock.start()
    timer = QTimer(sample_window)
    timer.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart())

    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    with qtbot.waitSignal(sample_window.session.loaded, timeout=180_000):
        sample_window.files.import_files([str(path)])
        qtbot.waitUntil(
            lambda: sample_window.progress.isVisible() or sample_window.session.is_loading, timeout=10_000
        )
    timer.stop()
    assert len(sample_window.session.net.actors) == 20_004
    assert sample_window.directory.model.rowCount() == 20_004
    elapsed = time.perf_counter() - start
    # The work took seconds; the loop never stopped for long (the first tick may wait for the timer's start).
    # Not a timing figure (bench_door measures those): a freeze is the whole import on the GUI thread,
    # seconds; a loaded shared machine stretches a 30 ms step to a few hundred.
    worst = max(gaps[1:])
    assert elapsed > 0.5 and len(gaps) > 20
    assert worst < max(300, 0.2 * elapsed * 1000), f"the event loop stalled for {worst} ms of {elapsed:.1f} s"


def test_cancelling_an_import_changes_nothing(qtbot, sample_window, tmp_path):
    path = big_file(tmp_path, 5_000)
    task = sample_window.files.import_files([str(path)])
    sample_window.progress.cancel.click()
    assert task.cancelled()
    qtbot.waitUntil(lambda: not sample_window.files.busy, timeout=120_000)
    assert "cancelled" in sample_window.statusBar().currentMessage()
    assert sample_window.session.store.stats()["actors"] == 4


@pytest.mark.parametrize(
    ("language", "directory", "three_ties"), [("uk", "Довідник", "3 зв’язки"), ("et", "Kataloog", "3 sidet")]
)
def test_translations_load_with_plurals(qtbot, qapp, sample_store, language, directory, three_ties):
    from matchmaker.ui.launch import install_translator

    installed = install_translator(qapp, language)
    try:
        assert installed, "the compiled .qm file is missing: run pyside6-lrelease"
        window = MainWindow(sample_store, language=language)
        qtbot.addWidget(window)
        assert window.sidebar.item(0).text() == directory
        assert window.profile.tr("%n tie(s)", "", 3) == three_ties
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_english_counts_say_one_actor_and_two_actors(qtbot, qapp, sample_store):
    from matchmaker.ui.launch import install_translator

    installed = install_translator(qapp, "en")
    try:
        assert installed, "the English plural catalogue (matchmaker_en.ts) did not load"
        window = MainWindow(sample_store, language="en")
        qtbot.addWidget(window)
        assert window.profile.tr("%n tie(s)", "", 1) == "1 tie"
        assert window.profile.tr("%n tie(s)", "", 3) == "3 ties"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
