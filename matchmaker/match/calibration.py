"""Bands that mean the same on every network: how often a pair scored like this went on to form.

On the held-out window, the score of each candidate pair is set against whether the pair
formed a tie (each sampled non-formed pair counts for the candidates it stands for, so the
rates are those of the whole candidate pool). A logistic curve fitted to that gives the chance a pair
with a given score forms; "strong" means at least :data:`STRONG_CHANCE`, "good" at least
:data:`GOOD_CHANCE` — the same promise whether the network is a forum's 600 actors or a
research programme's 27,000.
"""

from __future__ import annotations

import numpy as np

from matchmaker.match.ranker import RankingList

__all__ = ["band_thresholds", "STRONG_CHANCE", "GOOD_CHANCE", "chance_curve"]

STRONG_CHANCE = 0.15  # about one pair in seven like it formed a tie in the next period
GOOD_CHANCE = 0.04  # about one in twenty-five
NEVER = float("inf")


def chance_curve(lists: list[RankingList], weights: np.ndarray) -> tuple[float, float] | None:
    """``(a, b)`` of ``P(formed | score) = 1 / (1 + exp(-(a * score + b)))``, or None if it cannot be told."""
    from scipy.optimize import minimize

    scores, labels, sample_weight = [], [], []
    for item in lists:
        s = item.features @ weights
        scores.append(s)
        labels.append(item.positive.astype(float))
        sample_weight.append(np.where(item.positive, 1.0, item.stands_for()) * item.weight)
    if not scores:
        return None
    x, y, sw = np.concatenate(scores), np.concatenate(labels), np.concatenate(sample_weight)
    if y.sum() == 0 or y.sum() == y.size or np.ptp(x) == 0:
        return None
    centre, spread = x.mean(), x.std()
    standard = (x - centre) / spread
    share = sw / sw.sum()

    def loss(p):
        z = p[0] * standard + p[1]
        log_p = -np.logaddexp(0.0, -z)  # log P(formed); log P(not formed) = log_p - z
        value = -(share @ (log_p - (1 - y) * z))
        grad_z = share * (np.exp(log_p) - y)
        return value, np.array([grad_z @ standard, grad_z.sum()])

    result = minimize(loss, np.zeros(2), jac=True, method="L-BFGS-B")
    a, b = result.x
    return float(a / spread), float(b - a * centre / spread)


def band_thresholds(lists: list[RankingList], weights: np.ndarray) -> tuple[float, float]:
    """Scores at which the chance of forming reaches the "strong" and "good" levels."""
    curve = chance_curve(lists, weights)
    if curve is None or curve[0] <= 0:
        return NEVER, NEVER

    def score_at(chance: float) -> float:
        return (np.log(chance / (1 - chance)) - curve[1]) / curve[0]

    return float(score_at(STRONG_CHANCE)), float(score_at(GOOD_CHANCE))
