"""Teams: build hackathon teams for an event, adjust them by hand, print, export and save them.

The search (:func:`matchmaker.teams.form_teams`) runs through ``run_task`` on the CPU pool with
a progress bar and Cancel; loading the pool and saving go through the database pool. Teams are
columns of member cards: drag a card to another team (the scores, covers and lacks of every
team are recomputed by :func:`matchmaker.teams.score_teams`), tick a card to lock the member to
that team for the next Build. Names are plain text everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from matchmaker.i18n import _
from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.tasks import CPU_POOL, DB_POOL, Task, run_task

__all__ = ["TeamsView", "TeamColumn"]

ACTOR_ROLE = Qt.ItemDataRole.UserRole


def _plain_label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class TeamColumn(QFrame):
    """One team: its name, score, covered and lacking skills, and member cards (drag and drop)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(240)
        self.title = _plain_label(self, wrap=False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.score = _plain_label(self)
        self.covers = _plain_label(self)
        self.lacks = _plain_label(self)
        self.members = QListWidget(self)
        self.members.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.members.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setSpacing(2)
        self.members.setWordWrap(True)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setToolTip(self.tr("Drag a member to another team; tick to lock them to this team"))
        layout = QVBoxLayout(self)
        for widget in (self.title, self.score, self.covers, self.lacks, self.members):
            layout.addWidget(widget)

    def member_ids(self) -> list[str]:
        return [self.members.item(r).data(ACTOR_ROLE) for r in range(self.members.count())]

    def locked_ids(self) -> list[str]:
        return [
            self.members.item(r).data(ACTOR_ROLE)
            for r in range(self.members.count())
            if self.members.item(r).checkState() == Qt.CheckState.Checked
        ]


class TeamsView(QWidget):
    """Event, rules, Build (off the UI thread), the teams as columns, the objective and unmet rules."""

    poolLoaded = Signal()  # noqa: N815 - Qt signal naming
    planReady = Signal()  # noqa: N815
    saved = Signal()
    failed = Signal(str)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.pool = None
        self.plan = None
        self.challenges = ()
        self.dialog = None  # the file dialog last opened (tests answer it)
        self.columns: list[TeamColumn] = []
        self._task: Task | None = None
        self._rescore_pending = False
        self._build_controls()
        self._build_layout()
        self._set_busy(False)
        run_task(
            self,
            lambda _p, _c: self._read_events(store),
            on_success=self._events_loaded,
            on_failure=self._failed,
            pool=DB_POOL,
        )

    # -- widgets ------------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.event_combo = QComboBox(self)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.min_size, self.max_size = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.min_size, 4), (self.max_size, 5)):
            box.setRange(1, 20)
            box.setValue(value)
        self.mix_mode = QComboBox(self)
        self.mix_mode.addItem(self.tr("Mix strangers"), "strangers")
        self.mix_mode.addItem(self.tr("Use ties"), "ties")
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        self.build_button = QPushButton(self.tr("Build"), self)
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.challenges_button = QPushButton(self.tr("Challenges…"), self)
        self.challenges_button.clicked.connect(self._choose_challenges)
        self.csv_button = QPushButton(self.tr("Export CSV"), self)
        self.csv_button.clicked.connect(
            lambda: self._export(self.tr("CSV files (*.csv)"), ".csv", self.export_csv)
        )
        self.pdf_button = QPushButton(self.tr("Export PDF"), self)
        self.pdf_button.clicked.connect(
            lambda: self._export(self.tr("PDF files (*.pdf)"), ".pdf", self.export_pdf)
        )
        self.save_button = QPushButton(self.tr("Save teams"), self)
        self.save_button.clicked.connect(self.save)
        self.progress = QProgressBar(self)
        self.status = _plain_label(self)
        self.objective = _plain_label(self)
        self.unmet = _plain_label(self)
        self.unmet.setStyleSheet("color: #b3261e;")

    def _build_layout(self) -> None:
        rules = QHBoxLayout()
        for text, widget in (
            (self.tr("Event"), self.event_combo),
            (self.tr("Team size from"), self.min_size),
            (self.tr("to"), self.max_size),
            (self.tr("Ties"), self.mix_mode),
            (self.tr("Seed"), self.seed),
        ):
            rules.addWidget(QLabel(text, self))
            rules.addWidget(widget)
        rules.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.challenges_button, self.build_button, self.cancel_button, self.progress):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (self.csv_button, self.pdf_button, self.save_button):
            actions.addWidget(widget)
        self.board = QWidget(self)
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        layout = QVBoxLayout(self)
        layout.addLayout(rules)
        layout.addLayout(actions)
        layout.addWidget(self.objective)
        layout.addWidget(self.status)
        layout.addWidget(self.unmet)
        layout.addWidget(scroll, 1)
        self.objective.setText(_(_objective_text()))

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.build_button.setEnabled(not busy and self.pool is not None)
        has_plan = self.plan is not None and bool(self.plan.teams)
        for button in (self.csv_button, self.pdf_button, self.save_button):
            button.setEnabled(not busy and has_plan)

    # -- loading ------------------------------------------------------------------------------------
    @staticmethod
    def _read_events(store):
        return [e for e in store.load_network().events]

    def _events_loaded(self, events) -> None:
        self.event_combo.blockSignals(True)
        for event in sorted(
            events, key=lambda e: (e.kind != "hackathon", -(e.start.toordinal() if e.start else 0))
        ):
            self.event_combo.addItem(event.name, event.id)
        self.event_combo.blockSignals(False)
        if events:
            self._event_changed(0)
        else:
            self.status.setText(self.tr("No events in this network."))

    def select_event(self, event_id: str) -> None:
        self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def _event_changed(self, _index: int) -> None:
        event_id = self.event_combo.currentData()
        if event_id is None:
            return
        from matchmaker.teams import load_pool

        self.pool, self.plan = None, None
        self._show_plan(None)
        self.status.setText(self.tr("Loading participants…"))
        self._set_busy(False)
        store = self.store
        run_task(
            self,
            lambda _p, _c: load_pool(store, event_id),
            on_success=self._pool_loaded,
            on_failure=self._failed,
            pool=DB_POOL,
        )

    def _pool_loaded(self, pool) -> None:
        if pool.event_id != self.event_combo.currentData():
            return  # the host picked another event meanwhile
        self.pool = pool
        self.status.setText(self.tr("%n participants", "", len(pool.participants)))
        self._set_busy(False)
        self.poolLoaded.emit()

    # -- building -----------------------------------------------------------------------------------
    def rules(self, *, with_locks: bool = True):
        from matchmaker.teams import TeamRules

        low, high = self.min_size.value(), self.max_size.value()
        locks = (
            {a: t for t, column in enumerate(self.columns) for a in column.locked_ids()} if with_locks else {}
        )
        return TeamRules(
            min_size=min(low, high),
            max_size=max(low, high),
            tie_mode=self.mix_mode.currentData(),
            locked=locks,
        )

    def build(self) -> None:
        if self.pool is None or self._task is not None:
            return
        from matchmaker.teams import form_teams

        pool, rules, challenges, seed = self.pool, self.rules(), self.challenges, self.seed.value()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Building teams…"))
        self._set_busy(True)
        self._task = run_task(
            self,
            lambda progress, cancelled: form_teams(
                pool, rules, challenges=challenges, seed=seed, progress=progress, cancelled=cancelled
            ),
            on_success=self._built,
            on_failure=self._build_failed,
            on_progress=self._progress,
            pool=CPU_POOL,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _built(self, plan) -> None:
        self._task = None
        self.plan = plan
        self._show_plan(plan)
        self.status.setText(self.tr("%n teams built", "", len(plan.teams)))
        self._set_busy(False)
        self.planReady.emit()

    def _build_failed(self, error) -> None:
        from matchmaker.teams import TeamBuildCancelled

        self._task = None
        self._set_busy(False)
        if isinstance(error, TeamBuildCancelled):
            self.status.setText(self.tr("Cancelled; the teams were not changed."))
            self.failed.emit("cancelled")
        else:
            self._failed(error)

    def _failed(self, error) -> None:
        self.status.setText(self.tr("Failed: %1").replace("%1", str(error)))
        self.failed.emit(str(error))

    # -- showing and editing ------------------------------------------------------------------------
    def _show_plan(self, plan) -> None:
        for column in self.columns:
            self.board_layout.removeWidget(column)
            column.deleteLater()
        self.columns = []
        self.unmet.setText("")
        if plan is None:
            return
        people = self.pool.by_id()
        for team in plan.teams:
            column = TeamColumn(self.board)
            for actor_id in team.members:
                person = people[actor_id]
                item = QListWidgetItem(f"{person.name} · {person.country}")
                item.setData(ACTOR_ROLE, actor_id)
                item.setToolTip(plain_tooltip("\n".join(sorted(self.pool.label(s) for s in person.skills))))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if actor_id in team.locked else Qt.CheckState.Unchecked
                )
                column.members.addItem(item)
            column.members.model().rowsInserted.connect(self._schedule_rescore)
            column.members.model().rowsRemoved.connect(self._schedule_rescore)
            self.board_layout.insertWidget(self.board_layout.count() - 1, column)
            self.columns.append(column)
        self._fill_headers(plan)

    def _fill_headers(self, plan) -> None:
        label = self.pool.label
        for column, team in zip(self.columns, plan.teams, strict=True):
            column.title.setText(f"{team.name} — {team.challenge}" if team.challenge else team.name)
            column.score.setText(self.tr("Score %1").replace("%1", f"{team.score:.2f}"))
            column.covers.setText(
                self.tr("Covers: %1").replace("%1", ", ".join(map(label, team.covers)) or "–")
            )
            column.lacks.setText(self.tr("Lacks: %1").replace("%1", ", ".join(map(label, team.lacks)) or "–"))
        self.unmet.setText("\n".join(self.tr("Unmet: %1").replace("%1", m) for m in plan.unmet))

    def _schedule_rescore(self, *_args) -> None:
        if not self._rescore_pending:
            self._rescore_pending = True
            QTimer.singleShot(0, self.rescore)

    def rescore(self) -> None:
        """Score the teams as they stand after a drop (fast: no search)."""
        from matchmaker.teams import score_teams

        self._rescore_pending = False
        if self.pool is None or not self.columns:
            return
        teams = [column.member_ids() for column in self.columns]
        plan = score_teams(self.pool, self.rules(), teams, challenges=self.challenges)
        for team, old in zip(plan.teams, self.plan.teams if self.plan else plan.teams, strict=False):
            team.name, team.challenge = old.name, old.challenge
        self.plan = plan
        self._fill_headers(plan)

    def move_member(self, actor_id: str, team_index: int) -> None:
        """Move a member's card to another team (what a drag and drop does)."""
        for column in self.columns:
            for row in range(column.members.count()):
                if column.members.item(row).data(ACTOR_ROLE) == actor_id:
                    item = column.members.takeItem(row)
                    self.columns[team_index].members.addItem(item)
                    return

    def set_locked(self, actor_id: str, locked: bool) -> None:
        for column in self.columns:
            for row in range(column.members.count()):
                item = column.members.item(row)
                if item.data(ACTOR_ROLE) == actor_id:
                    item.setCheckState(Qt.CheckState.Checked if locked else Qt.CheckState.Unchecked)

    # -- challenges, export and saving --------------------------------------------------------------
    def _choose_challenges(self) -> None:
        from matchmaker.ui.file_dialogs import ask_open_file

        self.dialog = ask_open_file(
            self, self.tr("Challenges file"), self.tr("Challenges (*.json *.csv)"), self.load_challenges
        )

    def load_challenges(self, path: str) -> None:
        from matchmaker.errors import MatchmakerError
        from matchmaker.teams import read_challenges

        try:
            self.store.refuse_database_files([path])  # reading it here would drop SQLite's locks
            self.challenges = tuple(read_challenges(path, self.store.resolver()))
        except MatchmakerError as error:
            self._failed(error)
            return
        self.status.setText(self.tr("%n challenges loaded", "", len(self.challenges)))

    def _export(self, file_filter: str, suffix: str, write) -> None:
        from matchmaker.ui.file_dialogs import ask_save_file

        def chosen(path: str) -> None:
            from matchmaker.errors import MatchmakerError

            path = path if path.endswith(suffix) else path + suffix
            try:
                self.store.refuse_database_files([path])  # writing it would destroy the database
            except MatchmakerError as error:
                self._failed(error)
                return
            write(path)

        self.dialog = ask_save_file(
            self, self.tr("Export teams"), file_filter, chosen, default_suffix=suffix[1:]
        )

    def export_csv(self, path: str) -> None:
        from matchmaker.teams import plan_to_csv

        plan_to_csv(self.plan, path, self.pool)
        self.status.setText(self.tr("Written: %1").replace("%1", path))

    def printable(self) -> QTextDocument:
        """A list per team for the room, built with plain-text inserts (no markup from user data)."""
        doc = QTextDocument(self)
        cursor = QTextCursor(doc)
        heading, normal = QTextCharFormat(), QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(14)
        people = self.pool.by_id()
        cursor.insertText(self.pool.event_name or "", heading)
        for team in self.plan.teams:
            cursor.insertBlock()
            cursor.insertBlock()
            title = f"{team.name} — {team.challenge}" if team.challenge else team.name
            cursor.insertText(title, heading)
            for actor_id in team.members:
                cursor.insertBlock()
                person = people.get(actor_id)
                cursor.insertText(
                    f"  {person.name if person else actor_id} ({person.country if person else ''})", normal
                )
            if team.lacks:
                cursor.insertBlock()
                cursor.insertText(
                    self.tr("Lacks: %1").replace("%1", ", ".join(map(self.pool.label, team.lacks))), normal
                )
        return doc

    def export_pdf(self, path: str) -> None:
        """Print the teams to ``path``; like every export, the file appears whole or not at all."""
        from matchmaker.atomic import atomic_file

        with atomic_file(path) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(15, 15, 15, 15),
                    QPageLayout.Unit.Millimeter,
                )
            )
            writer.setTitle(self.pool.event_name or "")
            self.printable().print_(writer)
            del writer  # closes the file before it is renamed into place
        self.status.setText(self.tr("Written: %1").replace("%1", path))

    def save(self) -> None:
        if self.plan is None or self.pool is None:
            return
        from matchmaker.teams import save_plan

        store, event_id, plan = self.store, self.pool.event_id, self.plan
        self.save_button.setEnabled(False)
        run_task(
            self,
            lambda _p, _c: save_plan(store, event_id, plan),
            on_success=self._saved,
            on_failure=self._failed,
            pool=DB_POOL,
        )

    def _saved(self, _ids) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Teams saved."))
        self.saved.emit()


def _objective_text() -> str:
    from matchmaker.teams import OBJECTIVE_TEXT

    return OBJECTIVE_TEXT
