"""A spreadsheet of picks: one row per (participant, wants_to_meet, pick).

Columns ``participant``, ``wants_to_meet`` and ``pick``; people by id or name (see
``directory.py``); ``pick`` is ``must``, ``would`` or ``no`` (``must meet``, ``would meet``,
``yes`` for *would* are understood too). Rows with an empty ``pick`` are not decided yet and
are skipped, so the template that ``write_picks_template`` makes can be read back as it is
filled in. Other columns are ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from matchmaker.i18n import _
from matchmaker.meetings.directory import ParticipantDirectory
from matchmaker.meetings.sheets import SheetError, read_sheet, write_sheet

__all__ = ["read_picks", "write_picks_template", "PICK_COLUMNS", "PICK_WORDS"]

PICK_COLUMNS = ("participant", "wants_to_meet", "pick")
PICK_WORDS = {
    "must": "must",
    "must meet": "must",
    "would": "would",
    "would meet": "would",
    "yes": "would",
    "no": "no",
}


def read_picks(path: str | Path, directory: ParticipantDirectory) -> list[tuple[str, str, str]]:
    """``(who, whom, pick)`` in file order; any bad row raises :class:`SheetError` naming it."""
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    out = []
    for row in read_sheet(path, PICK_COLUMNS):
        word = row.get("pick").lower().replace("_", " ").replace("-", " ")
        if not word:
            continue
        if word not in PICK_WORDS:
            raise SheetError(
                str(path),
                f"line {row.line}",
                "pick",
                _("expected must, would or no, got {value!r}").format(value=row.get("pick")),
            )
        ids = []
        for column in ("participant", "wants_to_meet"):
            try:
                ids.append(directory.resolve(row.get(column)))
            except LookupError as error:
                raise SheetError(str(path), f"line {row.line}", column, str(error)) from None
        who, whom = ids
        pick = PICK_WORDS[word]
        if who == whom:
            raise SheetError(
                str(path), f"line {row.line}", "wants_to_meet", _("a participant cannot pick themselves")
            )
        if (who, whom) in seen and seen[(who, whom)][1] != pick:
            raise SheetError(
                str(path),
                f"line {row.line}",
                "pick",
                _("contradicts line {line} for the same pair").format(line=seen[(who, whom)][0]),
            )
        if (who, whom) not in seen:
            seen[(who, whom)] = (row.line, pick)
            out.append((who, whom, pick))
    return out


def write_picks_template(path: str | Path, rows: Sequence[Sequence]) -> Path:
    """The suggestions as a sheet to fill in: ids, names, why suggested, and an empty ``pick``.

    ``rows``: (participant id, name, suggested id, name, country, band, reasons).
    """
    header = (
        "participant",
        "participant_name",
        "wants_to_meet",
        "wants_to_meet_name",
        "country",
        "band",
        "why",
        "pick",
    )
    return write_sheet(path, header, [(*row, "") for row in rows], title="picks")
