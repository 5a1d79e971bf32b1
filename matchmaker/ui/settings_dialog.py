"""The Settings dialog (language, theme, default directory filters) and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox, QWidget

from matchmaker.ui.actor_table_model import kind_label
from matchmaker.ui.settings import Settings
from matchmaker.vocab import ACTOR_KINDS

__all__ = ["SettingsDialog", "show_about"]


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, countries: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for code, name in (("en", "English"), ("et", "Eesti"), ("uk", "Українська")):
            self.language.addItem(name, code)
        self.theme = QComboBox(self)
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in ACTOR_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.country = QComboBox(self)
        self.country.addItem(self.tr("All countries"), "")
        for code in countries:
            self.country.addItem(code, code)
        for combo, key in (
            (self.language, "language"),
            (self.theme, "theme"),
            (self.kind, "default_kind_filter"),
            (self.country, "default_country_filter"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(settings[key])))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Directory shows kind"), self.kind)
        form.addRow(self.tr("Directory shows country"), self.country)
        form.addRow(buttons)

    def save(self) -> None:
        self.settings["language"] = self.language.currentData()
        self.settings["theme"] = self.theme.currentData()
        self.settings["default_kind_filter"] = self.kind.currentData()
        self.settings["default_country_filter"] = self.country.currentData()
        self.settings.sync()


def show_about(parent: QWidget) -> QMessageBox:
    from matchmaker import __version__

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("AboutBox", "About Sandbox Matchmaker"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        "\n\n".join(
            (
                QCoreApplication.translate("AboutBox", "Sandbox Matchmaker %1").replace("%1", __version__),
                QCoreApplication.translate(
                    "AboutBox",
                    "Partners, ties and hackathon teams for the Estonia–Ukraine "
                    "Digital Society Sandbox, offline.",
                ),
                QCoreApplication.translate(
                    "AboutBox", "This service uses the ESCO classification of the European Commission."
                ),
                QCoreApplication.translate(
                    "AboutBox",
                    "Sector codes follow NACE Rev. 2, the statistical classification "
                    "of economic activities in the European Community (Eurostat).",
                ),
            )
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
