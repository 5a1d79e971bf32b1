"""The profile: everything about one actor, editable with validation and undo/redo.

Fields are written through :mod:`matchmaker.editing` when an entry loses focus or Enter
is pressed; each change goes on the window's ``QUndoStack``. Names and descriptions are
user text and shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from matchmaker.records import ActorRecord
from matchmaker.ui.actor_table_model import kind_label, vocab_label
from matchmaker.ui.profile_chips import SkillChipBox, skill_completer_labels
from matchmaker.ui.profile_commands import FieldEditCommand, SkillEditCommand
from matchmaker.ui.session import Session
from matchmaker.ui.theme import accent_colors
from matchmaker.vocab import ACTOR_KINDS

__all__ = ["ProfileView", "compute_communities"]

_LINE_FIELDS = ("name", "native_name", "country", "city", "sectors", "website", "email")


def compute_communities(net, _progress, _cancelled) -> dict[str, str]:
    """Actor id → community label (empty when the graph analytics are not installed)."""
    try:
        from matchmaker.graph.build import build_graph
        from matchmaker.graph.communities import detect_communities
    except ImportError:
        return {}
    graph = build_graph(net)
    return {
        member: community.label
        for community in detect_communities(graph, seed=0)
        for member in community.members
    }


class _DescriptionEdit(QPlainTextEdit):
    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.editingFinished.emit()


class ProfileView(QWidget):
    """One actor's profile; follows ``session.currentActorChanged``."""

    actorActivated = Signal(str)  # a tie was double-clicked

    def __init__(self, session: Session, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.actor_id: str | None = None
        self._labels_for: object = None

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #d9534f;")
        self.error.setWordWrap(True)
        self.placeholder = QLabel(self.tr("Select an actor in the directory or on the map."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "name": self.tr("Name"),
            "native_name": self.tr("Native name"),
            "country": self.tr("Country"),
            "city": self.tr("City"),
            "sectors": self.tr("Sectors"),
            "website": self.tr("Website"),
            "email": self.tr("E-mail"),
        }
        self.kind = QComboBox(self)
        for kind in ACTOR_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind.currentData()))
        for field in _LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"edit_{field}")
            edit.editingFinished.connect(lambda f=field: self._commit(f, self.edits[f].text()))
            self.edits[field] = edit
            form.addRow(labels[field], edit)
            if field == "native_name":
                form.addRow(self.tr("Kind"), self.kind)
        self.edits["sectors"].setPlaceholderText(self.tr("comma-separated"))
        self.edits["country"].setMaxLength(2)
        self.description = _DescriptionEdit(self)
        self.description.setPlaceholderText(self.tr("What the actor does, in its own words"))
        self.description.setMaximumHeight(120)
        self.description.editingFinished.connect(
            lambda: self._commit("description", self.description.toPlainText())
        )
        form.addRow(self.tr("Description"), self.description)
        details = QGroupBox(self.tr("Details"), self)
        details.setLayout(form)

        self.offers = SkillChipBox(self.tr("Offers"), "chip_offer", self)
        self.needs = SkillChipBox(self.tr("Needs"), "chip_need", self)
        for box, side in ((self.offers, "offer"), (self.needs, "need")):
            box.addRequested.connect(lambda text, s=side: self._add_skill(s, text))
            box.removeRequested.connect(lambda skill_id, s=side: self._remove_skill(s, skill_id))
        skills = QGroupBox(self.tr("Skills"), self)
        skills_layout = QVBoxLayout(skills)
        skills_layout.addWidget(self.offers)
        skills_layout.addWidget(self.needs)
        skills_layout.setSpacing(14)
        skills_layout.addStretch(1)

        self.ties = QListWidget(self)
        self.ties.itemActivated.connect(
            lambda item: self.actorActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.events = QListWidget(self)
        self.community = QLabel(self)
        self.community.setTextFormat(Qt.TextFormat.PlainText)
        self.community.setWordWrap(True)
        links = QGroupBox(self.tr("Ties, events and community"), self)
        links_layout = QVBoxLayout(links)
        self.ties_title = QLabel(self)
        links_layout.addWidget(self.ties_title)
        links_layout.addWidget(self.ties, 2)
        self.events_title = QLabel(self)
        links_layout.addWidget(self.events_title)
        links_layout.addWidget(self.events, 1)
        links_layout.addWidget(self.community)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.subtitle, 1, 0, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.addWidget(details, 3, 0)
        grid.addWidget(skills, 4, 0)
        grid.addWidget(links, 3, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(4, 1)
        self.body = body
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(scroll, 1)
        self.scroll = scroll
        self._show_empty(True)

        session.currentActorChanged.connect(self.show_actor)
        session.actorChanged.connect(self._actor_changed)
        session.loaded.connect(self._network_loaded)

    # -- showing ------------------------------------------------------------------------------------
    def _show_empty(self, empty: bool) -> None:
        self.placeholder.setVisible(empty)
        self.scroll.setVisible(not empty)

    def _network_loaded(self) -> None:
        net = self.session.net
        labels = skill_completer_labels(net.skills)
        self.offers.set_labels(labels)
        self.needs.set_labels(labels)
        self.actor_id = None
        if self.session.current_id:
            self.show_actor(self.session.current_id)
        else:
            self._show_empty(True)

    def _actor_changed(self, actor_id: str) -> None:
        if actor_id == self.actor_id:
            self.show_actor(actor_id)

    def show_actor(self, actor_id: str) -> None:
        actor = self.session.actor(actor_id)
        if actor is None:
            return
        if actor_id != self.actor_id:
            self.error.clear()
        self.actor_id = actor_id
        self._show_empty(False)
        self.title.setText(actor.name)
        self.subtitle.setText(
            " · ".join(
                part
                for part in (
                    actor.native_name,
                    kind_label(actor.kind),
                    ", ".join(p for p in (actor.city, actor.country) if p),
                )
                if part
            )
        )
        for field, edit in self.edits.items():
            value = getattr(actor, field)
            edit.setText(", ".join(value) if isinstance(value, tuple) else (value or ""))
            edit.setCursorPosition(0)
        self.kind.setCurrentIndex(max(0, self.kind.findData(actor.kind)))
        if self.description.toPlainText() != (actor.description or ""):
            self.description.setPlainText(actor.description or "")
        colors = accent_colors()
        self.offers.set_chips(self._chips(actor.offers), colors["chip_offer"])
        self.needs.set_chips(self._chips(actor.needs), colors["chip_need"])
        self._show_links(actor)
        self.community.setText("")
        self.session.compute(
            "communities",
            compute_communities,
            self._show_community,
            on_failure=lambda error: self.community.setText(str(error)),
        )

    def _chips(self, skills: dict[str, float]) -> list[tuple[str, str, str]]:
        net = self.session.net
        chips = []
        for skill_id, weight in sorted(
            skills.items(), key=lambda kv: self.session.skill_label(kv[0]).casefold()
        ):
            skill = net.skills.get(skill_id)
            tooltip = (
                " / ".join(dict.fromkeys(filter(None, (skill.label_en, skill.label_et, skill.label_uk))))
                if skill
                else skill_id
            )
            if weight != 1.0:
                tooltip += f" ({weight:g})"
            chips.append((skill_id, self.session.skill_label(skill_id), tooltip))
        return chips

    def _show_links(self, actor: ActorRecord) -> None:
        net = self.session.net
        self.ties.clear()
        ties = [t for t in net.ties if actor.id in (t.source, t.target)]
        for tie in ties:
            other = tie.target if tie.source == actor.id else tie.source
            other_actor = self.session.actor(other)
            since = f", {tie.since.year}" if tie.since else ""
            country = f" ({other_actor.country})" if other_actor else ""
            item = QListWidgetItem(f"{self.session.name(other)}{country} — {vocab_label(tie.kind)}{since}")
            item.setData(Qt.ItemDataRole.UserRole, other)
            self.ties.addItem(item)
        self.ties_title.setText(self.tr("%n tie(s)", "", len(ties)))
        events = {e.id: e for e in net.events}
        self.events.clear()
        mine = [p for p in net.participations if p.actor == actor.id and p.event in events]
        for part in mine:
            event = events[part.event]
            when = f"{event.start.isoformat()} " if event.start else ""
            self.events.addItem(f"{when}{event.name} — {vocab_label(part.role)}")
        self.events_title.setText(self.tr("%n event(s)", "", len(mine)))

    def _show_community(self, communities: dict[str, str]) -> None:
        if self.actor_id in communities:
            self.community.setText(self.tr("Community: %1").replace("%1", communities[self.actor_id]))

    # -- editing -------------------------------------------------------------------------------------
    def _commit(self, field: str, value) -> None:
        if self.actor_id is None:
            return
        from matchmaker.editing import update_actor  # SQLAlchemy: kept off the start-up path
        from matchmaker.errors import MatchmakerError

        actor = self.session.actor(self.actor_id)
        try:
            changes = update_actor(self.session.store, self.actor_id, **{field: value})
        except MatchmakerError as error:  # a refused value, or a database that cannot take the write
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            self.show_actor(actor.id)
            return
        self.error.clear()
        for change in changes:
            self.undo_stack.push(FieldEditCommand(self.session, change))
        if changes:
            self.session.refresh_actor(self.actor_id)

    def _add_skill(self, side: str, text: str) -> None:
        if self.actor_id is None:
            return
        from matchmaker.editing import add_skill
        from matchmaker.errors import MatchmakerError

        try:
            change = add_skill(self.session.store, self.actor_id, side, text)
        except MatchmakerError as error:
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        self.error.clear()
        if change.before != change.after:
            self.session.refresh_actor(self.actor_id)
            self.undo_stack.push(SkillEditCommand(self.session, change))

    def _remove_skill(self, side: str, skill_id: str) -> None:
        if self.actor_id is None:
            return
        from matchmaker.editing import remove_skill
        from matchmaker.errors import MatchmakerError

        try:
            change = remove_skill(self.session.store, self.actor_id, side, skill_id)
        except MatchmakerError as error:
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            self.show_actor(self.actor_id)
            return
        self.error.clear()
        if change.before != change.after:
            self.undo_stack.push(SkillEditCommand(self.session, change))
            self.session.refresh_actor(self.actor_id)
