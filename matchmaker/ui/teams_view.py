"""Teams: build hackathon teams for an event, adjust them by hand, print, export and save them.

The events come from the session's records; an event's pool is a derived result of the session
(made from the records off the UI thread, kept until actors or ties change). The search
(:func:`matchmaker.teams.form_teams`) runs through ``run_task`` on the CPU pool with a progress
bar and Cancel. The board is a :class:`~matchmaker.ui.team_board.TeamBoard` behind an item model:
the team cards wrap to show every team; drag a member to another team or press its Lock toggle
to keep it there — each move and lock goes on the undo stack and the teams are rescored
(:func:`matchmaker.teams.score_teams`). Before the first Build the board says what to do. The
challenges are written in the app (:class:`~matchmaker.ui.team_challenges.ChallengeEditor`). The
exports (CSV with a byte order mark, XLSX, a dated PDF with scores, covered and lacking skills)
propose a file name made of the event and the day, and carry e-mail addresses only when the host
asks and the profile is public (:func:`matchmaker.teams.sheet.member_contacts`). Saving goes
through the session's door (``Changes.TEAMS``). Names are plain text everywhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from matchmaker.i18n import _
from matchmaker.ui.changes import Changes
from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.profile_chips import FlowLayout
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.tasks import CPU_POOL, Task, run_task
from matchmaker.ui.team_board import TeamBoard
from matchmaker.ui.team_board_model import TeamBoardModel
from matchmaker.ui.team_card import TeamCard
from matchmaker.ui.team_commands import LockCommand, MoveCommand

__all__ = ["TeamsView"]


class TeamsView(SessionView):
    """Event, rules, Build (off the UI thread), the teams as cards, the objective and unmet rules."""

    poolLoaded = Signal()  # noqa: N815 - Qt signal naming
    planReady = Signal()  # noqa: N815
    saved = Signal()
    failed = Signal(str)
    listens_to = Changes.ACTORS | Changes.TIES

    def __init__(self, session: Session, undo_stack: QUndoStack | None = None, parent=None):
        super().__init__(session, parent)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.pool = None
        self.challenges = ()
        self.dialog = None  # the file dialog last opened (tests answer it)
        self.board = TeamBoard()
        self.model = TeamBoardModel(self.board, self)
        self.cards: list[TeamCard] = []
        self._task: Task | None = None
        self._rescore_pending = False
        self._status = lambda: ""
        self._build_controls()
        self._build_layout()
        self.board.subscribe(self._board_changed)
        self.model.moveRequested.connect(lambda actor, team, row: self.move_member(actor, team, row))
        self.model.lockRequested.connect(self.set_locked)
        self._set_busy(False)
        self.retranslateUi()

    @property
    def plan(self):
        return self.board.plan

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
        self.mix_mode.addItem("", "strangers")
        self.mix_mode.addItem("", "ties")
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        self.build_button = QPushButton(self)
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.challenges_button = QPushButton(self)
        self.challenges_button.clicked.connect(self.edit_challenges)
        self.challenges_summary = QLabel(self)
        self.challenges_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(
            lambda: self._export(self.tr("CSV files (*.csv)"), ".csv", self.export_csv)
        )
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(
            lambda: self._export(self.tr("Excel workbooks (*.xlsx)"), ".xlsx", self.export_xlsx)
        )
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(
            lambda: self._export(self.tr("PDF files (*.pdf)"), ".pdf", self.export_pdf)
        )
        self.with_contacts = QCheckBox(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.objective = QLabel(self)
        self.unmet = QLabel(self)
        for label in (self.status, self.objective, self.unmet):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.unmet.setStyleSheet("color: #b3261e;")
        self.rule_labels = [QLabel(self) for _ in range(5)]

    def _build_layout(self) -> None:
        rules = QHBoxLayout()
        for label, widget in zip(
            self.rule_labels,
            (self.event_combo, self.min_size, self.max_size, self.mix_mode, self.seed),
            strict=True,
        ):
            rules.addWidget(label)
            rules.addWidget(widget)
        rules.addStretch(1)
        actions = QHBoxLayout()
        for widget in (
            self.challenges_button,
            self.challenges_summary,
            self.build_button,
            self.cancel_button,
            self.progress,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (
            self.with_contacts,
            self.csv_button,
            self.xlsx_button,
            self.pdf_button,
            self.save_button,
        ):
            actions.addWidget(widget)
        self.board_widget = QWidget(self)
        self.board_layout = FlowLayout(self.board_widget, spacing=8)
        self.empty_hint = QLabel(self.board_widget)  # said before the first Build
        self.empty_hint.setObjectName("teams_empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setMinimumWidth(560)
        self.empty_hint.setMargin(24)
        self.empty_hint.setStyleSheet("QLabel#teams_empty_hint { color: palette(dark); font-size: 13pt; }")
        self.board_layout.addWidget(self.empty_hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(rules)
        layout.addLayout(actions)
        layout.addWidget(self.objective)
        layout.addWidget(self.status)
        layout.addWidget(self.unmet)
        layout.addWidget(scroll, 1)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        from matchmaker.teams import OBJECTIVE_TEXT

        for label, text in zip(
            self.rule_labels,
            (self.tr("Event"), self.tr("Team size from"), self.tr("to"), self.tr("Ties"), self.tr("Seed")),
            strict=True,
        ):
            label.setText(text)
        self.mix_mode.setItemText(0, self.tr("Mix strangers"))
        self.mix_mode.setItemText(1, self.tr("Use ties"))
        self.build_button.setText(self.tr("Build"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.challenges_button.setText(self.tr("Challenges…"))
        self.challenges_button.setToolTip(
            self.tr("Write the challenges the teams work on and the skills each needs")
        )
        self._show_challenges()
        self.csv_button.setText(self.tr("Export CSV"))
        self.xlsx_button.setText(self.tr("Export XLSX"))
        self.pdf_button.setText(self.tr("Export PDF"))
        self.with_contacts.setText(self.tr("With e-mail addresses"))
        self.with_contacts.setToolTip(
            self.tr("Exports list the e-mail addresses of members whose profile is public; never of others")
        )
        self.empty_hint.setText(
            self.tr(
                "No teams yet.\n\n1. Choose the event and the team size above.\n"
                "2. Optionally write the challenges (Challenges…): a name and the skills each team needs.\n"
                "3. Press Build.\n\nThen drag members between teams, press Lock on those who must stay "
                "where they are, and Build again; Edit ▸ Undo (Ctrl+Z) takes back every move and lock. "
                "Export the teams as CSV, XLSX or PDF, or save them with the network."
            )
        )
        self.save_button.setText(self.tr("Save teams"))
        self.objective.setText(_(OBJECTIVE_TEXT))
        self.status.setText(self._status())
        self._show_unmet()

    def _say(self, text) -> None:
        """Show a status line; ``text`` is a function, so the line follows a change of language."""
        self._status = text
        self.status.setText(text())

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.build_button.setEnabled(not busy and self.pool is not None)
        has_plan = self.plan is not None and bool(self.plan.teams)
        for button in (self.csv_button, self.xlsx_button, self.pdf_button, self.save_button):
            button.setEnabled(not busy and has_plan)

    # -- following the session ----------------------------------------------------------------------
    def refresh(self, changes: Changes, _actor_ids: frozenset[str]) -> None:
        if Changes.NETWORK in changes:
            self._fill_events()
        else:
            self._request_pool(keep_plan=True)  # names, countries, skills or ties changed

    def _fill_events(self) -> None:
        events = self.session.net.events
        current = self.event_combo.currentData()
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event in sorted(
            events, key=lambda e: (e.kind != "hackathon", -(e.start.toordinal() if e.start else 0))
        ):
            self.event_combo.addItem(event.name, event.id)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(current)))
        self.event_combo.blockSignals(False)
        if events:
            self._event_changed(self.event_combo.currentIndex())
        else:
            self.pool = None
            self.board.set_plan(None, None)
            self._set_busy(False)
            self._say(lambda: self.tr("No events in this network."))

    def select_event(self, event_id: str) -> None:
        self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def _event_changed(self, _index: int) -> None:
        if self.event_combo.currentData() is None:
            return
        self.pool = None
        self.board.set_plan(None, None)
        self._set_busy(False)
        self._request_pool(keep_plan=False)

    def _request_pool(self, keep_plan: bool) -> None:
        event_id = self.event_combo.currentData()
        if event_id is None:
            return
        if not keep_plan:
            self._say(lambda: self.tr("Loading participants…"))
        self.session.compute(
            "team_pool",
            lambda pool: self._pool_loaded(pool, keep_plan),
            on_failure=self._failed,
            arg=event_id,
        )

    def _pool_loaded(self, pool, keep_plan: bool) -> None:
        if pool.event_id != self.event_combo.currentData():
            return  # the host picked another event meanwhile
        self.pool = pool
        plan = self.board.plan
        present = {p.id for p in pool.participants}
        if keep_plan and plan is not None and {a for t in plan.teams for a in t.members} <= present:
            self.board.pool = pool
            self.rescore()  # the same teams, scored on the changed network
        elif not keep_plan or plan is not None:
            self.board.set_plan(None, None)
        if self.board.plan is None:
            self._say(lambda: self.tr("%n participants", "", len(pool.participants)))
        self._set_busy(False)
        self.poolLoaded.emit()

    # -- building -----------------------------------------------------------------------------------
    def rules(self, *, with_locks: bool = True):
        from matchmaker.teams import TeamRules

        low, high = self.min_size.value(), self.max_size.value()
        return TeamRules(
            min_size=min(low, high),
            max_size=max(low, high),
            tie_mode=self.mix_mode.currentData(),
            locked=self.board.locks() if with_locks else {},
        )

    def build(self) -> None:
        if self.pool is None or self._task is not None:
            return
        from matchmaker.teams import form_teams

        pool, rules, challenges, seed = self.pool, self.rules(), self.challenges, self.seed.value()
        self.progress.setRange(0, 0)
        self._say(lambda: self.tr("Building teams…"))
        self._set_busy(True)
        self._task = run_task(
            self,
            lambda progress, cancelled: form_teams(
                pool, rules, challenges=challenges, seed=seed, progress=progress, cancelled=cancelled
            ),
            on_success=lambda plan: self._built(pool, plan, challenges),
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

    def _built(self, pool, plan, challenges) -> None:
        self._task = None
        self.board.set_plan(pool, plan, challenges)
        self._say(lambda: self.tr("%n teams built", "", len(plan.teams)))
        self._set_busy(False)
        self.planReady.emit()

    def _build_failed(self, error) -> None:
        from matchmaker.teams import TeamBuildCancelled

        self._task = None
        self._set_busy(False)
        if isinstance(error, TeamBuildCancelled):
            self._say(lambda: self.tr("Cancelled; the teams were not changed."))
            self.failed.emit("cancelled")
        else:
            self._failed(error)

    def _failed(self, error) -> None:
        self._say(lambda: self.tr("Failed: %1").replace("%1", str(error)))
        self.failed.emit(str(error))

    # -- the board ----------------------------------------------------------------------------------
    def _board_changed(self, event: str, *_args) -> None:
        if event == "reset":
            self._show_cards()
        elif event in ("moved", "locked"):
            self._schedule_rescore()
        elif event == "scored":
            self._show_unmet()

    def _show_cards(self) -> None:
        for card in self.cards:
            self.board_layout.removeWidget(card)
            card.deleteLater()
        self.cards = [TeamCard(self.model, t, self.board_widget) for t in range(len(self.board.teams))]
        for card in self.cards:
            self.board_layout.addWidget(card)
        self.empty_hint.setVisible(not self.cards)
        self.board_widget.updateGeometry()
        self._show_unmet()

    def _show_unmet(self) -> None:
        plan = self.board.plan
        self.unmet.setText(
            "\n".join(self.tr("Unmet: %1").replace("%1", m) for m in plan.unmet) if plan else ""
        )

    def _schedule_rescore(self) -> None:
        if not self._rescore_pending:
            self._rescore_pending = True
            QTimer.singleShot(0, self.rescore)

    def rescore(self) -> None:
        """Score the teams as they stand after a move or a lock (fast: no search)."""
        self._rescore_pending = False
        self.board.rescore(self.rules(with_locks=False))

    def _name(self, actor_id: str) -> str:
        person = self.pool.by_id().get(actor_id) if self.pool else None
        return person.name if person else actor_id

    def move_member(self, actor_id: str, team_index: int, row: int = -1) -> None:
        """Move a member to another team (what a drag and drop does), undoably."""
        where = self.board.where(actor_id)
        if where is None or not 0 <= team_index < len(self.board.teams):
            return
        row = None if row < 0 else row
        if where[0] == team_index and (row is None or row in (where[1], where[1] + 1)):
            return
        self.undo_stack.push(MoveCommand(self.board, actor_id, team_index, row, self._name(actor_id)))

    def set_locked(self, actor_id: str, locked: bool) -> None:
        """Lock a member to its team for the next Build (or free it), undoably."""
        if self.board.where(actor_id) is None or self.board.is_locked(actor_id) == locked:
            return
        self.undo_stack.push(LockCommand(self.board, actor_id, locked, self._name(actor_id)))

    # -- challenges, export and saving --------------------------------------------------------------
    def edit_challenges(self):
        """Open the challenge editor on the current challenges; OK puts its list in place."""
        from matchmaker.ui.team_challenges import ChallengeEditor

        editor = ChallengeEditor(self.session, self.challenges, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.acceptedChallenges.connect(self.set_challenges)
        self.dialog = editor
        editor.open()
        return editor

    def set_challenges(self, challenges: tuple) -> None:
        self.challenges = tuple(challenges)
        self._show_challenges()
        self._say(lambda: self.tr("%n challenge(s) set; press Build to use them", "", len(self.challenges)))

    def _show_challenges(self) -> None:
        names = ", ".join(c.name for c in self.challenges)
        self.challenges_summary.setText(
            self.tr("Challenges: %1").replace("%1", names) if names else self.tr("No challenges")
        )
        self.challenges_summary.setToolTip(plain_tooltip(names))

    def load_challenges(self, path: str) -> None:
        from matchmaker.errors import MatchmakerError
        from matchmaker.teams import read_challenges

        try:
            self.session.store.refuse_database_files([path])  # reading it here would drop SQLite's locks
            challenges = tuple(read_challenges(path, self.session.resolver()))
        except MatchmakerError as error:
            self._failed(error)
            return
        self.challenges = challenges
        self._show_challenges()
        self._say(lambda: self.tr("%n challenges loaded", "", len(challenges)))

    def _export(self, file_filter: str, suffix: str, write) -> None:
        from matchmaker.ui.file_dialogs import ask_save_file

        def chosen(path: str) -> None:
            from matchmaker.errors import MatchmakerError

            path = path if path.endswith(suffix) else path + suffix
            try:
                self.session.store.refuse_database_files([path])  # writing it would destroy the database
            except MatchmakerError as error:
                self._failed(error)
                return
            write(path)

        self.dialog = ask_save_file(
            self,
            self.tr("Export teams"),
            file_filter,
            chosen,
            default_name=self.proposed_file_name(suffix),
            default_suffix=suffix[1:],
        )

    def proposed_file_name(self, suffix: str) -> str:
        """The event's name and today's date, e.g. ``Digital Identity Hackathon 2026-05-17 teams.pdf``."""
        from matchmaker.teams.sheet import sheet_file_name

        return sheet_file_name(self.pool.event_name if self.pool else None, date.today(), suffix)

    def contacts(self) -> dict[str, str] | None:
        """E-mail addresses for the exports: None unless asked for; then only public profiles'."""
        if not self.with_contacts.isChecked() or self.pool is None:
            return None
        from matchmaker.teams.sheet import member_contacts

        members = {p.id for p in self.pool.participants}
        return member_contacts(a for a in self.session.net.actors if a.id in members)

    def _written(self, write, path: str) -> None:
        from matchmaker.errors import MatchmakerError

        try:
            write()
        except (MatchmakerError, OSError) as error:
            self._failed(error)
            return
        self._say(lambda: self.tr("Written: %1").replace("%1", path))

    def export_csv(self, path: str) -> None:
        from matchmaker.teams import plan_to_csv

        self._written(lambda: plan_to_csv(self.plan, path, self.pool, self.contacts()), path)

    def export_xlsx(self, path: str) -> None:
        from matchmaker.teams import plan_to_xlsx

        title = self.pool.event_name if self.pool else ""
        self._written(lambda: plan_to_xlsx(self.plan, path, self.pool, self.contacts(), title=title), path)

    def printable(self):
        from matchmaker.ui.team_print import printable

        return printable(self.board, self, contacts=self.contacts(), language=self.session.language)

    def export_pdf(self, path: str) -> None:
        from matchmaker.ui.team_print import write_pdf

        self._written(
            lambda: write_pdf(self.board, path, contacts=self.contacts(), language=self.session.language),
            path,
        )

    def save(self) -> None:
        """Save the teams as they stand, through the session's door (on the database worker)."""
        if self.plan is None or self.pool is None:
            return
        from matchmaker.teams import save_plan

        event_id = self.pool.event_id
        plan = replace(  # a copy: the host may move members while it is written
            self.plan,
            teams=[replace(t, members=list(t.members), locked=list(t.locked)) for t in self.plan.teams],
        )
        self.save_button.setEnabled(False)
        self.session.run_op(
            lambda store, _p, _c: save_plan(store, event_id, plan),
            Changes.TEAMS,
            on_done=self._saved,
            on_failure=self._save_failed,
            owner=self,
        )

    def _save_failed(self, error) -> None:
        self.save_button.setEnabled(True)
        self._failed(error)

    def _saved(self, _ids) -> None:
        self.save_button.setEnabled(True)
        self._say(lambda: self.tr("Teams saved."))
        self.saved.emit()
