"""The map's side panel: the clicked actor's details, and warm introductions, as two tabs.

It sits beside the canvas in a splitter, hidden until an actor is clicked or an introduction is
asked for, and can be closed (the map takes the room back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QToolButton, QWidget

from matchmaker.ui.actor_details import ActorDetails
from matchmaker.ui.intro_panel import IntroPanel
from matchmaker.ui.session import Session

__all__ = ["MapPanel"]


class MapPanel(QTabWidget):
    """``details`` (an :class:`ActorDetails`) and ``intro`` (an :class:`IntroPanel`)."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = ActorDetails(session, self)
        self.intro = IntroPanel(session, self)
        self.addTab(self.details, "")
        self.addTab(self.intro, "")
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self.setCornerWidget(self.close_button)
        self.setMinimumWidth(280)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.setTabText(0, self.tr("Details"))
        self.setTabText(1, self.tr("Introductions"))
        self.close_button.setToolTip(self.tr("Close the panel"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_details(self) -> None:
        self.setCurrentWidget(self.details)
        self.show()

    def show_intro(self) -> None:
        self.setCurrentWidget(self.intro)
        self.show()
