"""The reciprocal partner recommender (scikit-learn estimator conventions).

Score of a candidate ``c`` for a query actor ``q`` is linear over pair features in [0, 1]::

    score(q, c) = sum_i weight_i * feature_i(q, c)

The features (:data:`~matchmaker.match.features.FEATURE_NAMES`):

- ``reciprocal_fit``: harmonic mean of the two TF-IDF cosines "what q needs that c offers"
  and "what c needs that q offers" (needs = declared + implicit from ties); an unknown
  direction drops out and the known one counts at ``unknown_discount``;
- ``matched_skills``: harmonic mean of the two counts of matched skills, capped at 5, over 5;
- ``text_similarity``: cosine of the folded-description TF-IDF vectors;
- ``warm_path`` / ``common_partners`` / ``shared_events``: ``1 - 0.5**k`` for k common
  neighbours, common partners (target tie kinds), events both attended;
- ``popularity`` / ``partner_popularity`` / ``recency``: the candidate's log degree (all ties;
  target kinds only) and log count of ties formed in the last year, scaled to [0, 1];
- ``same_sector``, ``stage_fit`` (1 - stage distance / 5), ``kind_affinity`` (how often
  pairs of these two actor kinds are tied, scaled), ``cross_border``.

Weights are learnt by a pairwise logistic regression (``training.py``) from outcomes (held-out
ties of ``target_kinds`` and recorded decisions) once ``min_outcomes`` are known, else
:data:`DEFAULT_WEIGHTS` serve; the two complementarity weights are kept >= 0 and all are
scaled so the positive ones sum to 1. Each term ``weight_i * feature_i`` is shown as a
contribution and the terms sum exactly to the score. The top of the list is re-ranked for
diversity (MMR). Bands: "strong" from the median score of held-out formed partnerships,
"good" from their 20th percentile (fixed 0.4 / 0.2 with default weights).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from matchmaker.errors import UnknownActorError
from matchmaker.match.constraints import CandidateFilter
from matchmaker.match.diversity import mmr_order
from matchmaker.match.explain import band_of, explain_pair
from matchmaker.match.features import (
    DEFAULT_WEIGHTS,
    FEATURE_NAMES,
    QueryScanner,
    candidate_prior,
    pair_features,
)
from matchmaker.match.profiles import build_profiles, normalise_rows
from matchmaker.match.signals import TieArrays, build_signals
from matchmaker.match.suggestion import Suggestion
from matchmaker.match.training import TrainingSet, decision_examples, fit_weights, tie_examples
from matchmaker.records import NetworkData

__all__ = ["PartnerRecommender"]

SMALL_NETWORK = 3000  # below this many actors every actor is a candidate, not only those with a signal


class PartnerRecommender:
    """Suggest partners from other countries whose needs and offers complement the query actor's.

    Parameters
    ----------
    weights : sequence of float, optional
        Fixed feature weights (in ``FEATURE_NAMES`` order); learning is skipped.
    learn : bool
        Learn weights from outcomes when at least ``min_outcomes`` are known.
    target_kinds : tuple of str
        Tie kinds that count as a partnership having formed (training positives).
    min_outcomes : int
        Fewer outcomes than this and the default weights serve.
    implicit_weight : float
        Weight of needs revealed by ties (partners', investees', organisations' offers) next
        to declared needs (1).
    diversity, diversity_threshold : float
        MMR trade-off, and the profile cosine above which candidates count as near-copies.
    max_candidates : int
        On big networks, full features are computed for this many candidates at most (those
        with the highest optimistic score). On the 100,000-actor benchmark network 200 already
        gave the same top-10 as 3,000 for 400 of 400 sampled actors; 500 keeps a margin.
    random_state : int
        Seeds the sampling of training pairs.
    """

    def __init__(
        self,
        *,
        weights=None,
        learn: bool = True,
        target_kinds: tuple[str, ...] = ("partner",),
        min_outcomes: int = 30,
        negatives: int = 6,
        folds: int = 2,
        max_training_ties: int = 600,
        decision_weight: float = 3.0,
        C: float = 1.0,
        implicit_weight: float = 0.5,
        implicit_top: int = 25,
        unknown_discount: float = 0.8,
        diversity: float = 0.3,
        diversity_threshold: float = 0.6,
        shortlist: int = 50,
        max_candidates: int = 500,
        language: str = "en",
        random_state=0,
    ):
        self.weights = weights
        self.learn = learn
        self.target_kinds = target_kinds
        self.min_outcomes = min_outcomes
        self.negatives = negatives
        self.folds = folds
        self.max_training_ties = max_training_ties
        self.decision_weight = decision_weight
        self.C = C
        self.implicit_weight = implicit_weight
        self.implicit_top = implicit_top
        self.unknown_discount = unknown_discount
        self.diversity = diversity
        self.diversity_threshold = diversity_threshold
        self.shortlist = shortlist
        self.max_candidates = max_candidates
        self.language = language
        self.random_state = random_state

    # -- fitting --------------------------------------------------------------------------------
    def _signal_options(self) -> dict:
        return {
            "implicit_weight": self.implicit_weight,
            "implicit_top": self.implicit_top,
            "affinity_kinds": tuple(self.target_kinds),
        }

    def fit(self, net: NetworkData) -> PartnerRecommender:
        self.net_ = net
        self.index_ = build_profiles(net)
        ties = TieArrays.of(net.ties, self.index_.position)
        self.signals_ = build_signals(
            self.index_, ties, net.events, net.participations, net.decisions, **self._signal_options()
        )
        self.scanner_ = QueryScanner(self.index_, self.signals_)
        self.popular_ = np.argsort(-self.signals_.degree, kind="stable")[:100]
        self.diversity_profiles_ = normalise_rows(
            sparse.hstack([self.index_.offers, 0.5 * self.index_.text]).tocsr()
        )
        self.feature_names_ = list(FEATURE_NAMES)
        self.n_outcomes_ = 0
        training = TrainingSet([], [], [])
        learnt = None
        if self.weights is not None:
            self.weights_ = np.asarray(self.weights, dtype=float)
            self.weights_source_ = "given"
        else:
            if self.learn:
                rng = np.random.default_rng(self.random_state)
                tie_examples(
                    net,
                    self.index_,
                    ties,
                    training,
                    kinds=tuple(self.target_kinds),
                    rng=rng,
                    folds=self.folds,
                    negatives=self.negatives,
                    max_positives=self.max_training_ties,
                    signal_options=self._signal_options(),
                    unknown_discount=self.unknown_discount,
                )
                decision_examples(
                    net,
                    self.index_,
                    self.signals_,
                    training,
                    rng=rng,
                    negatives=self.negatives,
                    weight=self.decision_weight,
                    unknown_discount=self.unknown_discount,
                )
                self.n_outcomes_ = training.outcomes
                if training.outcomes >= self.min_outcomes:
                    learnt = fit_weights(
                        training, C=self.C, non_negative=("reciprocal_fit", "matched_skills")
                    )
            self.weights_ = learnt if learnt is not None else np.asarray(DEFAULT_WEIGHTS, dtype=float)
            self.weights_source_ = "learned" if learnt is not None else "default"
        self.band_thresholds_ = self._band_thresholds(training)
        self.candidate_prior_ = candidate_prior(self.weights_, self.signals_)
        return self

    def _band_thresholds(self, training: TrainingSet) -> tuple[float, float]:
        """ "strong" scores like the median formed partnership, "good" like its lower fifth.

        Without enough formed partnerships to compare with, fixed shares of the best possible
        score (the positive weights sum to 1) serve.
        """
        if self.weights_source_ == "learned" and len(training.positive_features) >= 20:
            scores = np.vstack(training.positive_features) @ self.weights_
            return float(np.quantile(scores, 0.5)), float(np.quantile(scores, 0.2))
        return 0.4, 0.2

    # -- ranking --------------------------------------------------------------------------------
    def _position(self, actor_id: str) -> int:
        try:
            return self.index_.position[actor_id]
        except KeyError:
            raise UnknownActorError(f"no actor has the id {actor_id!r}") from None

    def _ranked(self, q: int, top: int, filters: CandidateFilter, diversify: bool = True):
        """(features, scores, positions) of the best ``top`` candidates for ``q``, best first."""
        index, signals = self.index_, self.signals_
        scan = self.scanner_.scan(q)
        pool = np.arange(index.n) if index.n <= SMALL_NETWORK else scan.pool(self.popular_)
        pool = pool[filters.mask(index, signals, q, pool)]
        if pool.size < top and index.n > SMALL_NETWORK:
            everyone = np.arange(index.n)
            pool = everyone[filters.mask(index, signals, q, everyone)]
        if pool.size > self.max_candidates:  # big networks: full features for the most promising only
            bound = scan.optimistic_score(pool, self.weights_, signals, self.candidate_prior_)
            pool = np.sort(pool[np.argpartition(-bound, self.max_candidates - 1)[: self.max_candidates]])
        feats = pair_features(index, signals, scan, pool, self.unknown_discount)
        scores = feats.matrix @ self.weights_
        m = min(pool.size, max(self.shortlist, 3 * top))
        short = np.argpartition(-scores, m - 1)[:m] if m < pool.size else np.arange(pool.size)
        short = short[np.lexsort((pool[short], -scores[short]))]
        if diversify and self.diversity > 0:
            picked = mmr_order(
                scores[short],
                self.diversity_profiles_[pool[short]],
                top,
                trade_off=self.diversity,
                threshold=self.diversity_threshold,
            )
            short = short[picked]
        else:
            short = short[:top]
        return feats, scores[short].tolist(), short

    def rank_ids(self, actor_id: str, *, top: int = 10, diversify: bool = True, **filters) -> list[str]:
        """Ids of the best ``top`` candidates, without explanations (for evaluation)."""
        feats, _scores, short = self._ranked(
            self._position(actor_id), top, CandidateFilter.of(**filters), diversify
        )
        return [self.index_.actors[i].id for i in feats.candidates[short]]

    def recommend(
        self,
        actor_id: str,
        *,
        top: int = 10,
        kinds=None,
        countries=None,
        sectors=None,
        any_country: bool = False,
        include_tied: bool = False,
        language: str | None = None,
    ) -> list[Suggestion]:
        """The best ``top`` partners for ``actor_id``, scored, banded and explained."""
        q = self._position(actor_id)
        filters = CandidateFilter.of(kinds, countries, sectors, any_country, include_tied)
        feats, _scores, short = self._ranked(q, top, filters)
        index = self.index_
        out = []
        for row in short:
            c = int(feats.candidates[row])
            terms = {
                name: float(w * v) + 0.0
                for name, w, v in zip(self.feature_names_, self.weights_, feats.matrix[row], strict=True)
            }
            score = sum(terms.values())  # the very sum a reader can redo
            you, they = feats.fit_you_need[row], feats.fit_they_need[row]
            fit_you = None if np.isnan(you) else float(you)
            fit_they = None if np.isnan(they) else float(they)
            reasons, broker = explain_pair(
                index,
                self.signals_,
                self.net_.skills,
                q,
                c,
                terms,
                fit_you,
                fit_they,
                language or self.language,
            )
            actor = index.actors[c]
            out.append(
                Suggestion(
                    id=actor.id,
                    name=actor.name,
                    country=actor.country,
                    score=score,
                    band=band_of(score, self.band_thresholds_),
                    reasons=reasons,
                    contributions=terms,
                    warm_path=None
                    if broker is None
                    else [index.actors[q].id, index.actors[broker].id, actor.id],
                    fit_they_need=fit_they,
                    fit_you_need=fit_you,
                )
            )
        return out

    def recommend_many(self, actor_ids, **options) -> dict[str, list[Suggestion]]:
        """:meth:`recommend` for each actor, on one fitted index."""
        return {actor_id: self.recommend(actor_id, **options) for actor_id in actor_ids}
