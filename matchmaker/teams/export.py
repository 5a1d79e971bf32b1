"""A plan as CSV: one row per member, ready for a spreadsheet or the room's printed list.

Like the network export, the file appears whole or not at all, begins with a UTF-8 byte
order mark (so Excel reads "Malõšev" right), and a cell a spreadsheet would run as a formula
(a name such as ``=HYPERLINK(…)``) is guarded with an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from matchmaker.atomic import atomic_file
from matchmaker.interchange.formula_cells import escape_formula
from matchmaker.teams.problem import Pool, TeamPlan

__all__ = ["plan_to_csv", "plan_to_rows", "CSV_COLUMNS"]

CSV_COLUMNS = ("team", "challenge", "team_score", "actor_id", "name", "country", "locked", "team_lacks")


def plan_to_rows(plan: TeamPlan, pool: Pool | None = None) -> list[dict[str, str]]:
    people = pool.by_id() if pool else {}
    label = pool.label if pool else str
    rows = []
    for team in plan.teams:
        for actor_id in team.members:
            person = people.get(actor_id)
            rows.append(
                {
                    "team": team.name,
                    "challenge": team.challenge or "",
                    "team_score": f"{team.score:.3f}",
                    "actor_id": actor_id,
                    "name": person.name if person else "",
                    "country": person.country if person else "",
                    "locked": "yes" if actor_id in team.locked else "",
                    "team_lacks": "; ".join(map(label, team.lacks)),
                }
            )
    return rows


def plan_to_csv(plan: TeamPlan, path: str | Path, pool: Pool | None = None) -> Path:
    """Write the plan (names and countries too when ``pool`` is given); returns the path."""
    path = Path(path)
    rows = [{k: escape_formula(v) for k, v in row.items()} for row in plan_to_rows(plan, pool)]
    with atomic_file(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path
