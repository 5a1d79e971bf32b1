"""The main window: a sidebar of views over one stack, the menus, and the status bar.

Views: Directory, Profile, Matches, Network, Teams, Insights (Ctrl+1…6; Ctrl+F searches).
The window paints first and gets its store later (``set_store``), so start-up never waits
for migrations, the demo seed or the network load. A database the window opened itself is
closed with it (releasing it for other windows and commands); one opened read-only, or one
whose journal vanished, says so in the title and in a message. The network and teams views
come from their own modules and are created the first time they are shown.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
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

from matchmaker.ui.directory import DirectoryView
from matchmaker.ui.file_actions import EXPORT_FORMATS, FileActions, ProgressPanel
from matchmaker.ui.insights import InsightsView
from matchmaker.ui.matches import MatchesView
from matchmaker.ui.profile import ProfileView
from matchmaker.ui.session import Session
from matchmaker.ui.settings import Settings
from matchmaker.ui.theme import apply_theme

__all__ = ["MainWindow", "VIEW_KEYS"]

VIEW_KEYS = ("directory", "profile", "matches", "network", "teams", "insights")
# Views owned by other modules, built on first show: key -> (module, class)
_EMBEDDED = {
    "network": ("matchmaker.ui.network_view", "NetworkView"),
    "teams": ("matchmaker.ui.teams_view", "TeamsView"),
}


class MainWindow(QMainWindow):
    def __init__(self, store=None, settings: Settings | None = None, language: str = "en", parent=None):
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.session = Session(store, language, self)
        self.undo_stack = QUndoStack(self)
        self._database_title = ""
        self.setWindowTitle(self.tr("Sandbox Matchmaker"))
        self.setMinimumSize(QSize(900, 600))

        self.directory = DirectoryView(self.session, self)
        self.profile = ProfileView(self.session, self.undo_stack, self)
        self.matches = MatchesView(self.session, self)
        self.insights = InsightsView(self.session, self)
        self.embedded: dict[str, QWidget | None] = {"network": None, "teams": None}
        titles = {
            "directory": self.tr("Directory"),
            "profile": self.tr("Profile"),
            "matches": self.tr("Matches"),
            "network": self.tr("Network"),
            "teams": self.tr("Teams"),
            "insights": self.tr("Insights"),
        }
        self.stack = QStackedWidget(self)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setIconSize(QSize(0, 0))
        self.pages: dict[str, QWidget] = {}
        for number, key in enumerate(VIEW_KEYS, 1):
            page = getattr(self, key, None) if key not in _EMBEDDED else self._placeholder(key)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(f"{titles[key]}")
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
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
        self.files.storeOpened.connect(self._store_opened)
        self.files.storeLost.connect(self._store_lost)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_menus(titles)

        self.directory.actorActivated.connect(lambda actor_id: self.open_profile(actor_id))
        self.profile.actorActivated.connect(self.open_profile)
        self.matches.actorActivated.connect(self.open_profile)
        self.matches.showOnMap.connect(self.show_on_map)
        self.session.loaded.connect(self._network_loaded)
        self.session.loadFailed.connect(lambda error: self.files.show_error(self.tr("Could not load"), error))
        self.session.storeError.connect(lambda error: self.files.show_error(self.tr("Not saved"), error))
        self.session.storeReplaced.connect(self._drop_embedded)
        self.directory.set_default_filters(
            self.settings["default_kind_filter"], self.settings["default_country_filter"]
        )
        self.statusBar().showMessage(self.tr("Loading…"))
        self._restore_geometry()
        if store is not None:
            self.session.reload()

    # -- menus ------------------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self, titles: dict[str, str]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New database…"), self.files.ask_new_database, QKeySequence.StandardKey.New
        )
        self._action(
            file_menu, self.tr("&Open…"), self.files.ask_open_database, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import…"), self.files.ask_import, "Ctrl+I")
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for fmt, label in EXPORT_FORMATS.items():
            self._action(
                export_menu,
                QCoreApplication.translate("FileActions", label),
                lambda _=False, f=fmt: self.files.ask_export(f),
            )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Find actor"), self.focus_search, QKeySequence("Ctrl+F"))

        view_menu = bar.addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.view_actions: list[QAction] = []
        for number, key in enumerate(VIEW_KEYS, 1):
            action = self._action(
                view_menu, titles[key], lambda _=False, k=key: self.show_view(k), f"Ctrl+{number}"
            )
            action.setCheckable(True)
            group.addAction(action)
            self.view_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Sandbox Matchmaker"), self.show_about)

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

    def _embedded_view(self, key: str) -> QWidget | None:
        """Build the network or teams view on first use (their modules import networkx and more)."""
        if self.embedded[key] is not None:
            return self.embedded[key]
        if self.session.store is None:
            return None
        module_name, class_name = _EMBEDDED[key]
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            self.pages[key].setText(self.tr("This view is not available in this build."))
            return None
        view = getattr(module, class_name)(self.session.store, self)
        if hasattr(view, "actorActivated"):
            view.actorActivated.connect(self._embedded_actor_activated)
        index = self.stack.indexOf(self.pages[key])
        self.stack.removeWidget(self.pages[key])
        self.pages[key].deleteLater()
        self.stack.insertWidget(index, view)
        self.pages[key] = view
        self.embedded[key] = view
        if key == "network" and self.session.current_id and hasattr(view, "select_actor"):
            view.select_actor(self.session.current_id)
        return view

    def _drop_embedded(self) -> None:
        """Another database was opened: the embedded views hold the old store, rebuild them on demand."""
        for key, view in self.embedded.items():
            if view is None:
                continue
            index = self.stack.indexOf(view)
            placeholder = self._placeholder(key)
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(view)
            view.deleteLater()
            self.pages[key] = placeholder
            self.embedded[key] = None
        self.undo_stack.clear()

    def _embedded_actor_activated(self, actor_id: str) -> None:
        self.session.set_current(actor_id)

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
        if view is None:
            return

        def apply() -> None:
            view.select_actor(actor_id)
            canvas = getattr(view, "canvas", None)
            if canvas is not None:
                canvas.show_suggestions(actor_id, suggested)

        if getattr(view, "graph", True) is None and hasattr(
            view, "loaded"
        ):  # still loading: once it is there

            def once() -> None:
                view.loaded.disconnect(once)
                apply()

            view.loaded.connect(once)
        else:
            apply()

    # -- store and network ----------------------------------------------------------------------------
    def set_store(self, store, path: str = "", owned: bool = False) -> None:
        self.session.set_store(store, owned)
        if path:
            self.settings.add_recent(path)
        self._database_title = Path(path).name if path and "://" not in path else ""
        self._update_title(self.tr("read-only") if getattr(store, "read_only", False) else "")

    def _update_title(self, state: str = "") -> None:
        name = self._database_title
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

        self._update_title(self.tr("not saving"))
        self.files.show_error(self.tr("Changes can no longer be saved"), DatabaseLostError(message))

    def _network_loaded(self) -> None:
        net = self.session.net
        self.count_label.setText(
            self.tr("%n actor(s)", "", len(net.actors)) + " · " + self.tr("%n tie(s)", "", len(net.ties))
        )
        if self.statusBar().currentMessage() in ("", self.tr("Loading…")):
            self.statusBar().showMessage(self.tr("Ready"), 3000)
        key = self.current_view()
        if key in _EMBEDDED and self.embedded[key] is None:
            self.show_view(key)
        if self.session.current_id is None and net.actors:
            self.session.set_current(self.directory.first_id() or net.actors[0].id)

    # -- dialogs -----------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from matchmaker.ui.settings_dialog import SettingsDialog

        countries = sorted({a.country for a in self.session.net.actors}) if self.session.net else []
        dialog = SettingsDialog(self.settings, countries, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            dialog.save()
            apply_theme(self.settings["theme"])
            self.directory.set_default_filters(
                self.settings["default_kind_filter"], self.settings["default_country_filter"]
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        self.settings_dialog = dialog

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
        if self.session.owns_store:
            # quit: let running writes end, then close the database so SQLite checkpoints it and
            # other windows and commands may write to it again
            wait_for_all_tasks()
            self.session.close_store()
