"""The main window: a sidebar of views over one stack, the menus, and the status bar.

Views: Directory, Profile, Matches, Network, Teams, Insights, Brokerage (Ctrl+1…7; Ctrl+F searches).
Every view is a :class:`~matchmaker.ui.session_view.SessionView` over the one
:class:`~matchmaker.ui.session.Session`: they read its records and follow its ``changed``
signal; every change goes through ``session.run_op``. The window paints first and gets its store
later (``set_store``), so start-up never waits for migrations, the demo seed or the network load.
A database the window opened itself is closed with it (releasing it for other windows and
commands); one opened read-only, or one whose journal vanished, says so in the title and in a
message. The network and teams views (networkx, the team builder) are created the first time they
are shown. The language switches at once (Settings): the translators are replaced and every
widget retranslates itself on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from matchmaker.ui.briefing_actions import BriefingActions
from matchmaker.ui.changes import Changes
from matchmaker.ui.directory import DirectoryView
from matchmaker.ui.file_actions import EXPORT_FORMATS, FileActions, ProgressPanel
from matchmaker.ui.insights import InsightsView
from matchmaker.ui.matches import MatchesView
from matchmaker.ui.profile import ProfileView
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.settings import Settings
from matchmaker.ui.snapshot_actions import SnapshotActions
from matchmaker.ui.tasks import while_alive
from matchmaker.ui.theme import apply_theme

__all__ = ["MainWindow", "VIEW_KEYS"]

VIEW_KEYS = ("directory", "profile", "matches", "network", "teams", "insights", "brokerage")
VIEW_TITLES = {
    "directory": QT_TRANSLATE_NOOP("MainWindow", "Directory"),
    "profile": QT_TRANSLATE_NOOP("MainWindow", "Profile"),
    "matches": QT_TRANSLATE_NOOP("MainWindow", "Matches"),
    "network": QT_TRANSLATE_NOOP("MainWindow", "Network"),
    "teams": QT_TRANSLATE_NOOP("MainWindow", "Teams"),
    "insights": QT_TRANSLATE_NOOP("MainWindow", "Insights"),
    "brokerage": QT_TRANSLATE_NOOP("MainWindow", "Brokerage"),
}
# Views owned by other modules, built on first show: key -> (module, class)
_EMBEDDED = {
    "network": ("matchmaker.ui.network_view", "NetworkView"),
    "teams": ("matchmaker.ui.teams_view", "TeamsView"),
    "brokerage": ("matchmaker.ui.brokerage_view", "BrokerageView"),
}


class MainWindow(QMainWindow):
    def __init__(self, store=None, settings: Settings | None = None, language: str = "en", parent=None):
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.session = Session(store, language, self)
        self.undo_stack = QUndoStack(self)
        self._database_title = ""
        self._title_state = ""
        self.translators: list = []  # the QTranslators in use (launch installs the first ones)
        self.setMinimumSize(QSize(900, 600))

        self.directory = DirectoryView(self.session, self)
        self.profile = ProfileView(self.session, self.undo_stack, self)
        self.matches = MatchesView(self.session, self.undo_stack, self)
        self.insights = InsightsView(self.session, self)
        self.embedded: dict[str, SessionView | None] = dict.fromkeys(_EMBEDDED)
        self.stack = QStackedWidget(self)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setIconSize(QSize(0, 0))
        self.pages: dict[str, QWidget] = {}
        for key in VIEW_KEYS:
            page = getattr(self, key, None) if key not in _EMBEDDED else self._placeholder(key)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setSizeHint(QSize(150, 36))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.show_view_at)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.progress = ProgressPanel(self)
        self.statusBar().addPermanentWidget(self.progress)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.files = FileActions(self, self.progress)
        self.snapshots = SnapshotActions(self, self.files)
        self.briefings = BriefingActions(self, self.files)
        self.profile.briefingRequested.connect(self.briefings.ask_actor)
        self.files.storeOpened.connect(self._store_opened)
        self.files.storeLost.connect(self._store_lost)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_menus()

        for view in (self.directory, self.profile, self.matches, self.insights):
            view.actorActivated.connect(self.open_profile)
        self.matches.showOnMap.connect(self.show_on_map)
        self.directory.showOnMap.connect(lambda actor_id: self.show_on_map(actor_id, []))
        self.directory.pathRequested.connect(self.find_path)
        self.session.changed.connect(self._session_changed)
        self.session.loadFailed.connect(lambda error: self.files.show_error(self.tr("Could not load"), error))
        self.session.loadStarted.connect(self._load_started)
        self.session.loadCancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Loading cancelled: open a database to go on."))
        )
        self.session.previewed.connect(self._previewed)
        self.session.opFailed.connect(lambda error: self.files.show_error(self.tr("Not saved"), error))
        self.session.storeReplaced.connect(self.undo_stack.clear)
        self.directory.set_default_filters(
            self.settings["default_kind_filter"], self.settings["default_country_filter"]
        )
        self.retranslateUi()
        self.statusBar().showMessage(self.tr("Loading…"))
        self._restore_geometry()
        if store is not None:
            self.session.reload()

    # -- menus ------------------------------------------------------------------------------------------
    def _action(self, menu, name: str, slot, shortcut=None) -> QAction:
        """An action whose text ``retranslateUi`` sets (under ``name`` in ``self.actions``)."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.actions: dict[str, QAction] = {}
        self.menus = {name: bar.addMenu("") for name in ("file", "edit", "view", "help")}
        file_menu = self.menus["file"]
        self._action(file_menu, "new", self.files.ask_new_database, QKeySequence.StandardKey.New)
        self._action(file_menu, "open", self.files.ask_open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action(file_menu, "import", self.files.ask_import, "Ctrl+I")
        self.export_menu = file_menu.addMenu("")
        for fmt in EXPORT_FORMATS:
            self._action(self.export_menu, f"export_{fmt}", lambda _=False, f=fmt: self.files.ask_export(f))
        self._action(file_menu, "backups", self.open_backups)
        self._action(self.export_menu, "export_snapshot", self.snapshots.ask_export)
        self._action(file_menu, "merge_snapshot", self.snapshots.ask_merge)
        self._action(file_menu, "network_briefing", self.briefings.ask_network)
        file_menu.addSeparator()
        self._action(file_menu, "settings", self.open_settings, QKeySequence.StandardKey.Preferences)
        self._action(file_menu, "quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menus["edit"]
        self.undo_action = self.redo_action = None
        self._undo_separator = edit_menu.addSeparator()
        self._action(edit_menu, "find", self.focus_search, QKeySequence("Ctrl+F"))

        group = QActionGroup(self)
        self.view_actions: list[QAction] = []
        for number, key in enumerate(VIEW_KEYS, 1):
            action = self._action(
                self.menus["view"], f"view_{key}", lambda _=False, k=key: self.show_view(k), f"Ctrl+{number}"
            )
            action.setCheckable(True)
            group.addAction(action)
            self.view_actions.append(action)
        self._action(self.menus["help"], "guide", self.show_guide, QKeySequence.StandardKey.HelpContents)
        self._action(self.menus["help"], "shortcuts", self.show_shortcuts, "Ctrl+/")
        self.menus["help"].addSeparator()
        self._action(self.menus["help"], "about", self.show_about)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        """Every text the window owns, in the current language (the views retranslate themselves)."""
        for name, text in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("help", self.tr("&Help")),
        ):
            self.menus[name].setTitle(text)
        self.recent_menu.setTitle(self.tr("Recent databases"))
        self.export_menu.setTitle(self.tr("&Export"))
        texts = {
            "new": self.tr("&New database…"),
            "open": self.tr("&Open…"),
            "import": self.tr("&Import…"),
            "backups": self.tr("&Backups…"),
            "export_snapshot": self.tr("Snapshot for another laptop (*.json)…"),
            "merge_snapshot": self.tr("&Merge snapshot…"),
            "network_briefing": self.tr("Network &briefing…"),
            "settings": self.tr("&Settings…"),
            "quit": self.tr("&Quit"),
            "find": self.tr("&Find actor"),
            "about": self.tr("&About Sandbox Matchmaker"),
            "guide": self.tr("&Guide to this view"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
            **{
                f"export_{fmt}": QCoreApplication.translate("FileActions", label)
                for fmt, label in EXPORT_FORMATS.items()
            },
            **{f"view_{key}": self.tr(VIEW_TITLES[key]) for key in VIEW_KEYS},
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        self._make_undo_actions()
        for number, key in enumerate(VIEW_KEYS, 1):
            item = self.sidebar.item(number - 1)
            item.setText(self.tr(VIEW_TITLES[key]))
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
            if key in _EMBEDDED and self.embedded[key] is None:
                self.pages[key].setText(self.tr("Loading…"))
        self._update_title()
        self._show_counts()

    def _make_undo_actions(self) -> None:
        """Undo and redo, named in the current language: the stack's actions keep the word they were
        made with ("Undo" + the command's text), so another language makes new ones."""
        menu = self.menus["edit"]
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                menu.removeAction(old)
                old.deleteLater()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.insertActions(self._undo_separator, [self.undo_action, self.redo_action])

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings["recent_databases"]
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open_database(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # -- views ------------------------------------------------------------------------------------------
    def _placeholder(self, key: str) -> QWidget:
        label = QLabel(self.tr("Loading…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName(f"placeholder_{key}")
        return label

    def _embedded_view(self, key: str) -> SessionView | None:
        """Build the network or teams view on first use (their modules import networkx and more)."""
        if self.embedded[key] is not None:
            return self.embedded[key]
        if self.session.store is None and self.session.preview is None:  # nothing to show yet
            return None
        module_name, class_name = _EMBEDDED[key]
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            self.pages[key].setText(self.tr("This view is not available in this build."))
            return None
        view_class = getattr(module, class_name)
        view = (
            view_class(self.session, self)
            if key == "network"
            else view_class(self.session, self.undo_stack, self)
        )
        view.actorActivated.connect(self.session.set_current)
        if key == "network":
            view.profileRequested.connect(self.open_profile)
        index = self.stack.indexOf(self.pages[key])
        self.stack.removeWidget(self.pages[key])
        self.pages[key].deleteLater()
        self.stack.insertWidget(index, view)
        self.pages[key] = view
        self.embedded[key] = view
        if key == "network" and self.session.current_id:
            view.select_actor(self.session.current_id)
        return view

    def show_view(self, key: str) -> QWidget:
        index = VIEW_KEYS.index(key)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # calls show_view_at
        else:
            self.show_view_at(index)
        return self.pages[key]

    def show_view_at(self, index: int) -> None:
        if not 0 <= index < len(VIEW_KEYS):
            return
        key = VIEW_KEYS[index]
        if key in _EMBEDDED:
            self._embedded_view(key)
        self.stack.setCurrentWidget(self.pages[key])
        self.view_actions[index].setChecked(True)
        self.settings["window/view"] = index

    def current_view(self) -> str:
        return VIEW_KEYS[self.stack.currentIndex()]

    def focus_search(self) -> None:
        self.show_view("directory")
        self.directory.focus_search()

    def open_profile(self, actor_id: str) -> None:
        self.session.set_current(actor_id)
        self.show_view("profile")

    def show_on_map(self, actor_id: str, suggested: list[str]) -> None:
        """Switch to the network, select the actor and draw its suggestions as dashed links."""
        self.show_view("network")
        view = self.embedded.get("network")
        if view is not None:
            view.show_suggestions(actor_id, suggested)  # kept until the network is drawn

    def find_path(self, source: str, target: str) -> None:
        """Switch to the network and look for warm introductions from ``source`` to ``target``
        (either may be "": the panel then asks for it)."""
        self.show_view("network")
        view = self.embedded.get("network")
        if view is None:
            return
        if source and target:
            view.find_path(source, target)
        elif source:
            view.path_from(source)
        else:
            view.path_to(target)

    # -- store and network ----------------------------------------------------------------------------
    def set_store(self, store, path: str = "", owned: bool = False) -> None:
        self.session.set_store(store, owned)
        if path:
            self.settings.add_recent(path)
        self._database_title = Path(path).name if path and "://" not in path else ""
        self._title_state = "read-only" if getattr(store, "read_only", False) else ""
        self._update_title()

    def _update_title(self) -> None:
        name = self._database_title
        state = {"read-only": self.tr("read-only"), "lost": self.tr("not saving")}.get(self._title_state, "")
        peeked = self.session.peeked_database
        if peeked is not None:  # its kept rows are shown while its store opens: name it, not the old one
            name, state = peeked.name, self.tr("opening…")
        suffix = f" ({state})" if state else ""
        self.setWindowTitle(self.tr("Sandbox Matchmaker") + (f" — {name}{suffix}" if name else suffix))

    def _store_opened(self, store, path: str) -> None:
        self.set_store(store, path, owned=True)
        store.on_lost(self.files.storeLost.emit)  # may fire on a worker thread: the signal queues it
        if store.read_only:
            self.files.show_notice(
                self.tr("Opened read-only"),
                self.tr(
                    "%1 is open read-only: %2.\n\nYou can look at everything and export it; "
                    "edits and imports are off."
                )
                .replace("%1", str(store.database_file or path))
                .replace("%2", store.read_only_reason),
            )

    def _store_lost(self, message: str) -> None:
        from matchmaker.errors import DatabaseLostError

        self._title_state = "lost"
        self._update_title()
        self.files.show_error(self.tr("Changes can no longer be saved"), DatabaseLostError(message))

    def _session_changed(self, changes: Changes, _actor_ids) -> None:
        if changes.touches(Changes.ACTORS | Changes.TIES):
            self.session.compute("counts", lambda _counts: self._show_counts())
        if Changes.NETWORK not in changes:
            return
        net = self.session.net
        if self.statusBar().currentMessage() in ("", self.tr("Loading…")):
            self.statusBar().showMessage(self.tr("Ready"), 3000)
        key = self.current_view()
        if key in _EMBEDDED and self.embedded[key] is None:
            self.show_view(key)
        if self.session.current_id is None and net.actors:
            self.session.set_current(self.directory.first_id() or net.actors[0].id)

    def _load_started(self, task) -> None:
        """Loading a network shows its progress with Cancel in the status bar (seconds at 100,000 actors)."""
        panel = self.progress
        panel.start(self.tr("Loading the network…"), task)
        task.signals.progress.connect(while_alive(panel, panel.progress))
        task.signals.finished.connect(while_alive(panel, lambda: panel.task is task and panel.finish()))

    def _previewed(self) -> None:
        """The kept preview is in (or gone): the title and counts say which network is shown, and the
        network view, if it is the one shown, draws it already."""
        self._update_title()
        if self.session.peeked_database is not None or self.session.store is None:
            self._show_counts()  # else the records' counts follow with them
        key = self.current_view()
        if key == "network" and self.embedded[key] is None:
            self.show_view(key)

    def _show_counts(self) -> None:
        """Actors and ties in the status bar: the same count as Insights and the map (graph.stats)."""
        counts = self.session.cached("counts")
        preview = self.session.preview if self.session.peeked_database is not None else None
        if preview is not None:  # another database's kept rows: its actors are known, its ties not yet
            self.count_label.setText(self.tr("%n actor(s)", "", len(preview.directory.ids)))
        elif counts is not None:
            self.count_label.setText(
                self.tr("%n actor(s)", "", counts["actors"])
                + " · "
                + self.tr("%n tie(s)", "", counts["ties"])
            )
        else:
            self.count_label.clear()

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on, without a restart: new translators make every widget
        retranslate itself (``QEvent.LanguageChange``); the core's sentences and the session's
        derived texts (skill labels, reasons) follow."""
        from PySide6.QtWidgets import QApplication

        from matchmaker.i18n import set_language
        from matchmaker.ui.launch import install_translator

        app = QApplication.instance()
        set_language(language)  # before the widgets retranslate: some show the core's sentences
        self.session.set_language(language)
        removed = bool(self.translators)
        for translator in self.translators:
            app.removeTranslator(translator)  # each removal or installation sends LanguageChange
        self.translators = install_translator(app, language)
        if not removed and not self.translators:
            QApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))

    # -- dialogs -----------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from matchmaker.ui.settings_dialog import SettingsDialog

        countries = sorted({a.country for a in self.session.net.actors}) if self.session.net else []
        dialog = SettingsDialog(self.settings, countries, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            dialog.save()
            apply_theme(self.settings["theme"])
            if self.settings["language"] != self.session.language:
                self.set_language(self.settings["language"])
            self.directory.set_default_filters(
                self.settings["default_kind_filter"], self.settings["default_country_filter"]
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        self.settings_dialog = dialog

    def open_backups(self) -> None:
        from matchmaker.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session, self, self.undo_stack)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.backups_dialog = dialog

    def show_guide(self) -> None:
        """F1: the guide to the view on show."""
        from matchmaker.ui.view_guides import GuideDialog

        self.guide_dialog = GuideDialog(self.current_view(), self)
        self.guide_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide_dialog.open()

    def show_shortcuts(self) -> None:
        from matchmaker.ui.shortcuts_dialog import ShortcutsDialog

        actions = [a for a in self.actions.values() if a.shortcuts()]
        actions += [a for a in (self.undo_action, self.redo_action) if a is not None]
        self.shortcuts_dialog = ShortcutsDialog(actions, self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        from matchmaker.ui.settings_dialog import show_about

        self.about_box = show_about(self)

    # -- geometry -----------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings["window/geometry"]
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings["window/state"]
        if not state.isEmpty():
            self.restoreState(state)
        self.show_view_at(min(self.settings["window/view"], len(VIEW_KEYS) - 1))
        self.sidebar.setCurrentRow(self.stack.currentIndex())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from matchmaker.ui.tasks import wait_for_all_tasks

        self.settings["window/geometry"] = self.saveGeometry()
        self.settings["window/state"] = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
        self.matches.best_pairs.closing()  # minutes of ranking (and its worker processes) are not waited for
        from PySide6.QtWidgets import QApplication

        for translator in self.translators:  # the window's language goes with it
            QApplication.instance().removeTranslator(translator)
        self.translators = []
        if self.session.owns_store:
            # quit: let running writes end, then close the database so SQLite checkpoints it and
            # other windows and commands may write to it again
            wait_for_all_tasks()
            self.session.close_store()
