"""Turning one raw record (a JSON object or a CSV row) into a validated record.

The JSON and CSV readers differ only in how they find records and describe places; the
rules for each field live here, once.
"""

from __future__ import annotations

import math
import re
from datetime import date

from matchmaker.interchange.document import Document
from matchmaker.interchange.fields import Site
from matchmaker.records import ActorRecord, DecisionRecord, EventRecord, ParticipationRecord, TieRecord
from matchmaker.taxonomy import SkillResolver
from matchmaker.vocab import (
    ACTOR_KINDS,
    DECISION_STATUSES,
    EVENT_KINDS,
    PARTICIPATION_ROLES,
    SIZES,
    STAGES,
    TIE_KINDS,
    VISIBILITY_LEVELS,
)

__all__ = [
    "ACTOR_MAX_LENGTH",
    "ACTOR_FIELDS",
    "TIE_FIELDS",
    "EVENT_FIELDS",
    "PARTICIPATION_FIELDS",
    "DECISION_FIELDS",
    "parse_actor",
    "parse_tie",
    "quick_tie",
    "parse_event",
    "parse_participation",
    "parse_decision",
]

ACTOR_FIELDS = (
    "id",
    "kind",
    "name",
    "native_name",
    "country",
    "city",
    "sectors",
    "description",
    "languages",
    "website",
    "stage",
    "size",
    "roles",
    "email",
    "visibility",
    "offers",
    "needs",
)
TIE_FIELDS = ("source", "target", "kind", "since", "weight")
EVENT_FIELDS = ("id", "name", "kind", "city", "country", "start", "end", "venue", "agenda")
PARTICIPATION_FIELDS = ("event", "actor", "role")
DECISION_FIELDS = ("a", "b", "status", "note", "suggested_at", "updated_at")

# Longest text each actor field may hold; matchmaker.editing applies the same limits.
ACTOR_MAX_LENGTH = {
    "id": 200,
    "name": 300,
    "native_name": 300,
    "city": 120,
    "description": 20_000,
    "website": 500,
    "email": 320,
}

_WEIGHTED_TEXT = re.compile(r"^(.*\S)\s*=\s*([0-9]*\.?[0-9]+)$")


def _check_keys(raw: dict, site: Site, known: tuple[str, ...]) -> None:
    for key in raw:
        if key not in known:
            raise site.fail(key, f"is not a known field; expected some of {', '.join(known)}")


def _known_skills(value: list, resolver: SkillResolver) -> dict[str, float] | None:
    """The common case of a JSON list of known labels or ids, all weight 1; None for anything else."""
    skills: dict[str, float] = {}
    resolve = resolver.resolve
    for item in value:
        skill_id = resolve(item) if type(item) is str else None
        if skill_id is None:
            return None
        skills[skill_id] = 1.0
    return skills


def _skills(raw: dict, key: str, site: Site, resolver: SkillResolver, doc: Document) -> dict[str, float]:
    value = raw.get(key)
    if value is None or (site.text_values and value == ""):
        return {}
    if type(value) is list and not site.text_values:
        quick = _known_skills(value, resolver)
        if quick is not None:
            return quick
    if site.text_values:
        value = [item for item in value.split(";") if item.strip()]
    if not isinstance(value, list):
        raise site.fail(key, "expected a list of skill labels or ids")
    skills: dict[str, float] = {}
    for index, item in enumerate(value):
        where = f"{key}[{index}]"
        weight = 1.0
        if isinstance(item, dict):
            _check_keys(item, site, ("skill", "weight"))
            inner = Site(site.path, site.location, False)
            label = inner.string(item, "skill", required=True)
            weight = inner.number(item, "weight", default=1.0, at_most=1.0)
        elif isinstance(item, str):
            label = item.strip()
            match = _WEIGHTED_TEXT.match(label) if site.text_values else None
            if match:
                label, weight = match.group(1), float(match.group(2))
                if not 0 < weight <= 1:
                    raise site.fail(where, f"weight must be in (0, 1]; got {weight}")
        else:
            raise site.fail(where, 'expected a skill label, an id or {"skill": …, "weight": …}')
        if not label:
            raise site.fail(where, "is an empty skill label")
        skill_id, new_tag = resolver.resolve_or_tag(label)
        if new_tag is not None:
            doc.new_tags[skill_id] = new_tag
        skills[skill_id] = max(weight, skills.get(skill_id, 0.0))
    return skills


def parse_actor(raw: dict, site: Site, resolver: SkillResolver, doc: Document) -> ActorRecord:
    _check_keys(raw, site, ACTOR_FIELDS)
    return ActorRecord(
        id=site.string(raw, "id", required=True, max_length=ACTOR_MAX_LENGTH["id"]),
        kind=site.choice(raw, "kind", ACTOR_KINDS, required=True),
        name=site.string(raw, "name", required=True, max_length=ACTOR_MAX_LENGTH["name"]),
        country=site.country(raw, "country", required=True),
        native_name=site.string(raw, "native_name", max_length=ACTOR_MAX_LENGTH["native_name"]),
        city=site.string(raw, "city", max_length=ACTOR_MAX_LENGTH["city"]),
        sectors=site.string_list(raw, "sectors"),
        description=site.string(raw, "description", max_length=ACTOR_MAX_LENGTH["description"]),
        languages=site.string_list(raw, "languages"),
        website=site.string(raw, "website", max_length=ACTOR_MAX_LENGTH["website"]),
        stage=site.choice(raw, "stage", STAGES),
        size=site.choice(raw, "size", SIZES),
        roles=site.string_list(raw, "roles"),
        email=site.email(raw, "email", max_length=ACTOR_MAX_LENGTH["email"]),
        visibility=site.choice(raw, "visibility", VISIBILITY_LEVELS, default="public"),
        offers=_skills(raw, "offers", site, resolver, doc),
        needs=_skills(raw, "needs", site, resolver, doc),
    )


def parse_tie(raw: dict, site: Site) -> TieRecord:
    _check_keys(raw, site, TIE_FIELDS)
    source = site.string(raw, "source", required=True, max_length=200)
    target = site.string(raw, "target", required=True, max_length=200)
    if source == target:
        raise site.fail("target", f"a tie cannot link actor {source!r} to itself")
    kind = site.choice(raw, "kind", TIE_KINDS, required=True)
    return TieRecord(source, target, kind, site.date(raw, "since"), site.number(raw, "weight", default=1.0))


_TIE_KINDS = frozenset(TIE_KINDS)
_DATES: dict[str, date] = {}


def quick_tie(raw: dict, text_values: bool) -> TieRecord | None:
    """The common, valid tie without building error context (a million ties import in seconds).

    Returns None for anything unusual; the caller then runs :func:`parse_tie`, which either
    accepts the record after all or raises the precise error. Both paths accept the same records.
    """
    source, target, kind = raw.get("source"), raw.get("target"), raw.get("kind")
    if type(source) is not str or type(target) is not str or kind not in _TIE_KINDS:
        return None
    if len(raw) != 3 + ("since" in raw) + ("weight" in raw):  # an unknown key: let parse_tie name it
        return None
    source, target = source.strip(), target.strip()
    if not source or not target or source == target or len(source) > 200 or len(target) > 200:
        return None
    since = raw.get("since")
    if since is None or since == "":
        since = None
    elif type(since) is str and since in _DATES:
        since = _DATES[since]
    else:
        try:
            since = _DATES[since] = date.fromisoformat(since)
        except (TypeError, ValueError):
            return None
    weight = raw.get("weight")
    if weight is None or (text_values and weight == ""):
        weight = 1.0
    else:
        if text_values and type(weight) is str:
            try:
                weight = float(weight)
            except ValueError:
                return None
        if type(weight) not in (int, float) or not weight > 0 or not math.isfinite(weight):
            return None
        weight = float(weight)
    return TieRecord(source, target, kind, since, weight)


def parse_event(raw: dict, site: Site) -> EventRecord:
    _check_keys(raw, site, EVENT_FIELDS)
    kind = site.choice(raw, "kind", EVENT_KINDS, required=True)
    record = EventRecord(
        id=site.string(raw, "id", required=True, max_length=200),
        name=site.string(raw, "name", required=True),
        kind=kind,
        city=site.string(raw, "city", max_length=120),
        country=site.country(raw, "country", required=False),
        start=site.date(raw, "start"),
        end=site.date(raw, "end"),
        venue=site.string(raw, "venue"),
        agenda=site.string(raw, "agenda", max_length=1000),
    )
    if record.start and record.end and record.end < record.start:
        raise site.fail("end", f"the event ends ({record.end}) before it starts ({record.start})")
    return record


def parse_participation(raw: dict, site: Site) -> ParticipationRecord:
    _check_keys(raw, site, PARTICIPATION_FIELDS)
    return ParticipationRecord(
        event=site.string(raw, "event", required=True, max_length=200),
        actor=site.string(raw, "actor", required=True, max_length=200),
        role=site.choice(raw, "role", PARTICIPATION_ROLES, default="participant"),
    )


def parse_decision(raw: dict, site: Site) -> DecisionRecord:
    _check_keys(raw, site, DECISION_FIELDS)
    return DecisionRecord(
        a=site.string(raw, "a", required=True, max_length=200),
        b=site.string(raw, "b", required=True, max_length=200),
        status=site.choice(raw, "status", DECISION_STATUSES, default="suggested"),
        note=site.string(raw, "note", max_length=5000),
        suggested_at=site.timestamp(raw, "suggested_at"),
        updated_at=site.timestamp(raw, "updated_at"),
    )
