"""Write resources/countries/names.csv: each ISO 3166-1 country's name in English, Estonian, Ukrainian.

The names are the Unicode CLDR's, read through Babel (``pip install babel``: needed only to
regenerate this file, never by the app). The country codes are those of
``resources/countries/iso3166_alpha3.csv``, plus Kosovo (``XK``, used by the EU and in data sets).

    python scripts/build_country_names.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parent.parent / "resources" / "countries"
LANGUAGES = ("en", "et", "uk")
EXTRA_CODES = ("XK",)


def main() -> None:
    with (ROOT / "iso3166_alpha3.csv").open(encoding="utf-8", newline="") as handle:
        codes = [row["alpha2"] for row in csv.DictReader(handle)]
    codes = sorted(set(codes) | set(EXTRA_CODES))
    names = {language: Locale(language).territories for language in LANGUAGES}
    with (ROOT / "names.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("alpha2", *LANGUAGES))
        for code in codes:
            writer.writerow((code, *(names[language].get(code, code) for language in LANGUAGES)))


if __name__ == "__main__":
    main()
