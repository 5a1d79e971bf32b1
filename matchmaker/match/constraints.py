"""Which candidates a query may see: never itself, a tied or declined partner, or (by default) a compatriot."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from matchmaker.match.profiles import ProfileIndex
from matchmaker.match.signals import NetworkSignals

__all__ = ["CandidateFilter"]


@dataclass(frozen=True)
class CandidateFilter:
    """The user's filters. Naming ``countries`` replaces the other-country default."""

    kinds: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None
    sectors: tuple[str, ...] | None = None
    any_country: bool = False
    include_tied: bool = False

    @classmethod
    def of(
        cls,
        kinds: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
        sectors: Iterable[str] | None = None,
        any_country: bool = False,
        include_tied: bool = False,
    ) -> CandidateFilter:
        def as_tuple(values):
            return tuple(values) if values else None

        return cls(as_tuple(kinds), as_tuple(countries), as_tuple(sectors), any_country, include_tied)

    def mask(
        self, index: ProfileIndex, signals: NetworkSignals, q: int, candidates: np.ndarray
    ) -> np.ndarray:
        """Boolean mask over ``candidates`` of those the query actor ``q`` may be shown."""
        blocked = np.zeros(index.n, dtype=bool)
        blocked[q] = True
        if not self.include_tied:
            blocked[signals.neighbours(q)] = True
        declined = signals.declined.get(q)
        if declined:
            blocked[list(declined)] = True
        ok = ~blocked[candidates]
        if self.countries:
            codes = [index.countries.index(c) for c in self.countries if c in index.countries]
            ok &= np.isin(index.country[candidates], codes)
        elif not self.any_country:
            ok &= index.country[candidates] != index.country[q]
        if self.kinds:
            ok &= np.isin(
                index.kind[candidates], [index.kinds.index(k) for k in self.kinds if k in index.kinds]
            )
        if self.sectors:
            cols = [index.sector_names.index(s) for s in self.sectors if s in index.sector_names]
            has = np.asarray(index.sectors[candidates][:, cols].sum(axis=1)).ravel() > 0 if cols else False
            ok &= has
        return ok
