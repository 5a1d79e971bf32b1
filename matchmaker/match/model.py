"""The partner recommender (scikit-learn estimator conventions).

``PartnerRecommender().fit(net).recommend(actor_id, kinds=...)`` answers "who will this actor
tie up with next?" for the relation the question is about (:mod:`~matchmaker.match.relation`:
partnerships by default, investments when a startup asks for investors, …). Its score is
linear over the pair features of :mod:`~matchmaker.match.features`::

    score(q, c) = sum_i weight_i * feature_i(q, c)

with weights learned per relation from the network's own history (:mod:`training`: the
newest ties, held out by date, predicted from what was known before them; recorded outcomes
too), separately for queries with and without ties of the relation. Each term is shown as a
contribution and the terms sum exactly to the score. Bands say how often a pair scored like
this formed a tie in the held-out period (:mod:`calibration`). The top of the list is
re-ranked for diversity (MMR). Relations are fitted when first asked about; the main one
(partnerships, else the commonest) at :meth:`fit`.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from scipy import sparse

from matchmaker.errors import UnknownActorError
from matchmaker.match.constraints import CandidateFilter
from matchmaker.match.content import build_content
from matchmaker.match.diversity import mmr_order_of_rows
from matchmaker.match.explain import band_of, explain_pair
from matchmaker.match.features import FEATURE_NAMES, FeatureMaker
from matchmaker.match.learning import DEFAULT_BANDS, FittedRelation, choose_weights, every_slice
from matchmaker.match.profiles import build_profiles, normalise_rows
from matchmaker.match.relation import (
    DEFAULT_RELATION,
    build_relation,
    choose_relation,
    kind_pair_counts,
)
from matchmaker.match.signals import TieArrays, build_signals
from matchmaker.match.suggestion import Suggestion
from matchmaker.match.training import (
    TrainingLists,
    decision_lists,
    holdout_windows,
    partner_kinds,
    window_lists,
)
from matchmaker.network_columns import actor_value
from matchmaker.records import NetworkData

__all__ = ["PartnerRecommender", "CAPPED_FIT_FROM"]

# From this many actors a fit learns from fewer, smaller lists (``max_queries`` and ``negatives``
# capped below): each list costs more with the network, and a few hundred lists per window
# already fix nineteen weights. Below it (every real record measured so far) nothing changes.
CAPPED_FIT_FROM = 50_000
CAPPED_QUERIES = 300
CAPPED_NEGATIVES = 100
# An edited network keeps the weights learnt before the edit until this share of its ties changed.
REFIT_SHARE = 0.1


RANKING_ONLY = frozenset(
    {"all_pairs.py", "spawned_pairs.py", "running_best.py", "ranking_order.py", "kept_pairs.py"}
)  # rank many actors with a fitted model and keep what they find; a fit never imports them


def kept_model_sources() -> list[Path]:
    """The source files a kept model's digest covers: this package's, but for
    :data:`RANKING_ONLY`. A fit never runs those and no kept model holds their objects, so an
    upgrade that changes only them (how every actor is ranked for the best pairs) does not make
    a 100,000-actor network learn again for minutes; the best pairs kept
    (:mod:`~matchmaker.match.kept_pairs`) depend on them instead."""
    return [p for p in _package_sources() if p.name not in RANKING_ONLY]


def ranking_sources() -> list[Path]:
    """The source files of :data:`RANKING_ONLY`, for what their code finds and keeps."""
    return [p for p in _package_sources() if p.name in RANKING_ONLY]


def _package_sources() -> list[Path]:
    return sorted(Path(__file__).parent.glob("*.py"))


def sources_digest(sources: list[Path], start: bytes = b"") -> str:
    """A digest of ``start`` and then every file of ``sources``, in turn."""
    import hashlib

    digest = hashlib.sha256(start)
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()


class PartnerRecommender:
    """Suggest the actors a query actor is likely to tie up with, and say why.

    Parameters
    ----------
    weights : sequence of float, optional
        Fixed feature weights (in ``FEATURE_NAMES`` order) for every relation; learning is skipped.
    learn : bool
        Learn weights from the network's history; False serves the default weights.
    min_outcomes : int
        Fewer training lists than this and the default weights serve.
    windows, window_share : int, float
        How many held-out windows of the newest ties to learn from, each this share of the
        relation's ties.
    max_queries, negatives : int
        Per window, at most this many query actors, each with this many sampled candidates.
    decision_weight : float
        Weight of a list from a recorded outcome next to one from a formed tie.
    implicit_weight, implicit_top : float, int
        Weight and number of the needs revealed by an actor's ties, next to declared needs (1).
    unknown_discount : float
        Reciprocal fit of a pair where one side's needs are unknown, relative to the known side.
    diversity, diversity_threshold : float
        MMR trade-off, and the profile cosine above which candidates count as near-copies.
    audience : str
        Who is asking: ``public`` (anyone) or ``council`` (a council member). Private actors are
        never suggested to others, council-only ones only to council members
        (:func:`matchmaker.visibility.may_suggest`); nobody outside what the audience may see is
        named as an introducer either.
    random_state : int
        Seeds the windows' sampling.
    """

    def __init__(
        self,
        *,
        weights=None,
        learn: bool = True,
        min_outcomes: int = 30,
        windows: int = 2,
        window_share: float = 0.15,
        max_queries: int = 800,
        negatives: int = 200,
        decision_weight: float = 3.0,
        implicit_weight: float = 0.5,
        implicit_top: int = 25,
        unknown_discount: float = 0.8,
        diversity: float = 0.3,
        diversity_threshold: float = 0.9,
        shortlist: int = 50,
        language: str = "en",
        audience: str = "public",
        random_state=0,
    ):
        self.weights = weights
        self.learn = learn
        self.min_outcomes = min_outcomes
        self.windows = windows
        self.window_share = window_share
        self.max_queries = max_queries
        self.negatives = negatives
        self.decision_weight = decision_weight
        self.implicit_weight = implicit_weight
        self.implicit_top = implicit_top
        self.unknown_discount = unknown_discount
        self.diversity = diversity
        self.diversity_threshold = diversity_threshold
        self.shortlist = shortlist
        self.language = language
        self.audience = audience
        self.random_state = random_state

    # -- keeping --------------------------------------------------------------------------------
    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_lock", None)  # a lock cannot be pickled; each copy gets its own
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def kept_key(self) -> str:
        """What a fitted copy kept on disk depends on besides the network: the parameters and the code.

        The code is named by a digest of this package's source (:func:`kept_model_sources`), so
        a kept model made by other code (an upgrade, a fix) is never used. The language is left
        out: it only names things in the explanations, so a model kept by an English
        ``recommend`` serves the app in Estonian too (``fitted_recommender`` gives it the asked
        language) instead of being learnt again for minutes.
        """
        import inspect

        params = {
            name: getattr(self, name)
            for name in inspect.signature(type(self).__init__).parameters
            if name not in ("self", "language")
        }
        return sources_digest(kept_model_sources(), repr(sorted(params.items())).encode())

    # -- fitting --------------------------------------------------------------------------------
    def _signal_options(self) -> dict:
        return {"implicit_weight": self.implicit_weight, "implicit_top": self.implicit_top}

    def fit(self, net: NetworkData) -> PartnerRecommender:
        self._prepare(net)
        self.relation(self.main_relation_)
        return self

    def fit_everything(self, net: NetworkData, progress=None, processes: int = 1) -> PartnerRecommender:
        """:meth:`fit`, then :meth:`fit_every_relation`; the main relation learnt alongside the others."""
        self._prepare(net)
        return self.fit_every_relation(progress, processes)

    def _prepare(self, net: NetworkData) -> None:
        """Everything but the relations' weights: profiles, signals, which relation is the main one."""
        self.net_ = net
        self.index_ = build_profiles(net)
        self.content_ = build_content(self.index_)
        self.ties_ = TieArrays.of(net.ties, self.index_.position)
        self.signals_ = build_signals(
            self.index_, self.ties_, net.events, net.participations, net.decisions, **self._signal_options()
        )
        self.kind_counts_ = kind_pair_counts(self.index_, self.ties_)
        from matchmaker.visibility import audience_for, may_suggest

        audience = audience_for(self.audience)
        self.suggestable_ = np.fromiter(
            (may_suggest(a, audience) for a in self.index_.actors), bool, self.index_.n
        )
        self.diversity_profiles_ = normalise_rows(
            sparse.hstack([self.index_.offers, 0.5 * self.index_.text]).tocsr()
        )
        self.feature_names_ = list(FEATURE_NAMES)
        self.relations_: dict[str, FittedRelation] = {}
        self._lock = threading.Lock()
        main = DEFAULT_RELATION if DEFAULT_RELATION in self.kind_counts_ else None
        if main is None and self.kind_counts_:
            main = max(self.kind_counts_, key=lambda kind: self.kind_counts_[kind].sum())
        self.main_relation_ = main or DEFAULT_RELATION

    def relation(self, kind: str, progress=None) -> FittedRelation:
        """The fitted score for the relation ``kind`` (fitted on first use)."""
        with self._lock:
            if kind not in self.relations_:
                self.relations_[kind] = self._fit_relation(kind, progress)
            return self.relations_[kind]

    def fit_every_relation(self, progress=None, processes: int = 1) -> PartnerRecommender:
        """Fit every relation a question can be about now, not when first asked.

        A copy kept beside the database (:mod:`matchmaker.kept`) must answer any actor's
        question at once: an investor's question fitted on demand would cost a 100,000-actor
        network minutes. ``progress(done, total)`` counts the training queries of all relations.
        With ``processes`` above 1 the relations still to learn are learnt on that many forked
        workers (:mod:`matchmaker.match.parallel_fit`; the same weights as one after the other).
        """
        kinds = sorted(self.kind_counts_) or [self.main_relation_]
        steps = 1000
        to_learn = [kind for kind in kinds if self._learns(kind)]
        reported = [0]

        def report(done: int) -> None:  # never backwards: relations learnt on workers are done first
            if progress is not None and done >= reported[0]:
                reported[0] = done
                progress(done, len(kinds) * steps)

        if processes > 1 and len(to_learn) > 1:
            from matchmaker.match.parallel_fit import learn_relations

            def overall(done: int, total: int) -> None:
                already = (len(kinds) - len(to_learn)) * steps
                report(already + len(to_learn) * steps * done // max(total, 1))

            learnt = learn_relations(self, to_learn, processes, overall)
            with self._lock:
                for kind, values in learnt.items():
                    self.relations_[kind] = self._fit_relation(kind, learnt=values)
        for number, kind in enumerate(kinds):

            def within(done: int, total: int, number=number) -> None:
                report(number * steps + steps * done // max(total, 1))

            self.relation(kind, within)
            within(1, 1)
        return self

    def refreshed(self, net: NetworkData, progress=None) -> PartnerRecommender | None:
        """This fit's learnt weights and bands over the edited network ``net``; None once so many
        ties changed since they were learnt (:data:`REFIT_SHARE`) that they should be learnt again.

        An edit (a new actor, a tie, a skill, an outcome) changes the actors' signals, which are
        rebuilt here, but hardly what the network's history teaches: at 100,000 actors the
        signals take seconds and learning minutes.
        """
        changed = getattr(self, "ties_changed_", 0) + abs(len(net.ties) - self.ties_.source.size)
        learnt = getattr(self, "ties_learnt_", self.ties_.source.size)
        if changed > REFIT_SHARE * max(learnt, 1) or not self.relations_:
            return None
        fresh = type(self)(**self.get_params())
        fresh._reuse = dict(self.relations_)
        try:
            fresh.fit(net).fit_every_relation(progress)
        finally:
            del fresh._reuse
        fresh.ties_changed_, fresh.ties_learnt_ = changed, learnt
        return fresh

    def get_params(self) -> dict:
        """The constructor's parameters and their values (scikit-learn's convention)."""
        import inspect

        names = inspect.signature(type(self).__init__).parameters
        return {name: getattr(self, name) for name in names if name != "self"}

    def _learns(self, kind: str) -> bool:
        """Whether fitting ``kind`` means learning (not yet fitted, no weights given or kept)."""
        return (
            kind not in self.relations_
            and kind not in getattr(self, "_reuse", {})
            and self.weights is None
            and self.learn
        )

    def _relation_and_maker(self, kind: str) -> tuple:
        relation = build_relation(self.index_, self.content_, self.ties_, kind)
        fitted = next(iter(self.relations_.values()), None)  # its relation-free indexes serve this one too
        maker = FeatureMaker(
            self.index_,
            self.content_,
            self.signals_,
            relation,
            unknown_discount=self.unknown_discount,
            shared=None if fitted is None else fitted.maker,
        )
        return relation, maker

    def _fit_relation(self, kind: str, progress=None, learnt: tuple | None = None) -> FittedRelation:
        """The relation's features and weights: kept ones (an edit), given ones, ``learnt`` ones
        (by a worker: :meth:`_learn`'s result), else learnt here."""
        relation, maker = self._relation_and_maker(kind)
        kept = getattr(self, "_reuse", {}).get(kind)
        if kept is not None:  # an edited network: the learnt weights and bands, today's signals
            return FittedRelation(
                relation,
                maker,
                kept.weights,
                kept.bands,
                kept.source,
                kept.outcomes,
                kept.alpha,
                kept.validation_hits,
            )
        if self.weights is not None:
            w = np.asarray(self.weights, dtype=float)
            return FittedRelation(relation, maker, every_slice(w), every_slice(DEFAULT_BANDS), "given")
        weights, bands, source, alpha, tried, outcomes = learnt or self._learn(kind, maker, progress)
        return FittedRelation(relation, maker, weights, bands, source, outcomes, alpha, tried)

    def _learn(self, kind: str, maker: FeatureMaker, progress=None) -> tuple:
        """Weights and bands of the relation ``kind`` learnt from the network's history (and outcomes)."""
        index, net = self.index_, self.net_
        training = TrainingLists()
        if self.learn:
            rng = np.random.default_rng(self.random_state)
            max_queries, negatives = self.max_queries, self.negatives
            if index.n >= CAPPED_FIT_FROM:
                max_queries, negatives = min(max_queries, CAPPED_QUERIES), min(negatives, CAPPED_NEGATIVES)
            options = dict(
                rng=rng,
                max_queries=max_queries,
                negatives=negatives,
                signal_options=self._signal_options(),
                unknown_discount=self.unknown_discount,
            )
            windows = holdout_windows(
                self.ties_, kind, share=self.window_share, windows=self.windows, rng=rng
            )
            for w, holdout in enumerate(windows):

                def within(done: int, total: int, w=w) -> None:
                    if progress is not None:
                        progress(w * total + done, len(windows) * total)

                training.extend(
                    window_lists(
                        net, index, self.content_, self.ties_, kind, holdout, w, progress=within, **options
                    )
                )
            kinds_for = partner_kinds(index, self.ties_.subset(self.ties_.kind == kind))
            training.extend(
                decision_lists(
                    net, maker, kinds_for, rng=rng, negatives=negatives, weight=self.decision_weight
                )
            )
        weights, bands, source, alpha, tried = choose_weights(training, self.min_outcomes)
        outcomes = sum(1 for item in training.lists if item.positive.any())
        return weights, bands, source, alpha, tried, outcomes

    # what the Matches view shows: the main relation's weights for established actors
    @property
    def weights_(self) -> np.ndarray:
        return self.relation(self.main_relation_).weights["established/abroad"]

    @property
    def weights_source_(self) -> str:
        return self.relation(self.main_relation_).source

    @property
    def n_outcomes_(self) -> int:
        return self.relation(self.main_relation_).outcomes

    # -- ranking --------------------------------------------------------------------------------
    def askers(self) -> list[str]:
        """Ids of the actors this audience may be suggested, who may therefore also ask: a
        private actor's name stays out of lists made for everyone (all pairs, best pairs)."""
        return [a.id for a, shown in zip(self.index_.actors, self.suggestable_, strict=True) if shown]

    def _position(self, actor_id: str) -> int:
        try:
            return self.index_.position[actor_id]
        except KeyError:
            raise UnknownActorError(f"no actor has the id {actor_id!r}") from None

    def relation_for(self, q: int, kinds) -> str:
        """The relation a question from ``q`` about candidates of ``kinds`` is about."""
        codes = [self.index_.kinds.index(k) for k in kinds if k in self.index_.kinds] if kinds else None
        return choose_relation(self.kind_counts_, int(self.index_.kind[q]), codes) or self.main_relation_

    def _ranked(self, q: int, top: int, filters: CandidateFilter, diversify: bool, relation: str | None):
        fitted = self.relation(relation or self.relation_for(q, filters.kinds))
        scan = fitted.maker.scan(q)
        slice_name = fitted.slice_of(q, abroad=not (filters.any_country or filters.countries))
        weights = fitted.weights[slice_name]
        pool = scan.pool[
            filters.mask(self.index_, self.signals_, q, scan.pool) & self.suggestable_[scan.pool]
        ]
        matrix = scan.matrix(pool)
        scores = matrix @ weights
        m = min(pool.size, max(self.shortlist, 3 * top))
        short = np.argpartition(-scores, m - 1)[:m] if m < pool.size else np.arange(pool.size)
        short = short[np.lexsort((pool[short], -scores[short]))]
        if diversify and self.diversity > 0 and short.size:
            picked = mmr_order_of_rows(
                scores[short],
                self.diversity_profiles_,
                pool[short],
                top,
                trade_off=self.diversity,
                threshold=self.diversity_threshold,
            )
            short = short[picked]
        else:
            short = short[:top]
        return fitted, scan, matrix[short], weights, fitted.bands[slice_name], pool[short]

    def rank_ids(
        self, actor_id: str, *, top: int = 10, diversify: bool = True, relation: str | None = None, **filters
    ) -> list[str]:
        """Ids of the best ``top`` candidates, without explanations (for evaluation)."""
        *_rest, chosen = self._ranked(
            self._position(actor_id), top, CandidateFilter.of(**filters), diversify, relation
        )
        return [actor_value(self.index_.actors, i, "id") for i in chosen]

    def _contributions(self, weights: np.ndarray, row: np.ndarray) -> dict[str, float]:
        """Each feature's share of a candidate's score (``+ 0.0`` turns a -0.0 into 0.0 for display)."""
        return {
            name: float(w * v) + 0.0 for name, w, v in zip(self.feature_names_, weights, row, strict=True)
        }

    def top_pairs(
        self,
        actor_id: str,
        *,
        top: int = 10,
        kinds=None,
        countries=None,
        sectors=None,
        any_country: bool = False,
        include_tied: bool = False,
        relation: str | None = None,
    ) -> list[tuple[str, float, str, str]]:
        """:meth:`recommend`'s list as ``(candidate id, score, band, relation)``, without the
        explanations (for every actor at once: :mod:`matchmaker.match.all_pairs`)."""
        q = self._position(actor_id)
        filters = CandidateFilter.of(kinds, countries, sectors, any_country, include_tied)
        fitted, _scan, rows, weights, bands, chosen = self._ranked(q, top, filters, True, relation)
        out = []
        for k, c in enumerate(chosen.tolist()):
            score = sum(self._contributions(weights, rows[k]).values())
            out.append(
                (actor_value(self.index_.actors, c, "id"), score, band_of(score, bands), fitted.relation.kind)
            )
        return out

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
        relation: str | None = None,
    ) -> list[Suggestion]:
        """The best ``top`` candidates for ``actor_id``, scored, banded and explained."""
        q = self._position(actor_id)
        filters = CandidateFilter.of(kinds, countries, sectors, any_country, include_tied)
        fitted, scan, rows, weights, bands, chosen = self._ranked(q, top, filters, True, relation)
        index = self.index_
        fit_you_need, fit_they_need = scan.fit_you_need(chosen), scan.fit_they_need(chosen)
        out = []
        for k, c in enumerate(chosen.tolist()):
            terms = self._contributions(weights, rows[k])
            score = sum(terms.values())  # the very sum a reader can redo
            you, they = fit_you_need[k], fit_they_need[k]
            fit_you = None if np.isnan(you) else float(you)
            fit_they = None if np.isnan(they) else float(they)
            reasons, broker = explain_pair(
                index,
                self.signals_,
                self.suggestable_,
                fitted.relation,
                self.content_,
                self.net_.skills,
                q,
                c,
                terms,
                fit_you,
                fit_they,
                language or self.language,
            )
            candidate_id = actor_value(index.actors, c, "id")
            out.append(
                Suggestion(
                    id=candidate_id,
                    name=actor_value(index.actors, c, "name"),
                    country=actor_value(index.actors, c, "country"),
                    score=score,
                    band=band_of(score, bands),
                    reasons=reasons,
                    contributions=terms,
                    warm_path=None
                    if broker is None
                    else [
                        actor_value(index.actors, q, "id"),
                        actor_value(index.actors, broker, "id"),
                        candidate_id,
                    ],
                    fit_they_need=fit_they,
                    fit_you_need=fit_you,
                    relation=fitted.relation.kind,
                )
            )
        return out

    def recommend_many(self, actor_ids, **options) -> dict[str, list[Suggestion]]:
        """:meth:`recommend` for each actor, on one fitted index."""
        return {actor_id: self.recommend(actor_id, **options) for actor_id in actor_ids}
