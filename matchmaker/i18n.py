"""The core's message catalogue (gettext) for text the CLI prints.

The UI translates through Qt's ``tr()``; the core marks its own user-facing strings with
``_`` so the same ``.po`` workflow covers them. The language comes from ``MATCHMAKER_LANG``,
else the usual ``LANGUAGE``/``LC_ALL``/``LANG``; English is the fallback.
"""

from __future__ import annotations

import gettext
import os

from matchmaker.paths import resource_path

__all__ = ["_", "ngettext", "N_"]

_LOCALE_DIR = resource_path("translations", "locale")


def _translation() -> gettext.NullTranslations:
    languages = [os.environ["MATCHMAKER_LANG"]] if os.environ.get("MATCHMAKER_LANG") else None
    return gettext.translation("matchmaker", localedir=_LOCALE_DIR, languages=languages, fallback=True)


_catalogue = _translation()
_ = _catalogue.gettext
ngettext = _catalogue.ngettext


def N_(message: str) -> str:
    """Mark a module-level string for translation; it is translated when displayed."""
    return message
