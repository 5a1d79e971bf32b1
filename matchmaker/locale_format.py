"""Numbers, shares and dates in the current language's own format (CLDR's patterns for en, et, uk).

English writes ``1,234.5`` and ``22%``; Estonian ``1 234,5`` and ``22 %``; Ukrainian ``1 234,5`` and
``22%`` (the group separator is a no-break space, so a number never breaks across lines). Dates
are ISO in English (what the files use) and ``30.11.2026`` in Estonian and Ukrainian.

Three languages with fixed, short rules do not need Babel's 30 MB of CLDR data; should a fourth
language come, Babel's ``format_decimal`` would replace this module.

>>> from matchmaker.i18n import set_language
>>> set_language("uk"); number(1234.5, 2), percent(0.22)
('1\\xa0234,50', '22%')
>>> set_language("et"); percent(0.225, 1), number(2270), number(12270)
('22,5\\xa0%', '2270', '12\\xa0270')
>>> set_language("en"); number(1234.5, 2), percent(0.22)
('1,234.50', '22%')
"""

from __future__ import annotations

from datetime import date, datetime

from matchmaker.i18n import current_language

__all__ = ["number", "percent", "date_text", "datetime_text", "local_number"]

NBSP = "\u00a0"
#: (group separator, decimal mark, percent pattern, date pattern) per language.
_FORMATS = {
    "en": (",", ".", "{}%", "%Y-%m-%d"),
    "et": (NBSP, ",", "{}" + NBSP + "%", "%d.%m.%Y"),
    "uk": (NBSP, ",", "{}%", "%d.%m.%Y"),
}


def _format(language: str) -> tuple[str, str, str, str]:
    return _FORMATS.get(language, _FORMATS["en"])


def number(value: float, digits: int = 0) -> str:
    """``value`` with ``digits`` decimals, grouped by thousands, in the current language."""
    language = current_language()
    group, mark, _pct, _date = _format(language)
    # CLDR: Estonian groups only from five digits on (2270, 12 270); English and Ukrainian from four
    grouped = not (language == "et" and abs(value) < 10_000)
    text = f"{value:,.{digits}f}" if grouped else f"{value:.{digits}f}"
    return text.replace(",", "\0").replace(".", mark).replace("\0", group)


def percent(share: float, digits: int = 0) -> str:
    """``share`` (0.22) as a percentage (``22%``, ``22 %``) in the current language."""
    return _format(current_language())[2].format(number(100 * share, digits))


def date_text(day: date) -> str:
    return day.strftime(_format(current_language())[3])


def datetime_text(moment: datetime) -> str:
    """Local date and time to the second."""
    return f"{date_text(moment)} {moment.strftime('%H:%M:%S')}"


def local_number(text: str) -> str:
    """A number already written the English way (``+0.25``, ``1e+03``) with the language's decimal mark."""
    return text.replace(".", _format(current_language())[1])
