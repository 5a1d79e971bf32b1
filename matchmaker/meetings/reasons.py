"""Why a requested pair is not in the schedule, in words a host can act on."""

from __future__ import annotations

from matchmaker.i18n import N_, _
from matchmaker.meetings.board import Board

__all__ = ["WHY", "why_text", "why_left_out"]

#: Codes of ``Unscheduled.why`` (stable, for ``--json``) and their sentences.
WHY = {
    "declined": N_("one of them said no"),
    "same-delegation": N_("they belong to the same organisation"),
    "no-common-slot": N_("they are never present in the same slot"),
    "cap-reached": N_("one of them already has the most meetings allowed"),
    "no-room": N_("every slot they share is taken by more valuable meetings or full tables"),
    "cancelled": N_("the meeting was cancelled and no later slot is free for both"),
}


def why_text(code: str) -> str:
    return _(WHY.get(code, code))


def why_left_out(board: Board, p: int) -> str:
    """The reason code for a candidate pair the board does not hold."""
    if not board.slots_of[p]:
        return "no-common-slot"
    if not board.has_room(p):
        return "cap-reached"
    return "no-room"
