"""The result object the UI and the CLI show: one suggested partner, scored and explained."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = ["Suggestion"]


@dataclass
class Suggestion:
    """``score`` is exactly ``sum(contributions.values())`` (one term per feature: weight x value).

    ``fit_they_need`` is how well what you offer covers what they need, ``fit_you_need`` the
    reverse; None when that side's needs are unknown (none declared, no ties revealing any).
    """

    id: str
    name: str
    country: str
    score: float
    band: str  # "strong", "good" or "possible"
    reasons: list[str] = field(default_factory=list)
    contributions: dict[str, float] = field(default_factory=dict)
    warm_path: list[str] | None = None  # actor ids: you, whoever links you, them
    fit_they_need: float | None = None
    fit_you_need: float | None = None
    relation: str = "partner"  # the tie kind the suggestion is about (partner, invested_in, ...)

    def as_dict(self) -> dict:
        return asdict(self)
