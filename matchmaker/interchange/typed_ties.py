"""Ties for the typed JSON reader: a msgspec struct checked in C, and the rest of the careful
reader's rules for ties applied in bulk (per distinct end and per distinct day, not per tie).

Like :mod:`matchmaker.interchange.typed_actors`, every rule here gives the careful reader's
value or raises :class:`Unsure`; none writes a message. Kept apart from the actors so the child
process that stages a big file's ties (:mod:`matchmaker.interchange.tie_stage`) imports little.
"""

from __future__ import annotations

import sys
from datetime import date
from functools import partial
from operator import attrgetter
from typing import Annotated, Any, Literal, NamedTuple

import msgspec
from msgspec import UNSET, Meta, UnsetType

from matchmaker.interchange.document import FORMAT_ID
from matchmaker.interchange.fields import FIELDS
from matchmaker.interchange.typed_actors import Unsure
from matchmaker.records import TieRecord
from matchmaker.vocab import TIE_KINDS

__all__ = ["TIES_ONLY", "TieColumns", "TypedTie", "tie_columns"]

_End = Annotated[str, Meta(min_length=1, max_length=FIELDS["ties"]["source"].chars)]
_Day = Annotated[str, Meta(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
# a JSON number beyond the largest float decodes to inf: the careful reader names it
_Weight = Annotated[float, Meta(gt=0, le=sys.float_info.max)]


class TypedTie(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    source: _End
    target: _End
    kind: Literal[TIE_KINDS]  # type: ignore[valid-type]
    since: _Day | None | UnsetType = UNSET
    weight: _Weight | UnsetType = UNSET


class TieColumns(NamedTuple):
    """A file's ties, checked, a column each (the days as dates), and the colons they hold."""

    sources: list[str]
    targets: list[str]
    kinds: list[str]
    days: list[date | None]
    weights: list[float]
    colons: int

    def records(self) -> list[TieRecord]:
        columns = zip(self.sources, self.targets, self.kinds, self.days, self.weights, strict=True)
        return list(map(partial(tuple.__new__, TieRecord), columns))  # no Python frame per tie


def tie_columns(ties: list[TypedTie]) -> TieColumns:
    """Ties checked in bulk: per distinct end and per distinct day, not per tie; raises
    :class:`Unsure` for anything the careful reader must decide."""
    sources = list(map(attrgetter("source"), ties))
    targets = list(map(attrgetter("target"), ties))
    if any(map(str.__eq__, sources, targets)):
        raise Unsure  # a tie from an actor to itself
    # each mention keeps its own string: making them one string per actor id (a dict lookup
    # per mention) saved ~100 MB but cost 1.4 s of a million-tie import, more than it saved later
    ends = set(sources)
    ends.update(targets)
    if any(end.strip() != end for end in ends):
        raise Unsure  # the careful reader strips it
    del ends
    days: dict[Any, date | None] = {UNSET: None, None: None}
    sinces = list(map(attrgetter("since"), ties))
    weights = list(map(attrgetter("weight"), ties))
    # the colons _colons_decoded would find in these ties written out again: one per key
    # present (source, target and kind always; since and weight when given, null or not) and
    # those inside the ends (kinds are from the list, days and numbers hold none)
    colons = (
        5 * len(ties)
        - sinces.count(UNSET)
        - weights.count(UNSET)
        + "".join(sources).count(":")
        + "".join(targets).count(":")
    )
    for day in set(sinces) - days.keys():
        try:
            days[day] = date.fromisoformat(day)
        except ValueError:
            raise Unsure from None
    if weights.count(UNSET):
        unset = UNSET
        weights = [1.0 if w is unset else w for w in weights]
    kinds = list(map(attrgetter("kind"), ties))
    return TieColumns(sources, targets, kinds, list(map(days.__getitem__, sinces)), weights, colons)


class _TiesOnly(msgspec.Struct, forbid_unknown_fields=True):
    """A whole file with only its ties decoded: the other sections are skipped, not built
    (the process that reads the actors decodes those, and checks the top level the same way)."""

    format: Literal[FORMAT_ID]  # type: ignore[valid-type]
    actors: msgspec.Raw | UnsetType = UNSET
    ties: list[TypedTie] | UnsetType = UNSET
    events: msgspec.Raw | UnsetType = UNSET
    participations: msgspec.Raw | UnsetType = UNSET
    decisions: msgspec.Raw | UnsetType = UNSET


TIES_ONLY = msgspec.json.Decoder(_TiesOnly)
