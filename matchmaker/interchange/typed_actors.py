"""Actors for the typed JSON reader: a msgspec struct made from ``ACTOR_FIELDS``, and the
same per-field rules as :mod:`matchmaker.interchange.parse`, in fewer Python steps.

Every rule here either gives the value the careful reader gives or raises :class:`Unsure`
(the careful reader then reads the file and names the fault); none of them raises a message
of its own, so there is one place where each message is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress, repeat
from operator import is_not
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType
from msgspec.structs import astuple

from matchmaker.actor_fields import ACTOR_FIELDS, COUNTRY_CODE, EMAIL_ADDRESS, ActorField
from matchmaker.interchange.document import Document
from matchmaker.interchange.parse import _skills
from matchmaker.interchange.site import Site
from matchmaker.records import ActorRecord
from matchmaker.taxonomy import SkillResolver

__all__ = ["SkillIds", "TypedActor", "Unsure", "actor_record"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Unsure(Exception):
    """Something the typed path does not decide: the careful reader takes the file."""


def _text(chars: int) -> Any:
    return Annotated[str, Meta(max_length=chars)]


def _annotation(f: ActorField) -> Any:
    """What msgspec checks in C; a value it refuses sends the file to the careful reader."""
    chars, items = f.limit.chars, f.limit.items
    if f.value == "id":
        return _text(chars)
    if f.value == "choice":
        return Literal[f.choices] | None | UnsetType  # type: ignore[valid-type]
    if f.value == "list":
        return Annotated[list[_text(chars)], Meta(max_length=items)] | None | UnsetType
    if f.value == "skills":
        return Annotated[list[_text(chars) | dict[str, Any]], Meta(max_length=items)] | None | UnsetType
    return _text(chars) | None | UnsetType


TypedActor = msgspec.defstruct(
    "TypedActor",
    [(f.name, _annotation(f)) if f.value == "id" else (f.name, _annotation(f), UNSET) for f in ACTOR_FIELDS],
    forbid_unknown_fields=True,
    gc=False,
)


def _plain(name: str, required: bool, check: Callable[[str], object] | None = None):
    def read(value: Any) -> str | None:
        if value is None or value is UNSET:
            if required:
                raise Unsure
            return None
        value = value.strip()
        if not value:
            if required:
                raise Unsure
            return None
        if check is not None and not check(value):
            raise Unsure
        return value

    return read


def _reader(f: ActorField) -> Callable[[Any], Any]:
    required = f.required and f.default is None
    if f.value == "id":
        return _plain(f.name, True, lambda v: _CONTROL.search(v) is None)
    if f.value == "choice":
        default = f.default

        def choice(value: Any) -> str | None:
            if value is None or value is UNSET:
                if required:
                    raise Unsure
                return default
            return value

        return choice
    if f.value == "country":
        plain = _plain(f.name, required, COUNTRY_CODE.match)
        return lambda value: None if (found := plain(value)) is None else found.upper()
    if f.value == "email":
        return _plain(f.name, required, EMAIL_ADDRESS.match)
    if f.value == "list":

        def items(value: Any) -> tuple[str, ...]:
            if value is None or value is UNSET:
                return ()
            return tuple(s for s in map(str.strip, value) if s)

        return items
    return _plain(f.name, required)


_NAMES = tuple(f.name for f in ACTOR_FIELDS)
_READERS = tuple(None if f.value == "skills" else _reader(f) for f in ACTOR_FIELDS)


class SkillIds:
    """Skill lists to ``{skill id: 1.0}`` with one C-level lookup per item (the resolver's rules,
    remembered per raw text); anything else (weights, free tags) goes through the careful rules."""

    def __init__(self, resolver: SkillResolver) -> None:
        self.resolver = resolver
        self.known: dict[str, str] = {}

    def of(self, items: list, key: str, site: Site, scratch: Document) -> dict[str, float]:
        try:
            ids = list(map(self.known.get, items))
        except TypeError:  # a {"skill": …, "weight": …} item is no dict key
            return _skills({key: items}, key, site, self.resolver, scratch)
        if None in ids:
            for item in items:
                if item not in self.known:
                    found = self.resolver.resolve(item)
                    if found is None:  # a free tag: the careful rules create it
                        return _skills({key: items}, key, site, self.resolver, scratch)
                    self.known[item] = found
            ids = list(map(self.known.get, items))
        return dict.fromkeys(ids, 1.0)


_MISSING = object()  # a required field's "value" when the object lacks it


def _absent(read: Callable[[Any], Any] | None) -> Any:
    """What a field the object does not name reads as (computed once, not once per actor)."""
    if read is None:
        return None
    try:
        return read(UNSET)
    except Unsure:
        return _MISSING


_ABSENT = tuple(_absent(read) for read in _READERS)
_KEY_SETS: dict[tuple[bool, ...], frozenset[str]] = {}  # one shared set per shape of object


def actor_record(
    typed: Any, site: Site, skill_ids: SkillIds, scratch: Document
) -> tuple[ActorRecord, frozenset]:
    """The record the careful reader would build from this object, and the keys the object named."""
    raw = astuple(typed)
    values = {}
    for name, read, absent, value in zip(_NAMES, _READERS, _ABSENT, raw, strict=True):
        if read is None:
            values[name] = {} if value is None or value is UNSET else skill_ids.of(value, name, site, scratch)
        elif value is UNSET:
            if absent is _MISSING:
                raise Unsure
            values[name] = absent
        else:
            values[name] = read(value)
    present = tuple(map(is_not, raw, repeat(UNSET)))
    keys = _KEY_SETS.get(present)
    if keys is None:
        keys = _KEY_SETS.setdefault(present, frozenset(compress(_NAMES, present)))
    return ActorRecord(**values), keys
