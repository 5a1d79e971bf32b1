"""EU Horizon 2020 consortia (CORDIS) as a network of organisations tied by partnership.

Every pair of organisations in one project becomes a ``partner`` tie dated by the start of
the first project they shared. Organisation types map onto actor kinds (``HES`` university,
``PRC`` company, ``PUB`` public body, ``REC`` research organisation and ``OTH`` as ngo);
CORDIS's ``EL`` and ``UK`` become ISO's ``GR`` and ``GB``. The programme parts of an
organisation's projects (``SC1``, ``LEIT``, …) are its sectors — counting only projects that
started before ``before``, so a time split cannot read a later project's topic off an actor.

Source: CORDIS, European Commission (reuse with attribution).

    python -m matchmaker.datasets.cordis PARTICIPATIONS.csv PARTS.csv -o h2020.json [--before 2016-01-01]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import date
from itertools import combinations

from matchmaker.datasets.records_file import read_rows, write_document
from matchmaker.errors import InterchangeError

__all__ = ["convert", "main", "KINDS", "COUNTRIES"]

KINDS = {"HES": "university", "PRC": "company", "PUB": "public_body", "REC": "ngo", "OTH": "ngo"}
COUNTRIES = {"EL": "GR", "UK": "GB"}  # CORDIS's EU-style codes that differ from ISO 3166-1


def _day(path: str, line: int, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InterchangeError(
            path, f"line {line}", "start_date", f"expected YYYY-MM-DD; got {value!r}"
        ) from None


def convert(participations: str, parts: str | None = None, *, before: date | None = None) -> dict:
    """The interchange document for the consortia in ``participations`` (and their ``parts``)."""
    members: dict[str, set[str]] = defaultdict(set)
    start: dict[str, date] = {}
    organisations: dict[str, dict] = {}
    for line, row in read_rows(participations, ("project", "organisation", "type", "country", "start_date")):
        project, org = row["project"], row["organisation"]
        start[project] = _day(participations, line, row["start_date"])
        members[project].add(org)
        kind = KINDS.get(row["type"], "ngo")
        country = COUNTRIES.get(row["country"], row["country"])
        organisations.setdefault(
            org, {"id": org, "kind": kind, "name": f"CORDIS participant {org}", "country": country}
        )
    topics: dict[str, set[str]] = defaultdict(set)
    if parts:
        for _line, row in read_rows(parts, ("project", "programme_part")):
            topics[row["project"]].add(row["programme_part"])
    sectors: dict[str, set[str]] = defaultdict(set)
    first: dict[tuple[str, str], date] = {}
    for project in sorted(members, key=start.get):
        day = start[project]
        if before is None or day < before:
            for org in members[project]:
                sectors[org] |= topics.get(project, set())
        for pair in combinations(sorted(members[project]), 2):
            first.setdefault(pair, day)
    for org, names in sectors.items():
        organisations[org]["sectors"] = sorted(names)
    ties = [
        {"source": a, "target": b, "kind": "partner", "since": day.isoformat()}
        for (a, b), day in first.items()
    ]
    return {"format": "sandbox-matchmaker/1", "actors": list(organisations.values()), "ties": ties}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m matchmaker.datasets.cordis", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("participations")
    parser.add_argument("parts", nargs="?")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument(
        "--before", type=date.fromisoformat, help="sectors only from projects starting before this day"
    )
    args = parser.parse_args(argv)
    write_document(convert(args.participations, args.parts, before=args.before), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
