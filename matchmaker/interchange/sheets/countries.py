"""Country names in English, Estonian or Ukrainian (or the code itself) → ISO 3166-1 alpha-2 codes.

A registration sheet says ``Estonia``, ``Eesti``, ``Естонія``, ``EST`` or ``ee``; the store keeps
``EE``. Names are compared folded (:func:`matchmaker.textnorm.fold`), so case, diacritics and
script do not matter (``Україна`` and ``Ukraina`` are one key). The table
(``resources/countries/names.csv``) is built from the ISO names and their translations by
``scripts/build_country_names.py``.

>>> country_code("Eesti"), country_code("Україна"), country_code("ukraine"), country_code("ee")
('EE', 'UA', 'UA', 'EE')
>>> country_code("Moldova"), country_code("Republic of Moldova"), country_code("Narnia") is None
('MD', 'MD', True)
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache

from matchmaker.paths import resource_path
from matchmaker.textnorm import fold

__all__ = ["country_code", "country_name"]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    by_key: dict[str, str] = {}
    names: dict[str, dict[str, str]] = {}
    with resource_path("countries", "names.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["code"]
            names[code] = {lang: row[lang] for lang in ("en", "et", "uk")}
            spellings = [
                code,
                row["alpha3"],
                row["en"],
                row["et"],
                row["uk"],
                *json.loads(row["other_names"]),
            ]
            for spelling in spellings:
                by_key.setdefault(fold(spelling), code)
    return by_key, names


def country_code(text: str) -> str | None:
    """The ISO code ``text`` names, or None when it names no country."""
    return _table()[0].get(fold(text))


def country_name(code: str, language: str = "en") -> str:
    """The name of country ``code`` in ``language`` (the code itself when unknown)."""
    return _table()[1].get(code.upper(), {}).get(language, code)
