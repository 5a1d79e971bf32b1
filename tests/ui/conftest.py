"""Fixtures for the Qt views: isolated settings, a window over a store, and no thread left behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from matchmaker.ui.tasks import wait_for_all_tasks


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, any script (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def drain(qapp) -> None:
    """Let running tasks finish and deliver their results (which may start more), while widgets live."""
    from matchmaker.ui import tasks

    for _ in range(100):
        assert wait_for_all_tasks(60_000), "a background task did not finish"
        qapp.processEvents()
        if not tasks._running:
            return


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Every test writes its QSettings to its own folder, never to the user's; the core speaks English
    again after a test that switched the language."""
    from matchmaker.i18n import set_language

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    assert wait_for_all_tasks(60_000), "a background task was still running after the test"
    qapp.processEvents()
    set_language("en")


@pytest.fixture
def sample_store(sqlite_store, tmp_path):
    """The hand-made sample network (tests/sample_network.py) in a fresh SQLite store."""
    from matchmaker.interchange import import_document, read_files
    from tests.sample_network import write_sample

    doc = read_files([write_sample(tmp_path)], sqlite_store.resolver())
    import_document(sqlite_store.engine, doc)
    return sqlite_store


def loaded_session(qtbot, store, language: str = "en"):
    """A session over ``store`` with its network in memory (what a window gives its views)."""
    from matchmaker.ui.session import Session

    session = Session(store, language)
    with qtbot.waitSignal(session.loaded, timeout=60_000):
        session.reload()
    return session


def open_window(qtbot, store, view: str | None = None):
    from matchmaker.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.net is not None, timeout=30_000)
    if view:
        window.show_view(view)
    return window


@pytest.fixture
def window(qtbot, qapp, demo_store):
    """The main window over a private copy of the demo network, loaded."""
    win = open_window(qtbot, demo_store)
    yield win
    drain(qapp)


@pytest.fixture
def sample_window(qtbot, qapp, sample_store):
    win = open_window(qtbot, sample_store)
    yield win
    drain(qapp)
