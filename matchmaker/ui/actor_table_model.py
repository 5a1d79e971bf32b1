"""Item model adapter: the network's actors as rows of a table, filtered and sorted fast.

The model reads :class:`~matchmaker.network_preview.DirectoryColumns` — one list per field and,
per actor, one *folded* search key (name, native name, city, sectors; see
:func:`matchmaker.textnorm.fold`) — not a record per row, so it can show a 100,000-actor
directory read from the kept preview before the records are loaded. Filtering and sorting work
on plain Python lists and then reset the model, so a keystroke over 100,000 actors costs one
list comprehension, not 100,000 ``filterAcceptsRow`` calls.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from matchmaker.network_preview import DirectoryColumns
from matchmaker.records import ActorRecord
from matchmaker.search import directory_query
from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.visibility_marks import visibility_icon, visibility_note

__all__ = ["ActorTableModel", "ACTOR_ID_ROLE", "kind_label", "vocab_label", "KIND_LABELS"]

ACTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_COLUMN_LISTS = {
    "name": "names",
    "native_name": "native_names",
    "kind": "kinds",
    "country": "countries",
    "city": "cities",
    "sectors": "sectors",
}

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
        self._columns = DirectoryColumns.of([])
        self._rows: list[int] = []  # indices into the columns of the visible rows, in display order
        self._query: tuple[str, ...] = ()
        self._kind = ""
        self._country = ""
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._sort_keys: dict[int, list[str]] = {}
        self.set_actors(actors or [])

    # -- data in ----------------------------------------------------------------------------------
    def set_actors(self, actors: list[ActorRecord]) -> None:
        """Show ``actors`` (their columns are made here: for small lists; the session brings its own)."""
        self.set_columns(DirectoryColumns.of(list(actors)))

    def set_columns(self, columns: DirectoryColumns) -> None:
        """Show the actors of ``columns`` (made on a worker, or read from the kept preview).

        The model shares those lists: the session updates them in place on edits.
        """
        self.beginResetModel()
        self._columns = columns
        self._sort_keys = {0: columns.name_keys}
        self._rows = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def columns(self) -> DirectoryColumns:
        return self._columns

    def replace_actor(self, actor: ActorRecord) -> None:
        """One actor was edited: update its row in place (it stays visible until the next filter)."""
        pos = self._columns.put(actor)  # idempotent when the session already did it
        if pos is None:
            return
        self._sort_keys = {0: self._columns.name_keys}
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
        columns = self._columns
        keys = columns.search_keys
        rows = range(len(columns))
        if self._kind:
            kinds, kind = columns.kinds, self._kind
            rows = [i for i in rows if kinds[i] == kind]
        if self._country:
            countries, country = columns.countries, self._country
            rows = [i for i in rows if countries[i] == country]
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

    def _field(self, field: str) -> list:
        return getattr(self._columns, _COLUMN_LISTS[field])

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column not in self._sort_keys:  # one key list per column, built on first use
            field = self.COLUMNS[column]
            values = self._field(field)
            if field == "kind":
                labels = {k: kind_label(k).casefold() for k in set(values)}
                self._sort_keys[column] = [labels[k] for k in values]
            elif field == "sectors":
                self._sort_keys[column] = [", ".join(v).casefold() for v in values]
            else:
                self._sort_keys[column] = [(v or "").casefold() for v in values]
        self._rows.sort(
            key=self._sort_keys[column].__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    # -- reading ----------------------------------------------------------------------------------
    def actor_id(self, row: int) -> str:
        return self._columns.ids[self._rows[row]]

    def visible_ids(self) -> list[str]:
        ids = self._columns.ids
        return [ids[i] for i in self._rows]

    def row_of(self, actor_id: str) -> int | None:
        pos = self._columns.position.get(actor_id)
        if pos is None:
            return None
        try:
            return self._rows.index(pos)
        except ValueError:
            return None

    def total(self) -> int:
        return len(self._columns)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = self._rows[index.row()]
        columns = self._columns
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            field = self.COLUMNS[index.column()]
            value = self._field(field)[i]
            if field == "kind":
                return kind_label(value)
            if field == "sectors":  # the Sandbox's sectors in the reader's language; others as written
                from matchmaker.vocab_labels import label

                value = tuple(label("sector", s) for s in value)
            text = ", ".join(value) if isinstance(value, tuple) else (value or "")
            visibility = columns.visibility[i]
            if role == Qt.ItemDataRole.ToolTipRole and field == "name" and visibility != "public":
                text = f"{text}\n{visibility_note(visibility)}"
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == 0
            and columns.visibility[i] != "public"
        ):
            return visibility_icon(columns.visibility[i])  # not public: marked before a screen is shared
        if role == ACTOR_ID_ROLE:
            return columns.ids[i]
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
