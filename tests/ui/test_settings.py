"""Typed settings over QSettings: defaults, bad stored values, upgrades from older versions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from matchmaker.ui.settings import SETTINGS_VERSION, Settings


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_defaults_and_round_trip(qsettings):
    settings = Settings(qsettings)
    assert (
        settings["theme"] == "system" and settings["language"] == "en" and settings["recent_databases"] == []
    )
    settings["theme"] = "dark"
    settings["window/view"] = 3
    settings.sync()
    again = Settings(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert again["theme"] == "dark" and again["window/view"] == 3


def test_a_bad_stored_value_falls_back_to_the_default(qsettings):
    qsettings.setValue("language", "klingon")
    qsettings.setValue("window/view", "not a number")
    settings = Settings(qsettings)
    assert settings["language"] == "en" and settings["window/view"] == 0
    with pytest.raises(ValueError):
        settings["theme"] = "purple"


def test_recent_databases_keep_the_newest_first_without_duplicates(qsettings):
    settings = Settings(qsettings)
    for path in ("a.sqlite", "b.sqlite", "a.sqlite"):
        settings.add_recent(path)
    assert settings["recent_databases"] == ["a.sqlite", "b.sqlite"]
    assert settings["last_database"] == "a.sqlite"


def test_upgrade_from_version_0(qsettings):
    qsettings.setValue("recent", "one.sqlite\ntwo.sqlite")
    qsettings.setValue("dark", True)
    settings = Settings(qsettings)
    assert settings["recent_databases"] == ["one.sqlite", "two.sqlite"]
    assert settings["theme"] == "dark"
    assert int(qsettings.value("settings_version")) == SETTINGS_VERSION
    assert qsettings.value("recent") is None
