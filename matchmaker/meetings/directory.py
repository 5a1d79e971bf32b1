"""Naming a forum participant in a spreadsheet: by id, exact name or native name, as ``find`` does.

Only the event's participants are looked at. When no exact name matches, a unique match after
folding (case, diacritics, Ukrainian script: ``textnorm.fold``) is accepted, since hosts
type names by hand.

>>> from matchmaker.records import ActorRecord
>>> d = ParticipantDirectory([ActorRecord("ua-1", "person", "Olena Koval", "UA", native_name="Олена Коваль")])
>>> d.resolve("ua-1"), d.resolve("Олена Коваль"), d.resolve("olena koval")
('ua-1', 'ua-1', 'ua-1')
"""

from __future__ import annotations

from collections.abc import Iterable

from matchmaker.i18n import _
from matchmaker.records import ActorRecord
from matchmaker.textnorm import fold

__all__ = ["ParticipantDirectory"]


class ParticipantDirectory:
    def __init__(self, people: Iterable[ActorRecord]):
        self.ids: set[str] = set()
        self.exact: dict[str, set[str]] = {}
        self.folded: dict[str, set[str]] = {}
        for person in people:
            self.ids.add(person.id)
            for name in {person.name, person.native_name} - {None, ""}:
                self.exact.setdefault(name, set()).add(person.id)
                self.folded.setdefault(fold(name), set()).add(person.id)

    def resolve(self, key: str) -> str:
        """The participant's id; raises ``LookupError`` with a sentence saying what is wrong."""
        if key in self.ids:
            return key
        for found in (self.exact.get(key), self.folded.get(fold(key))):
            if found and len(found) == 1:
                return next(iter(found))
            if found:
                raise LookupError(
                    _("{key!r} names {n} participants; give the id instead").format(key=key, n=len(found))
                )
        raise LookupError(_("{key!r} is not a participant of this event").format(key=key))
