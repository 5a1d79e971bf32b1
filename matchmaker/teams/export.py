"""A plan as CSV: one row per member, ready for a spreadsheet or the room's printed list."""

from __future__ import annotations

import csv
from pathlib import Path

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
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(plan_to_rows(plan, pool))
    return path
