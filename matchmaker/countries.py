"""Country names for the ISO 3166-1 codes the data model stores, in English, Estonian and Ukrainian.

An actor's country is a two-letter code (``EE``); people read and pick it by name ("Estonia",
"Eesti", "Естонія"). The names come from ``resources/countries/names.csv`` (the Unicode CLDR's,
made by ``scripts/build_country_names.py``), read once. :func:`find_country` turns what someone
typed — a name in any of the three languages, in any case or script, or a code — into a code,
and never guesses from the first letters: "Estonia" is ``EE``, never ``ES``.

>>> country_name("EE", "et"), country_name("UA", "uk"), country_name("ZZ")
('Eesti', 'Україна', 'ZZ')
>>> find_country("estonia"), find_country("Естонія"), find_country("es"), find_country("Odesa")
('EE', 'EE', 'ES', None)
"""

from __future__ import annotations

import csv
from functools import cache

from matchmaker.paths import resource_path
from matchmaker.textnorm import fold

__all__ = ["country_name", "country_names", "find_country", "is_country_code", "NAME_LANGUAGES"]

NAME_LANGUAGES = ("en", "et", "uk")


@cache
def _table() -> dict[str, dict[str, str]]:
    """Code → language → name."""
    with resource_path("countries", "names.csv").open(encoding="utf-8", newline="") as handle:
        return {row["code"]: {lang: row[lang] for lang in NAME_LANGUAGES} for row in csv.DictReader(handle)}


@cache
def _by_folded_name() -> dict[str, str]:
    found: dict[str, str] = {}
    for code, names in _table().items():
        for name in names.values():
            found.setdefault(fold(name), code)
    return found


def is_country_code(code: str | None) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code we know (upper-case)."""
    return bool(code) and code in _table()


def country_name(code: str | None, language: str = "en") -> str:
    """The country's name in ``language`` (English when that language has none); the code itself
    for a code we do not know, "" for none."""
    if not code:
        return ""
    names = _table().get(code.upper())
    if names is None:
        return code
    return names.get(language) or names["en"]


def country_names(language: str = "en") -> list[tuple[str, str]]:
    """``(code, name)`` of every country, sorted by the name in ``language`` as a reader expects."""
    return sorted(((code, country_name(code, language)) for code in _table()), key=lambda item: fold(item[1]))


def find_country(text: str | None) -> str | None:
    """The code of the country ``text`` names (a code, or a name in any of our languages), or None."""
    if not text or not text.strip():
        return None
    text = text.strip()
    if len(text) == 2 and text.upper() in _table():
        return text.upper()
    return _by_folded_name().get(fold(text))
