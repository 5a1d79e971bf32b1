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


def _check_ids(what: str, record, ids: Iterable[str]) -> None:
    for name in ids:
        found = _CONTROL.search(getattr(record, name))
        if found:
            raise UnexportableValue(
                f"{what}, field {name!r}: the id holds the control character {found.group()!r}, "
                "which an import refuses; it cannot be exported"
            )


def _check_record(what: str, record, limits: dict[str, Limit], csv: bool) -> None:
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


def _fine(record, fields: tuple[tuple[str, int, int | None], ...], csv: bool) -> bool:
    """The quick look that passes almost every record; only the rest is checked field by field."""
    for name, chars, items in fields:
        value = getattr(record, name)
        if not value or not isinstance(value, str | tuple):  # dates, numbers: nothing to limit
            continue
        if items is None:
            if len(value) > chars or "\x00" in value:
                return False
        elif len(value) > items or any(len(v) > chars or "\x00" in v or (csv and ";" in v) for v in value):
            return False
    return True


def _plain_fields(limits: dict[str, Limit]) -> tuple[tuple[str, int, int | None], ...]:
    return tuple((n, limit.chars, limit.items) for n, limit in limits.items() if n not in ("offers", "needs"))


def check_exportable(net: NetworkData, fmt: str) -> None:
    """Raise :class:`UnexportableValue` at the first value the ``fmt`` reader would refuse.

    Ties and participations are not looked at: their ends are actor and event ids (checked
    with those records) and their other fields come from closed vocabularies. Lone
    surrogates are looked for only in skill labels and suspect records: neither SQLite nor
    PostgreSQL can store one, so a loaded network holds none.
    """
    csv = fmt == "csv"
    actor_limits = FIELDS["actors"]
    actor_fields = _plain_fields(actor_limits)
    for actor in net.actors:
        what = f"actor {actor.id[:80]!r}"
        _check_ids(what, actor, ("id",))
        if not _fine(actor, actor_fields, csv):
            _check_record(what, actor, actor_limits, csv)
        for side in ("offers", "needs"):
            most = actor_limits[side].items
            if len(getattr(actor, side)) > most:
                raise UnexportableValue(
                    f"{what}, field {side!r}: has {len(getattr(actor, side))} skills; an import allows at most {most}"
                )
    _check_skill_labels(net, csv)
    for section, records in (("events", net.events), ("decisions", net.decisions)):
        limits = FIELDS[section]
        fields = _plain_fields(limits)
        for record in records:
            if section == "events":
                what = f"event {record.id[:80]!r}"
                _check_ids(what, record, ("id",))
            else:
                what = f"decision {record.a[:80]!r} → {record.b[:80]!r}"
            if not _fine(record, fields, csv):
                _check_record(what, record, limits, csv)


def _check_skill_labels(net: NetworkData, csv: bool) -> None:
    """Each skill written (a free tag's label, else its id) once, however many actors list it."""
    chars = FIELDS["actors"]["offers"].chars
    used = {skill_id for actor in net.actors for side in (actor.offers, actor.needs) for skill_id in side}
    for skill_id in sorted(used):
        skill = net.skills.get(skill_id)
        label = skill.label_en if skill is not None and skill.source == "tag" else skill_id
        fault = _fault(label, chars, csv, True)
        if fault:
            actor = next(a for a in net.actors if skill_id in a.offers or skill_id in a.needs)
            side = "offers" if skill_id in actor.offers else "needs"
            raise UnexportableValue(
                f"actor {actor.id[:80]!r}, field {side!r}: the skill {label[:80]!r} {fault}"
            )
