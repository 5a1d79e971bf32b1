"""The Brokerage view's *Schedule* tab: the room's settings, Build / Cancel, and the schedule shown.

Settings: slots, tables, most meetings per person (0: no cap), the start time, the slot length
and the seconds the exact search may take. The schedule: value, bound and gap in one line, the
legend, the grid of slots × tables and the requested pairs left out with why
(:mod:`~matchmaker.ui.brokerage_schedule`). The tab holds no data and writes nothing: the view
runs the search and the writes, and hands the tab what to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.brokerage_schedule import KindLegend, ScheduleGrid, UnscheduledTable

__all__ = ["ScheduleTab"]


def _spin(parent, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    return box


class ScheduleTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.slots = _spin(self, 1, 96, 6)
        self.tables = _spin(self, 1, 500, 10)
        self.cap = _spin(self, 0, 96, 0)  # 0: no cap
        self.start = QLineEdit(self)
        self.start.setMaximumWidth(70)
        self.minutes = _spin(self, 5, 240, 20)
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setRange(1, 600)
        self.time_limit.setValue(20)
        self.setting_labels = [QLabel(self) for _ in range(6)]
        settings = QHBoxLayout()
        for label, widget in zip(
            self.setting_labels,
            (self.slots, self.tables, self.cap, self.start, self.minutes, self.time_limit),
            strict=True,
        ):
            settings.addWidget(label)
            settings.addWidget(widget)
        settings.addStretch(1)
        self.presence_button = QPushButton(self)
        self.build_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.export_buttons = {key: QPushButton(self) for key in ("agendas", "plan", "venue")}
        actions = QHBoxLayout()
        for widget in (self.presence_button, self.build_button, self.cancel_button, self.progress):
            actions.addWidget(widget)
        actions.addStretch(1)
        for button in self.export_buttons.values():
            actions.addWidget(button)
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.legend = KindLegend(self)
        self.grid = ScheduleGrid(self)
        self.unscheduled_title = QLabel(self)
        self.unscheduled = UnscheduledTable(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.unscheduled_title)
        lower_layout.addWidget(self.unscheduled)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.grid)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        self._schedule = None
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Slots"),
            self.tr("Tables"),
            self.tr("Most per person"),
            self.tr("Start"),
            self.tr("Minutes"),
            self.tr("Search seconds"),
        )
        for label, text in zip(self.setting_labels, texts, strict=True):
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

    # -- settings -----------------------------------------------------------------------------------
    def rules(self):
        from matchmaker.meetings import ForumRules

        return ForumRules(self.slots.value(), self.tables.value(), self.cap.value() or None)

    def start_time(self) -> str | None:
        """``HH:MM`` of slot 1, or None; raises ``MeetingRulesError`` for anything else."""
        from matchmaker.meetings.timing import parse_start

        text = self.start.text().strip()
        return parse_start(text) if text else None

    def show_settings(self, plan) -> None:
        """The settings a saved plan was made with."""
        rules = plan.rules
        self.slots.setValue(rules.slots)
        self.tables.setValue(rules.tables)
        self.cap.setValue(rules.max_per_person or 0)
        self.start.setText(plan.start or "")
        self.minutes.setValue(plan.slot_minutes)

    def set_busy(self, busy: bool, can_build: bool, has_meetings: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.build_button.setEnabled(not busy and can_build)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and has_meetings)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    # -- the schedule -------------------------------------------------------------------------------
    def show_schedule(self, schedule, rules, start, minutes, name, has_forum: bool = True) -> None:
        """Grid, legend, pairs left out and the result line; ``schedule`` None clears them."""
        from matchmaker.meetings import MEETING_KINDS
        from matchmaker.meetings.timing import slot_time

        if schedule is None:
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.unscheduled.setRowCount(0)
            self.legend.set_counts({})
            self.result.setText(self.tr("No schedule yet.") if has_forum else "")
            return

        def slot_label(slot: int) -> str:
            return f"{slot}  {slot_time(start, minutes, slot)}".strip()

        self.grid.show_schedule(schedule.meetings, rules.slots, rules.tables, name, slot_label)
        self.unscheduled.show_pairs(schedule.unscheduled, name)
        self.legend.set_counts({kind: schedule.count(kind) for kind in MEETING_KINDS})
        self.result.setText(self.result_text(schedule))

    def result_text(self, schedule) -> str:
        """``96 meeting(s), value 5169 of at most 5203 — gap 0.7% (exact search, 10.4 s)``."""
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
