"""Everything the Brokerage view changes, each through the session's one door.

A pick (a *no* asked first: it is final), a picks or presence sheet, one person's presence, a
built plan, a cancellation repaired at once by the fast heuristic, outcomes and the decisions
they imply. Each write is a function run by ``session.run_op`` on the database worker with
``Changes.MEETINGS`` (outcomes also ``DECISIONS``), so the view — and any other window part
that cares — reads the forum again afterwards. Sheets are read on the worker too: a file is
checked not to be the database (by path and ``stat``) before it is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from matchmaker.ui.changes import Changes
from matchmaker.ui.tasks import CPU_POOL, run_task

__all__ = ["ForumWrites", "SHEETS"]

SHEETS = "(*.csv *.xlsx *.xlsm)"


class ForumWrites(QObject):
    """The view's writes; ``view`` gives the forum shown (``data``), names, and where to say what happened."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.confirm_box: QMessageBox | None = None
        self.dialog = None  # the file dialog last opened (tests answer it)

    @property
    def data(self):
        return self.view.data

    def _write(self, write, done_text, changes: Changes = Changes.MEETINGS) -> None:
        view = self.view

        def finished(result) -> None:
            view.say(done_text(result))
            view.saved.emit()

        view.session.run_op(write, changes, on_done=finished, on_failure=view.fail, owner=view)

    def _ask_sheet(self, caption: str, then) -> None:
        from matchmaker.ui.file_dialogs import ask_open_file

        self.dialog = ask_open_file(
            self.view, caption, self.tr("Spreadsheets %1").replace("%1", SHEETS), then
        )

    # -- picks --------------------------------------------------------------------------------------
    def set_pick(self, who: str, whom: str, pick, confirmed: bool = False) -> None:
        """Store ``who``'s pick about ``whom`` (None: undecided); a *no* is confirmed first, being final."""
        if self.data is None:
            return
        if pick == "no" and not confirmed:
            self._confirm_no(who, whom)
            return
        from matchmaker.meetings.storage import set_pick

        event_id, a, b = self.data.event.id, self.view.name(who), self.view.name(whom)
        self._write(
            lambda store, _p, _c: set_pick(store, event_id, who, whom, pick),
            lambda _r: lambda: self.tr("Saved: %1 about %2.").replace("%1", a).replace("%2", b),
        )

    def _confirm_no(self, who: str, whom: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A no is final"), "", parent=self.view)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("%1 will never be scheduled to meet %2, and this pick cannot be changed here again.")
            .replace("%1", self.view.name(who))
            .replace("%2", self.view.name(whom))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.set_pick(who, whom, "no", confirmed=True))
        self.confirm_box = box
        box.open()

    def choose_picks(self) -> None:
        self._ask_sheet(self.tr("Picks sheet"), self.import_picks)

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

    # -- presence -----------------------------------------------------------------------------------
    def choose_presence(self, slots: int) -> None:
        self._ask_sheet(self.tr("Presence sheet"), lambda path: self.import_presence(path, slots))

    def import_presence(self, path: str, slots: int) -> None:
        """Read a sheet of participant, slots (``1-4, 7``; ``none``) for ``slots`` slots."""
        if self.data is None:
            return
        from matchmaker.meetings.availability_file import read_availability
        from matchmaker.meetings.directory import ParticipantDirectory
        from matchmaker.meetings.storage import save_availability

        event_id, directory = self.data.event.id, ParticipantDirectory(self.data.people.values())

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

        event_id, name = self.data.event.id, self.view.name(actor_id)
        self._write(
            lambda store, _p, _c: save_availability(store, event_id, {actor_id: slots}),
            lambda _r: lambda: self.tr("Presence of %1 saved.").replace("%1", name),
        )

    # -- the plan -----------------------------------------------------------------------------------
    def save_plan(self, event_id: str, rules, schedule, start, minutes) -> None:
        from matchmaker.meetings.storage import save_plan

        self._write(
            lambda store, _p, _c: save_plan(
                store, event_id, rules, schedule, start=start, slot_minutes=minutes
            ),
            lambda _r: lambda: self.tr("Schedule saved: %n meeting(s).", "", len(schedule.meetings)),
        )

    def cancel_person(self, actor_id: str, from_slot: int) -> None:
        """``actor_id`` cannot come from ``from_slot`` on: mark them absent and repair the saved plan
        with the fast heuristic (every other meeting stays in its slot and at its table)."""
        if self.data is None or self.data.plan is None:
            return
        from matchmaker.meetings import reschedule
        from matchmaker.meetings.storage import load_forum, save_availability, save_plan

        event_id, name, plan = self.data.event.id, self.view.name(actor_id), self.data.plan
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

    # -- outcomes -----------------------------------------------------------------------------------
    def choose_outcomes(self) -> None:
        self._ask_sheet(self.tr("Venue sheet with outcomes"), self.import_outcomes)

    def import_outcomes(self, path: str) -> None:
        """Fill the outcome cells from a venue sheet (a, b, outcome); stored only on *Record outcomes*."""
        view = self.view
        if self.data is None or view.schedule is None:
            return
        from matchmaker.meetings.directory import ParticipantDirectory
        from matchmaker.meetings.outcomes import read_outcomes

        store, meetings = view.session.store, list(view.schedule.meetings)
        directory = ParticipantDirectory(self.data.people.values())

        def read(_p, _c):
            store.refuse_database_files([path])
            return read_outcomes(path, directory, meetings)

        def done(found) -> None:
            for (a, b), outcome in found.items():
                view.outcomes.set_outcome(a, b, outcome)
            view.say(
                lambda: self.tr("%n outcome(s) read; press Record outcomes to keep them.", "", len(found))
            )

        run_task(view, read, on_success=done, on_failure=view.fail, pool=CPU_POOL)

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
