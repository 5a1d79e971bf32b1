"""Brokerage: a forum's one-to-one meetings — picks, the schedule, agendas, and what came of them.

Choose an event. **Picks**: each participant's suggested meetings from the recommender (the
session's model, restricted to the event's participants: ``suggest_meetings``), each marked
*must*, *would* or *no* (a no is final), or a picks sheet read in. **Schedule**
(:mod:`~matchmaker.ui.brokerage_schedule_tab`): *Build schedule* runs the exact optimiser
(``plan_meetings``: heuristic, then HiGHS within a time limit) off the UI thread with progress
and Cancel, then shows value, bound and gap, the grid of slots × tables coloured by kind and the
pairs left out with why; the printouts are written from there. **Agendas**: one person's agenda
as it prints, their presence, and *cancelled from slot S* (the fast repair). **Outcomes**: after
the forum, in bulk; recorded as recommender decisions.

The forum as stored is a derived result of the session (``forum``, read on the database worker);
every write goes through ``session.run_op`` (:mod:`~matchmaker.ui.brokerage_writes`).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.brokerage_agenda import AgendaPanel
from matchmaker.ui.brokerage_outcomes import OutcomesPanel
from matchmaker.ui.brokerage_picks import PICK_COLUMN, PicksModel, pick_delegate
from matchmaker.ui.brokerage_schedule_tab import ScheduleTab
from matchmaker.ui.brokerage_writes import ForumWrites
from matchmaker.ui.changes import Changes
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.tasks import CPU_POOL, Task, run_task

__all__ = ["BrokerageView"]


class BrokerageView(SessionView):
    forumLoaded = Signal()  # noqa: N815 - Qt signal naming
    suggestionsReady = Signal()  # noqa: N815
    scheduleReady = Signal()  # noqa: N815 - a schedule was built
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
        self.writes = ForumWrites(self)
        self._task: Task | None = None
        self._suggest_task: Task | None = None
        self._suggested_for = None  # (event id, recommender, per person) the suggestions were made with
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
        self.plan_tab = ScheduleTab(self)
        self.plan_tab.build_button.clicked.connect(self.build)
        self.plan_tab.cancel_button.clicked.connect(self.cancel)
        self.plan_tab.presence_button.clicked.connect(
            lambda: self.writes.choose_presence(self.plan_tab.slots.value())
        )
        for key, button in self.plan_tab.export_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.ask_export(k))
        self.tabs.addTab(self.plan_tab, "")
        self.agenda = AgendaPanel(self)
        self.agenda.presenceRequested.connect(self.writes.set_presence)
        self.agenda.cancelRequested.connect(self.writes.cancel_person)
        self.agenda.failed.connect(self.fail)
        self.tabs.addTab(self.agenda, "")
        self.outcomes = OutcomesPanel(self)
        self.outcomes.recordRequested.connect(self.writes.record_outcomes)
        self.outcomes.importRequested.connect(self.writes.choose_outcomes)
        self.tabs.addTab(self.outcomes, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._set_busy(False)

    def _picks_tab(self) -> QWidget:
        tab = QWidget(self)
        self.picks_model = PicksModel(self)
        self.picks_model.pickRequested.connect(self.writes.set_pick)
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
        self.picks_filter = QLineEdit(tab)
        self.picks_filter.setClearButtonEnabled(True)
        self.picks_filter.textChanged.connect(self.picks_proxy.setFilterFixedString)
        self.per_person = QSpinBox(tab)
        self.per_person.setRange(1, 50)
        self.per_person.setValue(8)
        self.per_person.editingFinished.connect(self._suggest_again)
        self.per_person_label = QLabel(tab)
        self.import_picks_button = QPushButton(tab)
        self.import_picks_button.clicked.connect(self.writes.choose_picks)
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
        self.picks_model.retranslate()
        self.plan_tab.retranslate()
        self.agenda.retranslate()
        self.outcomes.retranslate()
        self.status.setText(self._status())
        if self.data is not None:
            self._show_schedule()

    # -- status -------------------------------------------------------------------------------------
    def say(self, text) -> None:
        """A status line; ``text`` is a function, so the line follows a change of language."""
        self._status = text
        self.status.setStyleSheet("")
        self.status.setText(text())

    def fail(self, error) -> None:
        """A one-line message in red (errors a user can act on name the file, line and field)."""
        message = str(error)
        self.say(lambda: self.tr("Not done: %1").replace("%1", message))
        self.status.setStyleSheet("color: #b3261e;")
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        has_picks = self.data is not None and bool(self.data.forum.picks)
        has_meetings = self.schedule is not None and bool(self.schedule.meetings)
        self.plan_tab.set_busy(busy, has_picks, has_meetings)

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
            self.say(lambda: self.tr("No events in this network."))

    def select_event(self, event_id: str) -> None:
        self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def event_id(self) -> str | None:
        return self.event_combo.currentData()

    def _event_changed(self, _index: int) -> None:
        if self.event_id() is None:
            return
        self.data, self.schedule, self.suggestions, self._suggested_for = None, None, {}, None
        self.say(lambda: self.tr("Loading participants…"))
        self._request_forum()

    def _request_forum(self) -> None:
        event_id = self.event_id()
        if event_id is not None:
            self.session.compute(
                "forum", lambda data: self._forum_loaded(data, event_id), on_failure=self.fail, arg=event_id
            )

    def _forum_loaded(self, data, event_id: str) -> None:
        if event_id != self.event_id():
            return  # the host chose another event meanwhile
        first = self.data is None or self.data.event.id != data.event.id
        self.data = data
        if first and data.plan is not None:
            self.plan_tab.show_settings(data.plan)
        self._show_picks()
        self.agenda.set_people(data.people)
        plan = data.plan
        if plan is None:
            self.schedule = None
        elif first or self.schedule is None or set(self.schedule.meetings) != set(plan.meetings):
            from matchmaker.meetings.schedule import describe_schedule

            # else the schedule just built stays, with its timing
            self.schedule = describe_schedule(
                data.forum, plan.rules, plan.meetings, bound=plan.bound, method=plan.method
            )
            self.schedule.seconds = 0.0  # the time to describe it is not the time to find it
        if plan is not None:
            self.shown_rules = (plan.rules, plan.start, plan.slot_minutes)
        self._show_schedule()
        if first:  # after a write, its own message stays up
            people, picks = len(data.people), len(data.forum.picks)
            self.say(
                lambda: self.tr("%n participant(s)", "", people) + " · " + self.tr("%n pick(s)", "", picks)
            )
        self._set_busy(self._task is not None)
        self.forumLoaded.emit()
        self._suggest()

    def _show_picks(self) -> None:
        self.picks_model.set_content(self.data.people, self.suggestions, self.data.forum.picks)
        self.picks_view.resizeColumnsToContents()
        self.picks_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

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
            "recommender", lambda model: self._suggest_with(data, model), on_failure=self.fail
        )

    def _suggest_with(self, data, model) -> None:
        key = (data.event.id, model, self.per_person.value())
        if data is not self.data or self._suggested_for == key or self._suggest_task is not None:
            return
        from matchmaker.meetings.suggestions import suggest_meetings

        net, forum, per_person = self.session.net, data.forum, self.per_person.value()

        def done(found) -> None:
            self._suggest_task = None
            if self.data is not None and self.data.event.id == key[0]:
                self._suggested_for, self.suggestions = key, found
                self._show_picks()
                self.suggestionsReady.emit()
            else:
                self._suggest()  # the host chose another event meanwhile

        def failed(error) -> None:
            self._suggest_task = None
            self.fail(error)

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

    # -- the schedule ---------------------------------------------------------------------------------
    def build(self) -> None:
        """Plan the meetings off the UI thread (heuristic, then the exact MILP), then save the plan."""
        if self.data is None or self._task is not None:
            return
        from matchmaker.errors import MatchmakerError
        from matchmaker.meetings import plan_meetings

        tab = self.plan_tab
        try:
            start = tab.start_time()
        except MatchmakerError as error:
            self.fail(error)
            return
        forum, rules, limit = self.data.forum, tab.rules(), tab.time_limit.value()
        event_id, minutes = self.data.event.id, tab.minutes.value()
        tab.progress.setRange(0, 0)
        self.say(lambda: self.tr("Building the schedule…"))
        self._task = run_task(
            self,
            lambda progress, cancelled: plan_meetings(
                forum, rules, exact=True, time_limit=limit, progress=progress, cancelled=cancelled
            ),
            on_success=lambda schedule: self._built(event_id, rules, schedule, start, minutes),
            on_failure=self._build_failed,
            on_progress=tab.show_progress,
            pool=CPU_POOL,
        )
        self._set_busy(True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.say(lambda: self.tr("Cancelling… (the exact search finishes its current step)"))

    def _built(self, event_id, rules, schedule, start, minutes) -> None:
        self._task = None
        self.schedule = schedule
        self.shown_rules = (rules, start, minutes)
        self._show_schedule()
        self._set_busy(False)
        self.scheduleReady.emit()
        self.writes.save_plan(event_id, rules, schedule, start, minutes)

    def _build_failed(self, error) -> None:
        from matchmaker.meetings import MeetingsCancelled

        self._task = None
        self._set_busy(False)
        if isinstance(error, MeetingsCancelled):
            self.say(lambda: self.tr("Cancelled; the saved schedule was not changed."))
            self.failed.emit("cancelled")
        else:
            self.fail(error)

    def _show_schedule(self) -> None:
        schedule, data = self.schedule, self.data
        if schedule is None or data is None:
            self.plan_tab.show_schedule(None, None, None, 20, self.name, has_forum=data is not None)
            self.agenda.set_programme(None, {})
            self.outcomes.show_meetings([], {}, self.name)
            return
        from matchmaker.meetings.agendas import Programme

        rules, start, minutes = self.shown_rules
        self.plan_tab.show_schedule(schedule, rules, start, minutes, self.name)
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
        self.outcomes.show_meetings(schedule.meetings, data.plan.outcomes if data.plan else {}, self.name)

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
            self.plan_tab.export_buttons[key].text().rstrip("…"),
            filters,
            lambda path: self.export(key, path),
            default_name=proposed_name(self.data.event.name, key),
            default_suffix=suffix,
        )

    def export(self, key: str, path: str) -> None:
        """Write one printout off the UI thread (the file appears whole or not at all)."""
        from matchmaker.ui.brokerage_exports import export_write

        rules, start, minutes = self.shown_rules

        def done(written) -> None:
            self.say(lambda: self.tr("Written: %1").replace("%1", str(written)))
            self.exported.emit(str(written))

        run_task(
            self,
            export_write(
                self.session.store, key, path, self.data, self.schedule.meetings, rules, start, minutes
            ),
            on_success=done,
            on_failure=self.fail,
            pool=CPU_POOL,
        )
