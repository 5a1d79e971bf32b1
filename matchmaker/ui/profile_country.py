"""The profile's country editor: a list of countries by name, in the UI's language, with the ISO code behind.

The data model stores a two-letter code; a person picks "Estonia" (or types "Eest…", "Естон…"
and picks from the completer). What was typed is never cut down to two letters: text that names
no country (a city such as "Odesa") is reported, not saved (:func:`matchmaker.countries.find_country`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from matchmaker.countries import country_names, find_country

__all__ = ["CountryBox"]


class CountryBox(QComboBox):
    """``chosen(code)`` when a country is picked or typed; ``refused(text)`` when the text names none."""

    chosen = Signal(str)
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._code: str | None = None
        self._language = ""
        self.activated.connect(lambda _row: self._finish())
        self.lineEdit().editingFinished.connect(self._finish)

    def set_language(self, language: str) -> None:
        """Name the countries in ``language`` (the code shown stays the one set)."""
        if language == self._language:
            return
        self._language = language
        self.blockSignals(True)
        self.clear()
        for code, name in country_names(language):
            self.addItem(name, code)
        self.blockSignals(False)
        self.set_code(self._code)

    def set_code(self, code: str | None) -> None:
        """Show the country ``code`` (a code we do not know is shown as it is stored)."""
        self._code = code
        self.blockSignals(True)
        row = self.findData(code) if code else -1
        if row < 0 and code:
            self.addItem(code, code)
            row = self.count() - 1
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")
        self.blockSignals(False)

    def code(self) -> str | None:
        return self._code

    def typed_code(self) -> str | None:
        """The code of what the box shows now: a listed name, else any name or code we know."""
        text = self.currentText().strip()
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            return self.itemData(row)
        return find_country(text)

    def _finish(self) -> None:
        text = self.currentText().strip()
        code = self.typed_code()
        if code is None:
            self.refused.emit(text)
            return
        self.set_code(code)
        self.chosen.emit(code)
