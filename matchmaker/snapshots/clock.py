"""Field clocks: which edits led to a value, so a merge tells "one side changed it" from "both did".

A :class:`Clock` is a version vector (``{replica: edits made there}`` over the value's history)
plus the wall time and replica of its newest edit. One vector *dominates* another when it has
seen every edit the other has: the dominating value is simply newer. Neither dominating means both
copies changed the field since they last agreed — a conflict. The wall time only orders
conflicting edits ("the later change wins") and never decides what is newer on its own, so a
laptop with a wrong clock cannot silently overwrite a colleague's edit.

>>> a = Clock.EMPTY.bumped("A", "2026-01-01T00:00:00Z")
>>> b = a.bumped("B", "2026-01-02T00:00:00Z")
>>> b.dominates(a), a.dominates(b), a.concurrent(a.bumped("A", "2026-01-03T00:00:00Z"))
(True, False, False)
>>> a.concurrent(Clock.EMPTY.bumped("B", "2026-01-01T00:00:00Z"))
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["Clock", "now_text"]


def now_text() -> str:
    """The current UTC time as ISO 8601 text with microseconds (sorts as it compares)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class Clock:
    """The history of one field's value: ``vv`` as sorted ``(replica, edits)`` pairs."""

    vv: tuple[tuple[str, int], ...] = ()
    changed_at: str = ""
    origin: str = ""

    EMPTY = None  # set below: the clock of a value no tracked edit made (an import, an old database)

    @classmethod
    def of(cls, vv: dict[str, int], changed_at: str, origin: str) -> Clock:
        return cls(tuple(sorted((r, n) for r, n in vv.items() if n)), changed_at, origin)

    @property
    def vector(self) -> dict[str, int]:
        return dict(self.vv)

    def bumped(self, replica: str, at: str) -> Clock:
        """The clock of an edit made on ``replica`` at ``at`` to the value this clock describes."""
        vector = self.vector
        vector[replica] = vector.get(replica, 0) + 1
        return Clock.of(vector, at, replica)

    def covers(self, other: Clock) -> bool:
        """Every edit ``other`` has seen, this one has seen too."""
        mine = self.vector
        return all(mine.get(r, 0) >= n for r, n in other.vv)

    def dominates(self, other: Clock) -> bool:
        return self.covers(other) and self.vv != other.vv

    def concurrent(self, other: Clock) -> bool:
        return not self.covers(other) and not other.covers(self)

    def order(self) -> tuple[str, str]:
        """How conflicting edits are ordered: later wall time, then replica id (any fixed rule would do)."""
        return (self.changed_at, self.origin)

    def joined(self, other: Clock, newest: Clock | None = None) -> Clock:
        """Both histories seen; the time and replica of ``newest`` (default: the later of the two)."""
        if newest is None:
            newest = max(self, other, key=Clock.order)
        vector = self.vector
        for r, n in other.vv:
            vector[r] = max(vector.get(r, 0), n)
        return Clock.of(vector, newest.changed_at, newest.origin)

    def as_json(self) -> list:
        return [self.changed_at, self.origin, self.vector]


Clock.EMPTY = Clock()
