"""Issue 15: Qt's own words (dialog buttons, the file dialog, text-field menus) follow the app's language,
and the first start speaks the system's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from matchmaker.ui.launch import first_language, install_translator
from matchmaker.ui.settings import Settings


@pytest.mark.parametrize(
    ("language", "cancel", "look_in"),
    [
        ("et", "Loobu", "Vaata kaustas:"),
        ("uk", "Скасувати", "Перегляд в:"),
    ],  # et: ours (Qt has none); uk: Qt's
)
def test_qt_dialog_buttons_and_file_dialog_speak_the_language(qtbot, qapp, language, cancel, look_in):
    installed = install_translator(qapp, language)
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
        assert qapp.translate("QFileDialog", "Look in:") == look_in
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert qapp.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(("system", "expected"), [("uk_UA", "uk"), ("et_EE", "et"), ("de_DE", "en")])
def test_the_first_start_follows_the_system_locale_and_remembers_it(monkeypatch, system, expected):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    settings = Settings()
    assert not settings.q.contains("language")
    assert first_language(settings) == expected
    assert settings["language"] == expected  # the Settings dialog shows what is spoken
    settings["language"] = "en"
    assert first_language(settings) == "en"  # a choice the user made wins over the system
