"""Issue 11: the session is the one door — every change is written off the GUI thread, then every
view shows it without reopening the database."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import event

from matchmaker.store import Store
from matchmaker.ui.changes import Changes
from matchmaker.ui.tasks import run_task
from tests.sample_network import write_sample
from tests.ui.conftest import drain
from tests.ui.file_dialog_driver import answer_file_dialog

# the offscreen platform says so when a dialog opens or a window resizes; nothing a user would see
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NEWCOMER = {
    "format": "sandbox-matchmaker/1",
    "actors": [
        {
            "id": "ua-newcomer",
            "kind": "startup",
            "name": "Novyi Krok",
            "country": "UA",
            "city": "Odesa",
            "sectors": ["govtech"],
            "offers": ["X-Road data exchange"],
        }
    ],
    "ties": [{"source": "ua-newcomer", "target": "ee-kadri", "kind": "knows", "since": "2025-06-01"}],
    "participations": [{"event": "hack-kyiv-2025", "actor": "ua-newcomer"}],
}


def import_through_the_file_menu(qtbot, window, path) -> None:
    answered = answer_file_dialog(path.parent, path)
    # the import's change, not an earlier one (the map saving its layout may land first)
    with qtbot.waitSignal(
        window.session.changed,
        timeout=120_000,
        check_params_cb=lambda changes, *_: Changes.NETWORK in changes,
    ) as changed:
        window.files.ask_import()  # File ▸ Import…
    assert answered and Changes.NETWORK in changed.args[0]


def test_an_import_shows_in_every_view_without_reopening(qtbot, qapp, sample_window, tmp_path):
    window = sample_window
    network, teams = window.show_view("network"), window.show_view("teams")  # built before the import
    qtbot.waitUntil(lambda: network.graph is not None and teams.pool is not None, timeout=60_000)
    assert teams.pool.event_id == "hack-kyiv-2025" and len(teams.pool.participants) == 1
    window.show_view("insights")
    qtbot.waitUntil(lambda: window.insights.summary.text().startswith("4 actor"), timeout=60_000)
    window.show_view("directory")

    import_through_the_file_menu(qtbot, window, write_sample(tmp_path, NEWCOMER, "newcomer.json"))

    assert window.directory.model.row_of("ua-newcomer") is not None  # the view on screen: at once
    window.show_view("network")  # hidden during the import: refreshed when shown
    qtbot.waitUntil(lambda: "ua-newcomer" in network.canvas.node_ids(), timeout=60_000)
    qtbot.waitUntil(lambda: not network.is_layout_running(), timeout=60_000)  # the newcomer was placed
    window.show_view("teams")
    qtbot.waitUntil(
        lambda: teams.pool is not None and "ua-newcomer" in {p.id for p in teams.pool.participants},
        timeout=60_000,
    )
    window.show_view("insights")
    qtbot.waitUntil(lambda: window.insights.summary.text().startswith("5 actor"), timeout=60_000)
    window.open_profile("ua-newcomer")
    assert window.profile.title.text() == "Novyi Krok"
    window.open_profile("ee-kadri")
    assert any("Novyi Krok" in window.profile.ties.item(r).text() for r in range(window.profile.ties.count()))
    assert window.count_label.text() == "5 actor(s) · 4 tie(s)"  # English has no plural catalogue


def test_an_outcome_shows_in_matches_and_insights(qtbot, window):
    from matchmaker.ui.screenshots import showcase_actor

    window.session.set_current(showcase_actor(window.session))
    window.show_view("insights")
    insights, matches = window.insights, window.matches
    qtbot.waitUntil(lambda: bool(insights.pipeline.items), timeout=120_000)
    declined_before = {label: value for label, value, _c in insights.pipeline.items}["Declined"]
    window.show_view("matches")
    qtbot.waitUntil(lambda: len(matches.suggestions) > 0, timeout=120_000)
    first = matches.suggestions[0].id
    button = matches.list.itemWidget(matches.list.item(0)).findChild(QPushButton, "outcome_declined")
    with qtbot.waitSignal(window.session.changed, timeout=30_000) as changed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == Changes.DECISIONS
    qtbot.waitUntil(lambda: matches.suggestions and first not in matches.suggested_ids(), timeout=120_000)
    window.show_view("insights")
    qtbot.waitUntil(
        lambda: (
            {label: value for label, value, _c in insights.pipeline.items}["Declined"] == declined_before + 1
        ),
        timeout=120_000,
    )


def test_no_database_work_happens_on_the_gui_thread(qtbot, qapp, sample_window, tmp_path, monkeypatch):
    """Every statement after the window loaded — edits, undo, skills, an outcome, the layout, saved teams,
    an import — runs on a worker; the store's write methods are patched to say where they ran."""
    window, store = sample_window, sample_window.session.store
    on_gui: list[str] = []
    gui = threading.main_thread()

    def note(_conn, _cursor, statement, *_args) -> None:
        if threading.current_thread() is gui:
            on_gui.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    writes: list[tuple[str, bool]] = []
    for name in (
        "update_actor_values",
        "set_skill_weight",
        "record_decision",
        "restore_decision",
        "save_positions",
        "save_teams",
    ):
        original = getattr(Store, name)

        def patched(self, *args, _original=original, _name=name, **kwargs):
            writes.append((_name, threading.current_thread() is gui))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, patched)
    session = window.session
    try:
        window.open_profile("ua-olena")
        city = window.profile.edits["city"]
        city.setText("Odesa")
        with qtbot.waitSignal(session.changed, timeout=30_000):
            city.editingFinished.emit()
        with qtbot.waitSignal(session.changed, timeout=30_000):
            window.profile.offers.addRequested.emit("X-tee andmevahetus")
        with qtbot.waitSignal(session.changed, timeout=30_000):
            window.undo_stack.undo()
        with qtbot.waitSignal(session.changed, timeout=30_000):
            window.matches.record_outcome("ee-ria", "met")
        network = window.show_view("network")  # lays out the actors (none has a position) and saves them
        qtbot.waitUntil(lambda: any(name == "save_positions" for name, _g in writes), timeout=60_000)
        teams = window.show_view("teams")
        qtbot.waitUntil(lambda: teams.pool is not None, timeout=60_000)
        teams.min_size.setValue(1)
        with qtbot.waitSignal(teams.planReady, timeout=60_000):
            teams.build()
        with qtbot.waitSignal(teams.saved, timeout=30_000):
            teams.save()
        import_through_the_file_menu(qtbot, window, write_sample(tmp_path, NEWCOMER, "newcomer.json"))
        drain(qapp)
        assert network.canvas.node_ids()
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    assert {name for name, _on_gui in writes} == {
        "update_actor_values",
        "set_skill_weight",
        "record_decision",
        "save_positions",
        "save_teams",
    }
    assert not any(on_gui for _name, on_gui in writes), writes
    assert on_gui == [], on_gui[:5]


def test_a_result_for_an_owner_that_is_gone_is_dropped(qtbot, qapp):
    owner = QObject()
    release, results = threading.Event(), []
    run_task(owner, lambda _p, _c: release.wait(30), on_success=results.append, on_failure=results.append)
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    release.set()
    drain(qapp)
    assert results == []


def test_a_write_on_a_read_only_database_is_refused_before_it_runs(qtbot, sample_window, monkeypatch):
    session, ran = sample_window.session, []
    monkeypatch.setattr(Store, "read_only_reason", property(lambda self: "another window holds it"))
    with qtbot.waitSignal(session.opFailed, timeout=30_000) as failed:
        session.run_op(lambda store, _p, _c: ran.append(store), Changes.ACTORS, actors=["ee-kadri"])
    assert ran == [] and "read-only" in str(failed.args[0])


def test_a_save_over_someone_elses_is_refused_and_shows_theirs(qtbot, sample_window, sqlite_store):
    """Another client (a second store on the same file) saves the actor after this window loaded it:
    the window's save is refused with both sides, the profile shows the other client's version, and a
    save made from it goes through."""
    from matchmaker.editing import update_actor
    from matchmaker.store import open_store

    window, session = sample_window, sample_window.session
    window.open_profile("ua-olena")
    other = open_store(str(sqlite_store.database_file))
    try:
        update_actor(other, "ua-olena", city="Kharkiv", expected_version=1)
    finally:
        other.close()
    city = window.profile.edits["city"]
    city.setText("Odesa")
    with qtbot.waitSignal(session.changed, timeout=30_000):  # the stored version comes in
        city.editingFinished.emit()
    qtbot.waitUntil(lambda: "someone else saved this actor meanwhile" in window.profile.error.text())
    assert city.text() == "Kharkiv" and session.actor("ua-olena").version == 2
    assert window.directory.model.index(window.directory.model.row_of("ua-olena"), 4).data() == "Kharkiv"
    city.setText("Odesa")
    with qtbot.waitSignal(session.changed, timeout=30_000):
        city.editingFinished.emit()
    assert sqlite_store.find_actor("ua-olena").city == "Odesa"
    assert window.undo_stack.count() == 1
