"""Refusing to export a value that an import would refuse, so every export imports again.

The store can hold values the readers no longer accept: written before a limit existed, or
by an older version. Exporting them would give a file that cannot be read back (the very
thing a backup or a hand-over must never be), so the export stops first and names the
record and the field to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from matchmaker.errors import MatchmakerError
from matchmaker.interchange.fields import FIELDS, Limit
from matchmaker.records import NetworkData

__all__ = ["UnexportableValue", "check_exportable"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class UnexportableValue(MatchmakerError):
    """A stored value an import would refuse; names the record and the field."""


def _fault(value: str, chars: int, csv: bool, is_item: bool) -> str | None:
    if len(value) > chars:
        return f"is {len(value):,} characters long; an import allows at most {chars:,}"
    if "\x00" in value:
        return "holds a NUL character (\\x00)"
    if _SURROGATE.search(value):
        return "holds a lone UTF-16 surrogate"
    if csv and is_item and ";" in value:
        return "holds ';', which separates list items in CSV; export as JSON instead, or edit it"
    return None


def _check_record(what: str, record, limits: dict[str, Limit], csv: bool, ids: Iterable[str]) -> None:
    for name in ids:
        value = getattr(record, name)
        found = _CONTROL.search(value)
        if found:
            raise UnexportableValue(
                f"{what}, field {name!r}: the id holds the control character {found.group()!r}, "
                "which an import refuses; it cannot be exported"
            )
    for name, limit in limits.items():
        value = getattr(record, name, None)
        if not value or name in ("offers", "needs"):
            continue
        if limit.is_list:
            if len(value) > limit.items:
                raise UnexportableValue(
                    f"{what}, field {name!r}: has {len(value)} entries; an import allows at most {limit.items}"
                )
            items = enumerate(value)
        else:
            items = [(None, value)]
        for index, item in items:
            fault = isinstance(item, str) and _fault(item, limit.chars, csv, limit.is_list)
            if fault:
                field = name if index is None else f"{name}[{index}]"
                raise UnexportableValue(f"{what}, field {field!r}: {fault}; edit it and export again")


def check_exportable(net: NetworkData, fmt: str) -> None:
    """Raise :class:`UnexportableValue` at the first value the ``fmt`` reader would refuse.

    Ties and participations are not looked at: their ends are actor and event ids (checked
    with those records) and their other fields come from closed vocabularies.
    """
    csv = fmt == "csv"
    actor_limits = FIELDS["actors"]
    for actor in net.actors:
        what = f"actor {actor.id[:80]!r}"
        _check_record(what, actor, actor_limits, csv, ("id",))
        for side in ("offers", "needs"):
            skills = getattr(actor, side)
            if len(skills) > actor_limits[side].items:
                raise UnexportableValue(
                    f"{what}, field {side!r}: has {len(skills)} skills; "
                    f"an import allows at most {actor_limits[side].items}"
                )
            for skill_id in skills:
                skill = net.skills.get(skill_id)
                label = skill.label_en if skill is not None and skill.source == "tag" else skill_id
                fault = _fault(label, actor_limits[side].chars, csv, True)
                if fault:
                    raise UnexportableValue(f"{what}, field {side!r}: the skill {label[:80]!r} {fault}")
    for event in net.events:
        _check_record(f"event {event.id[:80]!r}", event, FIELDS["events"], csv, ("id",))
    for decision in net.decisions:
        _check_record(
            f"decision {decision.a[:80]!r} → {decision.b[:80]!r}", decision, FIELDS["decisions"], csv, ()
        )
