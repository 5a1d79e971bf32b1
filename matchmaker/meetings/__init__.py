"""Forum brokerage: one-to-one meeting schedules from mutual interest (docs/MEETINGS.md).

Qt-free. Plain data in (:class:`Forum`, :class:`ForumRules`), result objects out
(:class:`Schedule`); the store is read and written only through ``storage.py``.
"""

from matchmaker.meetings.kinds import KIND_LABELS, MEETING_KINDS, MEETING_VALUES, PICKS, pair_kind
from matchmaker.meetings.problem import (
    CandidatePair,
    Forum,
    ForumRules,
    Meeting,
    MeetingRulesError,
    MeetingsCancelled,
    Schedule,
    Unscheduled,
    candidate_pairs,
)
from matchmaker.meetings.reasons import WHY, why_text
from matchmaker.meetings.schedule import first_come_schedule, plan_meetings, reschedule

__all__ = [
    "KIND_LABELS",
    "MEETING_KINDS",
    "MEETING_VALUES",
    "PICKS",
    "WHY",
    "CandidatePair",
    "Forum",
    "ForumRules",
    "Meeting",
    "MeetingRulesError",
    "MeetingsCancelled",
    "Schedule",
    "Unscheduled",
    "candidate_pairs",
    "first_come_schedule",
    "pair_kind",
    "plan_meetings",
    "reschedule",
    "why_text",
]
