"""Matches: ranked cross-border partners for the selected actor, why, who can introduce, and outcomes.

The recommender is a derived result of the session (fitted once per network state off the UI
thread). Recording an outcome is a write through the session's door (``Changes.DECISIONS``) and
goes on the undo stack; the change makes the session drop the fitted model, so the view refits in
the background and the ranking updates (a declined pair is gone; undo brings it back). The recorded outcomes are
listed in a second tab (:class:`~matchmaker.ui.outcome_list.RecordedOutcomes`), where a declined
partner is found again and restored as a suggestion (undoable too). The learned weights are
shown beside the list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchmaker.countries import country_name
from matchmaker.locale_format import number
from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.best_pairs import BestPairsPanel
from matchmaker.ui.changes import Changes
from matchmaker.ui.insights_charts import BarChart
from matchmaker.ui.outcome_command import OutcomeCommand
from matchmaker.ui.outcome_list import RecordedOutcomes
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.tasks import run_task
from matchmaker.ui.theme import accent_colors
from matchmaker.vocab import ACTOR_KINDS

__all__ = ["MatchesView", "FEATURE_LABELS", "OUTCOMES", "outcome_label"]

TOP = 12
OUTCOMES = (
    ("contacted", QT_TRANSLATE_NOOP("MatchesView", "Contacted")),
    ("met", QT_TRANSLATE_NOOP("MatchesView", "Met")),
    ("agreement", QT_TRANSLATE_NOOP("MatchesView", "Agreement")),
    ("declined", QT_TRANSLATE_NOOP("MatchesView", "Declined")),
)
BANDS = {
    "strong": QT_TRANSLATE_NOOP("MatchesView", "strong"),
    "good": QT_TRANSLATE_NOOP("MatchesView", "good"),
    "possible": QT_TRANSLATE_NOOP("MatchesView", "possible"),
}
FEATURE_LABELS = {  # matchmaker.match.features.FEATURE_NAMES, each in a few words
    "activity": QT_TRANSLATE_NOOP("MatchesView", "Active in the network"),
    "recent_activity": QT_TRANSLATE_NOOP("MatchesView", "Active lately"),
    "activity_x_experience": QT_TRANSLATE_NOOP("MatchesView", "Active and experienced"),
    "common_partners": QT_TRANSLATE_NOOP("MatchesView", "Partners in common"),
    "recent_common_partners": QT_TRANSLATE_NOOP("MatchesView", "New shared partners"),
    "adamic_adar": QT_TRANSLATE_NOOP("MatchesView", "Rare shared partners"),
    "walk": QT_TRANSLATE_NOOP("MatchesView", "Partners of partners"),
    "content_fit": QT_TRANSLATE_NOOP("MatchesView", "Similar profile"),
    "partners_resemble": QT_TRANSLATE_NOOP("MatchesView", "Like your past partners"),
    "reciprocal_fit": QT_TRANSLATE_NOOP("MatchesView", "Two-way fit"),
    "matched_skills": QT_TRANSLATE_NOOP("MatchesView", "Skills matched"),
    "kind_affinity": QT_TRANSLATE_NOOP("MatchesView", "Kinds that often partner"),
    "ties_to_your_kind": QT_TRANSLATE_NOOP("MatchesView", "Works with your kind"),
    "country_affinity": QT_TRANSLATE_NOOP("MatchesView", "Countries that partner"),
    "same_country": QT_TRANSLATE_NOOP("MatchesView", "Same country"),
    "ties_to_your_country": QT_TRANSLATE_NOOP("MatchesView", "Ties to your country"),
    "your_ties_to_their_country": QT_TRANSLATE_NOOP("MatchesView", "Your ties to theirs"),
    "warm_path": QT_TRANSLATE_NOOP("MatchesView", "Warm introduction"),
    "shared_events": QT_TRANSLATE_NOOP("MatchesView", "Met at the same events"),
    "sector_affinity": QT_TRANSLATE_NOOP("MatchesView", "Sectors that tie up here"),
    "portfolio_likelihood": QT_TRANSLATE_NOOP("MatchesView", "Partners like you"),
}


def feature_label(name: str) -> str:
    """The translated name of a recommender feature (a readable fallback for new features)."""
    if name in FEATURE_LABELS:
        return _tr(FEATURE_LABELS[name])
    return name.replace("_", " ").capitalize()


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatchesView", text)


SUGGESTED = QT_TRANSLATE_NOOP("MatchesView", "Suggested")


def outcome_label(status: str) -> str:
    """The translated name of where a suggested pair stands (``"declined"`` → "Declined")."""
    labels = {"suggested": SUGGESTED, **dict(OUTCOMES)}
    return _tr(labels[status]) if status in labels else status


class SuggestionCard(QFrame):
    """One suggested partner: name, band, reasons, warm path, outcome buttons."""

    outcomeChosen = Signal(str, str)  # candidate id, status
    showOnMap = Signal(str)
    openProfile = Signal(str)

    def __init__(self, suggestion, rank: int, session: Session, status: str | None, parent=None):
        super().__init__(parent)
        self.suggestion = suggestion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colors = accent_colors()
        name = QLabel(f"{rank}. {suggestion.name}", self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        actor = session.actor(suggestion.id)
        country = country_name(suggestion.country, session.language)
        where = ", ".join(p for p in ((actor.city if actor else None), country) if p)
        meta = QLabel(f"{kind_label(actor.kind) if actor else ''} · {where}", self)
        meta.setTextFormat(Qt.TextFormat.PlainText)
        band = QLabel(
            f"{_tr(BANDS.get(suggestion.band, suggestion.band))} · {number(suggestion.score, 2)}", self
        )
        band.setTextFormat(Qt.TextFormat.PlainText)
        band_color = {"strong": colors["good"], "good": colors["EE"]}.get(suggestion.band, colors["other"])
        band.setStyleSheet(
            f"QLabel {{ background: {band_color.name()}; color: white; border-radius: 8px;"
            " padding: 1px 8px; }"
        )
        head = QHBoxLayout()
        head.addWidget(name)
        head.addWidget(meta, 1)
        if status:
            state = QLabel(self.tr("Outcome: %1").replace("%1", outcome_label(status)), self)
            state.setTextFormat(Qt.TextFormat.PlainText)
            head.addWidget(state)
        head.addWidget(band)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        for reason in suggestion.reasons:
            label = QLabel("• " + reason, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        if suggestion.warm_path and len(suggestion.warm_path) > 2:
            chain = [session.name(i) for i in suggestion.warm_path[1:-1]]
            intro = QLabel(
                self.tr("Warm introduction: %1").replace(
                    "%1", " → ".join([session.name(suggestion.warm_path[0]), *chain, suggestion.name])
                ),
                self,
            )
            intro.setTextFormat(Qt.TextFormat.PlainText)
            intro.setWordWrap(True)
            italic = intro.font()
            italic.setItalic(True)
            intro.setFont(italic)
            layout.addWidget(intro)
        buttons = QHBoxLayout()
        for status_key, text in OUTCOMES:
            button = QPushButton(_tr(text), self)
            button.setObjectName(f"outcome_{status_key}")
            button.clicked.connect(lambda _=False, s=status_key: self.outcomeChosen.emit(suggestion.id, s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        profile = QPushButton(self.tr("Profile"), self)
        profile.clicked.connect(lambda: self.openProfile.emit(suggestion.id))
        show = QPushButton(self.tr("Show on map"), self)
        show.setObjectName("show_on_map")
        show.clicked.connect(lambda: self.showOnMap.emit(suggestion.id))
        buttons.addWidget(profile)
        buttons.addWidget(show)
        layout.addLayout(buttons)


class MatchesView(SessionView):
    """Suggestions for ``session.current_id``."""

    showOnMap = Signal(str, list)  # the actor, the suggested partner ids (focused one first)
    listens_to = Changes.ACTORS | Changes.TIES | Changes.DECISIONS

    def __init__(self, session: Session, undo_stack=None, parent=None):
        super().__init__(session, parent)
        self.undo_stack = undo_stack
        self.suggestions: list = []
        self._request = 0
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.any_country = QCheckBox(self)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem("", "")
        for kind in ACTOR_KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.list = QListWidget(self)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(4)
        self.list.viewport().installEventFilter(self)
        self.weights = BarChart("", self, value_format="{:+.2f}")
        self.weights_note = QLabel(self)
        self.weights_note.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.weights, 1)
        side_layout.addWidget(self.weights_note)
        self.outcomes = RecordedOutcomes(session, self)
        self.outcomes.restoreRequested.connect(lambda a, b: self.restore_partner(b, a))
        self.outcomes.openProfile.connect(self.actorActivated)
        self.outcomes.refreshed.connect(self._show_tab_titles)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.list, "")
        self.tabs.addTab(self.outcomes, "")
        self.best_pairs = BestPairsPanel(session, lambda band: _tr(BANDS.get(band, band)), self)
        self.best_pairs.openProfile.connect(self.actorActivated)
        self.best_pairs.showMatches.connect(self._matches_for)
        self.tabs.addTab(self.best_pairs, "")
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.any_country)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._model = None
        self.retranslateUi()
        self.any_country.toggled.connect(self._rerank)
        self.kind_filter.currentIndexChanged.connect(self._rerank)
        session.currentActorChanged.connect(self._rerank)
        session.languageChanged.connect(self._rerank)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.any_country.setText(self.tr("Include my own country"))
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for row in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(row, kind_label(self.kind_filter.itemData(row)))
        self.weights.set_title(self.tr("What the ranking weighs"))
        self.outcomes.retranslateUi()
        self.best_pairs.retranslateUi()
        self._show_tab_titles()
        self._show_title()
        if self._model is not None:
            self._show_weights(self._model)
        if self.isVisible():
            self.list.clear()
            self._show(self.suggestions)  # the cards' buttons and labels
            self.status.setText(self.tr("%n suggestion(s), best first", "", len(self.suggestions)))

    def refresh(self, _changes: Changes, _actor_ids: frozenset[str]) -> None:
        self._show_outcomes()
        self._rerank()

    def _show_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Suggestions"))
        self.tabs.setTabText(
            1, self.tr("Recorded outcomes (%1)").replace("%1", str(len(self.outcomes.decisions())))
        )
        self.tabs.setTabText(2, self.tr("Best pairs across borders"))

    def _matches_for(self, actor_id: str) -> None:
        """The Suggestions tab for ``actor_id`` (chosen from the network's best pairs)."""
        self.session.set_current(actor_id)
        self.tabs.setCurrentIndex(0)

    def _show_outcomes(self) -> None:
        self.outcomes.refresh()  # the tab's title follows

    def _rerank(self, *_args) -> None:
        """Rank again for the current actor (at once if shown, else when shown)."""
        if self.isVisible():
            self._show_outcomes()
            self.rank()
        else:
            self._dirty |= Changes.DECISIONS
            self._show_title()

    def _show_title(self) -> None:
        actor = self.session.actor(self.session.current_id)
        self.title.setText(
            self.tr("Partners for %1").replace("%1", actor.name) if actor is not None else self.tr("Matches")
        )

    # -- ranking ----------------------------------------------------------------------------------
    def rank(self) -> None:
        """Rank partners for the current actor: the session's fitted model (fitted first if need be)."""
        self._show_title()
        actor = self.session.actor(self.session.current_id)
        self._request += 1
        if actor is None:
            self.status.setText(
                self.tr("Select an actor to see partners who need what it offers and offer what it needs.")
            )
            self._show([])
            return
        request = self._request
        self.status.setText(self.tr("Ranking partners…"))
        self.session.compute(
            "recommender", lambda model: self._rank(model, request, actor.id), on_failure=self._failed
        )

    def _rank(self, model, request: int, actor_id: str) -> None:
        if request != self._request:
            return
        self._model = model
        self._show_weights(model)
        options = {"top": TOP, "any_country": self.any_country.isChecked(), "language": self.session.language}
        if self.kind_filter.currentData():
            options["kinds"] = [self.kind_filter.currentData()]
        run_task(
            self,
            lambda _p, _c: model.recommend(actor_id, **options),
            on_success=lambda found: self._ranked(found, request),
            on_failure=self._failed,
        )

    def _ranked(self, suggestions: list, request: int) -> None:
        if request != self._request:
            return
        self.status.setText(self.tr("%n suggestion(s), best first", "", len(suggestions)))
        self._show(suggestions)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Could not rank partners: %1").replace("%1", str(error)))

    def _show(self, suggestions: list) -> None:
        self.suggestions = suggestions
        self.list.clear()
        current = self.session.current_id
        status = {
            d.b: d.status for d in (self.session.net.decisions if self.session.net else []) if d.a == current
        }
        for rank, suggestion in enumerate(suggestions, 1):
            card = SuggestionCard(suggestion, rank, self.session, status.get(suggestion.id), self.list)
            card.outcomeChosen.connect(self.record_outcome)
            card.showOnMap.connect(self._show_on_map)
            card.openProfile.connect(self.actorActivated)
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, suggestion.id)
            self.list.setItemWidget(item, card)
        self._fit_cards()

    def _fit_cards(self) -> None:
        """Cards wrap their text: give each item the height its card needs at the list's width."""
        width = self.list.viewport().width() - 2 * self.list.spacing()
        for row in range(self.list.count()):
            item = self.list.item(row)
            card = self.list.itemWidget(item)
            if card is not None:
                height = card.heightForWidth(width) if card.hasHeightForWidth() else -1
                item.setSizeHint(QSize(width, height if height > 0 else card.sizeHint().height()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_cards()
        return super().eventFilter(watched, event)

    def _show_weights(self, model) -> None:
        colors = accent_colors()
        self.weights.set_items(
            [
                (feature_label(name), float(w), colors["good"] if w >= 0 else colors["bad"])
                for name, w in zip(model.feature_names_, model.weights_, strict=True)
            ]
        )
        if model.weights_source_ == "learned":
            self.weights_note.setText(
                self.tr("Learned from %n recorded outcome(s) and formed partnerships.", "", model.n_outcomes_)
            )
        else:
            self.weights_note.setText(
                self.tr(
                    "Default weights: too few outcomes recorded yet to learn from (%n so far).",
                    "",
                    model.n_outcomes_,
                )
            )

    def suggested_ids(self) -> list[str]:
        return [s.id for s in self.suggestions]

    # -- outcomes -------------------------------------------------------------------------------------
    def record_outcome(self, candidate_id: str, status: str) -> None:
        """Record the outcome through the session's door (on the database worker), undoably; the
        session then drops the fitted model and the ranking follows."""
        actor_id = self.session.current_id
        if actor_id is None:
            return
        self.status.setText(self.tr("Saving…"))

        def saved(previous) -> None:
            if self.undo_stack is not None:
                command = OutcomeCommand(
                    self.session, self.undo_stack, actor_id, candidate_id, status, previous
                )
                self.undo_stack.push(command)

        self.session.run_op(
            lambda store, _p, _c: store.record_decision(actor_id, candidate_id, status),
            Changes.DECISIONS,
            on_done=saved,
            on_failure=self._failed,
            owner=self,
        )

    def restore_partner(self, candidate_id: str, actor_id: str | None = None) -> None:
        """Forget the outcome recorded for ``candidate_id`` suggested to ``actor_id`` (default: the
        current actor): a declined partner is suggested again. Through the session's door, undoably."""
        actor_id = actor_id or self.session.current_id
        net = self.session.net
        previous = next(
            (d for d in (net.decisions if net else []) if d.a == actor_id and d.b == candidate_id), None
        )
        if actor_id is None or previous is None:
            return
        self.status.setText(self.tr("Saving…"))

        def saved(_result) -> None:
            if self.undo_stack is not None:
                self.undo_stack.push(
                    OutcomeCommand(self.session, self.undo_stack, actor_id, candidate_id, None, previous)
                )

        self.session.run_op(
            lambda store, _p, _c: store.restore_decision(actor_id, candidate_id, None),
            Changes.DECISIONS,
            on_done=saved,
            on_failure=self._failed,
            owner=self,
        )

    def _show_on_map(self, candidate_id: str) -> None:
        ids = [candidate_id, *[i for i in self.suggested_ids() if i != candidate_id]]
        self.showOnMap.emit(self.session.current_id, ids)
