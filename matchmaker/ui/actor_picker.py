"""A line edit that picks one actor by name, with completion over the whole network.

What a user types is matched anywhere in "Name — kind, country" (case-insensitive), so two
actors of one name stay apart; a choice from the list, or Enter on text that names exactly one
actor, sets :meth:`ActorPicker.actor_id` and emits ``actorChosen``. The names come from the
session's records (plain text: a completer shows data, never markup).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from matchmaker.records import ActorRecord
from matchmaker.textnorm import fold
from matchmaker.ui.actor_table_model import kind_label

__all__ = ["ActorPicker", "picker_text"]


def picker_text(actor: ActorRecord) -> str:
    """How an actor reads in the picker: name, then kind and country (tells namesakes apart)."""
    return f"{actor.name} — {kind_label(actor.kind)}, {actor.country}"


class ActorPicker(QLineEdit):
    """Type a name, pick from the list; ``actorChosen(id)`` when an actor is chosen."""

    actorChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._actors: dict[str, ActorRecord] = {}  # actor id -> record
        self._ids: dict[str, str] = {}  # picker text -> actor id (made when first typed into)
        self._by_name: dict[str, list[str]] = {}  # folded name -> actor ids (likewise)
        self._indexed = True
        self._actor_id = ""
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._take_text)
        self.setCompleter(completer)
        self.returnPressed.connect(lambda: self._take_text(self.text()))
        self.textEdited.connect(self._edited)

    def set_actors(self, actors: list[ActorRecord]) -> None:
        """The actors one may pick (a new network); the current choice is kept if still there.

        The completion list (every actor's text, sorted, names folded) is made when the user first
        types here: at 100,000 actors that is seconds the map's opening should not wait for.
        """
        self._actors = {a.id: a for a in actors}
        self._indexed = False
        if self._actor_id and self._actor_id not in self._actors:
            self.set_actor("")

    def _index(self) -> None:
        if self._indexed:
            return
        self._indexed = True
        texts = {a.id: picker_text(a) for a in self._actors.values()}
        self._ids = {text: actor_id for actor_id, text in texts.items()}
        self._by_name = {}
        for a in self._actors.values():
            self._by_name.setdefault(fold(a.name), []).append(a.id)
        self._model.setStringList(sorted(self._ids, key=str.casefold))

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._index()  # before the first key: the completer reads the list as the user types
        super().focusInEvent(event)

    def set_actor(self, actor_id: str) -> None:
        """Show ``actor_id`` as chosen ("" clears) without emitting ``actorChosen``."""
        actor = self._actors.get(actor_id)
        self._actor_id = actor_id if actor is not None else ""
        self.setText(picker_text(actor) if actor is not None else "")
        self.setCursorPosition(0)  # the name, not the end of "— kind, country", shows in a narrow field

    def actor_id(self) -> str:
        return self._actor_id

    def _edited(self, _text: str) -> None:
        self._index()
        self._actor_id = ""  # typing undoes the choice until a name is picked again

    def _take_text(self, text: str) -> None:
        self._index()
        actor_id = self._ids.get(text)
        if actor_id is None:
            named = self._by_name.get(fold(text.strip()), [])
            actor_id = named[0] if len(named) == 1 else None
        if actor_id is not None:
            self.set_actor(actor_id)
            self.actorChosen.emit(actor_id)
