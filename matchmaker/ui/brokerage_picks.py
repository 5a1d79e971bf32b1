"""The picks table: each participant's suggested meetings, and what they said about each.

Rows are the recommender's suggestions for each participant among the event's participants
(:func:`matchmaker.meetings.suggestions.suggest_meetings`), followed by any pick on record for
someone not suggested (a picks sheet may name anyone taking part). The *Pick* column is edited
in place with a combo box (—, must meet, would meet, no); the model never writes: it asks
(``pickRequested``) and the view writes through the session's door, after which the stored
picks come back here. A *no* is final, as in Grip: the pair is never scheduled, and the row
can no longer be changed here. The *Meeting* column says what the two picks make of the pair.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, Qt, Signal

from matchmaker.ui.meeting_style import (
    PICK_CHOICES,
    TEXT_COLOUR,
    band_text,
    kind_colour,
    kind_text,
    pick_text,
)

__all__ = ["PicksModel", "pick_delegate", "PICK_COLUMN"]

PICK_COLUMN = 4
ACTORS_ROLE = Qt.ItemDataRole.UserRole + 1  # (who, whom)


class PicksModel(QAbstractTableModel):
    """(participant, could meet, band, why suggested, pick, meeting) rows; only *Pick* is editable."""

    pickRequested = Signal(str, str, object)  # noqa: N815 - who, whom, pick (None: undecided)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str]] = []  # who, whom, band, why
        self.people: Mapping = {}
        self.picks: Mapping[tuple[str, str], str] = {}

    def set_content(self, people: Mapping, suggestions: Mapping[str, list], picks: Mapping) -> None:
        """``people``: id -> ActorRecord; ``suggestions``: id -> Suggestions; ``picks``: (who, whom) -> pick."""
        self.beginResetModel()
        self.people, self.picks = people, dict(picks)
        rows, seen = [], set()
        for who in people:
            for s in suggestions.get(who, ()):
                rows.append((who, s.id, s.band, "; ".join(s.reasons[:2])))
                seen.add((who, s.id))
            for (picker, whom), _pick in self.picks.items():
                if picker == who and (who, whom) not in seen and whom in people:
                    rows.append((who, whom, "", ""))
                    seen.add((who, whom))
        self.rows = rows
        self.endResetModel()

    def set_picks(self, picks: Mapping) -> None:
        """New stored picks for the same rows (a cell was saved): only the pick and meeting columns change."""
        self.picks = dict(picks)
        if self.rows:
            self.dataChanged.emit(self.index(0, PICK_COLUMN), self.index(len(self.rows) - 1, PICK_COLUMN + 1))

    def retranslate(self) -> None:
        """The language changed: headers, picks and meeting kinds are asked for again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self.rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 5))

    def pick_of(self, who: str, whom: str) -> str | None:
        return self.picks.get((who, whom))

    def row_of(self, who: str, whom: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row[:2] == (who, whom)), -1)

    # -- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Participant"),
            self.tr("Could meet"),
            self.tr("Band"),
            self.tr("Why suggested"),
            self.tr("Pick"),
            self.tr("Meeting"),
        )[section]

    def _name(self, actor: str) -> str:
        person = self.people.get(actor)
        return f"{person.name} ({person.country})" if person else actor

    def _meeting(self, who: str, whom: str) -> tuple[str, str | None]:
        from matchmaker.meetings.kinds import pair_kind

        mine, theirs = self.picks.get((who, whom)), self.picks.get((whom, who))
        if theirs == "no":
            return self.tr("never: they said no"), None
        if mine == "no":
            return self.tr("never: a no is final"), None
        kind = pair_kind(mine, theirs)
        return (kind_text(kind), kind) if kind else ("", None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        who, whom, band, why = self.rows[index.row()]
        column = index.column()
        if role == ACTORS_ROLE:
            return (who, whom)
        if role == Qt.ItemDataRole.EditRole and column == PICK_COLUMN:
            return self.picks.get((who, whom))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 5:
                return self._meeting(who, whom)[0]
            return (
                self._name(who),
                self._name(whom),
                band_text(band),
                why,
                pick_text(self.picks.get((who, whom))),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and why:
            return why  # a plain string: the view's tooltips are plain text
        if column == 5 and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            kind = self._meeting(who, whom)[1]
            if kind is None:
                return None
            return kind_colour(kind) if role == Qt.ItemDataRole.BackgroundRole else TEXT_COLOUR
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == PICK_COLUMN:
            who, whom = self.rows[index.row()][:2]
            if self.picks.get((who, whom)) != "no":  # a no is final
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if not index.isValid() or index.column() != PICK_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in PICK_CHOICES:
            return False
        who, whom = self.rows[index.row()][:2]
        current = self.picks.get((who, whom))
        if current == "no" or value == current:
            return False
        self.pickRequested.emit(who, whom, value)
        return False  # shown once stored: the session's change brings it back


def pick_delegate(parent=None):
    """The *Pick* column's editor: —, must meet, would meet, no."""
    from matchmaker.ui.choice_delegate import ChoiceDelegate

    return ChoiceDelegate(PICK_CHOICES, pick_text, parent=parent)
