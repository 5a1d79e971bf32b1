"""Text normalisation so that ``Київ``, ``Kiev`` and ``kyiv`` are the same word.

Search, skill-label lookup and the recommender's text features all compare *folded* text:
lower case, Ukrainian Cyrillic transliterated to Latin (the national 2010 system, the one
Ukrainian passports use), diacritics stripped (Estonian õ ä ö ü š ž), punctuation to spaces,
and a few historic exonyms mapped to today's spelling.

Examples
--------
>>> fold("Київ")
'kyiv'
>>> fold("Kiev") == fold("kyiv") == fold("Київ")
True
>>> fold("Tõnu Põder, Pärnu")
'tonu poder parnu'
>>> fold("Харків  — e-health!")
'kharkiv e health'
>>> fold("C++"), fold("C#"), fold("C")
('c++', 'c#', 'c')
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "fold_tokens", "transliterate_uk"]

# Ukrainian national transliteration (Cabinet resolution 55, 2010), lower case.
# Word-initial forms of є ї й ю я differ (ye, yi, y, yu, ya); inside a word they are ie, i, i, iu, ia.
_UK = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "'": "",
    "’": "",
    "ʼ": "",
    # Russian letters that turn up in older Ukrainian texts and names
    "ы": "y",
    "э": "e",
    "ё": "e",
    "ъ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_APOSTROPHES = "'’ʼ`"

# Historic or Russian-derived spellings a user may still type, mapped to today's form.
_EXONYMS = {
    "kiev": "kyiv",
    "kyyiv": "kyiv",
    "kiyv": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "lvov": "lviv",
    "lwow": "lviv",
    "dnepr": "dnipro",
    "dnipropetrovsk": "dnipro",
    "zaporozhye": "zaporizhzhia",
    "zaporozhzhia": "zaporizhzhia",
    "nikolaev": "mykolaiv",
    "chernigov": "chernihiv",
    "vinnitsa": "vinnytsia",
    "rovno": "rivne",
    "reval": "tallinn",
    "dorpat": "tartu",
    "yuriev": "tartu",
    "tallin": "tallinn",
}
# '+' and '#' stay inside words so C, C++ and C# remain three different skills.
_NON_WORD = re.compile(r"[^0-9a-z+#]+")


def transliterate_uk(text: str) -> str:
    """Latin transliteration of Ukrainian Cyrillic; other characters pass through.

    >>> transliterate_uk("Запоріжжя")
    'Zaporizhzhia'
    >>> transliterate_uk("Юлія Яковенко")
    'Yuliia Yakovenko'
    """
    out: list[str] = []
    at_word_start = True
    for ch in text:
        low = ch.lower()
        if low in _UK:
            latin = _UK_INITIAL[low] if at_word_start and low in _UK_INITIAL else _UK[low]
            if ch != low and latin:
                latin = latin[0].upper() + latin[1:]
            out.append(latin)
            at_word_start = ch in _APOSTROPHES and at_word_start
        else:
            out.append(ch)
            at_word_start = not ch.isalnum()
    return "".join(out)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_tokens(text: str | None) -> list[str]:
    """The folded words of ``text`` (see :func:`fold`)."""
    if not text:
        return []
    latin = _strip_marks(transliterate_uk(text.casefold()))
    return [_EXONYMS.get(tok, tok) for tok in _NON_WORD.split(latin) if tok.strip("+#")]


def fold(text: str | None) -> str:
    """Lower-case, script- and diacritic-free form of ``text`` for comparison and search."""
    return " ".join(fold_tokens(text))
