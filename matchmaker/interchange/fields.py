"""The fields of each record of the ``sandbox-matchmaker/1`` format, and how much each may hold.

Declared once: the readers check every value against these limits, the exporter refuses to
write a value they would refuse (so every export imports again), and profile edits apply the
same limits (``matchmaker.editing``). The limits are generous for real data and keep a hostile
file from filling the database or stalling the import: a 10 MB "tag" is refused in
microseconds instead of costing a minute and 50 MB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ACTOR_FIELDS",
    "ACTOR_LIMITS",
    "ACTOR_MAX_LENGTH",
    "COUNTRY_CODE",
    "DECISION_FIELDS",
    "EMAIL_ADDRESS",
    "EVENT_FIELDS",
    "FIELDS",
    "Limit",
    "PARTICIPATION_FIELDS",
    "SKILL_ITEM_LIMITS",
    "TIE_FIELDS",
]

# Shared with matchmaker.editing, so a profile edit accepts exactly what an import accepts.
COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
EMAIL_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class Limit:
    """Most characters in one value (in each item, for a list) and, for lists, most items."""

    chars: int
    items: int | None = None

    @property
    def is_list(self) -> bool:
        return self.items is not None


_CODE = Limit(40)  # a closed-vocabulary word, a date, a timestamp or a number written as text
_ID = Limit(200)
_NAME = Limit(300)
_CITY = Limit(120)
# A skill label or id; the longest bundled label has about 100 characters.
_SKILLS = Limit(200, items=300)

FIELDS: dict[str, dict[str, Limit]] = {
    "actors": {
        "id": _ID,
        "kind": _CODE,
        "name": _NAME,
        "native_name": _NAME,
        "country": _CODE,
        "city": _CITY,
        "sectors": Limit(100, items=50),
        "description": Limit(20_000),
        "languages": Limit(35, items=30),  # BCP 47 tags are at most 35 characters
        "website": Limit(500),
        "stage": _CODE,
        "size": _CODE,
        "roles": Limit(100, items=30),
        "email": Limit(320),  # RFC 3696
        "visibility": _CODE,
        "offers": _SKILLS,
        "needs": _SKILLS,
    },
    "ties": {"source": _ID, "target": _ID, "kind": _CODE, "since": _CODE, "weight": _CODE},
    "events": {
        "id": _ID,
        "name": _NAME,
        "kind": _CODE,
        "city": _CITY,
        "country": _CODE,
        "start": _CODE,
        "end": _CODE,
        "venue": _NAME,
        "agenda": Limit(1_000),
    },
    "participations": {"event": _ID, "actor": _ID, "role": _CODE},
    "decisions": {
        "a": _ID,
        "b": _ID,
        "status": _CODE,
        "note": Limit(5_000),
        "suggested_at": _CODE,
        "updated_at": _CODE,
    },
}
# {"skill": label-or-id, "weight": w} inside an actor's offers or needs
SKILL_ITEM_LIMITS = {"skill": Limit(_SKILLS.chars), "weight": _CODE}

ACTOR_LIMITS = FIELDS["actors"]
ACTOR_FIELDS = tuple(FIELDS["actors"])
TIE_FIELDS = tuple(FIELDS["ties"])
EVENT_FIELDS = tuple(FIELDS["events"])
PARTICIPATION_FIELDS = tuple(FIELDS["participations"])
DECISION_FIELDS = tuple(FIELDS["decisions"])
# Longest text of each single-valued actor field (what a profile edit checks).
ACTOR_MAX_LENGTH = {name: limit.chars for name, limit in ACTOR_LIMITS.items() if not limit.is_list}
