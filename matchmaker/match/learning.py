"""Fitting the score for one relation: which weights, learned how, and what the bands mean.

Queries with ties of the relation (*warm*) and queries without (*cold*) get weights of their
own when each has enough lists: a newcomer is found by content and activity, an established
actor also by its neighbourhood, and one set of weights cannot serve both well. So do the two
questions: partners from other countries only (the app's default) and from anywhere (where
sharing a country is itself a strong signal). The L2
penalty is chosen on the newest window after fitting on the older one, then the weights are
refitted on everything. With too few formed ties to learn from, :data:`DEFAULT_WEIGHTS`
serve: complementarity leads, and activity counts (real networks reward it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from matchmaker.match.calibration import band_thresholds
from matchmaker.match.features import FEATURE_NAMES, FeatureMaker
from matchmaker.match.ranker import RankingList, fit_listwise, for_fitting, for_judging, listwise_loss
from matchmaker.match.relation import Relation
from matchmaker.match.training import BORDERS, EXPERIENCES, TrainingLists, experience_of, slice_name

__all__ = [
    "FittedRelation",
    "DEFAULT_WEIGHTS",
    "choose_weights",
    "DEFAULT_BANDS",
    "every_slice",
    "default_weights",
]

DEFAULT_WEIGHTS = dict(
    activity=0.3,
    recent_activity=0.1,
    activity_x_experience=0.0,
    common_partners=0.3,
    recent_common_partners=0.1,
    adamic_adar=0.0,
    walk=0.4,
    content_fit=0.3,
    partners_resemble=0.2,
    reciprocal_fit=1.5,
    matched_skills=0.4,
    kind_affinity=0.2,
    country_affinity=0.1,
    same_country=0.0,
    ties_to_your_country=0.2,
    your_ties_to_their_country=0.1,
    ties_to_your_kind=0.1,
    warm_path=0.3,
    shared_events=0.3,
    sector_affinity=0.1,
    portfolio_likelihood=0.1,
)
DEFAULT_BANDS = (1.5, 0.75)  # with default weights: a pair that fits both ways well is "strong"
NON_NEGATIVE = ("reciprocal_fit", "matched_skills")  # complementarity never counts against a pair
ALPHAS = (0.001, 0.01, 0.1, 1.0)
MIN_SLICE = 30  # lists needed to give warm or cold queries weights of their own


def every_slice(value) -> dict:
    """``value`` for every slice (cold, warm and established queries, asking abroad or anywhere)."""
    return {slice_name(experience, border): value for experience in EXPERIENCES for border in BORDERS}


def default_weights() -> np.ndarray:
    return np.array([DEFAULT_WEIGHTS[name] for name in FEATURE_NAMES])


@dataclass
class FittedRelation:
    relation: Relation
    maker: FeatureMaker
    weights: dict[str, np.ndarray]  # by slice_name: "warm/abroad", "cold/anywhere", ...
    bands: dict[str, tuple[float, float]]
    source: str  # "learned", "default" or "given"
    outcomes: int = 0  # formed ties and recorded outcomes learned from
    alpha: float | None = None
    validation_hits: dict[float, float] = field(default_factory=dict)

    def slice_of(self, q: int, abroad: bool) -> str:
        return slice_name(experience_of(self.relation.degree[q]), "abroad" if abroad else "anywhere")


def _lower_bounds() -> np.ndarray:
    return np.array([0.0 if name in NON_NEGATIVE else -np.inf for name in FEATURE_NAMES])


def _choose_alpha(training: TrainingLists) -> tuple[float, dict[float, float]]:
    """The penalty whose weights, fitted on older windows, have the lowest loss on the newest window."""
    older = training.select(lambda i: training.window[i] != 0)
    newest = training.select(lambda i: training.window[i] == 0)
    if len(newest) < MIN_SLICE or len([x for x in older if x.positive.any()]) < MIN_SLICE:
        return 0.01, {}
    losses = {}
    fitting, judging = for_fitting(older), for_judging(newest)
    for alpha in ALPHAS:
        w = fit_listwise(fitting, alpha=alpha, lower_bounds=_lower_bounds())
        losses[alpha] = listwise_loss(judging, w)
    return min(losses, key=losses.get), losses


def choose_weights(training: TrainingLists, min_outcomes: int) -> tuple[dict, dict, str, float | None, dict]:
    """Weights and band thresholds per slice, where they came from, and the penalty chosen."""
    usable = [item for item in training.lists if item.positive.any()]
    if len(usable) < min_outcomes:
        return every_slice(default_weights()), every_slice(DEFAULT_BANDS), "default", None, {}
    alpha, tried = _choose_alpha(training)
    everything = training.lists
    shared = fit_listwise(everything, alpha=alpha, lower_bounds=_lower_bounds())
    weights, bands = {}, {}
    for name in every_slice(None):
        chosen = training.select(lambda i, key=name: training.slices[i] == key)
        w = shared
        if len(chosen) >= MIN_SLICE:
            w = fit_listwise(chosen, alpha=alpha, lower_bounds=_lower_bounds())
        weights[name] = w
        judged: list[RankingList] = chosen if len(chosen) >= MIN_SLICE else everything
        bands[name] = band_thresholds(judged, w)
    return weights, bands, "learned", alpha, tried
