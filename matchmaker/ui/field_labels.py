"""How the UI names the actor fields and the words of their vocabularies, in the current language.

The fields themselves are declared in :mod:`matchmaker.actor_fields`; a field or a word missing
here is still shown, by its name with spaces for underscores (so a new field needs no UI change).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from matchmaker.ui.actor_table_model import kind_label

__all__ = ["choice_label", "field_label", "FIELD_LABELS", "CHOICE_LABELS"]

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "native_name": QT_TRANSLATE_NOOP("Fields", "Native name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "sectors": QT_TRANSLATE_NOOP("Fields", "Sectors"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "stage": QT_TRANSLATE_NOOP("Fields", "Stage"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size"),
    "roles": QT_TRANSLATE_NOOP("Fields", "Roles"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "visibility": QT_TRANSLATE_NOOP("Fields", "Visibility"),
}
CHOICE_LABELS = {
    "stage": {
        "idea": QT_TRANSLATE_NOOP("Fields", "Idea"),
        "pre_seed": QT_TRANSLATE_NOOP("Fields", "Pre-seed"),
        "seed": QT_TRANSLATE_NOOP("Fields", "Seed"),
        "series_a": QT_TRANSLATE_NOOP("Fields", "Series A"),
        "growth": QT_TRANSLATE_NOOP("Fields", "Growth"),
        "mature": QT_TRANSLATE_NOOP("Fields", "Mature"),
    },
    "visibility": {
        "public": QT_TRANSLATE_NOOP("Fields", "Public"),
        "council": QT_TRANSLATE_NOOP("Fields", "Council only"),
        "private": QT_TRANSLATE_NOOP("Fields", "Private"),
    },
}


def _readable(name: str) -> str:
    return name.replace("_", " ").capitalize()


def field_label(name: str) -> str:
    """The translated name of an actor field (``"native_name"`` → "Native name")."""
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("Fields", source) if source else _readable(name)


def choice_label(field: str, value: str | None) -> str:
    """The translated word for ``value`` of the choice field ``field`` ("" for none)."""
    if not value:
        return ""
    if field == "kind":
        return kind_label(value)
    source = CHOICE_LABELS.get(field, {}).get(value)
    return QCoreApplication.translate("Fields", source) if source else value.replace("_", " ")
