"""One team on the board: its name, score, covered and lacking skills, and its members' cards.

The members are a ``QListView`` over the board's item model, rooted at the team's row: drag a card
to another team, press its "Lock" toggle (:class:`~matchmaker.ui.team_lock_delegate.LockDelegate`)
to keep the member there. The card holds no state of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QFrame, QLabel, QListView, QVBoxLayout

from matchmaker.locale_format import number
from matchmaker.ui.team_board_model import ACTOR_ROLE, COVERS_ROLE, LACKS_ROLE, SCORE_ROLE, TeamBoardModel
from matchmaker.ui.team_lock_delegate import LockDelegate

__all__ = ["TeamCard"]

CARD_WIDTH = 264


def _plain_label(parent, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class TeamCard(QFrame):
    def __init__(self, model: TeamBoardModel, team: int, parent=None):
        super().__init__(parent)
        self.model, self.team = model, team
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.title = _plain_label(self, wrap=False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.score = _plain_label(self)
        self.covers = _plain_label(self)
        self.lacks = _plain_label(self)
        self.members = QListView(self)
        self.members.setModel(model)
        self.members.setRootIndex(self.root())
        self.lock_delegate = LockDelegate(self.members)
        self.members.setItemDelegate(self.lock_delegate)
        self.members.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.members.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.members.setDragDropOverwriteMode(False)
        self.members.setDropIndicatorShown(True)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setSpacing(2)
        self.members.setWordWrap(True)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.members.setMinimumHeight(3 * self.members.fontMetrics().height())  # room to drop into
        layout = QVBoxLayout(self)
        for widget in (self.title, self.score, self.covers, self.lacks, self.members):
            layout.addWidget(widget)
        model.dataChanged.connect(self._data_changed)
        self.retranslateUi()

    def root(self) -> QModelIndex:
        return self.model.index(self.team, 0)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.members.setToolTip(
            QCoreApplication.translate(
                "TeamColumn",
                "Drag a member to another team; press Lock to keep them in this team on the next Build",
            )
        )
        self.show_header()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        if not top.parent().isValid() and top.row() <= self.team <= bottom.row():
            self.show_header()

    def show_header(self) -> None:
        root = self.root()
        if not root.isValid():
            return
        self.title.setText(root.data() or "")
        translate = QCoreApplication.translate
        self.score.setText(translate("TeamsView", "Score %1").replace("%1", number(root.data(SCORE_ROLE), 2)))
        covers, lacks = ", ".join(root.data(COVERS_ROLE)) or "–", ", ".join(root.data(LACKS_ROLE)) or "–"
        self.covers.setText(translate("TeamsView", "Covers: %1").replace("%1", covers))
        self.lacks.setText(translate("TeamsView", "Lacks: %1").replace("%1", lacks))

    def member_ids(self) -> list[str]:
        root = self.root()
        return [self.model.index(r, 0, root).data(ACTOR_ROLE) for r in range(self.model.rowCount(root))]

    def locked_ids(self) -> list[str]:
        root = self.root()
        return [
            self.model.index(r, 0, root).data(ACTOR_ROLE)
            for r in range(self.model.rowCount(root))
            if self.model.index(r, 0, root).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        ]
