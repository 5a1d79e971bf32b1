"""The recorded outcomes of one actor's suggestions: what became of each partner, filterable, restorable.

A declined partner leaves the ranking; here it can be found again (filter "Declined") and put
back among the suggestions ("Restore as suggestion", undoable like recording it). The list shows
the current actor's outcomes, or every actor's (the ones the recommender learns from). It is made
from the session's decisions, so it follows every recorded outcome and undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.countries import country_name
from matchmaker.records import DecisionRecord
from matchmaker.ui.session import Session

__all__ = ["RecordedOutcomes"]

ID_ROLE = Qt.ItemDataRole.UserRole
ACTOR_ROLE = Qt.ItemDataRole.UserRole + 1  # the actor the partner was suggested to


class RecordedOutcomes(QWidget):
    """Outcomes recorded for ``session.current_id``'s suggestions, newest first."""

    restoreRequested = Signal(str, str)  # the actor the partner was suggested to, the partner
    openProfile = Signal(str)
    refreshed = Signal()  # the list was made again (another scope, filter, or outcomes)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.filter = QComboBox(self)
        self.filter.addItem("", "")
        from matchmaker.ui.matches import OUTCOMES

        for status, _text in OUTCOMES:
            self.filter.addItem("", status)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope = QComboBox(self)
        self.scope.addItem("", "actor")
        self.scope.addItem("", "all")
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_label = QLabel(self)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnCount(5)
        self.table.setSortingEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda item, _c: self.openProfile.emit(item.data(0, ID_ROLE)))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_suggestion")
        self.restore_button.clicked.connect(self._restore)
        self.profile_button = QPushButton(self)
        self.profile_button.clicked.connect(
            lambda: self.selected() and self.openProfile.emit(self.selected())
        )
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addWidget(self.scope)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.profile_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        from matchmaker.ui.matches import outcome_label

        self.filter_label.setText(self.tr("Show"))
        self.filter.setItemText(0, self.tr("All outcomes"))
        for row in range(1, self.filter.count()):
            self.filter.setItemText(row, outcome_label(self.filter.itemData(row)))
        self.scope.setItemText(0, self.tr("for this actor"))
        self.scope.setItemText(1, self.tr("for every actor"))
        self.table.setHeaderLabels(
            [
                self.tr("Partner"),
                self.tr("Country"),
                self.tr("Outcome"),
                self.tr("Recorded"),
                self.tr("Suggested to"),
            ]
        )
        self.restore_button.setText(self.tr("Restore as suggestion"))
        self.restore_button.setToolTip(
            self.tr("Forget the recorded outcome: the partner is ranked among the suggestions again")
        )
        self.profile_button.setText(self.tr("Profile"))
        self.refresh()

    def every_actor(self) -> bool:
        return self.scope.currentData() == "all"

    def decisions(self) -> list[DecisionRecord]:
        """The recorded outcomes (not mere suggestions) of the current actor, or of every actor, newest first."""
        net, me = self.session.net, self.session.current_id
        if net is None or (me is None and not self.every_actor()):
            return []
        everyone = self.every_actor()
        mine = [d for d in net.decisions if (everyone or d.a == me) and d.status != "suggested"]
        return sorted(mine, key=lambda d: (d.updated_at is not None, d.updated_at), reverse=True)

    def shown(self) -> list[str]:
        """Partner ids in the list as filtered, top to bottom."""
        return [self.table.topLevelItem(r).data(0, ID_ROLE) for r in range(self.table.topLevelItemCount())]

    def select(self, partner_id: str, actor_id: str | None = None) -> None:
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item.data(0, ID_ROLE) == partner_id and actor_id in (None, item.data(0, ACTOR_ROLE)):
                self.table.setCurrentItem(item)
                return

    def selected(self) -> str | None:
        item = self.table.currentItem()
        return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None

    def _selected_pair(self) -> tuple[str, str] | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(0, ACTOR_ROLE), item.data(0, ID_ROLE)

    def set_filter(self, status: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(status)))

    def refresh(self) -> None:
        from matchmaker.ui.matches import outcome_label

        keep = self._selected_pair()
        wanted = self.filter.currentData()
        all_mine = self.decisions()
        rows = [d for d in all_mine if not wanted or d.status == wanted]
        self.table.clear()
        language = self.session.language
        for decision in rows:
            actor = self.session.actor(decision.b)
            when = decision.updated_at.date().isoformat() if decision.updated_at else ""
            item = QTreeWidgetItem(
                [
                    self.session.name(decision.b),
                    country_name(actor.country, language) if actor else "",
                    outcome_label(decision.status),
                    when,
                    self.session.name(decision.a),
                ]
            )
            item.setData(0, ID_ROLE, decision.b)
            item.setData(0, ACTOR_ROLE, decision.a)
            self.table.addTopLevelItem(item)
        self.table.setColumnHidden(4, not self.every_actor())
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        if not all_mine:
            self.empty.setText(
                self.tr(
                    "No outcomes recorded yet: use Contacted, Met, Agreement or Declined on a suggestion."
                )
            )
        elif not rows:
            self.empty.setText(self.tr("No partner has this outcome."))
        else:
            self.empty.setText(self.tr("%n partner(s)", "", len(rows)))
        if keep:
            self.select(keep[1], keep[0])
        self._selection_changed()
        self.refreshed.emit()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.profile_button.setEnabled(chosen)

    def _restore(self) -> None:
        pair = self._selected_pair()
        if pair is not None:
            self.restoreRequested.emit(*pair)
