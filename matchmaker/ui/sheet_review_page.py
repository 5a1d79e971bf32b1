"""The import wizard's last page: likely duplicates to settle, every problem to fix, then Finish.

The sheet is checked off the UI thread against the actors this window holds
(:func:`matchmaker.interchange.sheets.plan_sheet_import`). Each likely duplicate gets a choice:
merge into one of the candidates (the best one is chosen at first) or create a new actor;
changing a choice checks the sheet again (without searching for duplicates again). Problems are listed by row, column and message, and
Finish stays disabled while there are any: nothing is written until the sheet is clean.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from matchmaker.ui.sheet_wizard import _item, _plain_label
from matchmaker.ui.tasks import run_task

__all__ = ["ReviewPage"]

NEW = "new"


class ReviewPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.owner = wizard
        self.plan = None
        self.checking = False
        self.summary = _plain_label(self)
        self.duplicates_label = QLabel(self)
        self.duplicates = QTableWidget(self)
        self.duplicates.setColumnCount(3)
        self.duplicates.verticalHeader().hide()
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems_label = QLabel(self)
        self.problems = QTableWidget(self)
        self.problems.setColumnCount(3)
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        self.decisions: dict[int, QComboBox] = {}
        self.known_duplicates = None
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("Review"))
        self.setSubTitle(
            self.tr("Nothing is written until every problem is fixed; the import is all or nothing.")
        )
        self.duplicates_label.setText(self.tr("Likely duplicates"))
        self.problems_label.setText(self.tr("Problems"))
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("In the sheet"), self.tr("Decision")]
        )
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.owner.sheet_map.merge = {}
        self.known_duplicates = None  # the columns may have changed: search again
        self.check(first=True)

    def check(self, first: bool = False) -> None:
        """Plan the sheet under the current map on a worker; ``first``: then merge each duplicate
        into its best candidate and check again (the user changes what is wrong)."""
        from matchmaker.interchange.sheets import plan_sheet_import
        from matchmaker.taxonomy import SkillResolver

        net = self.owner.session.net
        table, sheet_map = self.owner.table, self.owner.sheet_map
        skills = list(net.skills.values()) if net is not None else []
        actors = net.actors if net is not None else []
        known = self.known_duplicates
        self.checking = True
        self.summary.setText(self.tr("Checking…"))
        self.completeChanged.emit()

        def plan(_progress, _cancelled):
            return plan_sheet_import(table, sheet_map, SkillResolver(skills), actors, duplicates=known)

        run_task(self, plan, on_success=lambda result: self._planned(result, first), on_failure=self._failed)

    def _planned(self, plan, first: bool) -> None:
        self.known_duplicates = plan.duplicates  # a merge decision changes none of them
        undecided = {
            d.line: d.candidates[0].target
            for d in plan.duplicates
            if d.line not in self.owner.sheet_map.merge
        }
        if first and undecided:
            self.owner.sheet_map.merge.update(undecided)
            self.check()
            return
        self.checking = False
        self.plan = plan
        self._show_duplicates(plan)
        self._show_problems(plan)
        if plan.ok:
            text = self.tr("Ready: %1 new actor(s), %2 merged into stored actors.")
            self.summary.setText(
                text.replace("%1", str(len(plan.created))).replace("%2", str(len(plan.merged)))
            )
        else:
            self.summary.setText(
                self.tr("%n problem(s) to fix before anything is imported.", "", len(plan.problems))
            )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.checking = False
        self.plan = None
        self.summary.setText(str(error))
        self.completeChanged.emit()

    def _decision_label(self, candidate) -> str:
        reasons = {
            "same name": self.tr("same name"),
            "similar name": self.tr("similar name"),
            "abbreviation": self.tr("abbreviation"),
        }
        if candidate.target.startswith("row "):
            text = self.tr("Merge into row %1: %2 (%3)").replace("%1", candidate.target[4:])
        else:
            text = self.tr("Merge into %2 (%3), %4").replace("%4", candidate.target)
        return text.replace("%2", candidate.name).replace(
            "%3", reasons.get(candidate.reason, candidate.reason)
        )

    def _show_duplicates(self, plan) -> None:
        self.duplicates.setRowCount(len(plan.duplicates))
        self.decisions = {}
        for row, duplicate in enumerate(plan.duplicates):
            self.duplicates.setItem(row, 0, _item(str(duplicate.line)))
            self.duplicates.setItem(row, 1, _item(duplicate.name))
            combo = QComboBox(self.duplicates)
            for candidate in duplicate.candidates:
                combo.addItem(self._decision_label(candidate), candidate.target)
            combo.addItem(self.tr("Create a new actor"), NEW)
            combo.setCurrentIndex(max(combo.findData(self.owner.sheet_map.merge.get(duplicate.line, NEW)), 0))
            combo.activated.connect(
                lambda _index, line=duplicate.line, c=combo: self.decide(line, c.currentData())
            )
            self.duplicates.setCellWidget(row, 2, combo)
            self.decisions[duplicate.line] = combo
        self.duplicates.resizeColumnToContents(0)
        self.duplicates.resizeColumnToContents(1)
        self.duplicates_label.setVisible(bool(plan.duplicates))
        self.duplicates.setVisible(bool(plan.duplicates))

    def _show_problems(self, plan) -> None:
        self.problems.setRowCount(len(plan.problems))
        for row, problem in enumerate(plan.problems):
            self.problems.setItem(row, 0, _item("" if problem.line is None else str(problem.line)))
            column = problem.column or ""
            if problem.field and problem.field != problem.column:
                column = f"{column} ({problem.field})" if column else problem.field
            self.problems.setItem(row, 1, _item(column))
            self.problems.setItem(row, 2, _item(problem.message))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems_label.setVisible(bool(plan.problems))
        self.problems.setVisible(bool(plan.problems))

    def decide(self, line: int, target: str) -> None:
        """The user chose merge or create for the row ``line``: check the sheet again."""
        self.owner.sheet_map.merge[line] = target
        self.check()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.checking and self.plan is not None and self.plan.ok
