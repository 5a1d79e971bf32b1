"""File ▸ Import… for a spreadsheet with its own columns: preview, map the columns, review, import.

Opened when the chosen file is an ``.xlsx`` workbook or a CSV that is not one of the format's own
tables. Three pages:

1. **Preview** — the first rows as the file holds them (and, for a workbook, which sheet);
2. **Columns** — each column's field, pre-filled by the guess from its header (English,
   Estonian, Ukrainian) or by the mapping last used for the same headers (kept in QSettings),
   plus what every new actor gets when the sheet says nothing (kind, country, visibility);
3. **Review** (:mod:`matchmaker.ui.sheet_review_page`) — likely duplicates with *merge into …*
   or *create new* per row, and every problem with its row and column; Finish stays disabled
   until there is none.

Reading and checking run off the UI thread (:func:`~matchmaker.ui.tasks.run_task`); the import
itself goes through the session's one door (``FileActions.import_sheet`` → ``session.run_op``).
The core does the work (:mod:`matchmaker.interchange.sheets`); nothing here parses or validates.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from matchmaker.ui.field_labels import choice_label, field_label
from matchmaker.ui.tasks import run_task

__all__ = ["SheetImportWizard", "remembered_map", "remember_map"]

PREVIEW_ROWS = 20
_SETTINGS_GROUP = "sheet_import/maps"


def _header_key(headers: list[str]) -> str:
    """A QSettings key for one header set (the same form exported again has the same headers)."""
    return hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:20]


def remembered_map(headers: list[str]) -> dict | None:
    """The columns and defaults last used for exactly these headers, or None."""
    from PySide6.QtCore import QSettings

    text = QSettings().value(f"{_SETTINGS_GROUP}/{_header_key(headers)}", None)
    try:
        stored = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None
    return stored if isinstance(stored, dict) and set(stored.get("columns", {})) == set(headers) else None


def remember_map(headers: list[str], sheet_map) -> None:
    from PySide6.QtCore import QSettings

    value = {"columns": sheet_map.columns, "defaults": sheet_map.defaults}
    QSettings().setValue(f"{_SETTINGS_GROUP}/{_header_key(headers)}", json.dumps(value, ensure_ascii=False))


def _item(text: str) -> QTableWidgetItem:
    """A read-only cell; QTableWidgetItem shows its text as plain text (sheet content is data)."""
    item = QTableWidgetItem(" ".join(str(text).split()) if len(str(text)) < 500 else str(text)[:500] + "…")
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _plain_label(parent=None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PreviewPage(QWizardPage):
    """The first rows of the file; for a workbook, the sheet to read."""

    def __init__(self, wizard: SheetImportWizard):
        super().__init__(wizard)
        self.owner = wizard
        self.file_label = _plain_label(self)
        self.sheet_combo = QComboBox(self)
        self.sheet_label = QLabel(self)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.info = _plain_label(self)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.table)
        self.sheet_combo.activated.connect(lambda _index: self.owner.read(self.sheet_combo.currentText()))
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows of the file, as it holds them."))
        self.sheet_label.setText(self.tr("&Sheet:"))

    def show_table(self) -> None:
        table = self.owner.table
        self.file_label.setText(self.owner.path)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(table.sheets))
        self.sheet_combo.setCurrentText(table.sheet or "")
        self.sheet_combo.setVisible(bool(table.sheets))
        self.sheet_label.setVisible(bool(table.sheets))
        if table.sheets:
            how = self.tr("Workbook: %n row(s) under the header in row %1.", "", len(table.rows))
        else:
            how = self.tr(
                "CSV (%2, separated by %3): %n row(s) under the header in row %1.", "", len(table.rows)
            )
            how = how.replace("%2", table.encoding or "").replace("%3", repr(table.delimiter))
        self.info.setText(how.replace("%1", str(table.header_line)))
        rows = table.rows[:PREVIEW_ROWS]
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(table.headers)
        self.table.setVerticalHeaderLabels([str(row.line) for row in rows])
        for r, row in enumerate(rows):
            for c in range(len(table.headers)):
                self.table.setItem(r, c, _item(row.cell(c)))
        self.table.resizeColumnsToContents()
        for c in range(len(table.headers)):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 240))
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.info.setText(text)
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.owner.table is not None and not self.owner.reading


class MappingPage(QWizardPage):
    """Each column's field, and what new actors get where the sheet says nothing."""

    FIELD_COLUMN = 2

    def __init__(self, wizard: SheetImportWizard):
        super().__init__(wizard)
        self.owner = wizard
        self.table = QTableWidget(self)
        self.table.setColumnCount(3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.kind = QComboBox(self)
        self.country = QComboBox(self)
        self.visibility = QComboBox(self)
        self.defaults_note = _plain_label(self)
        self.form = QFormLayout()
        self.default_labels = [QLabel(self) for _ in range(3)]
        for label, combo in zip(self.default_labels, (self.kind, self.country, self.visibility), strict=True):
            label.setBuddy(combo)
            self.form.addRow(label, combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.defaults_note)
        layout.addLayout(self.form)
        self.combos: list[QComboBox] = []
        self.retranslateUi()

    def _field_choices(self) -> list[tuple[str, str]]:
        from matchmaker.actor_fields import ACTOR_FIELDS

        extra = {
            "id": self.tr("Id"),
            "offers": self.tr("Offers (skills)"),
            "needs": self.tr("Needs (skills)"),
        }
        return [("ignore", self.tr("— ignore —"))] + [
            (f.name, extra.get(f.name) or field_label(f.name)) for f in ACTOR_FIELDS
        ]

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Which field each column holds. Guessed from the headers; the choice is remembered for sheets with the same headers."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Examples"), self.tr("Field")])
        self.defaults_note.setText(self.tr("For new actors whose row leaves these empty:"))
        for label, text in zip(
            self.default_labels,
            (self.tr("&Kind:"), self.tr("C&ountry:"), self.tr("&Visibility:")),
            strict=True,
        ):
            label.setText(text)

    def _fill_defaults(self, defaults: dict[str, str]) -> None:
        from matchmaker.interchange.sheets.countries import country_name
        from matchmaker.vocab import ACTOR_KINDS, VISIBILITY_LEVELS

        language = self.owner.language
        self.kind.clear()
        self.kind.addItem(self.tr("— from the sheet —"), "")
        for kind in ACTOR_KINDS:
            self.kind.addItem(choice_label("kind", kind), kind)
        self.country.clear()
        self.country.addItem(self.tr("— from the sheet —"), "")
        for code in ("EE", "UA"):
            self.country.addItem(country_name(code, language), code)
        self.visibility.clear()
        for level in VISIBILITY_LEVELS:
            self.visibility.addItem(choice_label("visibility", level), level)
        for combo, name in ((self.kind, "kind"), (self.country, "country"), (self.visibility, "visibility")):
            index = combo.findData(defaults.get(name, "public" if name == "visibility" else ""))
            combo.setCurrentIndex(max(index, 0))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        table, sheet_map = self.owner.table, self.owner.sheet_map
        choices = self._field_choices()
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for row, header in enumerate(table.headers):
            examples = [str(r.cell(row)) for r in table.rows if r.cell(row)][:3]
            self.table.setItem(row, 0, _item(header))
            self.table.setItem(row, 1, _item(" · ".join(examples)))
            combo = QComboBox(self.table)
            for name, label in choices:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(combo.findData(sheet_map.columns.get(header, "ignore")), 0))
            self.table.setCellWidget(row, self.FIELD_COLUMN, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(self.FIELD_COLUMN)
        self._fill_defaults(sheet_map.defaults)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        sheet_map = self.owner.sheet_map
        sheet_map.columns = {
            h: c.currentData() for h, c in zip(self.owner.table.headers, self.combos, strict=True)
        }
        sheet_map.defaults = {
            name: combo.currentData()
            for name, combo in (
                ("kind", self.kind),
                ("country", self.country),
                ("visibility", self.visibility),
            )
            if combo.currentData()
        }
        return True


class SheetImportWizard(QWizard):
    """The import wizard for one spreadsheet; ``on_import(path, sheet_map)`` runs the import."""

    def __init__(self, parent, path: str, session, on_import: Callable[[str, object], None]):
        from matchmaker.ui.sheet_review_page import ReviewPage

        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.path, self.session, self.on_import = path, session, on_import
        self.language = getattr(session, "language", "en")
        self.table = None
        self.sheet_map = None
        self.reading = False
        self.preview = PreviewPage(self)
        self.mapping = MappingPage(self)
        self.review = ReviewPage(self)
        for page in (self.preview, self.mapping, self.review):
            self.addPage(page)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.resize(860, 560)
        self.read(None)

    def read(self, sheet: str | None) -> None:
        """Read the file (the given sheet of a workbook) off the UI thread, then show it."""
        from matchmaker.interchange.sheets import read_table

        self.reading = True
        self.preview.completeChanged.emit()
        run_task(
            self,
            lambda _progress, _cancelled: read_table(self.path, sheet=sheet),
            on_success=self._read,
            on_failure=self._read_failed,
        )

    def _read(self, table) -> None:
        from matchmaker.interchange.sheets import SheetMap, guess_map

        self.reading = False
        self.table = table
        remembered = remembered_map(table.headers)
        self.sheet_map = guess_map(table)
        if remembered is not None:
            self.sheet_map = SheetMap(
                columns=remembered["columns"],
                defaults=remembered.get("defaults", {}),
                sheet=table.sheet,
                encoding=self.sheet_map.encoding,
                delimiter=self.sheet_map.delimiter,
            )
        self.sheet_map.header_row = table.header_line if table.header_line != 1 else None
        self.preview.show_table()

    def _read_failed(self, error: BaseException) -> None:
        from matchmaker.errors import MatchmakerError

        self.reading = False
        self.table = None
        self.preview.show_error(
            str(error) if isinstance(error, MatchmakerError) else f"{type(error).__name__}: {error}"
        )

    def accept(self) -> None:
        remember_map(self.table.headers, self.sheet_map)
        self.on_import(self.path, self.sheet_map)
        super().accept()
