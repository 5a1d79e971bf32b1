"""Starting the desktop app: QApplication, translations, theme, the window — then the data.

The window is shown before the database is touched: opening (migrating, seeding the demo on
first start) and loading the network run on the database worker, and heavy libraries
(SQLAlchemy, networkx, scikit-learn) are imported there or on first use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["launch", "install_translator", "first_language", "PROBE_ENV"]

# Set by bench/bench_startup.py: print "painted" at the first paint and "loaded" when the network is in, then quit.
PROBE_ENV = "MATCHMAKER_STARTUP_PROBE"


def _install_startup_probe(app, window) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print("painted", flush=True)
            return False

    probe = FirstPaint(window)
    window.installEventFilter(probe)

    def loaded() -> None:
        print("loaded", flush=True)
        window.close()
        app.quit()

    window.session.loaded.connect(loaded)


def install_translator(app, language: str):
    """Install ``matchmaker_<language>.qm`` (compiled now if its ``.ts`` is newer) and Qt's own
    strings (``qtbase_<language>.qm`` from PySide6's translations; ours for a language Qt lacks)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, QTranslator

    from matchmaker.compiled_translations import qm_file

    installed = []
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    ours = QTranslator(app)
    # English too: its catalogue holds only the %n messages' two forms ("1 actor", "2 actors")
    path = qm_file(language, cache_dir=cache / "translations")
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours_for_qt = qm_file(language, cache_dir=cache / "translations", catalogue="qtbase")
    if qt.load(QLocale(language), "qtbase", "_", qt_folder) or (
        ours_for_qt is not None and qt.load(str(ours_for_qt))
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def first_language(settings) -> str:
    """The saved language; on the first start the system's (``QLocale.system()``: LANG, LC_ALL…),
    saved so the Settings dialog shows it; English when the system speaks none of ours."""
    from PySide6.QtCore import QLocale

    from matchmaker.ui.settings import LANGUAGES

    if settings.q.contains("language"):
        return settings["language"]
    wanted = [name.replace("-", "_").split("_")[0] for name in QLocale.system().uiLanguages()]
    language = next((code for code in wanted if code in LANGUAGES), "en")
    settings["language"] = language
    return language


def launch(db: str | None = None, screenshot_dir: str | None = None, language: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sandbox Matchmaker")
    app.setOrganizationName("Digital Society Sandbox")

    from matchmaker.ui.main_window import MainWindow
    from matchmaker.ui.settings import Settings
    from matchmaker.ui.tasks import wait_for_all_tasks
    from matchmaker.ui.theme import apply_theme

    settings = Settings()
    language = language or first_language(settings)
    translators = install_translator(app, language)
    from matchmaker.i18n import set_language

    set_language(language)  # the recommender's reasons and other core sentences follow the UI
    apply_theme("light" if screenshot_dir else settings["theme"])
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: settings["theme"] == "system" and apply_theme("system"))

    window = MainWindow(settings=settings, language=language)
    window.translators = translators  # replaced when the language is switched
    if screenshot_dir:
        window.resize(1400, 880)
    if os.environ.get(PROBE_ENV):
        _install_startup_probe(app, window)
    window.show()
    target = db if db is not None else (settings["last_database"] or None)

    def open_store() -> None:
        task = window.files.open_database(target or "", app_start=db is None)
        if db is None and target:
            # the remembered file may be gone: fall back to the default database (demo on first start)
            task.signals.failed.connect(lambda _e: window.files.open_database("", app_start=True))

    if screenshot_dir:
        from matchmaker.ui.screenshots import take_screenshots

        open_store()
        written = take_screenshots(window, screenshot_dir, suffix="" if language == "en" else f"-{language}")
        for path in written:
            print(path)
        window.close()
        wait_for_all_tasks()
        window.session.close_store()
        return 0
    QTimer.singleShot(0, open_store)  # after the first paint
    code = app.exec()
    wait_for_all_tasks()
    window.session.close_store()  # normally done when the window closed; a quit by other means lands here
    return code
