"""Text normalisation so that ``Київ``, ``Kiev`` and ``kyiv`` are the same word.

Search, skill-label lookup and the recommender's text features all compare *folded* text:
lower case, Ukrainian Cyrillic transliterated to Latin (the national system of 2010, Cabinet of
Ministers resolution No. 55, the one Ukrainian passports use), diacritics stripped (Estonian
õ ä ö ü š ž), apostrophes dropped, other punctuation to spaces, and older spellings of places
(``Kiev``, ``Kharkov``, ``Lemberg``, ``Reval``: :mod:`matchmaker.exonyms`) mapped to today's.

Latin → Cyrillic is ambiguous (``y`` is и or й, ``i`` is і, ї or й), so nothing here inverts the
transliteration: both sides are folded to the one Latin key and compared there.
:func:`loose_key` and :func:`within_one_edit` make further, lossy comparisons for search.

Examples
--------
>>> fold("Київ")
'kyiv'
>>> fold("Kiev") == fold("kyiv") == fold("Київ") == fold("KYIV") == fold("Киев")
True
>>> fold("Tõnu Põder, Pärnu")
'tonu poder parnu'
>>> fold("Харків  — e-health!")
'kharkiv e health'
>>> fold("C++"), fold("C#"), fold("C")
('c++', 'c#', 'c')
>>> fold("Krivoy Rog") == fold("Кривий Ріг")
True
"""

from __future__ import annotations

import re
import unicodedata

from matchmaker.exonyms import EXONYMS, LONGEST_EXONYM

__all__ = ["fold", "fold_tokens", "loose_key", "transliterate_uk", "within_one_edit"]

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
    "`": "",
    "‘": "",
    # Russian letters that turn up in older Ukrainian texts and names
    "ы": "y",
    "э": "e",
    "ё": "e",
    "ъ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_APOSTROPHES = "'’ʼ`‘"
# '+' and '#' stay inside words so C, C++ and C# remain three different skills.
_NON_WORD = re.compile(r"[^0-9a-z+#]+")
_APOSTROPHE = re.compile("[" + _APOSTROPHES + "]")


def _capitalised(latin: str, text: str, i: int) -> str:
    """``latin`` for the capital ``text[i]``: all capitals inside an all-capital word (ЩУКА → SHCHUKA)."""
    following = text[i + 1] if i + 1 < len(text) else ""
    preceding = text[i - 1] if i > 0 else ""
    if following.isupper() or (not following.isalpha() and preceding.isupper()):
        return latin.upper()
    return latin[0].upper() + latin[1:]


def transliterate_uk(text: str) -> str:
    """Latin transliteration of Ukrainian Cyrillic (national system of 2010); other characters pass through.

    є ї й ю я are written ye yi y yu ya at the start of a word and ie i i iu ia elsewhere (also
    after an apostrophe: Мар'їне → Marine); зг is zgh so that it is not read as ж (Згорани →
    Zghorany); the soft sign and the apostrophe are dropped.

    >>> transliterate_uk("Запоріжжя")
    'Zaporizhzhia'
    >>> transliterate_uk("Юлія Яковенко")
    'Yuliia Yakovenko'
    >>> transliterate_uk("Згорани, Розгон, КИЇВ, ЩЕРБУХИ")
    'Zghorany, Rozghon, KYIV, SHCHERBUKHY'
    """
    text = unicodedata.normalize("NFC", text)  # й and ї may arrive as a letter plus a combining mark
    out: list[str] = []
    at_word_start = True
    previous = ""
    for i, ch in enumerate(text):
        low = ch.lower()
        if low in _UK:
            if at_word_start and low in _UK_INITIAL:
                latin = _UK_INITIAL[low]
            elif low == "г" and previous == "з":
                latin = "gh"
            else:
                latin = _UK[low]
            if ch != low and latin:
                latin = _capitalised(latin, text, i)
            out.append(latin)
            at_word_start = ch in _APOSTROPHES and at_word_start
        else:
            out.append(ch)
            at_word_start = not ch.isalnum()
        previous = low
    return "".join(out)


_TRANSLATE_LOWER = str.maketrans(_UK)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# є ї й ю я at the start of a word (apostrophes are gone by then: Мар'їне is one word)
_INITIAL_IOTATED = re.compile("(?<!\\w)[єїйюя]")


def _transliterate_lower(text: str) -> str:
    """:func:`transliterate_uk` of lower-case text, less apostrophes: a few passes, not a loop (fold's hot path)."""
    if not _CYRILLIC.search(text):
        return text
    # зг is zgh only as two neighbouring letters: з'г is z, h (the apostrophe parts them, then goes)
    text = _APOSTROPHE.sub("", unicodedata.normalize("NFC", text).replace("зг", "зgh"))
    text = _INITIAL_IOTATED.sub(lambda m: _UK_INITIAL[m.group()], text)
    return text.translate(_TRANSLATE_LOWER)


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_EXONYM_FIRST_WORDS = {key.split()[0] for key in EXONYMS}


def _today_spelling(tokens: list[str]) -> list[str]:
    """Replace older spellings (of one or more words, :mod:`matchmaker.exonyms`) by today's form."""
    if not _EXONYM_FIRST_WORDS.intersection(tokens):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for width in range(min(LONGEST_EXONYM, len(tokens) - i), 0, -1):
            modern = EXONYMS.get(" ".join(tokens[i : i + width]))
            if modern is not None:
                out.extend(modern.split())
                i += width
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def fold_tokens(text: str | None) -> list[str]:
    """The folded words of ``text`` (see :func:`fold`)."""
    if not text:
        return []
    latin = _strip_marks(_transliterate_lower(text.casefold()))
    latin = _APOSTROPHE.sub("", latin)  # O'Brien, Zdorov'ia: one word each, as in Cyrillic
    return _today_spelling([tok for tok in _NON_WORD.split(latin) if tok.strip("+#")])


def fold(text: str | None) -> str:
    """Lower-case, script- and diacritic-free form of ``text`` for comparison and search."""
    return " ".join(fold_tokens(text))


# Latin spellings that differ between transliteration habits (Russian-era, Polish, German, the
# pre-2010 Ukrainian tables) collapse onto one form: y/j/i, w/v, g/h, x/ks; doubled letters once.
_LOOSE = str.maketrans({"y": "i", "j": "i", "w": "v", "g": "h", "x": "ks"})
_DOUBLED = re.compile(r"(.)\1+")


def loose_key(word: str) -> str:
    """A folded word reduced further, so spellings from other transliteration habits meet.

    Lossy on purpose (``Mykola`` meets ``Mikola``; ``Andrii``, ``Andriy`` and ``Andrij`` meet):
    search uses it only after exact and prefix matches, and ranks it below them.

    >>> loose_key("andrii") == loose_key("andriy") == loose_key("andrij")
    True
    >>> loose_key(fold("Згурський")) == loose_key(fold("Zgurskiy"))
    True
    >>> loose_key("oleksandr") == loose_key("olexandr")
    True
    """
    return _DOUBLED.sub(r"\1", word.translate(_LOOSE))


def within_one_edit(a: str, b: str) -> bool:
    """Whether one insertion, deletion, substitution or swap of neighbours turns ``a`` into ``b``.

    (Damerau–Levenshtein distance at most 1, in one pass over the strings.)

    >>> within_one_edit("kharkiv", "khrakiv"), within_one_edit("tartu", "tarty"), within_one_edit("ab", "ba")
    (True, True, True)
    >>> within_one_edit("tallinn", "talin"), within_one_edit("narva", "narvaa"), within_one_edit("abc", "cab")
    (False, True, False)
    """
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < la and i < lb and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one substitution
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]
