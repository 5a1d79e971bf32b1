"""The venue's list of meetings as CSV or XLSX: one row per meeting, by slot and table.

The ``outcome`` column is left empty for the hosts to fill in after the forum; the same file
then goes back in through ``matchmaker meeting-outcomes`` (``outcomes.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from matchmaker.meetings.problem import Meeting
from matchmaker.meetings.sheets import write_sheet
from matchmaker.meetings.timing import slot_time
from matchmaker.records import ActorRecord

__all__ = ["VENUE_COLUMNS", "venue_rows", "write_venue_sheet"]

VENUE_COLUMNS = (
    "slot",
    "time",
    "table",
    "a",
    "a_name",
    "a_country",
    "b",
    "b_name",
    "b_country",
    "kind",
    "outcome",
)


def venue_rows(
    meetings: list[Meeting],
    people: Mapping[str, ActorRecord],
    *,
    start: str | None = None,
    slot_minutes: int = 20,
    outcomes: Mapping[tuple[str, str], str] | None = None,
) -> list[tuple]:
    outcomes = outcomes or {}
    rows = []
    for m in sorted(meetings, key=lambda m: (m.slot, m.table)):
        a, b = people.get(m.a), people.get(m.b)
        rows.append(
            (
                m.slot,
                slot_time(start, slot_minutes, m.slot),
                m.table,
                m.a,
                a.name if a else "",
                a.country if a else "",
                m.b,
                b.name if b else "",
                b.country if b else "",
                m.kind,
                outcomes.get((m.a, m.b), ""),
            )
        )
    return rows


def write_venue_sheet(path: str | Path, rows: list[tuple]) -> Path:
    """CSV or XLSX by the file's suffix, written atomically."""
    return write_sheet(path, VENUE_COLUMNS, rows, title="meetings")
