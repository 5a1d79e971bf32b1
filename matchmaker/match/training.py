"""Learning the feature weights from outcomes: ties that formed and decisions users recorded.

Pairwise logistic regression (a RankSVM-style model): for one query actor, the features of
a pair that worked out minus those of a sampled other candidate should be positive. The
coefficients are a linear score, so each feature's contribution stays ``weight * value``.

A tie used as a training example is held out of the signals its features are computed
from (k folds), so "they share a neighbour" is never explained by the tie itself.
Declined decisions teach the opposite: a random candidate should outrank a declined one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from matchmaker.match.features import FEATURE_NAMES, QueryScanner, pair_features
from matchmaker.match.profiles import ProfileIndex
from matchmaker.match.signals import (
    NEGATIVE_STATUSES,
    POSITIVE_STATUSES,
    NetworkSignals,
    TieArrays,
    build_signals,
)
from matchmaker.records import NetworkData

__all__ = ["TrainingSet", "tie_examples", "decision_examples", "fit_weights"]


@dataclass
class TrainingSet:
    differences: list[np.ndarray]
    weights: list[np.ndarray]
    positive_features: list[np.ndarray]
    outcomes: int = 0

    def add(self, better: np.ndarray, worse: np.ndarray, weight: float) -> None:
        self.differences.append(better - worse)
        self.weights.append(np.full(len(better), weight))


def _sample_negatives(
    rng: np.random.Generator, n: int, exclude: set[int], pool: np.ndarray, k: int
) -> np.ndarray:
    """Half from the candidates with some signal (hard), half from everyone (easy)."""
    picks: list[int] = []
    for source, count in ((pool, k - k // 2), (None, k // 2)):
        for _try in range(4 * count):
            if len(picks) >= k or count == 0:
                break
            j = int(rng.choice(source)) if source is not None and source.size else int(rng.integers(n))
            if j not in exclude and j not in picks:
                picks.append(j)
                count -= 1
    return np.array(picks, dtype=np.int64)


def _examples_for(
    scanner: QueryScanner,
    index: ProfileIndex,
    signals: NetworkSignals,
    q: int,
    targets: list[int],
    better: bool,
    rng,
    negatives: int,
    extra_pool: np.ndarray,
    out: TrainingSet,
    weight: float,
    unknown_discount: float,
) -> None:
    scan = scanner.scan(q)
    exclude = {q, *signals.neighbours(q).tolist(), *targets, *signals.declined.get(q, ())}
    pool = scan.pool(extra_pool)
    for t in targets:
        neg = _sample_negatives(rng, index.n, exclude, pool, negatives)
        if neg.size == 0:
            continue
        feats = pair_features(index, signals, scan, np.r_[t, neg], unknown_discount).matrix
        target = np.repeat(feats[:1], neg.size, axis=0)
        if better:
            out.add(target, feats[1:], weight)
            out.positive_features.append(feats[:1])
        else:
            out.add(feats[1:], target, weight)
        out.outcomes += 1


def tie_examples(
    net: NetworkData,
    index: ProfileIndex,
    arrays: TieArrays,
    out: TrainingSet,
    *,
    kinds: tuple[str, ...],
    rng: np.random.Generator,
    folds: int,
    negatives: int,
    max_positives: int,
    signal_options: dict,
    unknown_discount: float,
) -> None:
    """Held-out ties of ``kinds`` (``arrays``: the ties of ``net``) as positives, each scored on
    signals built without its fold."""
    chosen = np.flatnonzero(arrays.of_kinds(kinds))
    if chosen.size == 0:
        return
    total = chosen.size
    chosen = rng.permutation(chosen)[:max_positives]
    # no fold may hold out more than a fifth of the kind, or the partnership signals would vanish
    folds = max(folds if chosen.size == total else 1, int(np.ceil(chosen.size / (0.2 * total))))
    for fold in np.array_split(chosen, folds):
        keep = np.ones(arrays.source.size, dtype=bool)
        keep[fold] = False
        # a pair tied twice (two kinds, or both ways) must lose every tie between them
        held = set(zip(arrays.source[fold].tolist(), arrays.target[fold].tolist(), strict=True))
        held |= {(b, a) for a, b in held}
        for i in np.flatnonzero(keep & np.isin(arrays.source, arrays.source[fold])):
            if (int(arrays.source[i]), int(arrays.target[i])) in held:
                keep[i] = False
        signals = build_signals(
            index, arrays.subset(keep), net.events, net.participations, net.decisions, **signal_options
        )
        scanner = QueryScanner(index, signals)
        popular = np.argsort(-signals.degree)[:50]
        by_query: dict[int, list[int]] = defaultdict(list)
        for i in fold:
            a, b = int(arrays.source[i]), int(arrays.target[i])
            if rng.random() < 0.5:
                a, b = b, a
            by_query[a].append(b)
        for q, targets in by_query.items():
            _examples_for(
                scanner, index, signals, q, targets, True, rng, negatives, popular, out, 1.0, unknown_discount
            )


def decision_examples(
    net: NetworkData,
    index: ProfileIndex,
    signals: NetworkSignals,
    out: TrainingSet,
    *,
    rng: np.random.Generator,
    negatives: int,
    weight: float,
    unknown_discount: float,
) -> None:
    """Agreements and meetings beat sampled candidates; sampled candidates beat declined ones."""
    pos = index.position
    scanner = QueryScanner(index, signals)
    popular = np.argsort(-signals.degree)[:50]
    good: dict[int, list[int]] = defaultdict(list)
    bad: dict[int, list[int]] = defaultdict(list)
    for d in net.decisions:
        if d.a in pos and d.b in pos and d.a != d.b:
            if d.status in POSITIVE_STATUSES:
                good[pos[d.a]].append(pos[d.b])
            elif d.status in NEGATIVE_STATUSES:
                bad[pos[d.a]].append(pos[d.b])
    for groups, better in ((good, True), (bad, False)):
        for q, targets in groups.items():
            _examples_for(
                scanner,
                index,
                signals,
                q,
                targets,
                better,
                rng,
                negatives,
                popular,
                out,
                weight,
                unknown_discount,
            )


def _logistic_fit(
    X: np.ndarray, y: np.ndarray, weight: np.ndarray, C: float, lower: np.ndarray
) -> np.ndarray:
    """Weighted L2 logistic regression without intercept, coefficients bounded below by ``lower``."""
    from scipy.optimize import minimize

    sign = 2.0 * y - 1.0
    scale = weight / weight.sum()

    def loss(beta):
        margin = sign * (X @ beta)
        value = np.sum(scale * np.logaddexp(0.0, -margin)) + 0.5 * beta @ beta / (C * len(y))
        grad = -(X.T @ (scale * sign / (1.0 + np.exp(margin)))) + beta / (C * len(y))
        return value, grad

    bounds = [(lo, None) for lo in lower]
    start = np.clip(np.zeros(X.shape[1]), lower, None)
    return minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds).x


def fit_weights(training: TrainingSet, *, C: float, non_negative: tuple[str, ...] = ()) -> np.ndarray | None:
    """Pairwise logistic regression; weights scaled so the positive ones sum to 1 (None: nothing learnt).

    Features named in ``non_negative`` may not count against a pair (complementarity is the
    promise of the product; a collinear feature must not turn it into a penalty).
    """
    if not training.differences:
        return None
    diff = np.vstack(training.differences)
    weight = np.concatenate(training.weights)
    X = np.vstack([diff, -diff])
    y = np.r_[np.ones(len(diff)), np.zeros(len(diff))]
    lower = np.array([0.0 if name in non_negative else -np.inf for name in FEATURE_NAMES])
    coef = _logistic_fit(X, y, np.r_[weight, weight], C, lower)
    positive = coef[coef > 0].sum()
    if positive <= 0:
        return None
    return coef / positive
