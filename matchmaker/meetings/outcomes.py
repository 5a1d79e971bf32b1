"""After the forum: what came of each meeting, read in bulk, and the decisions that teach the recommender.

Outcomes and the decision status (``vocab.DECISION_STATUSES``) each becomes:

===============  ===============  ===================================================
outcome          decision         why
===============  ===============  ===================================================
``met``          ``met``          they met and may talk again: a positive example
``agreement``    ``agreement``    they agreed to work together: the strongest positive
``no-follow-up`` ``declined``     they met, looked, and will not go on: the pair was
                                  not worth suggesting, and need not be suggested again
``no-show``      (none)           the meeting did not take place: nothing was learned
===============  ===============  ===================================================

A decision is recorded in each direction someone asked for (``a`` was shown ``b`` and picked
them); for a mutual pick, both ways. The sheet is the venue sheet (``venue_sheet.py``) with its
``outcome`` column filled, or any sheet with columns ``a``, ``b`` and ``outcome``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from matchmaker.i18n import _
from matchmaker.meetings.directory import ParticipantDirectory
from matchmaker.meetings.problem import Meeting
from matchmaker.meetings.sheets import SheetError, read_sheet
from matchmaker.records import DecisionRecord

__all__ = ["OUTCOMES", "OUTCOME_DECISIONS", "read_outcomes", "decisions_from_outcomes"]

OUTCOMES = ("met", "agreement", "no-follow-up", "no-show")
OUTCOME_DECISIONS: dict[str, str | None] = {
    "met": "met",
    "agreement": "agreement",
    "no-follow-up": "declined",
    "no-show": None,
}
_SPELLINGS = {
    "no follow up": "no-follow-up",
    "nofollowup": "no-follow-up",
    "no show": "no-show",
    "noshow": "no-show",
}


def _outcome_word(text: str) -> str:
    word = text.strip().lower().replace("_", " ").replace("-", " ")
    word = _SPELLINGS.get(word, word)
    return word


def read_outcomes(
    path: str | Path, directory: ParticipantDirectory, meetings: list[Meeting]
) -> dict[tuple[str, str], str]:
    """``(a, b)`` of a scheduled meeting -> outcome; rows with an empty outcome are skipped."""
    scheduled = {frozenset((m.a, m.b)): (m.a, m.b) for m in meetings}
    out: dict[tuple[str, str], str] = {}
    for row in read_sheet(path, ("a", "b", "outcome")):
        if not row.get("outcome"):
            continue
        outcome = _outcome_word(row.get("outcome"))
        if outcome not in OUTCOMES:
            raise SheetError(
                str(path),
                f"line {row.line}",
                "outcome",
                _("expected one of {choices}, got {value!r}").format(
                    choices=", ".join(OUTCOMES), value=row.get("outcome")
                ),
            )
        ids = []
        for column in ("a", "b"):
            try:
                ids.append(directory.resolve(row.get(column)))
            except LookupError as error:
                raise SheetError(str(path), f"line {row.line}", column, str(error)) from None
        pair = scheduled.get(frozenset(ids))
        if pair is None:
            raise SheetError(
                str(path), f"line {row.line}", "b", _("these two have no meeting in the schedule")
            )
        out[pair] = outcome
    return out


def decisions_from_outcomes(
    outcomes: Mapping[tuple[str, str], str], picks: Mapping[tuple[str, str], str], note: str
) -> list[DecisionRecord]:
    """The decisions to record (see the module docstring), each with ``note``."""
    records = []
    for (a, b), outcome in outcomes.items():
        status = OUTCOME_DECISIONS[outcome]
        if status is None:
            continue
        asked = [(x, y) for x, y in ((a, b), (b, a)) if picks.get((x, y)) in ("must", "would")]
        for x, y in asked or [(a, b), (b, a)]:
            records.append(DecisionRecord(x, y, status, note))
    return records
