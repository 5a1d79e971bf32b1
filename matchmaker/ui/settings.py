"""The app's settings, declared once with their types and defaults, stored through QSettings.

Picard-style: each option is declared in :data:`OPTIONS`; reading gives the declared type
(or the default when the stored value is missing or unreadable); a ``settings_version`` key
lets :func:`upgrade` migrate settings written by an older version.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["Option", "OPTIONS", "Settings", "SETTINGS_VERSION", "LANGUAGES", "THEMES"]

SETTINGS_VERSION = 2
LANGUAGES = ("en", "et", "uk")
THEMES = ("system", "light", "dark")
MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    default: object
    choices: tuple | None = None


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("language", str, "en", LANGUAGES),
        Option("theme", str, "system", THEMES),
        Option("last_database", str, ""),
        Option("recent_databases", list, []),
        Option("default_kind_filter", str, ""),
        Option("default_country_filter", str, ""),
        Option("window/geometry", QByteArray, QByteArray()),
        Option("window/state", QByteArray, QByteArray()),
        Option("window/view", int, 0),
    )
}


class Settings:
    """Typed access to the declared options: ``settings["theme"]``, ``settings["theme"] = "dark"``."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else QSettings()
        self.upgrade()

    def __getitem__(self, key: str):
        option = OPTIONS[key]
        value = self.q.value(key, None)
        if value is None:
            return _copy(option.default)
        try:
            value = _convert(option.kind, value)
        except (TypeError, ValueError):
            return _copy(option.default)
        if option.choices is not None and value not in option.choices:
            return _copy(option.default)
        return value

    def __setitem__(self, key: str, value) -> None:
        option = OPTIONS[key]
        if option.choices is not None and value not in option.choices:
            raise ValueError(f"{key} must be one of {option.choices}; got {value!r}")
        self.q.setValue(key, value)

    def add_recent(self, path: str) -> list[str]:
        """Put ``path`` first in the recent databases (and make it the last one opened)."""
        recent = [p for p in self["recent_databases"] if p != path]
        recent = [path, *recent][:MAX_RECENT]
        self["recent_databases"] = recent
        self["last_database"] = path
        return recent

    def upgrade(self) -> None:
        """Migrate settings stored by an older version (one step per version, like Picard's upgrade hooks)."""
        version = _convert(int, self.q.value("settings_version", 0) or 0)
        if version < 1:
            # version 0 kept one "recent" string separated by newlines
            old = self.q.value("recent")
            if isinstance(old, str) and old:
                self.q.setValue("recent_databases", [p for p in old.splitlines() if p])
                self.q.remove("recent")
        if version < 2:
            # version 1 stored the theme as a bool "dark"
            dark = self.q.value("dark")
            if dark is not None:
                self.q.setValue("theme", "dark" if str(dark).lower() in ("1", "true") else "light")
                self.q.remove("dark")
        if version != SETTINGS_VERSION:
            self.q.setValue("settings_version", SETTINGS_VERSION)

    def sync(self) -> None:
        self.q.sync()


def _copy(value):
    return list(value) if isinstance(value, list) else value


def _convert(kind: type, value):
    if kind is bool:
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    if kind is list:
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]
    if kind is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray(value)
    return kind(value)
