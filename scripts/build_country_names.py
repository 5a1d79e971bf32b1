"""Build ``resources/countries/names.csv``: every ISO 3166-1 country's names in English, Estonian, Ukrainian.

Run once by a developer (``pip install pycountry`` first; the app does not depend on it): it
takes the ISO names and their Estonian and Ukrainian translations from pycountry's gettext
catalogues (the Debian iso-codes project), adds the short ``common_name`` where ISO's is long
("Moldova" for "Moldova, Republic of"), and the everyday names people type in a registration
sheet that ISO does not give (``Eesti Vabariik``, ``Estland``, ``UK``, ``Росія`` …). The sheet
importer reads the committed file (:mod:`matchmaker.interchange.sheets.countries`).
"""

from __future__ import annotations

import csv
import gettext
import json
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "resources" / "countries" / "names.csv"

# Everyday names and spellings beyond ISO's, in any of the three languages (and a few others
# that turn up in forms filled in abroad).
EXTRA = {
    "EE": ["Eesti Vabariik", "Republic of Estonia", "Estland", "Естония", "Республіка Естонія", "EST"],
    "UA": ["Ukraina", "Украина", "the Ukraine", "UKR"],
    "GB": [
        "UK",
        "United Kingdom",
        "Great Britain",
        "England",
        "Scotland",
        "Suurbritannia",
        "Велика Британія",
    ],
    "US": ["USA", "United States", "America", "Ameerika Ühendriigid", "США"],
    "RU": ["Russia", "Venemaa", "Росія", "Россия"],
    "MD": ["Moldova", "Moldaavia", "Молдова"],
    "CZ": ["Czech Republic", "Czechia", "Tšehhi", "Чехія"],
    "NL": ["Holland", "the Netherlands"],
    "KR": ["South Korea", "Korea"],
    "DE": ["Deutschland"],
    "FI": ["Suomi"],
    "PL": ["Polska"],
    "LV": ["Latvija"],
    "LT": ["Lietuva"],
    "SE": ["Sverige"],
}


def main() -> None:
    et = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["et"])
    uk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["uk"])
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        names = [country.name]
        for attribute in ("common_name", "official_name"):
            if getattr(country, attribute, None):
                names.append(getattr(country, attribute))
        names += EXTRA.get(country.alpha_2, [])
        rows.append(
            {
                "code": country.alpha_2,
                "alpha3": country.alpha_3,
                "en": getattr(country, "common_name", None) or country.name,
                "et": et.gettext(country.name),
                "uk": uk.gettext(country.name),
                "other_names": json.dumps(list(dict.fromkeys(names)), ensure_ascii=False),
            }
        )
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["code", "alpha3", "en", "et", "uk", "other_names"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} countries")


if __name__ == "__main__":
    main()
