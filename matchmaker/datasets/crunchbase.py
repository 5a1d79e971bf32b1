"""Acquisitions (Crunchbase) as a network of companies: the acquirer ``invested_in`` the acquired.

Every company is an actor of kind ``company`` whose sectors are its Crunchbase categories;
an acquisition is a tie from acquirer to acquired company dated by its announcement.
ISO 3166 alpha-3 country codes become alpha-2; a company without a country gets ``ZZ``
(ISO's code for "unknown"), since the interchange format requires one.

Source: Crunchbase December 2015 export, CC BY-NC 4.0 (non-commercial use with attribution).

    python -m matchmaker.datasets.crunchbase ACQUISITIONS.csv -o acquisitions.json
"""

from __future__ import annotations

import argparse
import csv
from datetime import date
from functools import cache

from matchmaker.datasets.records_file import read_rows, write_document
from matchmaker.errors import InterchangeError
from matchmaker.paths import resource_path

__all__ = ["convert", "main", "alpha2"]

UNKNOWN_COUNTRY = "ZZ"
COLUMNS = (
    "acquired_at",
    "acquirer_permalink",
    "acquirer_name",
    "acquirer_category_list",
    "acquirer_country_code",
    "company_permalink",
    "company_name",
    "company_category_list",
    "company_country_code",
)


@cache
def _alpha3_table() -> dict[str, str]:
    with resource_path("countries", "iso3166_alpha3.csv").open(encoding="utf-8", newline="") as handle:
        return {row["alpha3"]: row["alpha2"] for row in csv.DictReader(handle)}


def alpha2(code: str) -> str:
    """``EST`` -> ``EE``; an empty or unknown code -> ``ZZ``.

    >>> alpha2("UKR"), alpha2(""), alpha2("ROM")
    ('UA', 'ZZ', 'ZZ')
    """
    return _alpha3_table().get(code.strip().upper(), UNKNOWN_COUNTRY)


def _slug(permalink: str) -> str:
    return permalink.removeprefix("/organization/").strip("/")


def convert(acquisitions: str) -> dict:
    """The interchange document for the acquisitions in ``acquisitions``."""
    companies: dict[str, dict] = {}
    ties: dict[tuple[str, str], str] = {}
    for line, row in read_rows(acquisitions, COLUMNS):
        try:
            day = date.fromisoformat(row["acquired_at"])
        except ValueError:
            raise InterchangeError(
                acquisitions, f"line {line}", "acquired_at", "expected YYYY-MM-DD"
            ) from None
        ends = []
        for side in ("acquirer", "company"):
            slug = _slug(row[f"{side}_permalink"])
            if not slug:
                raise InterchangeError(acquisitions, f"line {line}", f"{side}_permalink", "is empty")
            categories = sorted({c.strip() for c in row[f"{side}_category_list"].split("|") if c.strip()})
            record = companies.setdefault(
                slug,
                {
                    "id": slug,
                    "kind": "company",
                    "name": row[f"{side}_name"].strip() or slug,
                    "country": UNKNOWN_COUNTRY,
                },
            )
            if record["country"] == UNKNOWN_COUNTRY:
                record["country"] = alpha2(row[f"{side}_country_code"])
            if categories and "sectors" not in record:
                record["sectors"] = categories
            ends.append(slug)
        if ends[0] != ends[1]:
            since = ties.setdefault((ends[0], ends[1]), day.isoformat())
            ties[(ends[0], ends[1])] = min(since, day.isoformat())
    return {
        "format": "sandbox-matchmaker/1",
        "actors": list(companies.values()),
        "ties": [{"source": a, "target": b, "kind": "invested_in", "since": d} for (a, b), d in ties.items()],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m matchmaker.datasets.crunchbase", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("acquisitions")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args(argv)
    write_document(convert(args.acquisitions), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
