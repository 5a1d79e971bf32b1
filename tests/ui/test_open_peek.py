"""Opening a network opened before: the directory and the map show before the store is open (issue 12).

The store's opening (SQLAlchemy, the schema check) takes a second or more; the window shows the
kept preview and the saved layout meanwhile (:mod:`matchmaker.store_peek`). Here the store's
opening is held until the test lets it go, so what is on screen before it is seen for certain.
When another program changed the network after the peek, the peeked rows are taken off as soon as
the store sees it, and the real records follow.
"""

from __future__ import annotations

import threading

import pytest

from tests.test_store_peek import keep_demo
from tests.ui.conftest import drain


@pytest.fixture
def kept_demo(demo_store_path, tmp_path, monkeypatch):
    return keep_demo(demo_store_path, tmp_path, monkeypatch)


@pytest.fixture
def held_store_opening(monkeypatch):
    """The window's store opening waits until the event is set (always set when the test ends)."""
    import matchmaker.ui.file_actions as file_actions

    release, real = threading.Event(), file_actions.open_store_task

    def held(db, app_start=False, after=None):
        open_it = real(db, app_start, after)

        def run(progress, cancelled):
            release.wait(60)
            return open_it(progress, cancelled)

        return run

    monkeypatch.setattr(file_actions, "open_store_task", held)
    yield release
    release.set()


def _window(qtbot, view: str):
    from matchmaker.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_view(view)
    return window


def _names_shown(window) -> list[str]:
    model = window.directory.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _open_and_see_the_peek(qtbot, db, actors):
    """Open ``db`` in a window showing the Network view; wait until the peeked directory and map
    hold every actor. Returns the window and its network view."""
    window = _window(qtbot, "network")
    window.files.open_database(str(db))
    qtbot.waitUntil(lambda: window.directory.model.rowCount() == len(actors), timeout=30_000)
    view = window.embedded["network"]  # made for the preview, as it is the view shown
    qtbot.waitUntil(lambda: view.canvas.node_count() == len(actors), timeout=30_000)
    return window, view


def _refused_store_task(db, app_start=False, after=None):
    """Stands in for ``file_actions.open_store_task``: the store refuses to open, once what was
    peeked has been drawn."""
    from matchmaker.errors import StoreError

    def run(_progress, _cancelled):
        after.wait(30)  # what was peeked is drawn first
        raise StoreError(f"{db}: refused for the test")

    return run


def _close(qapp, window) -> None:
    drain(qapp)
    window.close()
    drain(qapp)
    window.session.close_store()


def test_the_directory_and_map_show_a_kept_network_before_its_store_is_open(
    qtbot, qapp, kept_demo, held_store_opening
):
    db, actors = kept_demo
    window, view = _open_and_see_the_peek(qtbot, db, actors)
    assert window.session.store is None and window.session.net is None  # the store is still opening
    assert sorted(_names_shown(window)) == sorted(a.name for a in actors)
    assert view.canvas.positions()[actors[5].id] == (5.0, 5.0)  # at the saved layout
    window.directory.search.setText(actors[0].name)  # searchable already
    assert actors[0].name in _names_shown(window) and window.directory.model.rowCount() < len(actors)
    window.directory.search.clear()

    held_store_opening.set()
    qtbot.waitUntil(lambda: view.graph is not None, timeout=60_000)
    assert window.session.store is not None
    assert sorted(_names_shown(window)) == sorted(a.name for a in actors)
    assert view.canvas.node_count() == len(actors)
    _close(qapp, window)


def test_a_peeked_network_changed_by_another_program_shows_the_real_records(
    qtbot, qapp, kept_demo, held_store_opening
):
    from matchmaker.store import open_store

    db, actors = kept_demo
    window, view = _open_and_see_the_peek(qtbot, db, actors)
    renamed = actors[0]
    other = open_store(str(db), role="command")  # another program renames an actor meanwhile
    try:
        other.update_actor_values(renamed.id, {"name": "Renamed by another program"})
    finally:
        other.close()

    shown_after_opening = []  # (rows listed, actors drawn) each time the preview changed once the store was open
    window.session.previewed.connect(
        lambda: (
            window.session.store is not None
            and shown_after_opening.append((window.directory.model.rowCount(), view.canvas.node_count()))
        )
    )
    held_store_opening.set()
    qtbot.waitUntil(lambda: window.session.net is not None, timeout=60_000)
    assert shown_after_opening[0] == (0, 0)  # the stale rows and drawing went as soon as the store saw it
    qtbot.waitUntil(lambda: view.graph is not None, timeout=60_000)
    assert view.canvas.node_count() == len(actors)
    window.show_view("directory")
    names = _names_shown(window)
    assert "Renamed by another program" in names and renamed.name not in names
    _close(qapp, window)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the error box, offscreen
def test_what_was_peeked_goes_when_the_database_cannot_be_opened(qtbot, qapp, kept_demo, monkeypatch):
    import matchmaker.ui.file_actions as file_actions

    db, actors = kept_demo

    monkeypatch.setattr(file_actions, "open_store_task", _refused_store_task)
    window = _window(qtbot, "directory")
    shown = []
    window.session.previewed.connect(lambda: shown.append(window.directory.model.rowCount()))
    window.files.open_database(str(db))
    qtbot.waitUntil(lambda: window.files.last_error is not None, timeout=30_000)
    assert shown[0] == len(actors)  # the rows were shown while it opened
    assert window.directory.model.rowCount() == 0 and window.session.store is None
    assert "refused for the test" in window.files.last_error.text()
    window.files.last_error.close()
    _close(qapp, window)


def test_a_database_opened_for_the_first_time_shows_once_its_records_are_in(
    qtbot, qapp, demo_store_path, tmp_path
):
    """Nothing kept yet (never opened, or a small network): no peek, the records as before."""
    from tests.test_store_peek import _copy_database

    db = tmp_path / "fresh.sqlite"
    _copy_database(demo_store_path, db)
    window = _window(qtbot, "directory")
    window.files.open_database(str(db))
    qtbot.waitUntil(lambda: window.session.net is not None, timeout=60_000)
    assert window.directory.model.rowCount() == len(window.session.net.actors) > 0
    _close(qapp, window)


# -- another database opened from the menu, while a network is shown ----------------------------------
ONLY_IN_FIRST = "Only In The First Database OÜ"


@pytest.fixture
def first_database(demo_store_path, tmp_path):
    """A network to have open before the user opens another (one of its actors renamed: told apart)."""
    from matchmaker.store import open_store
    from tests.test_store_peek import _copy_database

    db = tmp_path / "first.sqlite"
    _copy_database(demo_store_path, db)
    store = open_store(str(db))
    try:
        store.update_actor_values(store.load_network().actors[0].id, {"name": ONLY_IN_FIRST})
    finally:
        store.close()
    return db


def _showing_first(qtbot, first_database, held_store_opening, view: str):
    """A window that opened ``first_database`` and shows its records; the next opening is held."""
    held_store_opening.set()
    window = _window(qtbot, view)
    window.files.open_database(str(first_database))
    qtbot.waitUntil(lambda: window.session.net is not None, timeout=60_000)
    if view == "network":
        qtbot.waitUntil(lambda: window.embedded["network"].graph is not None, timeout=60_000)
    assert ONLY_IN_FIRST in {a.name for a in window.session.net.actors}
    if view == "directory":
        assert ONLY_IN_FIRST in _names_shown(window)
    held_store_opening.clear()
    return window


def _open_from_the_file_menu(window, db) -> None:
    """File ▸ Open…, the file chosen in the dialog: what a user does."""
    window.actions["open"].trigger()
    window.files.dialog.selectFile(str(db))
    window.files.dialog.accept()


def _open_from_recent_databases(window, db) -> None:
    """File ▸ Recent databases ▸ the file."""
    window.settings.add_recent(str(db))
    window.recent_menu.aboutToShow.emit()
    [action] = [a for a in window.recent_menu.actions() if a.text() == str(db)]
    action.trigger()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the file dialog, offscreen
def test_a_database_opened_from_the_file_menu_shows_before_its_store_is_open(
    qtbot, qapp, kept_demo, first_database, held_store_opening
):
    db, actors = kept_demo
    window = _showing_first(qtbot, first_database, held_store_opening, "network")
    first_store = window.session.store
    view = window.embedded["network"]

    _open_from_the_file_menu(window, db)
    qtbot.waitUntil(lambda: sorted(_names_shown(window)) == sorted(a.name for a in actors), timeout=30_000)
    assert ONLY_IN_FIRST not in _names_shown(window)  # the peeked rows
    qtbot.waitUntil(lambda: view.canvas.positions().get(actors[5].id) == (5.0, 5.0), timeout=30_000)
    assert view.canvas.node_count() == len(actors) and view.graph is None  # the new map, peeked
    assert window.session.store is first_store  # the new store is still opening
    # the title and the status bar name the network shown, not the one still open behind it
    assert db.name in window.windowTitle() and "opening" in window.windowTitle()
    assert first_database.name not in window.windowTitle()
    assert (
        window.count_label.text().startswith(f"{len(actors)} actor")
        and "tie" not in window.count_label.text()
    )

    held_store_opening.set()
    qtbot.waitUntil(lambda: view.graph is not None, timeout=60_000)
    assert window.session.store is not first_store
    assert window.session.store.database_file == db
    assert {a.id for a in window.session.net.actors} == {a.id for a in actors}
    assert sorted(_names_shown(window)) == sorted(a.name for a in actors)
    assert view.canvas.positions()[actors[5].id] == (5.0, 5.0)
    assert window.windowTitle().endswith(db.name)  # opened: no longer "opening"
    qtbot.waitUntil(
        lambda: (
            window.count_label.text().startswith(f"{len(actors)} actor")
            and "tie" in window.count_label.text()
        ),
        timeout=30_000,
    )
    _close(qapp, window)


def test_a_stale_peek_of_a_recent_database_is_dropped_when_its_store_opens(
    qtbot, qapp, kept_demo, first_database, held_store_opening
):
    from matchmaker.store import open_store

    db, actors = kept_demo
    window = _showing_first(qtbot, first_database, held_store_opening, "directory")
    _open_from_recent_databases(window, db)
    qtbot.waitUntil(lambda: sorted(_names_shown(window)) == sorted(a.name for a in actors), timeout=30_000)
    renamed = actors[0]
    other = open_store(str(db), role="command")  # another program renames an actor after the peek
    try:
        other.update_actor_values(renamed.id, {"name": "Renamed by another program"})
    finally:
        other.close()

    rows_after_opening = []
    window.session.previewed.connect(
        lambda: (
            window.session.store.database_file == db
            and rows_after_opening.append(window.directory.model.rowCount())
        )
    )
    held_store_opening.set()
    qtbot.waitUntil(lambda: window.session.net is not None and window.session.store.database_file == db)
    qtbot.waitUntil(lambda: "Renamed by another program" in _names_shown(window), timeout=60_000)
    assert rows_after_opening[0] == 0  # the stale rows went as soon as the store saw the change
    names = _names_shown(window)
    assert renamed.name not in names and ONLY_IN_FIRST not in names
    _close(qapp, window)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the error box, offscreen
def test_the_network_shown_comes_back_when_the_database_opened_from_the_menu_cannot_be_opened(
    qtbot, qapp, kept_demo, first_database, held_store_opening, monkeypatch
):
    import matchmaker.ui.file_actions as file_actions

    db, actors = kept_demo
    window = _showing_first(qtbot, first_database, held_store_opening, "directory")
    first_store = window.session.store

    monkeypatch.setattr(file_actions, "open_store_task", _refused_store_task)
    qtbot.waitUntil(lambda: "tie" in window.count_label.text(), timeout=30_000)  # the first network counted
    counts_before = window.count_label.text()
    shown, titles = [], []
    window.session.previewed.connect(lambda: shown.append(sorted(_names_shown(window))))
    window.session.previewed.connect(lambda: titles.append(window.windowTitle()))
    _open_from_recent_databases(window, db)
    qtbot.waitUntil(lambda: window.files.last_error is not None, timeout=30_000)
    qtbot.waitUntil(lambda: ONLY_IN_FIRST in _names_shown(window), timeout=30_000)
    assert sorted(a.name for a in actors) in shown  # the peeked rows were shown while it opened
    assert any(db.name in title for title in titles)  # named while it was shown
    assert window.windowTitle().endswith(first_database.name)  # the network shown again, named again
    qtbot.waitUntil(lambda: window.count_label.text() == counts_before, timeout=30_000)
    assert window.session.store is first_store and window.directory.model.rowCount() == len(actors)
    window.files.last_error.close()
    _close(qapp, window)
