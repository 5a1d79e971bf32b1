"""A plan as CSV or XLSX: one row per member, ready for a spreadsheet or the room's printed list.

Like the network export, a file appears whole or not at all. The CSV begins with a UTF-8 byte
order mark (so Excel reads "Malõšev" right); the XLSX needs no such help. A cell a spreadsheet
would run as a formula (a name such as ``=HYPERLINK(…)``) is guarded with an apostrophe in both.
An ``email`` column is added only when contacts are given (:func:`matchmaker.teams.sheet.member_contacts`
decides whose).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from matchmaker.atomic import atomic_file
from matchmaker.interchange.formula_cells import escape_formula
from matchmaker.teams.problem import Pool, TeamPlan

__all__ = ["plan_to_csv", "plan_to_rows", "plan_to_xlsx", "CSV_COLUMNS", "CONTACT_COLUMN"]

CSV_COLUMNS = (
    "team",
    "challenge",
    "team_score",
    "actor_id",
    "name",
    "country",
    "locked",
    "team_lacks",
    "team_covers",
)
CONTACT_COLUMN = "email"


def plan_to_rows(
    plan: TeamPlan, pool: Pool | None = None, contacts: Mapping[str, str] | None = None
) -> list[dict[str, str]]:
    people = pool.by_id() if pool else {}
    label = pool.label if pool else str
    rows = []
    for team in plan.teams:
        for actor_id in team.members:
            person = people.get(actor_id)
            row = {
                "team": team.name,
                "challenge": team.challenge or "",
                "team_score": f"{team.score:.3f}",
                "actor_id": actor_id,
                "name": person.name if person else "",
                "country": person.country if person else "",
                "locked": "yes" if actor_id in team.locked else "",
                "team_lacks": "; ".join(map(label, team.lacks)),
                "team_covers": "; ".join(map(label, team.covers)),
            }
            if contacts is not None:
                row[CONTACT_COLUMN] = contacts.get(actor_id, "")
            rows.append(row)
    return rows


def _columns(contacts) -> tuple[str, ...]:
    return CSV_COLUMNS + ((CONTACT_COLUMN,) if contacts is not None else ())


def plan_to_csv(
    plan: TeamPlan, path: str | Path, pool: Pool | None = None, contacts: Mapping[str, str] | None = None
) -> Path:
    """Write the plan (names and countries too when ``pool`` is given); returns the path."""
    path = Path(path)
    rows = [{k: escape_formula(v) for k, v in row.items()} for row in plan_to_rows(plan, pool, contacts)]
    with atomic_file(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=_columns(contacts))
        writer.writeheader()
        writer.writerows(rows)
    return path


def plan_to_xlsx(
    plan: TeamPlan,
    path: str | Path,
    pool: Pool | None = None,
    contacts: Mapping[str, str] | None = None,
    title: str = "Teams",
) -> Path:
    """The same rows as :func:`plan_to_csv` in an Excel workbook (header bold and frozen)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    columns = _columns(contacts)
    book = Workbook()
    sheet = book.active
    sheet.title = (title or "Teams")[:31].translate(str.maketrans("", "", "[]:*?/\\")) or "Teams"
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in plan_to_rows(plan, pool, contacts):
        sheet.append([escape_formula(row[c]) for c in columns])
    for letter_cells in sheet.columns:
        width = max(len(str(c.value or "")) for c in letter_cells)
        sheet.column_dimensions[letter_cells[0].column_letter].width = min(60, max(8, width + 2))
    sheet.freeze_panes = "A2"
    with atomic_file(path) as temporary:
        book.save(str(temporary))
    return path
