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
import io
import os

from matchmaker.paths import resource_path

__all__ = ["_", "ngettext", "N_", "set_language", "system_language", "current_language", "LOCALE_DIR"]

LOCALE_DIR = resource_path("translations", "locale")


def _language_codes(language: str | None) -> list[str]:
    """``language``, else ``MATCHMAKER_LANG``, else the system's (``LANGUAGE``, ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``, as gettext reads them): ``uk_UA.UTF-8`` gives ``uk_UA``, ``uk``."""
    if language:
        wanted = [language]
    elif os.environ.get("MATCHMAKER_LANG"):
        wanted = [os.environ["MATCHMAKER_LANG"]]
    else:
        wanted = next(
            (
                os.environ[v].split(":")
                for v in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
                if os.environ.get(v)
            ),
            [],
        )
    codes: list[str] = []
    for item in wanted:
        code = item.split(".")[0].split("@")[0]
        codes += [code, code.split("_")[0]]
    return list(dict.fromkeys(c for c in codes if c))


def system_language(available: tuple[str, ...] = ("en", "et", "uk")) -> str:
    """The first of ``available`` the environment asks for (English when none): the first start's language.

    >>> os.environ.get("MATCHMAKER_LANG") is None and system_language() in ("en", "et", "uk")
    True
    """
    return next((c for c in _language_codes(None) if c in available), "en")


def _translation(language: str | None) -> gettext.NullTranslations:
    """The catalogue for ``language``: the compiled ``.mo`` when it is at least as new as its ``.po``,
    else the ``.po`` compiled in memory (a checkout where the build step has not run yet)."""
    for code in _language_codes(language):
        if code in ("C", "POSIX", "en"):
            break
        folder = LOCALE_DIR / code / "LC_MESSAGES"
        mo, po = folder / "matchmaker.mo", folder / "matchmaker.po"
        if mo.is_file() and (not po.is_file() or po.stat().st_mtime <= mo.stat().st_mtime):
            with open(mo, "rb") as compiled:
                return gettext.GNUTranslations(compiled)
        if po.is_file():
            from matchmaker.po_catalogue import compile_mo, read_po

            catalogue = read_po(po)
            return gettext.GNUTranslations(io.BytesIO(compile_mo(catalogue.entries, catalogue.header)))
    return gettext.NullTranslations()


_catalogue = _translation(None)
_language = next((c for c in _language_codes(None) if c in ("en", "et", "uk")), "en")


def current_language() -> str:
    """``en``, ``et`` or ``uk``: the language messages are in now (numbers and dates follow it)."""
    return _language


def set_language(language: str | None) -> None:
    """Switch the core's messages to ``language`` (``en``, ``et``, ``uk``); None re-reads the environment."""
    global _catalogue, _language
    _catalogue = _translation(language)
    _language = next((c for c in _language_codes(language) if c in ("en", "et", "uk")), "en")


def _(message: str) -> str:
    """The message in the current language (looked up at call time, so a switch takes effect at once)."""
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalogue.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a module-level string for translation; it is translated when displayed."""
    return message
