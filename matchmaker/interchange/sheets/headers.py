"""Guessing which actor field a sheet's column holds, from its header in English, Estonian or Ukrainian.

A registration form exported from a spreadsheet or a form service has its own headers
(``Organisation``, ``Organisatsioon``, ``Організація``, ``What can you offer?``). Each field has
a few words people use for it; a header names the field whose words it contains, the longest
match winning (``Organisation type`` is the kind, not the name). Headers and words are compared
folded (:func:`matchmaker.textnorm.fold`), so case, diacritics, script and punctuation do not
matter. A header that matches nothing is ignored; a field that one column holds already is not
given to a second (lists and skills may come from several columns).

>>> guess_field("Organisatsioon"), guess_field("Організація"), guess_field("Organisation type")
('name', 'name', 'kind')
>>> guess_field("Riik"), guess_field("Країна"), guess_field("What can you offer?"), guess_field("Notes")
('country', 'country', 'offers', None)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from matchmaker.actor_fields import ACTOR_FIELD
from matchmaker.textnorm import fold_tokens

__all__ = ["IGNORE", "MULTI_COLUMN_FIELDS", "guess_field", "guess_mapping"]

IGNORE = "ignore"
# fields whose values from several columns are joined (lists and skills); every other field takes one column
MULTI_COLUMN_FIELDS = frozenset(f.name for f in ACTOR_FIELD.values() if f.value in ("list", "skills"))

# the words for each field, in English, Estonian and Ukrainian (folded before use)
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifier", "actor id", "tunnus", "ідентифікатор"),
    "name": (
        "name", "organisation", "organization", "company", "company name", "organisation name",
        "organization name", "legal name", "institution", "participant",
        "nimi", "organisatsioon", "organisatsiooni nimi", "ettevõte", "ettevõtte nimi", "asutus",
        "назва", "організація", "назва організації", "компанія", "установа", "учасник",
    ),
    "native_name": (
        "native name", "local name", "original name", "name in native language", "name in ukrainian",
        "name in estonian", "nimi emakeeles", "kohalik nimi", "originaalnimi",
        "назва мовою оригіналу", "оригінальна назва", "назва українською", "назва рідною мовою",
    ),
    "kind": (
        "type", "kind", "organisation type", "organization type", "actor type", "category",
        "type of organisation", "type of organization",
        "tüüp", "liik", "organisatsiooni tüüp", "organisatsiooni liik",
        "тип", "вид", "тип організації", "категорія",
    ),
    "country": ("country", "country code", "riik", "päritoluriik", "країна", "держава"),
    "city": ("city", "town", "location", "linn", "asula", "asukoht", "місто", "населений пункт"),
    "sectors": (
        "sector", "sectors", "industry", "field of activity", "domain",
        "sektor", "valdkond", "tegevusala", "сектор", "галузь", "сфера діяльності",
    ),
    "description": (
        "description", "about", "summary", "about us", "kirjeldus", "tutvustus", "опис", "про нас",
    ),
    "languages": ("languages", "language", "keeled", "keel", "мови", "мова"),
    "website": (
        "website", "web site", "web page", "homepage", "url", "site",
        "veebileht", "koduleht", "veebiaadress", "вебсайт", "веб сайт", "сайт",
    ),
    "stage": ("stage", "funding stage", "etapp", "arenguetapp", "faas", "стадія", "етап"),
    "size": (
        "size", "employees", "number of employees", "headcount", "team size",
        "suurus", "töötajate arv", "розмір", "кількість працівників", "кількість співробітників",
    ),
    "roles": ("role", "roles", "position", "roll", "ametikoht", "роль", "посада"),
    "email": (
        "email", "e-mail", "mail", "contact email", "e-post", "meil", "e-posti aadress",
        "email адреса", "електронна пошта", "ел пошта", "пошта",
    ),
    "visibility": ("visibility", "nähtavus", "видимість"),
    "offers": (
        "offers", "offer", "we offer", "can offer", "skills", "expertise", "competences", "competencies",
        "pakume", "pakub", "pakkumine", "oskused", "kompetentsid", "pädevused",
        "пропонуємо", "пропозиція", "пропонує", "навички", "компетенції", "експертиза",
    ),
    "needs": (
        "needs", "need", "we need", "looking for", "seeking", "wanted",
        "vajame", "vajadused", "vajab", "otsime", "потребуємо", "потреби", "потребує", "шукаємо",
    ),
}  # fmt: skip


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every field's words as folded token tuples, longest first (the longest match wins)."""
    phrases = {tuple(fold_tokens(word)): name for name, words in FIELD_WORDS.items() for word in words}
    return tuple(sorted(phrases.items(), key=lambda item: -len(item[0])))


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    width = len(phrase)
    return any(tuple(tokens[i : i + width]) == phrase for i in range(len(tokens) - width + 1))


def _best(header: str) -> tuple[str | None, int]:
    tokens = fold_tokens(header)
    for phrase, name in _phrases():
        if _contains(tokens, phrase):
            # a header that is exactly the phrase beats a longer header that merely contains it
            return name, len(phrase) * 2 + (tuple(tokens) == phrase)
    return None, 0


def guess_field(header: str) -> str | None:
    """The actor field ``header`` most likely names, or None."""
    return _best(header)[0]


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """``{header: field or "ignore"}`` for a sheet's headers; a one-column field goes to its best header."""
    best = {header: _best(header) for header in headers}
    claimed: dict[str, str] = {}  # field -> header holding it
    for header in sorted(headers, key=lambda h: -best[h][1]):
        name = best[header][0]
        if name is not None and (name in MULTI_COLUMN_FIELDS or name not in claimed):
            claimed.setdefault(name, header)
            best[header] = (name, -1)  # -1: kept
    return {header: best[header][0] if best[header][1] == -1 else IGNORE for header in headers}
