"""What the ties, events and decisions say about each actor: neighbours, events, implicit needs, declined pairs.

Built separately from :class:`~matchmaker.match.profiles.ProfileIndex` so that training and
evaluation can rebuild it from a subset of the ties (a held-out tie must not reveal itself
through a common neighbour or an implicit need).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter

import numpy as np
from scipy import sparse

from matchmaker.match.profiles import ProfileIndex, keep_top_per_row, normalise_rows
from matchmaker.records import DecisionRecord, EventRecord, ParticipationRecord, TieRecord

__all__ = [
    "NetworkSignals",
    "TieArrays",
    "build_signals",
    "IMPLICIT_NEED_KINDS",
    "NEGATIVE_STATUSES",
    "POSITIVE_STATUSES",
]

# Tie kinds that reveal what an actor looks for: the source takes on the target's offers
# ("both": each side takes on the other's). Knowing someone says nothing about needs.
IMPLICIT_NEED_KINDS = {
    "partner": "both",
    "invested_in": "source",
    "member_of": "source",
    "works_at": "source",
    "advises": "target",
    "mentored": "target",
}
POSITIVE_STATUSES = ("agreement", "met")
NEGATIVE_STATUSES = ("declined",)
IMPLICIT_RELATIVE_CUT = 0.25  # an implicit need held by under a quarter as many ties as the top one is noise


@dataclass
class NetworkSignals:
    adjacency: sparse.csr_matrix  # n x n, 1 where any tie joins the pair (symmetric)
    attended: sparse.csr_matrix  # n x events, 1 where the actor took part itself
    present: sparse.csr_matrix  # n x events, 1 where the actor or one of its people took part
    events: list[EventRecord]
    degree: np.ndarray
    needs: sparse.csr_matrix  # declared + implicit needs, unit rows
    implicit_needs: sparse.csr_matrix  # from ties only, unit rows
    need_counts: sparse.csr_matrix  # 1 per declared need; implicit ones (up to 0.5) for actors declaring none
    needs_known: np.ndarray  # bool: the actor declared needs or has ties revealing them
    declined: dict[int, set[int]]

    def neighbours(self, i: int) -> np.ndarray:
        a = self.adjacency
        return a.indices[a.indptr[i] : a.indptr[i + 1]]

    def events_of(self, i: int, *, in_person: bool = False) -> np.ndarray:
        """The events ``i`` was at: itself or through its people (only itself with ``in_person``)."""
        p = self.attended if in_person else self.present
        return p.indices[p.indptr[i] : p.indptr[i + 1]]


@dataclass
class TieArrays:
    """Ties as parallel arrays over actor positions (self-loops and unknown actors dropped)."""

    source: np.ndarray
    target: np.ndarray
    kind: np.ndarray  # tie kind strings
    day: np.ndarray  # proleptic ordinal of ``since``, -1 when unknown

    @classmethod
    def of(cls, ties: Iterable[TieRecord], position: dict[str, int]) -> TieArrays:
        ties = list(ties)
        # map() keeps the per-tie work in C: a million ties take a fraction of a second
        src = np.fromiter(map(position.get, map(attrgetter("source"), ties), repeat(-1)), np.int64, len(ties))
        dst = np.fromiter(map(position.get, map(attrgetter("target"), ties), repeat(-1)), np.int64, len(ties))
        kind = np.array(list(map(attrgetter("kind"), ties)), dtype=str) if ties else np.zeros(0, dtype=str)
        day = np.fromiter(
            (s.toordinal() if s else -1 for s in map(attrgetter("since"), ties)), np.int64, len(ties)
        )
        ok = (src >= 0) & (dst >= 0) & (src != dst)
        return cls(src[ok], dst[ok], kind[ok], day[ok])

    def subset(self, keep: np.ndarray) -> TieArrays:
        return TieArrays(self.source[keep], self.target[keep], self.kind[keep], self.day[keep])


def _implicit_needs(index: ProfileIndex, ties: TieArrays, top: int, neighbours: int) -> sparse.csr_matrix:
    rows, cols, days = [], [], []
    for kind, side in IMPLICIT_NEED_KINDS.items():
        chosen = ties.kind == kind
        src, dst = ties.source[chosen], ties.target[chosen]
        if side in ("source", "both"):
            rows.append(src)
            cols.append(dst)
            days.append(ties.day[chosen])
        if side in ("target", "both"):
            rows.append(dst)
            cols.append(src)
            days.append(ties.day[chosen])
    # the most recent ties speak for today's needs; older ones beyond ``neighbours`` are dropped
    link = sparse.csr_matrix(
        (np.concatenate(days) + 2.0, (np.concatenate(rows), np.concatenate(cols))), shape=(index.n, index.n)
    )
    link = keep_top_per_row(link, neighbours)
    link.data[:] = 1.0
    return normalise_rows(keep_top_per_row(link @ index.offers, top, relative=IMPLICIT_RELATIVE_CUT))


def _with_staff_attendance(attended: sparse.csr_matrix, ties: TieArrays, n: int) -> sparse.csr_matrix:
    """An organisation was at an event its people attended (a ``works_at`` tie runs person -> organisation).

    Hackathons and forums are attended by staff, not by the organisation itself; "your people and
    theirs were both at the Tallinn forum" is as warm a start as the organisations' own presence.
    """
    staff = ties.kind == "works_at"
    if not staff.any():
        return attended
    employs = sparse.csr_matrix(
        (np.ones(int(staff.sum())), (ties.target[staff], ties.source[staff])), shape=(n, n)
    )
    return sparse.csr_matrix(attended + employs @ attended)


def _symmetric(n: int, src: np.ndarray, dst: np.ndarray) -> sparse.csr_matrix:
    matrix = sparse.csr_matrix((np.ones(2 * src.size), (np.r_[src, dst], np.r_[dst, src])), shape=(n, n))
    matrix.data[:] = 1.0
    return matrix


def build_signals(
    index: ProfileIndex,
    ties: Iterable[TieRecord] | TieArrays,
    events: list[EventRecord],
    participations: Iterable[ParticipationRecord],
    decisions: Iterable[DecisionRecord],
    *,
    implicit_weight: float = 0.5,
    implicit_top: int = 25,
    implicit_neighbours: int = 20,
) -> NetworkSignals:
    """Signals from ``ties`` (records, or :class:`TieArrays` to reuse) and events, decisions."""
    n, pos = index.n, index.position
    ties = ties if isinstance(ties, TieArrays) else TieArrays.of(ties, pos)
    src, dst = ties.source, ties.target
    adjacency = _symmetric(n, src, dst)
    degree = np.diff(adjacency.indptr).astype(float)

    event_pos = {e.id: i for i, e in enumerate(events)}
    parts = [
        (pos[p.actor], event_pos[p.event]) for p in participations if p.actor in pos and p.event in event_pos
    ]
    attended = sparse.csr_matrix(
        (np.ones(len(parts)), ([p[0] for p in parts], [p[1] for p in parts])), shape=(n, len(events))
    )
    attended.data[:] = 1.0
    present = _with_staff_attendance(attended, ties, n)
    present.data[:] = 1.0

    implicit = _implicit_needs(index, ties, implicit_top, implicit_neighbours)
    needs = normalise_rows(index.declared_needs + implicit_weight * implicit)
    needs_known = np.diff(needs.indptr) > 0
    # matched-skill counts trust declared needs; ties speak only for actors that declared none
    row_max = np.asarray(implicit.max(axis=1).todense()).ravel() if implicit.shape[1] else np.zeros(n)
    silent = (np.diff(index.declared_needs.indptr) == 0) & (row_max > 0)
    scale = np.where(silent, implicit_weight / np.where(row_max > 0, row_max, 1.0), 0.0)
    declared = index.declared_needs.copy()
    declared.data[:] = 1.0
    need_counts = (declared + sparse.diags(scale) @ implicit).tocsr()

    declined: dict[int, set[int]] = {}
    for d in decisions:
        if d.status in NEGATIVE_STATUSES and d.a in pos and d.b in pos:
            declined.setdefault(pos[d.a], set()).add(pos[d.b])
            declined.setdefault(pos[d.b], set()).add(pos[d.a])

    return NetworkSignals(
        adjacency=adjacency,
        attended=attended,
        present=present,
        events=list(events),
        degree=degree,
        needs=needs,
        implicit_needs=implicit,
        need_counts=need_counts,
        needs_known=needs_known,
        declined=declined,
    )
