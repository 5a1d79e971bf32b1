"""File ▸ Merge snapshot… and File ▸ Export ▸ Snapshot…: the app's side of issue 14's snapshots.

A merge first looks (a dry run on the database worker: nothing written); when both laptops
changed some fields, :class:`~matchmaker.ui.merge_conflicts_dialog.MergeConflictsDialog` asks
which to keep. The merge itself is a write through the session's one door
(``session.run_op(…, Changes.ACTORS | Changes.TIES)``), so every view shows the merged network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from matchmaker.ui.changes import Changes
from matchmaker.ui.file_dialogs import ask_open_file, ask_save_file
from matchmaker.ui.tasks import DB_POOL, run_task, while_alive

__all__ = ["SnapshotActions"]


class SnapshotActions(QObject):
    """Owned by the main window; reports through its :class:`~matchmaker.ui.file_actions.FileActions`."""

    def __init__(self, window, files) -> None:
        super().__init__(window)
        self.window, self.files = window, files
        self.dialog = None  # the file dialog or conflict dialog last opened (tests answer it)
        self.last_report = None

    @property
    def session(self):
        return self.window.session

    # -- export -----------------------------------------------------------------------------------
    def ask_export(self) -> None:
        self.dialog = ask_save_file(
            self.window,
            self.tr("Export snapshot"),
            self.tr("Snapshot (*.json)"),
            self.export_to,
            default_name="snapshot.json",
            default_suffix="json",
        )

    def export_to(self, out: str):
        from matchmaker.snapshots.exchange import export_snapshot

        store = self.session.store
        return self.files._run(
            self.tr("Exporting snapshot…"),
            lambda _p, _c: export_snapshot(store, out),
            lambda counts: self.files.message.emit(
                self.tr("Snapshot written: %1 actors, %2 ties (public records, no contacts).")
                .replace("%1", str(counts["actors"]))
                .replace("%2", str(counts["ties"]))
            ),
        )

    # -- merge ------------------------------------------------------------------------------------
    def ask_merge(self) -> None:
        self.dialog = ask_open_file(
            self.window, self.tr("Merge snapshot"), self.tr("Snapshot (*.json)"), self.look
        )

    def look(self, path: str):
        """The dry run: what the merge would do, and the conflicts to decide."""
        from matchmaker.snapshots.exchange import merge_snapshot

        store = self.session.store
        if store is None:
            return None
        return run_task(
            self,
            lambda _p, _c: merge_snapshot(store, path, dry_run=True),
            on_success=while_alive(self, lambda report: self._looked(path, report)),
            on_failure=while_alive(
                self, lambda error: self.files.show_error(self.tr("Merge snapshot"), error)
            ),
            pool=DB_POOL,
        )

    def _looked(self, path: str, report) -> None:
        if not report.conflicts:
            self.merge(path, {})
            return
        from matchmaker.ui.field_labels import field_label
        from matchmaker.ui.merge_conflicts_dialog import MergeConflictsDialog

        net = self.session.net
        names = {a.id: a.name for a in (net.actors if net else [])}
        skills = net.skills if net else {}

        def label(name: str) -> str:
            side, colon, skill = name.partition(":")
            if colon and side in ("offer", "need"):
                shown = skills[skill].label(self.session.language) if skill in skills else skill
                return f"{field_label(side + 's')}: {shown}"
            return field_label(name)

        dialog = MergeConflictsDialog(report.conflicts, names, label, self.window)
        dialog.accepted.connect(lambda: self.merge(path, dialog.choices()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def merge(self, path: str, choices: dict):
        """Merge through the session's door, with the user's choice for each conflict."""
        from matchmaker.snapshots.exchange import merge_snapshot

        text = self.tr("Merging %1…").replace("%1", Path(path).name)

        def write(store, _progress, _cancelled):
            return merge_snapshot(store, path, choices=choices)

        def done(report) -> None:
            self.files.panel.finish()
            self.last_report = report
            changed = sum(report.changed.values())
            self.files.message.emit(
                self.tr("Merged: %1 added, %2 changed, %3 deleted, %4 conflicts decided.")
                .replace("%1", str(sum(report.added.values())))
                .replace("%2", str(changed))
                .replace("%3", str(sum(report.deleted.values())))
                .replace("%4", str(len(report.conflicts)))
            )

        def failed(error: BaseException) -> None:
            self.files.panel.finish()
            self.files.show_error(text, error)

        task = self.session.run_op(
            write, Changes.ACTORS | Changes.TIES, on_done=done, on_failure=failed, owner=self.files.panel
        )
        if task is not None:
            self.files.panel.start(text, task)
        return task
