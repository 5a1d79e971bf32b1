"""Clock times of brokerage slots: slot 1 starts at ``start`` (``HH:MM``), each lasts ``minutes``."""

from __future__ import annotations

from matchmaker.i18n import _
from matchmaker.meetings.problem import MeetingRulesError

__all__ = ["parse_start", "slot_time"]


def parse_start(text: str) -> str:
    """``9:05`` -> ``09:05``; anything else is refused with a sentence.

    >>> parse_start("9:05")
    '09:05'
    """
    hours, _sep, minutes = text.strip().partition(":")
    if not (
        hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60 and len(minutes) == 2
    ):
        raise MeetingRulesError(_("expected a start time such as 09:30, got {text!r}").format(text=text))
    return f"{int(hours):02d}:{minutes}"


def slot_time(start: str | None, minutes: int, slot: int) -> str:
    """``10:20–10:40`` for slot 2 from 10:00 in 20-minute slots; empty without a start.

    >>> slot_time("10:00", 20, 2), slot_time(None, 20, 2)
    ('10:20–10:40', '')
    """
    if not start:
        return ""
    h, m = map(int, start.split(":"))
    begin = h * 60 + m + (slot - 1) * minutes
    end = begin + minutes

    def clock(t: int) -> str:
        return f"{t // 60 % 24:02d}:{t % 60:02d}"

    return f"{clock(begin)}–{clock(end)}"
