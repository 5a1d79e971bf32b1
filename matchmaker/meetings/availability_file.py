"""A spreadsheet of presence: ``participant`` and the ``slots`` they attend, such as ``1-4, 7``.

An empty ``slots`` cell means present throughout; ``none`` means absent from the brokerage.
"""

from __future__ import annotations

from pathlib import Path

from matchmaker.i18n import _
from matchmaker.meetings.directory import ParticipantDirectory
from matchmaker.meetings.sheets import SheetError, read_sheet

__all__ = ["parse_slots", "read_availability"]


def parse_slots(text: str, slots: int) -> frozenset[int] | None:
    """Slots named by ``text`` (1-based ranges and numbers); None for every slot.

    >>> sorted(parse_slots("1-3, 7", 12)), parse_slots("", 12), parse_slots("none", 12)
    ([1, 2, 3, 7], None, frozenset())
    """
    text = text.strip().lower()
    if not text:
        return None
    if text in ("none", "-", "0"):
        return frozenset()
    found: set[int] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        low, _sep, high = part.partition("-")
        if not low.strip().isdigit() or (high and not high.strip().isdigit()):
            raise ValueError(_("{part!r} is not a slot number or range such as 1-4").format(part=part))
        first, last = int(low), int(high or low)
        if not 1 <= first <= last <= slots:
            raise ValueError(_("{part!r} is outside slots 1 to {slots}").format(part=part, slots=slots))
        found.update(range(first, last + 1))
    return frozenset(found)


def read_availability(
    path: str | Path, directory: ParticipantDirectory, slots: int
) -> dict[str, frozenset[int] | None]:
    """Participant id -> slots present (None: throughout); bad rows raise :class:`SheetError`."""
    out: dict[str, frozenset[int] | None] = {}
    for row in read_sheet(path, ("participant", "slots")):
        try:
            who = directory.resolve(row.get("participant"))
        except LookupError as error:
            raise SheetError(str(path), f"line {row.line}", "participant", str(error)) from None
        try:
            out[who] = parse_slots(row.get("slots"), slots)
        except ValueError as error:
            raise SheetError(str(path), f"line {row.line}", "slots", str(error)) from None
    return out
