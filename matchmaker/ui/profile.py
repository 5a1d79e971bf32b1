"""The profile: everything about one actor, editable with validation and undo/redo.

The details form is made from the actor fields' declaration (:mod:`~matchmaker.ui.profile_form`).
An entry is checked at once (:func:`matchmaker.editing.clean_value`, no database) and then written
through the session's door (:meth:`Session.run_op`, on the database worker); when it is saved the
change goes on the window's ``QUndoStack``. The view follows the session: an edit anywhere (undo,
another view) shows here, and the community label follows the network. Names and descriptions are
user text and shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.countries import country_name
from matchmaker.locale_format import date_text
from matchmaker.records import ActorRecord
from matchmaker.ui.actor_table_model import kind_label, vocab_label
from matchmaker.ui.changes import Changes
from matchmaker.ui.profile_chips import SkillChipBox, skill_completer_labels
from matchmaker.ui.profile_commands import FieldEditCommand, SkillEditCommand
from matchmaker.ui.profile_form import ProfileForm
from matchmaker.ui.session import Session
from matchmaker.ui.session_view import SessionView
from matchmaker.ui.theme import accent_colors

__all__ = ["ProfileView", "community_labels"]


def community_labels(communities) -> dict[str, str]:
    """Actor id → the label of its community (communities of one actor have none worth showing)."""
    return {m: c.label for c in communities if len(c.members) > 1 for m in c.members}


class ProfileView(SessionView):
    """One actor's profile; follows ``session.currentActorChanged`` and the session's changes."""

    listens_to = Changes.ACTORS | Changes.TIES
    briefingRequested = Signal(str)  # the actor whose printed brief the user asked for

    def __init__(self, session: Session, undo_stack: QUndoStack, parent=None):
        super().__init__(session, parent)
        self.undo_stack = undo_stack
        self.actor_id: str | None = None
        self._communities: tuple[object, dict[str, str]] = (None, {})
        self.conflict_dialog = None  # the last edit conflict shown (tests answer it)

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
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form = ProfileForm(self, self._commit)
        self.form.set_language(session.language)
        self.edits = self.form.editors  # field name -> its editor
        self.details = QGroupBox(self)
        self.details.setLayout(self.form)

        self.offers = SkillChipBox("chip_offer", self)
        self.needs = SkillChipBox("chip_need", self)
        for box, side in ((self.offers, "offer"), (self.needs, "need")):
            box.addRequested.connect(lambda text, s=side: self._add_skill(s, text))
            box.removeRequested.connect(lambda skill_id, s=side: self._remove_skill(s, skill_id))
        self.skills = QGroupBox(self)
        skills_layout = QVBoxLayout(self.skills)
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
        self.links = QGroupBox(self)
        links_layout = QVBoxLayout(self.links)
        self.ties_title = QLabel(self)
        links_layout.addWidget(self.ties_title)
        links_layout.addWidget(self.ties, 2)
        self.events_title = QLabel(self)
        links_layout.addWidget(self.events_title)
        links_layout.addWidget(self.events, 1)
        links_layout.addWidget(self.community)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(self.title, 0, 0)
        self.brief_button = QPushButton(self)
        self.brief_button.clicked.connect(
            lambda: self.actor_id and self.briefingRequested.emit(self.actor_id)
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.brief_button)
        buttons.addWidget(self._person_button())
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(self.subtitle, 1, 0, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.addWidget(self.details, 3, 0)
        grid.addWidget(self.skills, 4, 0)
        grid.addWidget(self.links, 3, 1, 2, 1)
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
        self.retranslateUi()
        session.currentActorChanged.connect(self._current_changed)
        session.languageChanged.connect(self._language_changed)

    def _language_changed(self, language: str) -> None:
        self.form.set_language(language)
        self._reshow()

    def _person_button(self) -> QToolButton:
        """The *Privacy* menu: export everything kept about this actor, or forget them (``person_rights_menu``)."""
        from matchmaker.ui.person_rights_menu import PersonRightsMenu

        self.person_rights = PersonRightsMenu(self.session, lambda: self.actor_id, self, self.undo_stack)
        self.person_button = QToolButton(self)
        self.person_button.setMenu(self.person_rights.menu)
        self.person_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return self.person_button

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.person_button.setText(self.tr("Privacy"))
        self.person_rights.retranslate()
        self.placeholder.setText(self.tr("Select an actor in the directory or on the map."))
        self.brief_button.setText(self.tr("Briefing…"))
        self.brief_button.setToolTip(
            self.tr("A printable PDF brief on this actor: profile, ties, suggestions")
        )
        self.details.setTitle(self.tr("Details"))
        self.skills.setTitle(self.tr("Skills"))
        self.links.setTitle(self.tr("Ties, events and community"))
        self.offers.set_title(self.tr("Offers"))
        self.needs.set_title(self.tr("Needs"))
        self.form.retranslate()
        self._reshow()

    # -- showing ------------------------------------------------------------------------------------
    def _show_empty(self, empty: bool) -> None:
        self.placeholder.setVisible(empty)
        self.scroll.setVisible(not empty)

    def _reshow(self) -> None:
        if self.actor_id is not None and self.session.actor(self.actor_id) is not None:
            self.show_actor(self.actor_id)

    def refresh(self, changes: Changes, actor_ids: frozenset[str]) -> None:
        if Changes.NETWORK in changes:
            labels = skill_completer_labels(self.session.net.skills)
            self.offers.set_labels(labels)
            self.needs.set_labels(labels)
            self.actor_id = None
        actor_id = self.session.current_id
        if actor_id is None:
            self.actor_id = None
            self._show_empty(True)
            return
        self.show_actor(actor_id)  # another actor's edit may change its ties' names or its community

    def _current_changed(self, actor_id: str) -> None:
        if self.isVisible():
            self.show_actor(actor_id)
        else:
            self._dirty |= Changes.ACTORS  # shown when the view is

    def show_actor(self, actor_id: str) -> None:
        actor = self.session.actor(actor_id)
        if actor is None:
            return
        if actor_id != self.actor_id:
            self.error.clear()
            self.form.clear_messages()
        self.actor_id = actor_id
        self._show_empty(False)
        self.title.setText(actor.name)
        self.subtitle.setText(
            " · ".join(
                part
                for part in (
                    actor.native_name,
                    kind_label(actor.kind),
                    ", ".join(
                        p for p in (actor.city, country_name(actor.country, self.session.language)) if p
                    ),
                )
                if part
            )
        )
        self.form.show_actor(actor)
        colors = accent_colors()
        self.offers.set_chips(self._chips(actor.offers), colors["chip_offer"])
        self.needs.set_chips(self._chips(actor.needs), colors["chip_need"])
        self._show_links(actor)
        self.community.setText("")
        self.session.compute(
            "communities",
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
            when = f"{date_text(event.start)} " if event.start else ""
            self.events.addItem(f"{when}{event.name} — {vocab_label(part.role)}")
        self.events_title.setText(self.tr("%n event(s)", "", len(mine)))

    def _show_community(self, communities) -> None:
        if self._communities[0] is not communities:
            self._communities = (communities, community_labels(communities))
        label = self._communities[1].get(self.actor_id)
        if label:
            self.community.setText(self.tr("Community: %1").replace("%1", label))

    def community_label(self) -> str:
        """The community shown for the actor ("" while it is computed, or for an actor without one)."""
        return self._communities[1].get(self.actor_id, "") if self.community.text() else ""

    # -- editing -------------------------------------------------------------------------------------
    def _not_saved(self, error: BaseException, actor_id: str) -> None:
        self.error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
        if actor_id == self.actor_id:
            self.show_actor(actor_id)  # the entries show what the database holds

    def _write(self, actor_id: str, write, on_saved) -> None:
        """Write through the session's door; a failure is shown here, the entries show the database."""
        from matchmaker.errors import MatchmakerError

        def failed(error: BaseException) -> None:
            if not isinstance(error, MatchmakerError):
                self.session.opFailed.emit(error)  # a fault of ours: the window shows the details
            self._not_saved(error, actor_id)
            if getattr(error, "saved_version", None) is not None:  # an EditConflictError: both sides
                self._show_conflict(error, lambda: self._write(actor_id, write, on_saved))

        self.session.run_op(
            write, Changes.ACTORS, actors=[actor_id], on_done=on_saved, on_failure=failed, owner=self
        )

    def _show_conflict(self, error, save_again) -> None:
        """Someone saved this actor since it was loaded: both versions, per field; the user chooses.
        *Keep mine* saves again, naming the version now stored; *Take the saved one* writes nothing."""
        from matchmaker.ui.edit_conflict_dialog import EditConflictDialog
        from matchmaker.ui.field_labels import field_label

        dialog = EditConflictDialog(error, field_label, self.session.skill_label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(save_again)
        dialog.rejected.connect(lambda: self.error.setText(self.tr("The saved version was kept.")))
        self.conflict_dialog = dialog
        dialog.open()

    def _commit(self, field: str, value) -> None:
        if self.actor_id is None:
            return
        from matchmaker.editing import (  # SQLAlchemy: kept off the start-up path
            ActorEditError,
            clean_value,
            update_actor,
        )
        from matchmaker.errors import MatchmakerError

        actor_id = self.actor_id
        try:
            cleaned = clean_value(field, value)
        except ActorEditError as error:  # a value the data model refuses: said beside the field
            self.form.show_message(field, error.message)
            return
        except MatchmakerError as error:
            self._not_saved(error, actor_id)
            return
        self.form.clear_message(field)
        current = getattr(self.session.actor(actor_id), field)
        if cleaned == (list(current) if isinstance(current, tuple) else current):
            # nothing to write (an entry losing focus unchanged): shown as stored, and a message
            # about an earlier refusal stays up
            self.show_actor(actor_id)
            return

        def saved(changes) -> None:
            self.error.clear()
            for change in changes:
                self.undo_stack.push(FieldEditCommand(self.session, self.undo_stack, change))

        session = self.session
        self._write(
            actor_id,
            lambda store, _p, _c: update_actor(
                store, actor_id, expected_version=session.expected_version(actor_id), **{field: cleaned}
            ),
            saved,
        )

    def _add_skill(self, side: str, text: str) -> None:
        if self.actor_id is None:
            return
        from matchmaker.editing import add_skill

        actor_id, session = self.actor_id, self.session
        self._write(
            actor_id,
            lambda store, _p, _c: add_skill(
                store,
                actor_id,
                side,
                text,
                resolver=session.resolver(),
                expected_version=session.expected_version(actor_id),
            ),
            self._skill_saved,
        )

    def _remove_skill(self, side: str, skill_id: str) -> None:
        if self.actor_id is None:
            return
        from matchmaker.editing import remove_skill

        actor_id, session = self.actor_id, self.session
        self._write(
            actor_id,
            lambda store, _p, _c: remove_skill(
                store, actor_id, side, skill_id, expected_version=session.expected_version(actor_id)
            ),
            self._skill_saved,
        )

    def _skill_saved(self, change) -> None:
        self.error.clear()
        if change.before != change.after:
            self.undo_stack.push(SkillEditCommand(self.session, self.undo_stack, change))
