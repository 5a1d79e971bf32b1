"""The main window: for now the directory of actors (the UI issue adds the other views)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableView

from matchmaker.store import Store
from matchmaker.ui.actor_table_model import ActorTableModel

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Sandbox Matchmaker"))
        self.model = ActorTableModel(store.load_network().actors, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.setCentralWidget(self.table)
        self.statusBar().showMessage(self.tr("%n actor(s)", "", self.model.rowCount()))
