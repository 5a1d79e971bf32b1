"""The directory: every actor in a table, with instant search across scripts and column filters.

Follows the session: a new network refills the table, an edit updates its row in place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
)

from matchmaker.ui.actor_table_model import ACTOR_ID_ROLE, ActorTableModel, kind_label
from matchmaker.ui.changes import Changes
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.vocab import ACTOR_KINDS

__all__ = ["DirectoryView"]


class DirectoryView(SessionView):
    """Search box, kind and country filters, and the table; Enter opens the profile.

    A right click offers the profile, the actor on the map, and warm introductions: from the
    actor, or between the two selected rows (``pathRequested(source, target)``, "" for the end
    still to choose).
    """

    listens_to = Changes.ACTORS
    showOnMap = Signal(str)
    pathRequested = Signal(str, str)

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem("", "")
        for kind in ACTOR_KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.country_filter = QComboBox(self)
        self.country_filter.addItem("", "")
        self.count_label = QLabel(self)

        self.model = ActorTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 220, 110, 70, 120)):
            self.table.setColumnWidth(column, width)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.country_filter)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._refilter)
        self.kind_filter.currentIndexChanged.connect(self._refilter)
        self.country_filter.currentIndexChanged.connect(self._refilter)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(lambda index: self.actorActivated.emit(index.data(ACTOR_ID_ROLE)))
        self.table.installEventFilter(self)  # Enter opens the profile
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.search,
            self.search.clear,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.search.returnPressed.connect(self._focus_first_row)
        session.currentActorChanged.connect(self.select_actor)
        session.previewed.connect(self._previewed)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.search.setPlaceholderText(self.tr("Search names, cities, sectors — any script (Ctrl+F)"))
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for row in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(row, kind_label(self.kind_filter.itemData(row)))
        self.country_filter.setItemText(0, self.tr("All countries"))
        self.model.retranslate()
        self._update_count()

    # -- reacting to the session ------------------------------------------------------------------
    def refresh(self, changes: Changes, actor_ids: frozenset[str]) -> None:
        if Changes.NETWORK in changes:
            self._network_loaded()
            return
        for actor_id in actor_ids:
            actor = self.session.actor(actor_id)
            if actor is not None:
                self.model.replace_actor(actor)
        self._refresh_countries()

    def _refresh_countries(self) -> None:
        """The country filter offers the countries the actors are in (an edit may bring a new one)."""
        countries = sorted(set(self.session.columns.countries)) if self.session.columns else []
        if countries == [self.country_filter.itemData(row) for row in range(1, self.country_filter.count())]:
            return
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        for code in countries:
            self.country_filter.addItem(code, code)
        self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(current)))
        self.country_filter.blockSignals(False)

    def _network_loaded(self) -> None:
        columns = self.session.columns
        if columns is not None and columns is not self.model.columns():  # else the preview is already shown
            self._refresh_countries()
            self.model.set_columns(columns)
            self._refilter()
            self._update_count()
        elif columns is None and len(self.model.columns()):  # a preview taken back: nothing is known yet
            self.model.set_actors([])
            self._refresh_countries()
            self._update_count()
        if self.session.current_id:
            self.select_actor(self.session.current_id)

    def _previewed(self) -> None:
        """The kept preview is in: show the actors now; the records follow (same columns, no reset)."""
        self._network_loaded()

    def set_default_filters(self, kind: str, country: str) -> None:
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))
        if self.country_filter.findData(country) < 0 and country:
            self.country_filter.addItem(country, country)
        self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(country)))

    # -- user actions -------------------------------------------------------------------------------
    def _refilter(self) -> None:
        self.model.set_filter(
            self.search.text(), self.kind_filter.currentData() or "", self.country_filter.currentData() or ""
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            self.count_label.setText(self.tr("%n actor(s)", "", total))
        else:
            self.count_label.setText(self.tr("%n of %1 shown", "", shown).replace("%1", str(total)))

    def _current_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.session.set_current(current.data(ACTOR_ID_ROLE))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Enter or Return on a row opens its profile, on every platform and keyboard (the item view's
        own handling depends on the platform and lets the key travel on to the window)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self.actorActivated.emit(self.table.currentIndex().data(ACTOR_ID_ROLE))
            return True
        return super().eventFilter(watched, event)

    def _row_menu(self, where) -> None:
        index = self.table.indexAt(where)
        if not index.isValid():
            return
        actor_id = index.data(ACTOR_ID_ROLE)
        chosen = [a for a in self.selected_ids() if a != actor_id]
        menu = QMenu(self)
        menu.addAction(self.tr("Open profile")).triggered.connect(lambda: self.actorActivated.emit(actor_id))
        menu.addAction(self.tr("Show on the map")).triggered.connect(lambda: self.showOnMap.emit(actor_id))
        menu.addSeparator()
        if len(chosen) == 1:
            other = chosen[0]
            menu.addAction(
                self.tr("Warm introduction from %1 to %2")
                .replace("%1", self.session.name(other))
                .replace("%2", self.session.name(actor_id))
            ).triggered.connect(lambda: self.pathRequested.emit(other, actor_id))
        menu.addAction(self.tr("Warm introduction from here…")).triggered.connect(
            lambda: self.pathRequested.emit(actor_id, "")
        )
        menu.addAction(self.tr("Warm introduction to here…")).triggered.connect(
            lambda: self.pathRequested.emit("", actor_id)
        )
        self.row_menu = menu
        self._popup(menu, self.table.viewport().mapToGlobal(where))

    def _popup(self, menu: QMenu, where) -> None:
        menu.popup(where)

    def _focus_first_row(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_actor(self, actor_id: str) -> None:
        row = self.model.row_of(actor_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        if self.table.currentIndex().row() != row:
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def first_id(self) -> str | None:
        return self.model.actor_id(0) if self.model.rowCount() else None

    def visible_ids(self) -> list[str]:
        return self.model.visible_ids()

    def selected_ids(self) -> list[str]:
        return [index.data(ACTOR_ID_ROLE) for index in self.table.selectionModel().selectedRows()]
