"""File ▸ Backups…: the rotating backups kept beside the database, one taken now, or one put back.

The same backups as ``matchmaker backup list|create|restore`` (:mod:`matchmaker.backups`): one
is taken automatically before every import, reset, forget and restore. Listing reads the
backup files (never the live database's file) on the database worker; *Restore…* asks first,
naming the backup, its time and its number of actors, then replaces the whole network through
the session's door (``Changes.NETWORK``: every view shows the restored network; the current
state is backed up first, so a restore can itself be undone from this list).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from matchmaker.ui.changes import Changes
from matchmaker.ui.tasks import DB_POOL, run_task

__all__ = ["BackupsDialog", "list_backup_rows"]


def list_backup_rows(store) -> list[tuple]:
    """(backup, actors or None) newest first; raises BackupsUnavailableError off SQLite."""
    from matchmaker.backups import backup_actor_count, list_backups

    return [(b, backup_actor_count(b)) for b in list_backups(store.engine)]


class BackupsDialog(QDialog):
    listed = Signal()
    restored = Signal(str)  # the backup id put back
    failed = Signal(str)

    def __init__(self, session, parent=None, undo_stack=None):
        super().__init__(parent)
        self.session, self.undo_stack = session, undo_stack
        self.rows: list[tuple] = []
        self.confirm_box: QMessageBox | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.ask_restore)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 380)
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.setWindowTitle(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Before"), self.tr("Actors"), self.tr("Size")]
        )
        self.create_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)
        if error:
            self.failed.emit(text)

    def _update_buttons(self) -> None:
        writable = self.session.store is not None and not getattr(self.session.store, "read_only", False)
        self.restore_button.setEnabled(writable and self.selected() is not None)
        self.create_button.setEnabled(self.session.store is not None)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()][0] if rows else None

    def refresh(self) -> None:
        store = self.session.store
        if store is None:
            return
        run_task(
            self,
            lambda _p, _c: list_backup_rows(store),
            on_success=self._show,
            on_failure=lambda error: self._say(str(error), error=True),
            pool=DB_POOL,
        )

    def _show(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, (backup, actors) in enumerate(rows):
            taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            cells = (
                taken,
                backup.reason,
                "?" if actors is None else str(actors),
                f"{backup.size / 1e6:.1f} MB",
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if not rows:
            self._say(self.tr("No backups yet: one is taken before every import, reset and forget."))
        self._update_buttons()
        self.listed.emit()

    def create_backup(self) -> None:
        from matchmaker.backups import create_backup

        engine = self.session.store.engine
        run_task(
            self,
            lambda _p, _c: create_backup(engine),
            on_success=lambda backup: (
                self._say(self.tr("Backup %1 taken.").replace("%1", backup.id)),
                self.refresh(),
            ),
            on_failure=lambda error: self._say(str(error), error=True),
            pool=DB_POOL,
        )

    def ask_restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        actors = next((a for b, a in self.rows if b.id == backup.id), None)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Replace the whole network with the backup taken %1 (before %2, %3 actors)? "
                "Everything changed since is replaced; the current state is backed up first."
            )
            .replace("%1", backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            .replace("%2", backup.reason)
            .replace("%3", "?" if actors is None else str(actors))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.restore(backup.id))
        self.confirm_box = box
        box.open()

    def restore(self, backup_id: str) -> None:
        """Put ``backup_id`` back through the session's door; every view then shows it."""
        from matchmaker.backups import restore_backup

        def done(_result) -> None:
            if self.undo_stack is not None:
                self.undo_stack.clear()  # the edits it would undo are gone with the old network
            self._say(self.tr("Backup restored; the state before it was backed up too."))
            self.restored.emit(backup_id)
            self.refresh()

        self.restore_button.setEnabled(False)
        self.session.run_op(
            lambda store, _p, _c: restore_backup(store, backup_id),
            Changes.NETWORK,
            on_done=done,
            on_failure=lambda error: (self._say(str(error), error=True), self._update_buttons()),
            owner=self,
        )
