"""The core's message catalogue (gettext) for text the core and the CLI produce.

The UI translates its own widgets through Qt's ``tr()``; sentences the core builds (the
recommender's reasons, team rules that could not hold, CLI messages) are marked with ``_``
and looked up in ``resources/translations/locale/<lang>/LC_MESSAGES/matchmaker.mo``
(sources: the ``.po`` files beside them; ``scripts/build_catalogue.py`` compiles them).
The language comes from :func:`set_language` (the app and ``--lang`` call it), else
``MATCHMAKER_LANG``, else the usual ``LANGUAGE``/``LC_ALL``/``LANG``; English is the fallback.

>>> set_language("et"); _("{first} and {second}")
'{first} ja {second}'
>>> set_language("en"); _("{first} and {second}")
'{first} and {second}'
"""

from __future__ import annotations

import gettext
import os

from matchmaker.paths import resource_path

__all__ = ["_", "ngettext", "N_", "current_language", "set_language", "LOCALE_DIR"]

LOCALE_DIR = resource_path("translations", "locale")


def _translation(language: str | None) -> gettext.NullTranslations:
    languages = (
        [language]
        if language
        else ([os.environ["MATCHMAKER_LANG"]] if os.environ.get("MATCHMAKER_LANG") else None)
    )
    return gettext.translation("matchmaker", localedir=LOCALE_DIR, languages=languages, fallback=True)


_catalogue = _translation(None)
_language: str | None = None


def set_language(language: str | None) -> None:
    """Switch the core's messages to ``language`` (``en``, ``et``, ``uk``); None re-reads the environment."""
    global _catalogue, _language
    _catalogue = _translation(language)
    _language = language


def current_language() -> str:
    """The language messages are in (``en``, ``et``, ``uk``): what files written now are labelled in."""
    chosen = _language or os.environ.get("MATCHMAKER_LANG") or "en"
    return chosen if chosen in ("en", "et", "uk") else "en"


def _(message: str) -> str:
    """The message in the current language (looked up at call time, so a switch takes effect at once)."""
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalogue.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a module-level string for translation; it is translated when displayed."""
    return message
