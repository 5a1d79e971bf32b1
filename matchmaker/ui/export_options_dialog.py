"""Before an export: for whom is it, and may it carry contact details?

The same choices as ``matchmaker export --include council|private --with-contacts``, and the
same door (:func:`matchmaker.exports.export_store` with
:func:`matchmaker.visibility.export_audience`): by default only public actors, the ties between
them, and no e-mail addresses or personal web pages. Asking every time, with the safe answer
preselected, is the point: a file leaves the laptop and cannot be called back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

__all__ = ["ExportOptionsDialog", "AUDIENCE_CHOICES"]

# audience key -> the visibility levels added to "public" (matchmaker.visibility.export_audience)
AUDIENCE_CHOICES = {
    "public": (),
    "council": ("council",),
    "everything": ("council", "private"),
}


class ExportOptionsDialog(QDialog):
    """Audience (public / council / everything) and "include contacts" (off unless ticked)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons_group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for key in AUDIENCE_CHOICES:
            button = QRadioButton(self)
            self.buttons_group.addButton(button)
            self.choices[key] = button
            layout.addWidget(button)
        self.choices["public"].setChecked(True)
        self.contacts = QCheckBox(self)
        layout.addSpacing(8)
        layout.addWidget(self.contacts)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #b3261e;")
        self.warning.setMinimumHeight(
            self.warning.fontMetrics().lineSpacing() * 2 + 4
        )  # room when it appears
        layout.addWidget(self.warning)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        for button in (*self.choices.values(), self.contacts):
            button.toggled.connect(self._warn)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.setWindowTitle(self.tr("Export for whom?"))
        self.intro.setText(
            self.tr("Who will read this file? Actors they may not see are left out, with their ties.")
        )
        self.choices["public"].setText(self.tr("Anyone: public actors only"))
        self.choices["council"].setText(self.tr("The Sandbox council: public and council-only actors"))
        self.choices["everything"].setText(self.tr("Everything, private actors too (a backup for yourself)"))
        self.contacts.setText(self.tr("Include contact details (e-mail addresses, personal web pages)"))
        self._warn()

    def _warn(self, *_args) -> None:
        risky = self.choices["everything"].isChecked() or self.contacts.isChecked()
        self.warning.setText(
            self.tr("This file will hold personal data: keep it safe and share it with no one else.")
            if risky
            else ""
        )

    def audience_key(self) -> str:
        return next(key for key, button in self.choices.items() if button.isChecked())

    def include(self) -> tuple[str, ...]:
        """The levels beyond public, as ``--include`` names them."""
        return AUDIENCE_CHOICES[self.audience_key()]

    def with_contacts(self) -> bool:
        return self.contacts.isChecked()
