"""The fields of each record of the ``sandbox-matchmaker/1`` format, and how much each may hold.

Declared once (an actor's fields in :mod:`matchmaker.actor_fields`, with everything else about
them; the other records' here): the readers check every value against these limits, the exporter refuses to
write a value they would refuse (so every export imports again), and profile edits apply the
same limits (``matchmaker.editing``). The limits are generous for real data and keep a hostile
file from filling the database or stalling the import: a 10 MB "tag" is refused in
microseconds instead of costing a minute and 50 MB.
"""

from __future__ import annotations

from matchmaker.actor_fields import ACTOR_FIELDS as _ACTOR_FIELDS
from matchmaker.actor_fields import COUNTRY_CODE, EMAIL_ADDRESS, Limit

__all__ = [
    "ACTOR_FIELDS",
    "ACTOR_LIMITS",
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

_CODE = Limit(40)  # a closed-vocabulary word, a date, a timestamp or a number written as text
_ID = Limit(200)
_NAME = Limit(300)
_CITY = Limit(120)

FIELDS: dict[str, dict[str, Limit]] = {
    "actors": {f.name: f.limit for f in _ACTOR_FIELDS},  # declared in matchmaker.actor_fields
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
SKILL_ITEM_LIMITS = {"skill": Limit(FIELDS["actors"]["offers"].chars), "weight": _CODE}

ACTOR_LIMITS = FIELDS["actors"]
ACTOR_FIELDS = tuple(FIELDS["actors"])
TIE_FIELDS = tuple(FIELDS["ties"])
EVENT_FIELDS = tuple(FIELDS["events"])
PARTICIPATION_FIELDS = tuple(FIELDS["participations"])
DECISION_FIELDS = tuple(FIELDS["decisions"])
