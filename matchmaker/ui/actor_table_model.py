"""Item model adapter: the network's actors as rows of a table, filtered and sorted fast.

The model keeps every actor and, per actor, one *folded* search key (name, native name,
city, sectors; see :func:`matchmaker.textnorm.fold`) computed once. Filtering and sorting
work on plain Python lists and then reset the model, so a keystroke over 100,000 actors
costs one list comprehension, not 100,000 ``filterAcceptsRow`` calls.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from matchmaker.records import ActorRecord
from matchmaker.search import directory_query
from matchmaker.textnorm import fold
from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.session import search_key
from matchmaker.ui.visibility_marks import visibility_icon, visibility_note

__all__ = ["ActorTableModel", "ACTOR_ID_ROLE", "kind_label", "vocab_label", "KIND_LABELS"]

ACTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    "startup": QT_TRANSLATE_NOOP("Vocab", "Startup"),
    "company": QT_TRANSLATE_NOOP("Vocab", "IT company"),
    "public_body": QT_TRANSLATE_NOOP("Vocab", "Public body"),
    "investor": QT_TRANSLATE_NOOP("Vocab", "Investor"),
    "university": QT_TRANSLATE_NOOP("Vocab", "University"),
    "ngo": QT_TRANSLATE_NOOP("Vocab", "NGO"),
    "person": QT_TRANSLATE_NOOP("Vocab", "Person"),
}


TIE_KIND_LABELS = {
    "works_at": QT_TRANSLATE_NOOP("Vocab", "works at"),
    "member_of": QT_TRANSLATE_NOOP("Vocab", "member of"),
    "advises": QT_TRANSLATE_NOOP("Vocab", "advises"),
    "partner": QT_TRANSLATE_NOOP("Vocab", "partner"),
    "invested_in": QT_TRANSLATE_NOOP("Vocab", "invested in"),
    "mentored": QT_TRANSLATE_NOOP("Vocab", "mentored"),
    "cofounded": QT_TRANSLATE_NOOP("Vocab", "co-founded"),
    "knows": QT_TRANSLATE_NOOP("Vocab", "knows"),
}
ROLE_LABELS = {
    "participant": QT_TRANSLATE_NOOP("Vocab", "participant"),
    "organiser": QT_TRANSLATE_NOOP("Vocab", "organiser"),
    "speaker": QT_TRANSLATE_NOOP("Vocab", "speaker"),
    "mentor": QT_TRANSLATE_NOOP("Vocab", "mentor"),
    "jury": QT_TRANSLATE_NOOP("Vocab", "jury"),
    "sponsor": QT_TRANSLATE_NOOP("Vocab", "sponsor"),
}


def vocab_label(value: str) -> str:
    """The translated word for a tie kind or participation role (the value itself when unknown)."""
    source = TIE_KIND_LABELS.get(value) or ROLE_LABELS.get(value)
    return QCoreApplication.translate("Vocab", source) if source else value.replace("_", " ")


def kind_label(kind: str) -> str:
    """The translated name of an actor kind."""
    return QCoreApplication.translate("Vocab", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


class ActorTableModel(QAbstractTableModel):
    COLUMNS = ("name", "native_name", "kind", "country", "city", "sectors")

    HEADERS = (
        QT_TRANSLATE_NOOP("ActorTableModel", "Name"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Native name"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Country"),
        QT_TRANSLATE_NOOP("ActorTableModel", "City"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Sectors"),
    )

    def __init__(self, actors: list[ActorRecord] | None = None, parent=None):
        super().__init__(parent)
        self._actors: list[ActorRecord] = []
        self._keys: list[str] = []
        self._rows: list[int] = []  # indices into _actors of the visible rows, in display order
        self._query: tuple[str, ...] = ()
        self._kind = ""
        self._country = ""
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self.set_actors(actors or [])

    # -- data in ----------------------------------------------------------------------------------
    def set_actors(self, actors: list[ActorRecord], loaded=None) -> None:
        """Show ``actors``; ``loaded`` (a ``session.LoadedNetwork`` of them) brings keys made on the worker.

        The model shares those lists and never changes them: the session updates them on edits.
        """
        self.beginResetModel()
        if loaded is not None:
            self._actors, self._keys, self._position = actors, loaded.search_keys, loaded.positions
            self._sort_keys: dict[int, list[str]] = {0: loaded.name_keys}
        else:
            self._actors = list(actors)
            self._keys = [search_key(a) for a in self._actors]
            self._position = {a.id: i for i, a in enumerate(self._actors)}
            self._sort_keys = {}
        self._rows = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def replace_actor(self, actor: ActorRecord) -> None:
        """One actor was edited: update its row in place (it stays visible until the next filter)."""
        pos = self._position.get(actor.id)
        if pos is None:
            return
        if self._actors[pos] is not actor:  # else the session already updated the shared lists
            self._actors[pos] = actor
            self._keys[pos] = search_key(actor)
            if 0 in self._sort_keys:
                self._sort_keys[0][pos] = fold(actor.name)
        self._sort_keys = {0: self._sort_keys[0]} if 0 in self._sort_keys else {}
        try:
            row = self._rows.index(pos)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    # -- filtering and sorting --------------------------------------------------------------------
    def set_filter(self, text: str = "", kind: str = "", country: str = "") -> None:
        """Show actors whose folded key holds every folded word of ``text`` (any script), of that kind/country."""
        query = directory_query(text)
        if (query, kind, country) == (self._query, self._kind, self._country):
            return
        self._query, self._kind, self._country = query, kind, country
        self.beginResetModel()
        self._rows = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        actors, keys = self._actors, self._keys
        rows = range(len(actors))
        if self._kind:
            rows = [i for i in rows if actors[i].kind == self._kind]
        if self._country:
            rows = [i for i in rows if actors[i].country == self._country]
        for word in self._query:
            needle = " " + word  # words match from their start: "kyi" finds Kyiv, "yiv" does not
            rows = [i for i in rows if needle in keys[i]]
        return list(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(index, self._rows[index.row()]) for index in old]
        self._sort = (column, order)
        self._apply_sort()
        where = {pos: row for row, pos in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(where[pos], index.column()) for index, pos in old_rows]
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column not in self._sort_keys:  # one key list per column, built on first use
            field, actors = self.COLUMNS[column], self._actors
            if field == "name":
                self._sort_keys[column] = [fold(a.name) for a in actors]
            elif field == "kind":
                self._sort_keys[column] = [kind_label(a.kind).casefold() for a in actors]
            elif field == "sectors":
                self._sort_keys[column] = [", ".join(a.sectors).casefold() for a in actors]
            else:
                self._sort_keys[column] = [(getattr(a, field) or "").casefold() for a in actors]
        self._rows.sort(
            key=self._sort_keys[column].__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    # -- reading ----------------------------------------------------------------------------------
    def actor(self, row: int) -> ActorRecord:
        return self._actors[self._rows[row]]

    def row_of(self, actor_id: str) -> int | None:
        pos = self._position.get(actor_id)
        if pos is None:
            return None
        try:
            return self._rows.index(pos)
        except ValueError:
            return None

    def total(self) -> int:
        return len(self._actors)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        actor = self._actors[self._rows[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            field = self.COLUMNS[index.column()]
            if field == "kind":
                return kind_label(actor.kind)
            value = getattr(actor, field)
            if field == "sectors":  # the Sandbox's sectors in the reader's language; others as written
                from matchmaker.vocab_labels import label

                value = tuple(label("sector", s) for s in value)
            text = ", ".join(value) if isinstance(value, tuple) else (value or "")
            if role == Qt.ItemDataRole.ToolTipRole and field == "name" and actor.visibility != "public":
                text = f"{text}\n{visibility_note(actor.visibility)}"
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and actor.visibility != "public":
            return visibility_icon(actor.visibility)  # not public: marked before a screen is shared
        if role == ACTOR_ID_ROLE:
            return actor.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ActorTableModel", self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        """The language changed: headers and kind names are asked for again (the kind column sorts anew)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        kind = self.COLUMNS.index("kind")
        self._sort_keys.pop(kind, None)
        if self._rows:
            self.dataChanged.emit(self.index(0, kind), self.index(len(self._rows) - 1, kind))
