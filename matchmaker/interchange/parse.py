"""Turning one raw record (a JSON object or a CSV row) into a validated record.

The JSON and CSV readers differ only in how they find records and describe places; the
rules for each field live here, once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from matchmaker import actor_fields
from matchmaker.actor_fields import ActorField
from matchmaker.interchange.document import Document
from matchmaker.interchange.fields import (
    ACTOR_FIELDS,
    DECISION_FIELDS,
    EVENT_FIELDS,
    FIELDS,
    PARTICIPATION_FIELDS,
    SKILL_ITEM_LIMITS,
    TIE_FIELDS,
)
from matchmaker.interchange.site import Site
from matchmaker.records import ActorRecord, DecisionRecord, EventRecord, ParticipationRecord, TieRecord
from matchmaker.taxonomy import SkillResolver
from matchmaker.vocab import DECISION_STATUSES, EVENT_KINDS, PARTICIPATION_ROLES, TIE_KINDS

__all__ = [
    "split_weight",
    "parse_actor",
    "parse_tie",
    "quick_tie",
    "parse_event",
    "parse_participation",
    "parse_decision",
]

# A CSV skill cell item ``label=0.5``: the number after the last '='. Matched with
# ``rpartition`` and a backtracking-free pattern, so a 130 KB cell parses in linear time.
_WEIGHT_TEXT = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def _check_keys(raw: dict, site: Site, known: tuple[str, ...]) -> None:
    for key in raw:
        if key not in known:
            raise site.fail(key, f"is not a known field; expected some of {', '.join(known)}")


def _known_skills(value: list, resolver: SkillResolver, chars: int) -> dict[str, float] | None:
    """The common case of a JSON list of known labels or ids, all weight 1; None for anything else."""
    skills: dict[str, float] = {}
    resolve = resolver.resolve
    for item in value:
        skill_id = resolve(item) if type(item) is str and len(item) <= chars else None
        if skill_id is None:
            return None
        skills[skill_id] = 1.0
    return skills


def split_weight(item: str) -> tuple[str, float | None]:
    """``"label=0.5"`` → ``("label", 0.5)``; text without a trailing ``=number`` → ``(text, None)``.

    Only the last ``=`` counts, so a label that itself holds ``=0.5`` is written
    ``label=0.5=1`` by the exporter and reads back whole.

    >>> split_weight("Mobile UX design = 0.5"), split_weight("a=b"), split_weight("x=1e-05")
    (('Mobile UX design', 0.5), ('a=b', None), ('x', 1e-05))
    """
    label, equals, number = item.rpartition("=")
    label, number = label.rstrip(), number.strip()
    if not equals or not label or not _WEIGHT_TEXT.fullmatch(number):
        return item, None
    return label, float(number)


def _skill_items(raw: dict, key: str, site: Site) -> list:
    value = raw.get(key)
    if site.text_values and isinstance(value, str):
        value = [item for item in value.split(";") if item.strip()]
    if not isinstance(value, list):
        raise site.fail(key, "expected a list of skill labels or ids")
    most = site.limits[key].items
    if len(value) > most:
        raise site.fail(key, f"has {len(value):,} skills; at most {most} allowed")
    return value


def _skills(raw: dict, key: str, site: Site, resolver: SkillResolver, doc: Document) -> dict[str, float]:
    value = raw.get(key)
    if value is None or (site.text_values and value == ""):
        return {}
    value = _skill_items(raw, key, site)
    chars = site.limits[key].chars
    if not site.text_values:
        quick = _known_skills(value, resolver, chars)
        if quick is not None:
            return quick
    skills: dict[str, float] = {}
    for index, item in enumerate(value):
        where = f"{key}[{index}]"
        weight: float | None = 1.0
        if isinstance(item, dict):
            _check_keys(item, site, ("skill", "weight"))
            inner = Site(site.path, site.location, False, SKILL_ITEM_LIMITS)
            label = inner.string(item, "skill", required=True)
            weight = inner.number(item, "weight", default=1.0, at_most=1.0)
        elif isinstance(item, str):
            label = item.strip()
            if site.text_values:
                label, weight = split_weight(label)
                if weight is None:
                    weight = 1.0
                elif not 0 < weight <= 1:
                    raise site.fail(where, f"weight must be in (0, 1]; got {weight}")
        else:
            raise site.fail(where, 'expected a skill label, an id or {"skill": …, "weight": …}')
        if not label:
            raise site.fail(where, "is an empty skill label")
        if len(label) > chars:
            raise site.fail(where, f"is {len(label):,} characters long; at most {chars} allowed")
        skill_id, new_tag = resolver.resolve_or_tag(label)
        if new_tag is not None:
            doc.new_tags[skill_id] = new_tag
        skills[skill_id] = max(weight, skills.get(skill_id, 0.0))
    return skills


def _actor_reader(field: ActorField) -> Callable[[dict, Site, SkillResolver, Document], object]:
    """How one actor field is read: the rule its kind of value names (:mod:`matchmaker.actor_fields`)."""
    kind, name, default = field.value, field.name, field.default
    required = field.required and default is None
    if kind == "id":
        return lambda raw, site, _r, _d: site.identifier(raw, name)
    if kind == "choice":
        choices = field.choices
        return lambda raw, site, _r, _d: site.choice(raw, name, choices, required=required, default=default)
    if kind == "country":
        return lambda raw, site, _r, _d: site.country(raw, name, required=required)
    if kind == "email":
        return lambda raw, site, _r, _d: site.email(raw, name)
    if kind == "list":
        return lambda raw, site, _r, _d: site.string_list(raw, name)
    if kind == "skills":
        return lambda raw, site, resolver, doc: _skills(raw, name, site, resolver, doc)
    return lambda raw, site, _r, _d: site.string(raw, name, required=required)


_ACTOR_READERS = tuple((f.name, _actor_reader(f)) for f in actor_fields.ACTOR_FIELDS)


def parse_actor(raw: dict, site: Site, resolver: SkillResolver, doc: Document) -> ActorRecord:
    _check_keys(raw, site, ACTOR_FIELDS)
    return ActorRecord(**{name: read(raw, site, resolver, doc) for name, read in _ACTOR_READERS})


def parse_tie(raw: dict, site: Site) -> TieRecord:
    _check_keys(raw, site, TIE_FIELDS)
    source = site.string(raw, "source", required=True)
    target = site.string(raw, "target", required=True)
    if source == target:
        raise site.fail("target", f"a tie cannot link actor {source!r} to itself")
    kind = site.choice(raw, "kind", TIE_KINDS, required=True)
    return TieRecord(source, target, kind, site.date(raw, "since"), site.number(raw, "weight", default=1.0))


_TIE_KINDS = frozenset(TIE_KINDS)
_END_CHARS = FIELDS["ties"]["source"].chars
_WEIGHT_CHARS = FIELDS["ties"]["weight"].chars
_DATES: dict[str, date] = {}


def quick_tie(raw: dict, text_values: bool) -> TieRecord | None:
    """The common, valid tie without building error context (a million ties import in seconds).

    Returns None for anything unusual; the caller then runs :func:`parse_tie`, which either
    accepts the record after all or raises the precise error. Both paths accept the same records.
    """
    source, target, kind = raw.get("source"), raw.get("target"), raw.get("kind")
    if type(source) is not str or type(target) is not str or type(kind) is not str or kind not in _TIE_KINDS:
        return None
    if len(raw) != 3 + ("since" in raw) + ("weight" in raw):  # an unknown key: let parse_tie name it
        return None
    source, target = source.strip(), target.strip()
    if not source or not target or source == target or len(source) > _END_CHARS or len(target) > _END_CHARS:
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
        if text_values and type(weight) is str and len(weight) > _WEIGHT_CHARS:
            return None
        try:
            weight = float(weight) if type(weight) in (int, float) or text_values else None
        except (ValueError, OverflowError):
            return None
        if weight is None or not weight > 0 or not math.isfinite(weight):
            return None
    return TieRecord(source, target, kind, since, weight)


def parse_event(raw: dict, site: Site) -> EventRecord:
    _check_keys(raw, site, EVENT_FIELDS)
    kind = site.choice(raw, "kind", EVENT_KINDS, required=True)
    record = EventRecord(
        id=site.identifier(raw, "id"),
        name=site.string(raw, "name", required=True),
        kind=kind,
        city=site.string(raw, "city"),
        country=site.country(raw, "country", required=False),
        start=site.date(raw, "start"),
        end=site.date(raw, "end"),
        venue=site.string(raw, "venue"),
        agenda=site.string(raw, "agenda"),
    )
    if record.start and record.end and record.end < record.start:
        raise site.fail("end", f"the event ends ({record.end}) before it starts ({record.start})")
    return record


def parse_participation(raw: dict, site: Site) -> ParticipationRecord:
    _check_keys(raw, site, PARTICIPATION_FIELDS)
    return ParticipationRecord(
        event=site.string(raw, "event", required=True),
        actor=site.string(raw, "actor", required=True),
        role=site.choice(raw, "role", PARTICIPATION_ROLES, default="participant"),
    )


def parse_decision(raw: dict, site: Site) -> DecisionRecord:
    _check_keys(raw, site, DECISION_FIELDS)
    return DecisionRecord(
        a=site.string(raw, "a", required=True),
        b=site.string(raw, "b", required=True),
        status=site.choice(raw, "status", DECISION_STATUSES, default="suggested"),
        note=site.string(raw, "note"),
        suggested_at=site.timestamp(raw, "suggested_at"),
        updated_at=site.timestamp(raw, "updated_at"),
    )
