"""The profile's *Person* menu: export everything about this person, or forget them.

The same core as ``matchmaker person export|forget`` (:mod:`matchmaker.person_rights`). Export
writes one JSON file (a subject access request) off the UI thread, proposing
``name-id.json``. Forget first reads, on the database worker, what would go (ties,
participations, decisions, meeting picks …) and asks with those counts named; only a Yes
erases, through the session's door (``Changes.NETWORK``: every view drops the person). A
backup is taken first (File ▸ Backups… can bring them back); the message afterwards says
which backups still hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox

from matchmaker.ui.changes import Changes
from matchmaker.ui.tasks import DB_POOL, run_task

__all__ = ["PersonRightsMenu"]


class PersonRightsMenu(QObject):
    """Builds the menu for the profile's current actor; ``actor_id()`` says who that is."""

    exported = Signal(str)
    forgotten = Signal(str)
    failed = Signal(str)

    def __init__(self, session, actor_id, parent, undo_stack=None):
        super().__init__(parent)
        self.session, self.actor_id, self.widget, self.undo_stack = session, actor_id, parent, undo_stack
        self.menu = QMenu(parent)
        self.export_action = self.menu.addAction("")
        self.export_action.triggered.connect(self.ask_export)
        self.forget_action = self.menu.addAction("")
        self.forget_action.triggered.connect(self.ask_forget)
        self.dialog = None  # the file dialog last opened (tests answer it)
        self.confirm_box: QMessageBox | None = None
        self.last_box: QMessageBox | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("Export everything about this person…"))
        self.forget_action.setText(self.tr("Forget this person…"))

    def _tell(self, title: str, text: str, icon=QMessageBox.Icon.Information) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        box.open()

    def _failed(self, error) -> None:
        self._tell(self.tr("Not done"), str(error), QMessageBox.Icon.Warning)
        self.failed.emit(str(error))

    # -- export -------------------------------------------------------------------------------------
    def ask_export(self) -> None:
        actor = self.session.actor(self.actor_id())
        if actor is None:
            return
        from matchmaker.ui.brokerage_exports import proposed_name
        from matchmaker.ui.file_dialogs import ask_save_file

        stem = proposed_name(actor.name, "venue").removesuffix("-venue.xlsx")
        self.dialog = ask_save_file(
            self.widget,
            self.tr("Export everything about %1").replace("%1", actor.name),
            self.tr("JSON file (*.json)"),
            lambda path: self.export(actor.id, path),
            default_name=f"{stem}-{actor.id}.json",
            default_suffix="json",
        )

    def export(self, actor_id: str, path: str) -> None:
        from matchmaker.person_rights import export_person

        store, actor = self.session.store, self.session.actor(actor_id)

        def done(written) -> None:
            self._tell(
                self.tr("Exported"),
                self.tr("Everything kept about %1 is in %2.")
                .replace("%1", actor.name)
                .replace("%2", str(written)),
            )
            self.exported.emit(str(written))

        run_task(
            self,
            lambda _p, _c: export_person(store, actor, path),
            on_success=done,
            on_failure=self._failed,
            pool=DB_POOL,
        )

    # -- forget -------------------------------------------------------------------------------------
    def ask_forget(self) -> None:
        """Read what would go (on the database worker), then ask, naming it."""
        actor = self.session.actor(self.actor_id())
        if actor is None:
            return
        from matchmaker.person_rights import forget_preview

        store = self.session.store
        run_task(
            self,
            lambda _p, _c: forget_preview(store, actor),
            on_success=lambda counts: self._confirm_forget(actor, counts),
            on_failure=self._failed,
            pool=DB_POOL,
        )

    def _confirm_forget(self, actor, counts: dict) -> None:
        from matchmaker.person_rights import describe_removed

        what = describe_removed(counts) or self.tr("nothing else")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Forget this person"), "", parent=self.widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Erase %1 (%2) and every record about them: %3?")
            .replace("%1", actor.name)
            .replace("%2", actor.id)
            .replace("%3", what)
        )
        box.setInformativeText(
            self.tr(
                "The bytes are overwritten in the database file. A backup is taken first and still holds "
                "them (File ▸ Backups…) until it is rotated away."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.forget(actor.id))
        self.confirm_box = box
        box.open()

    def forget(self, actor_id: str) -> None:
        from matchmaker.person_rights import describe_removed, forget_person

        actor = self.session.actor(actor_id)
        if actor is None:
            return

        def done(report) -> None:
            if self.undo_stack is not None:
                self.undo_stack.clear()  # edits of someone who is gone cannot be undone
            text = (
                self.tr("Erased %1: %2.")
                .replace("%1", report.name)
                .replace("%2", describe_removed(report.removed))
            )
            if report.backup is not None:
                text += "\n" + self.tr("The backup taken just before (%1) still holds them.").replace(
                    "%1", report.backup.id
                )
            self._tell(self.tr("Forgotten"), text)
            self.forgotten.emit(actor_id)

        self.session.run_op(
            lambda store, _p, _c: forget_person(store, actor),
            Changes.NETWORK,
            on_done=done,
            on_failure=self._failed,
            owner=self,
        )
