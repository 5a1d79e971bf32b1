"""The map's details panel: who the clicked actor is, whom they know, whom they could meet.

Shows a profile summary (kind, place, sectors, what they offer and need), their ties (a click
selects that actor on the map) and their top suggested partners from the session's recommender
(the very model the Matches view ranks with, fitted once per network state; the ranking for one
actor runs off the UI thread). Buttons lead on: find a warm introduction from this actor, show
the suggestions on the map, focus, open the profile. Every name is user data: plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.actor_table_model import kind_label, vocab_label
from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.session import Session
from matchmaker.ui.tasks import run_task

__all__ = ["ActorDetails", "TOP_SUGGESTIONS", "MAX_TIES_LISTED"]

TOP_SUGGESTIONS = 5
MAX_TIES_LISTED = 200


def _plain_label(parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
    return label


class ActorDetails(QWidget):
    """Summary, ties and suggestions of one actor; ``show_actor(id)`` fills it."""

    actorChosen = Signal(str)  # select this actor on the map
    openProfile = Signal(str)
    findPathFrom = Signal(str)
    showSuggestions = Signal(str, object)  # actor id, suggested ids
    focusActor = Signal(str)
    suggestionsReady = Signal(str, object)  # actor id, suggested ids (best first)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.actor_id = ""
        self._graph = None
        self._suggested: list[str] = []
        self._request = 0
        self.name = _plain_label(self, bold=True)
        self.summary = _plain_label(self)
        self.skills = _plain_label(self)
        self.ties_label = QLabel(self)
        self.ties = QListWidget(self)
        self.suggestions_label = QLabel(self)
        self.suggestions = QListWidget(self)
        for listing in (self.ties, self.suggestions):
            listing.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the full text is the tooltip
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.itemActivated.connect(self._item_chosen)
            listing.itemClicked.connect(self._item_chosen)
        self.path_button = QPushButton(self)
        self.suggest_button = QPushButton(self)
        self.focus_button = QPushButton(self)
        self.profile_button = QPushButton(self)
        buttons = QGridLayout()
        buttons.addWidget(self.path_button, 0, 0)
        buttons.addWidget(self.suggest_button, 0, 1)
        buttons.addWidget(self.focus_button, 1, 0)
        buttons.addWidget(self.profile_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.summary)
        layout.addWidget(self.skills)
        layout.addLayout(buttons)
        layout.addWidget(self.ties_label)
        layout.addWidget(self.ties, 3)
        layout.addWidget(self.suggestions_label)
        layout.addWidget(self.suggestions, 2)
        self.path_button.clicked.connect(lambda: self.actor_id and self.findPathFrom.emit(self.actor_id))
        self.suggest_button.clicked.connect(
            lambda: self.actor_id and self.showSuggestions.emit(self.actor_id, list(self._suggested))
        )
        self.focus_button.clicked.connect(lambda: self.actor_id and self.focusActor.emit(self.actor_id))
        self.profile_button.clicked.connect(lambda: self.actor_id and self.openProfile.emit(self.actor_id))
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.path_button.setText(self.tr("Find a path to…"))
        self.path_button.setToolTip(self.tr("A warm introduction from this actor to someone else"))
        self.suggest_button.setText(self.tr("Show suggestions"))
        self.suggest_button.setToolTip(self.tr("Draw the suggested partners on the map"))
        self.focus_button.setText(self.tr("Focus"))
        self.focus_button.setToolTip(self.tr("Show only this actor's neighbourhood"))
        self.profile_button.setText(self.tr("Open profile"))
        if self.actor_id:
            self.show_actor(self.actor_id)
        else:
            self.name.setText(self.tr("Click an actor on the map to see who they are."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_graph(self, G) -> None:
        """The session's tie graph the ties are read from (the network view holds it)."""
        self._graph = G
        if self.actor_id:
            self._show_ties()

    # -- filling ----------------------------------------------------------------------------------
    def show_actor(self, actor_id: str) -> None:
        actor = self.session.actor(actor_id)
        for button in (self.path_button, self.suggest_button, self.focus_button, self.profile_button):
            button.setEnabled(actor is not None)
        if actor is None:
            self.actor_id = ""
            self.name.setText(self.tr("Click an actor on the map to see who they are."))
            for label in (self.summary, self.skills):
                label.clear()
            self.ties.clear()
            self.suggestions.clear()
            return
        self.actor_id = actor.id
        self.name.setText(actor.name)
        place = ", ".join(p for p in (actor.city, actor.country) if p)
        lines = [f"{kind_label(actor.kind)} · {place}"]
        if actor.native_name and actor.native_name != actor.name:
            lines.insert(0, actor.native_name)
        if actor.sectors:
            lines.append(self.tr("Sectors: %1").replace("%1", ", ".join(actor.sectors)))
        self.summary.setText("\n".join(lines))
        skill = self.session.skill_label
        skills = []
        if actor.offers:
            skills.append(self.tr("Offers: %1").replace("%1", ", ".join(skill(s) for s in actor.offers)))
        if actor.needs:
            skills.append(self.tr("Needs: %1").replace("%1", ", ".join(skill(s) for s in actor.needs)))
        self.skills.setText("\n".join(skills))
        self.skills.setVisible(bool(skills))
        self._show_ties()
        self._rank()

    def _show_ties(self) -> None:
        self.ties.clear()
        G = self._graph
        if G is None or self.actor_id not in G:
            self.ties_label.setText(self.tr("Ties"))
            return
        neighbours = sorted(
            G.adj[self.actor_id].items(),
            key=lambda kv: (-float(kv[1].get("weight", 1.0)), self.session.name(kv[0])),
        )
        self.ties_label.setText(self.tr("Ties (%n)", "", len(neighbours)))
        for other, data in neighbours[:MAX_TIES_LISTED]:
            kinds = ", ".join(vocab_label(k) for k in data.get("kinds") or ())
            since = f" · {data['since'].year}" if data.get("since") else ""
            self._add(self.ties, other, f"{self.session.name(other)} — {kinds}{since}")
        if len(neighbours) > MAX_TIES_LISTED:
            more = QListWidgetItem(self.tr("… and %n more", "", len(neighbours) - MAX_TIES_LISTED))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ties.addItem(more)
        if not neighbours:
            empty = QListWidgetItem(self.tr("No ties yet: a warm introduction could start one."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ties.addItem(empty)

    def _add(self, listing: QListWidget, actor_id: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, actor_id)
        item.setToolTip(plain_tooltip(text))
        listing.addItem(item)

    def _rank(self) -> None:
        """Top suggestions from the session's recommender (the Matches view's model), off the UI thread."""
        self._request += 1
        request, actor_id = self._request, self.actor_id
        self._suggested = []
        self.suggestions.clear()
        self.suggestions_label.setText(self.tr("Suggested partners: ranking…"))
        language = self.session.language

        def with_model(model) -> None:
            if request != self._request:
                return
            run_task(
                self,
                lambda _p, _c: model.recommend(actor_id, top=TOP_SUGGESTIONS, language=language),
                on_success=lambda found: self._ranked(request, found),
                on_failure=self._rank_failed,
            )

        self.session.compute("recommender", with_model, on_failure=self._rank_failed)

    def _ranked(self, request: int, suggestions) -> None:
        if request != self._request:
            return
        self._suggested = [s.id for s in suggestions]
        self.suggestions_label.setText(self.tr("Suggested partners (%n)", "", len(suggestions)))
        for s in suggestions:
            self._add(self.suggestions, s.id, f"{s.name} ({s.country}) — {self._band(s.band)}")
        self.suggestionsReady.emit(self.actor_id, list(self._suggested))

    def _band(self, band: str) -> str:
        return {"strong": self.tr("strong match"), "good": self.tr("good match")}.get(
            band, self.tr("possible match")
        )

    def _rank_failed(self, error: BaseException) -> None:
        self.suggestions_label.setText(self.tr("Suggested partners: none (%1)").replace("%1", str(error)))

    def _item_chosen(self, item: QListWidgetItem) -> None:
        actor_id = item.data(Qt.ItemDataRole.UserRole)
        if actor_id:
            self.actorChosen.emit(actor_id)

    def suggested_ids(self) -> list[str]:
        return list(self._suggested)
