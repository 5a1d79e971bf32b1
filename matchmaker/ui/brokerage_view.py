"""Brokerage: a forum's one-to-one meetings — picks, the schedule, agendas, and what came of them.

Choose an event. **Picks**: each participant's suggested meetings from the recommender (the
session's model, restricted to the event's participants: ``suggest_meetings``), each marked
*must*, *would* or *no* (a no is final), or a picks sheet read in. **Schedule**: slots,
tables, a cap per person, the start time; *Build schedule* runs the exact optimiser
(``plan_meetings``: heuristic, then HiGHS within a time limit) off the UI thread with progress
and Cancel, then shows value, bound and gap, the grid of slots × tables coloured by kind, and
the pairs left out with why; the printouts are written from here. **Agendas**: one person's
agenda as it prints, their presence, and *cancelled from slot S* (the fast repair).
**Outcomes**: after the forum, in bulk; recorded as recommender decisions.

The forum as stored is a derived result of the session (``forum``, read on the database
worker); every write — a pick, a sheet, presence, a plan, a repair, outcomes — goes through
``session.run_op`` with ``Changes.MEETINGS`` (outcomes also ``DECISIONS``).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.brokerage_agenda import AgendaPanel
from matchmaker.ui.brokerage_outcomes import OutcomesPanel
from matchmaker.ui.brokerage_picks import PICK_COLUMN, PicksModel, pick_delegate
from matchmaker.ui.brokerage_schedule import KindLegend, ScheduleGrid, UnscheduledTable
from matchmaker.ui.changes import Changes
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.tasks import CPU_POOL, Task, run_task

__all__ = ["BrokerageView"]

SHEETS = "(*.csv *.xlsx *.xlsm)"


class BrokerageView(SessionView):
    forumLoaded = Signal()  # noqa: N815 - Qt signal naming
    suggestionsReady = Signal()  # noqa: N815
    scheduleReady = Signal()  # noqa: N815 - a schedule is shown (built, repaired or loaded)
    saved = Signal()  # a write went through
    exported = Signal(str)  # the path written
    failed = Signal(str)
    listens_to = Changes.ACTORS | Changes.TIES | Changes.DECISIONS | Changes.MEETINGS

    def __init__(self, session: Session, undo_stack=None, parent=None):
        super().__init__(session, parent)
        self.data = None  # matchmaker.meetings.storage.ForumData of the chosen event
        self.suggestions: dict = {}
        self.schedule = None  # the Schedule shown
        self.shown_rules = None  # (ForumRules, start, minutes) the shown schedule was made for
        self.dialog = None  # the file dialog last opened (tests answer it)
        self.confirm_box: QMessageBox | None = None
        self._task: Task | None = None
        self._suggest_task: Task | None = None
        self._suggested_for = None  # (event id, recommender) the suggestions were made with
        self._status = lambda: ""
        self._build_widgets()
        self.retranslateUi()

    # -- widgets ------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.event_combo = QComboBox(self)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.event_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.event_label)
        top.addWidget(self.event_combo)
        top.addWidget(self.status, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._picks_tab(), "")
        self.tabs.addTab(self._schedule_tab(), "")
        self.agenda = AgendaPanel(self)
        self.agenda.presenceRequested.connect(self.set_presence)
        self.agenda.cancelRequested.connect(self.cancel_person)
        self.agenda.failed.connect(self._failed)
        self.tabs.addTab(self.agenda, "")
        self.outcomes = OutcomesPanel(self)
        self.outcomes.recordRequested.connect(self.record_outcomes)
        self.outcomes.importRequested.connect(self._choose_outcomes)
        self.tabs.addTab(self.outcomes, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _picks_tab(self) -> QWidget:
        tab = QWidget(self)
        self.picks_model = PicksModel(self)
        self.picks_model.pickRequested.connect(self.set_pick)
        self.picks_proxy = QSortFilterProxyModel(self)
        self.picks_proxy.setSourceModel(self.picks_model)
        self.picks_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.picks_proxy.setFilterKeyColumn(-1)
        self.picks_view = QTableView(tab)
        self.picks_view.setModel(self.picks_proxy)
        self.picks_view.setItemDelegateForColumn(PICK_COLUMN, pick_delegate(self.picks_view))
        self.picks_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.picks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.picks_view.verticalHeader().hide()
        self.picks_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.picks_filter = QLineEdit(tab)
        self.picks_filter.setClearButtonEnabled(True)
        self.picks_filter.textChanged.connect(self.picks_proxy.setFilterFixedString)
        self.per_person = QSpinBox(tab)
        self.per_person.setRange(1, 50)
        self.per_person.setValue(8)
        self.per_person.editingFinished.connect(self._suggest_again)
        self.per_person_label = QLabel(tab)
        self.import_picks_button = QPushButton(tab)
        self.import_picks_button.clicked.connect(self._choose_picks)
        self.picks_hint = QLabel(tab)
        self.picks_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.picks_filter, 1)
        row.addWidget(self.per_person_label)
        row.addWidget(self.per_person)
        row.addWidget(self.import_picks_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.picks_hint)
        layout.addLayout(row)
        layout.addWidget(self.picks_view, 1)
        return tab

    def _spin(self, parent, low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox(parent)
        box.setRange(low, high)
        box.setValue(value)
        return box

    def _schedule_tab(self) -> QWidget:
        tab = QWidget(self)
        self.slots = self._spin(tab, 1, 96, 6)
        self.tables = self._spin(tab, 1, 500, 10)
        self.cap = self._spin(tab, 0, 96, 0)  # 0: no cap
        self.start = QLineEdit(tab)
        self.start.setMaximumWidth(70)
        self.minutes = self._spin(tab, 5, 240, 20)
        self.time_limit = QDoubleSpinBox(tab)
        self.time_limit.setRange(1, 600)
        self.time_limit.setValue(20)
        self.setting_labels = [QLabel(tab) for _ in range(6)]
        settings = QHBoxLayout()
        for label, widget in zip(
            self.setting_labels,
            (self.slots, self.tables, self.cap, self.start, self.minutes, self.time_limit),
            strict=True,
        ):
            settings.addWidget(label)
            settings.addWidget(widget)
        settings.addStretch(1)
        self.presence_button = QPushButton(tab)
        self.presence_button.clicked.connect(self._choose_presence)
        self.build_button = QPushButton(tab)
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(tab)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(tab)
        self.progress.setMaximumWidth(200)
        self.export_buttons = {key: QPushButton(tab) for key in ("agendas", "plan", "venue")}
        for key, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.ask_export(k))
        actions = QHBoxLayout()
        for widget in (self.presence_button, self.build_button, self.cancel_button, self.progress):
            actions.addWidget(widget)
        actions.addStretch(1)
        for button in self.export_buttons.values():
            actions.addWidget(button)
        self.result = QLabel(tab)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.legend = KindLegend(tab)
        self.grid = ScheduleGrid(tab)
        self.unscheduled_title = QLabel(tab)
        self.unscheduled = UnscheduledTable(tab)
        lower = QWidget(tab)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.unscheduled_title)
        lower_layout.addWidget(self.unscheduled)
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(self.grid)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(settings)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        self._set_busy(False)
        return tab

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.event_label.setText(self.tr("Event"))
        for i, text in enumerate(
            (self.tr("Picks"), self.tr("Schedule"), self.tr("Agendas"), self.tr("Outcomes"))
        ):
            self.tabs.setTabText(i, text)
        self.picks_hint.setText(
            self.tr(
                "Whom each participant could meet, from the recommender, among this event's participants. "
                "Mark each must meet, would meet or no; a no is final: the pair is never scheduled."
            )
        )
        self.picks_filter.setPlaceholderText(self.tr("Filter by name…"))
        self.per_person_label.setText(self.tr("Suggestions each"))
        self.import_picks_button.setText(self.tr("Read picks sheet…"))
        for label, text in zip(
            self.setting_labels,
            (
                self.tr("Slots"),
                self.tr("Tables"),
                self.tr("Most per person"),
                self.tr("Start"),
                self.tr("Minutes"),
                self.tr("Search seconds"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.start.setPlaceholderText(self.tr("09:30"))
        self.presence_button.setText(self.tr("Read presence sheet…"))
        self.build_button.setText(self.tr("Build schedule"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_buttons["agendas"].setText(self.tr("Agendas PDF…"))
        self.export_buttons["plan"].setText(self.tr("Table plan PDF…"))
        self.export_buttons["venue"].setText(self.tr("Venue sheet…"))
        self.unscheduled_title.setText(self.tr("Requested but not scheduled"))
        self.legend.retranslate()
        self.unscheduled.retranslate()
        self.agenda.retranslate()
        self.outcomes.retranslate()
        self.status.setText(self._status())
        if self.data is not None:
            self._show_schedule()

    # -- status -------------------------------------------------------------------------------------
    def _say(self, text) -> None:
        """A status line; ``text`` is a function, so the line follows a change of language."""
        self._status = text
        self.status.setStyleSheet("")
        self.status.setText(text())

    def _failed(self, error) -> None:
        message = str(error)
        self._say(lambda: self.tr("Not done: %1").replace("%1", message))
        self.status.setStyleSheet("color: #b3261e;")
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        has_picks = self.data is not None and bool(self.data.forum.picks)
        self.build_button.setEnabled(not busy and has_picks)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and self.schedule is not None and bool(self.schedule.meetings))

    def name(self, actor_id: str) -> str:
        person = self.data.people.get(actor_id) if self.data else None
        return f"{person.name} ({person.country})" if person else self.session.name(actor_id)

    # -- following the session ----------------------------------------------------------------------
    def refresh(self, changes: Changes, _actor_ids: frozenset[str]) -> None:
        if Changes.NETWORK in changes:
            self._fill_events()
            return
        if changes.touches(Changes.ACTORS | Changes.TIES | Changes.DECISIONS):
            self._suggested_for = None  # the recommender changed: suggest again
        self._request_forum()

    def _fill_events(self) -> None:
        events = self.session.net.events
        current = self.event_combo.currentData()
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event in sorted(
            events,
            key=lambda e: (e.kind not in ("forum", "conference"), -(e.start.toordinal() if e.start else 0)),
        ):
            self.event_combo.addItem(event.name, event.id)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(current)))
        self.event_combo.blockSignals(False)
        self.data, self.schedule, self._suggested_for = None, None, None
        if events:
            self._event_changed(self.event_combo.currentIndex())
        else:
            self._say(lambda: self.tr("No events in this network."))

    def select_event(self, event_id: str) -> None:
        self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def event_id(self) -> str | None:
        return self.event_combo.currentData()

    def _event_changed(self, _index: int) -> None:
        if self.event_id() is None:
            return
        self.data, self.schedule, self.suggestions, self._suggested_for = None, None, {}, None
        self._say(lambda: self.tr("Loading participants…"))
        self._request_forum()

    def _request_forum(self) -> None:
        event_id = self.event_id()
        if event_id is not None:
            self.session.compute(
                "forum",
                lambda data: self._forum_loaded(data, event_id),
                on_failure=self._failed,
                arg=event_id,
            )

    def _forum_loaded(self, data, event_id: str) -> None:
        if event_id != self.event_id():
            return  # the host chose another event meanwhile
        first = self.data is None or self.data.event.id != data.event.id
        self.data = data
        if first and data.plan is not None:
            rules = data.plan.rules
            self.slots.setValue(rules.slots)
            self.tables.setValue(rules.tables)
            self.cap.setValue(rules.max_per_person or 0)
            self.start.setText(data.plan.start or "")
            self.minutes.setValue(data.plan.slot_minutes)
        self.picks_model.set_content(data.people, self.suggestions, data.forum.picks)
        self.picks_view.resizeColumnsToContents()
        self.picks_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.agenda.set_people(data.people)
        if data.plan is not None:
            from matchmaker.meetings.schedule import describe_schedule

            plan = data.plan
            shown = self.schedule
            if (
                first
                or shown is None
                or set(shown.meetings) != set(plan.meetings)
                or shown.method != plan.method
            ):
                self.schedule = describe_schedule(  # else the schedule just built stays, with its timing
                    data.forum, plan.rules, plan.meetings, bound=plan.bound, method=plan.method
                )
                self.schedule.seconds = 0.0  # the time to describe it is not the time to find it
            self.shown_rules = (plan.rules, plan.start, plan.slot_minutes)
        else:
            self.schedule = None
        self._show_schedule()
        if first:  # after a write, its own message stays up
            people, picks = len(data.people), len(data.forum.picks)
            self._say(
                lambda: self.tr("%n participant(s)", "", people) + " · " + self.tr("%n pick(s)", "", picks)
            )
        self._set_busy(self._task is not None)
        self.forumLoaded.emit()
        self._suggest()

    # -- suggestions ----------------------------------------------------------------------------------
    def _suggest_again(self) -> None:
        self._suggested_for = None
        self._suggest()

    def _suggest(self) -> None:
        """Ask the session's recommender for each participant's best partners among the participants."""
        if self.data is None or self._suggest_task is not None:
            return
        data = self.data
        self.session.compute(
            "recommender", lambda model: self._suggest_with(data, model), on_failure=self._failed
        )

    def _suggest_with(self, data, model) -> None:
        if data is not self.data or self._suggested_for == (data.event.id, model, self.per_person.value()):
            return
        from matchmaker.meetings.suggestions import suggest_meetings

        key = (data.event.id, model, self.per_person.value())
        net, forum, per_person = self.session.net, data.forum, self.per_person.value()

        def done(found) -> None:
            self._suggest_task = None
            self._suggested_for = key
            self.suggestions = found
            if self.data is not None and self.data.event.id == key[0]:
                self.picks_model.set_content(self.data.people, found, self.data.forum.picks)
                self.picks_view.resizeColumnsToContents()
                self.picks_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
                self.suggestionsReady.emit()
            else:
                self._suggest()

        def failed(error) -> None:
            self._suggest_task = None
            self._failed(error)

        self._suggest_task = run_task(
            self,
            lambda progress, cancelled: suggest_meetings(
                net,
                forum,
                per_person=per_person,
                recommender=model,
                fitted=True,
                progress=progress,
                cancelled=cancelled,
            ),
            on_success=done,
            on_failure=failed,
            pool=CPU_POOL,
        )

    # -- writes (each through the session's door) -----------------------------------------------------
    def _write(self, write, done_text, changes: Changes = Changes.MEETINGS, on_done=None) -> None:
        def finished(result) -> None:
            self._say(done_text(result) if callable(done_text) else done_text)
            if on_done is not None:
                on_done(result)
            self.saved.emit()

        self.session.run_op(write, changes, on_done=finished, on_failure=self._failed, owner=self)

    def set_pick(self, who: str, whom: str, pick, confirmed: bool = False) -> None:
        """Store ``who``'s pick about ``whom`` (None: undecided); a *no* is confirmed first, being final."""
        if self.data is None:
            return
        if pick == "no" and not confirmed:
            self._confirm_no(who, whom)
            return
        from matchmaker.meetings.storage import set_pick

        event_id, a, b = self.data.event.id, self.name(who), self.name(whom)
        self._write(
            lambda store, _p, _c: set_pick(store, event_id, who, whom, pick),
            lambda _r: lambda: self.tr("Saved: %1 about %2.").replace("%1", a).replace("%2", b),
        )

    def _confirm_no(self, who: str, whom: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A no is final"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("%1 will never be scheduled to meet %2, and this pick cannot be changed here again.")
            .replace("%1", self.name(who))
            .replace("%2", self.name(whom))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.set_pick(who, whom, "no", confirmed=True))
        self.confirm_box = box
        box.open()

    def _choose_picks(self) -> None:
        from matchmaker.ui.file_dialogs import ask_open_file

        self.dialog = ask_open_file(
            self, self.tr("Picks sheet"), self.tr("Spreadsheets %1").replace("%1", SHEETS), self.import_picks
        )

    def import_picks(self, path: str) -> None:
        """Read a picks sheet (participant, wants_to_meet, pick) and store it; a bad row stops it all."""
        if self.data is None:
            return
        from matchmaker.meetings.directory import ParticipantDirectory
        from matchmaker.meetings.picks_file import read_picks
        from matchmaker.meetings.storage import save_picks

        event_id, directory = self.data.event.id, ParticipantDirectory(self.data.people.values())

        def write(store, _p, _c):
            store.refuse_database_files([path])
            return save_picks(store, event_id, read_picks(path, directory))

        self._write(write, lambda n: lambda: self.tr("%n pick(s) read.", "", n))

    def _choose_presence(self) -> None:
        from matchmaker.ui.file_dialogs import ask_open_file

        self.dialog = ask_open_file(
            self,
            self.tr("Presence sheet"),
            self.tr("Spreadsheets %1").replace("%1", SHEETS),
            self.import_presence,
        )

    def import_presence(self, path: str) -> None:
        """Read a sheet of participant, slots (``1-4, 7``; ``none``) for the slots set here."""
        if self.data is None:
            return
        from matchmaker.meetings.availability_file import read_availability
        from matchmaker.meetings.directory import ParticipantDirectory
        from matchmaker.meetings.storage import save_availability

        event_id, slots = self.data.event.id, self.slots.value()
        directory = ParticipantDirectory(self.data.people.values())

        def write(store, _p, _c):
            store.refuse_database_files([path])
            found = read_availability(path, directory, slots)
            save_availability(store, event_id, found)
            return len(found)

        self._write(write, lambda n: lambda: self.tr("Presence of %n participant(s) read.", "", n))

    def set_presence(self, actor_id: str, slots) -> None:
        if self.data is None:
            return
        from matchmaker.meetings.storage import save_availability

        event_id, name = self.data.event.id, self.name(actor_id)
        self._write(
            lambda store, _p, _c: save_availability(store, event_id, {actor_id: slots}),
            lambda _r: lambda: self.tr("Presence of %1 saved.").replace("%1", name),
        )

    # -- the schedule ---------------------------------------------------------------------------------
    def rules(self):
        from matchmaker.meetings import ForumRules

        return ForumRules(self.slots.value(), self.tables.value(), self.cap.value() or None)

    def _start_time(self) -> str | None:
        from matchmaker.meetings.timing import parse_start

        text = self.start.text().strip()
        return parse_start(text) if text else None

    def build(self) -> None:
        """Plan the meetings off the UI thread (heuristic, then the exact MILP), then save the plan."""
        if self.data is None or self._task is not None:
            return
        from matchmaker.errors import MatchmakerError
        from matchmaker.meetings import plan_meetings

        try:
            start = self._start_time()
        except MatchmakerError as error:
            self._failed(error)
            return
        forum, rules, limit = self.data.forum, self.rules(), self.time_limit.value()
        event_id, minutes = self.data.event.id, self.minutes.value()
        self.progress.setRange(0, 0)
        self._say(lambda: self.tr("Building the schedule…"))
        self._task = run_task(
            self,
            lambda progress, cancelled: plan_meetings(
                forum, rules, exact=True, time_limit=limit, progress=progress, cancelled=cancelled
            ),
            on_success=lambda schedule: self._built(event_id, rules, schedule, start, minutes),
            on_failure=self._build_failed,
            on_progress=self._progress,
            pool=CPU_POOL,
        )
        self._set_busy(True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._say(lambda: self.tr("Cancelling… (the exact search finishes its current step)"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _built(self, event_id, rules, schedule, start, minutes) -> None:
        from matchmaker.meetings.storage import save_plan

        self._task = None
        self.schedule = schedule
        self.shown_rules = (rules, start, minutes)
        self._show_schedule()
        self._set_busy(False)
        self.scheduleReady.emit()
        self._write(
            lambda store, _p, _c: save_plan(
                store, event_id, rules, schedule, start=start, slot_minutes=minutes
            ),
            lambda _r: lambda: self.tr("Schedule saved: %n meeting(s).", "", len(schedule.meetings)),
        )

    def _build_failed(self, error) -> None:
        from matchmaker.meetings import MeetingsCancelled

        self._task = None
        self._set_busy(False)
        if isinstance(error, MeetingsCancelled):
            self._say(lambda: self.tr("Cancelled; the saved schedule was not changed."))
            self.failed.emit("cancelled")
        else:
            self._failed(error)

    def cancel_person(self, actor_id: str, from_slot: int) -> None:
        """``actor_id`` cannot come from ``from_slot`` on: mark them absent and repair the saved plan
        with the fast heuristic (every other meeting stays in its slot and at its table)."""
        if self.data is None or self.data.plan is None:
            return
        from matchmaker.meetings import reschedule
        from matchmaker.meetings.storage import load_forum, save_availability, save_plan

        event_id, name = self.data.event.id, self.name(actor_id)
        plan = self.data.plan
        before = {(m.slot, m.a, m.b) for m in plan.meetings}

        def write(store, _p, cancelled):
            data = load_forum(store, event_id)
            kept = frozenset(s for s in data.forum.present(actor_id, plan.rules) if s < from_slot)
            save_availability(store, event_id, {actor_id: kept})
            data = load_forum(store, event_id)
            schedule = reschedule(
                data.forum,
                plan.rules,
                plan.meetings,
                from_slot=from_slot,
                previous_bound=plan.bound,
                cancelled=cancelled,
            )
            save_plan(store, event_id, plan.rules, schedule, start=plan.start, slot_minutes=plan.slot_minutes)
            return schedule

        def text(schedule):
            after = {(m.slot, m.a, m.b) for m in schedule.meetings}
            dropped, added = len(before - after), len(after - before)
            return lambda: (
                self.tr("%1 cancelled from slot %2: ").replace("%1", name).replace("%2", str(from_slot))
                + self.tr("%n meeting(s) dropped, ", "", dropped)
                + self.tr("%n added; every other meeting stays where it was.", "", added)
            )

        self._write(write, text)

    def _slot_label(self, slot: int) -> str:
        from matchmaker.meetings.timing import slot_time

        _rules, start, minutes = self.shown_rules
        time = slot_time(start, minutes, slot)
        return f"{slot}  {time}".strip()

    def _show_schedule(self) -> None:
        schedule, data = self.schedule, self.data
        if schedule is None or data is None:
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.unscheduled.setRowCount(0)
            self.legend.set_counts({})
            self.result.setText(self.tr("No schedule yet.") if data is not None else "")
            self.agenda.set_programme(None, {})
            self.outcomes.show_meetings([], {}, self.name)
            return
        plan = data.plan
        rules, start, minutes = self.shown_rules
        self.grid.show_schedule(schedule.meetings, rules.slots, rules.tables, self.name, self._slot_label)
        self.unscheduled.show_pairs(schedule.unscheduled, self.name)
        from matchmaker.meetings import MEETING_KINDS

        self.legend.set_counts({kind: schedule.count(kind) for kind in MEETING_KINDS})
        self.result.setText(self._result_text(schedule))
        from matchmaker.meetings.agendas import Programme

        present = {a: data.forum.present(a, rules) for a in data.forum.availability}
        programme = Programme(
            data.event,
            data.people,
            schedule.meetings,
            rules.slots,
            start,
            minutes,
            present,
            data.forum.delegations,
        )
        self.agenda.set_programme(programme, dict(data.forum.availability))
        self.outcomes.show_meetings(schedule.meetings, plan.outcomes if plan else {}, self.name)

    def _result_text(self, schedule) -> str:
        methods = {
            "exact": self.tr("exact search"),
            "heuristic": self.tr("fast heuristic"),
            "repair": self.tr("repaired"),
            "first-come": self.tr("first come"),
        }
        text = self.tr("%n meeting(s), value %1", "", len(schedule.meetings)).replace(
            "%1", str(schedule.objective)
        )
        if schedule.bound is not None:
            text += self.tr(" of at most %1").replace("%1", str(schedule.bound))
            if schedule.optimal:
                text += self.tr(" — optimal")
            else:
                text += self.tr(" — gap %1%").replace("%1", f"{100 * schedule.gap:.1f}")
        text += f" ({methods.get(schedule.method, schedule.method)}"
        if schedule.seconds:
            text += self.tr(", %1 s").replace("%1", f"{schedule.seconds:.1f}")
        return text + ")"

    # -- printouts ------------------------------------------------------------------------------------
    def ask_export(self, key: str) -> None:
        if self.schedule is None or self.data is None:
            return
        from matchmaker.ui.brokerage_exports import EXPORTS, proposed_name
        from matchmaker.ui.file_dialogs import ask_save_file

        suffix = EXPORTS[key][1]
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        }[suffix]
        self.dialog = ask_save_file(
            self,
            self.export_buttons[key].text().rstrip("…"),
            filters,
            lambda path: self.export(key, path),
            default_name=proposed_name(self.data.event.name, key),
            default_suffix=suffix,
        )

    def export(self, key: str, path: str) -> None:
        """Write one printout off the UI thread (the file appears whole or not at all)."""
        from matchmaker.ui.brokerage_exports import export_write

        data, schedule = self.data, self.schedule
        rules, start, minutes = self.shown_rules

        def done(written) -> None:
            self._say(lambda: self.tr("Written: %1").replace("%1", str(written)))
            self.exported.emit(str(written))

        run_task(
            self,
            export_write(self.session.store, key, path, data, schedule.meetings, rules, start, minutes),
            on_success=done,
            on_failure=self._failed,
            pool=CPU_POOL,
        )

    # -- outcomes -------------------------------------------------------------------------------------
    def _choose_outcomes(self) -> None:
        from matchmaker.ui.file_dialogs import ask_open_file

        self.dialog = ask_open_file(
            self,
            self.tr("Venue sheet with outcomes"),
            self.tr("Spreadsheets %1").replace("%1", SHEETS),
            self.import_outcomes,
        )

    def import_outcomes(self, path: str) -> None:
        """Fill the outcome cells from a venue sheet (a, b, outcome); recorded only on *Record outcomes*."""
        if self.data is None or self.schedule is None:
            return
        from matchmaker.meetings.directory import ParticipantDirectory
        from matchmaker.meetings.outcomes import read_outcomes

        store, meetings = self.session.store, list(self.schedule.meetings)
        directory = ParticipantDirectory(self.data.people.values())

        def read(_p, _c):
            store.refuse_database_files([path])
            return read_outcomes(path, directory, meetings)

        def done(found) -> None:
            for (a, b), outcome in found.items():
                self.outcomes.set_outcome(a, b, outcome)
            self._say(
                lambda: self.tr("%n outcome(s) read; press Record outcomes to keep them.", "", len(found))
            )

        run_task(self, read, on_success=done, on_failure=self._failed, pool=CPU_POOL)

    def record_outcomes(self, outcomes: dict) -> None:
        """Store the outcomes and the recommender decisions they imply, all or nothing."""
        if self.data is None or not outcomes:
            return
        from matchmaker.i18n import _
        from matchmaker.meetings.outcomes import decisions_from_outcomes
        from matchmaker.meetings.storage import record_outcomes

        event_id, picks = self.data.event.id, dict(self.data.forum.picks)
        note = _("one-to-one meeting at {event}").format(event=self.data.event.name)
        decisions = decisions_from_outcomes(outcomes, picks, note)
        self._write(
            lambda store, _p, _c: record_outcomes(store, event_id, outcomes, decisions),
            lambda _r: (
                lambda: self.tr(
                    "%n outcome(s) recorded; the recommender learns from them.", "", len(outcomes)
                )
            ),
            Changes.MEETINGS | Changes.DECISIONS,
        )
