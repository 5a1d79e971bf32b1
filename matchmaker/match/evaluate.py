"""Offline evaluation: hide the ties that formed later (or at random), refit, see whether they come back.

- ``split="time"``: everything dated before ``before`` is the network the methods are fitted
  on; the ties of ``tie_kind`` formed from ``before`` (until ``until``) between actors not
  yet tied are what each query should find. Events after the cut, their participations and
  decisions taken after it are dropped too, so nothing from the future leaks (undated ties
  and events count as known). This is how suggestions are used, and the only honest test of
  graph signals.
- ``split="random"``: a seeded ``hide`` share of the ``tie_kind`` ties is hidden (with every
  other tie between the same pair).
- ``split="folds"``: cross-validation, every ``tie_kind`` tie hidden in exactly one of
  ``folds`` random hold-outs (for small networks, where one hold-out asks too few queries).
- ``split="newcomers"``: cross-validation over actors, for cold start: the actors with
  ``tie_kind`` ties are divided into ``folds`` parts, and each part in turn arrives with
  nothing (every tie, event attended and decision of theirs hidden) and asks for the
  ``tie_kind`` partners it had. Only they ask. A random hold-out leaves few actors with no
  ties at all; this asks every tied actor once as a newcomer.
- ``split="rolling"``: time splits at every ``every`` months from ``before`` to ``until``, each
  asked about the ties of the ``every`` months after its cut (rolling-origin evaluation): one
  cut can favour a method by the luck of its year; several cuts ask more queries and show
  whether a lead holds across years.

Queries are the ends of hidden ties (``query_side`` picks the source or target end of a
directed relation), optionally only ``warm`` ones (with ties of the relation left) or ``cold``
ones (none), of given kinds, at most ``max_queries`` sampled. ``known_only`` keeps only
partners that had some tie before the split (protocols that rank only what the training record
knows). Every method ranks the same
candidates (the model's filters). Each metric comes with a 95 % bootstrap interval, and each
baseline with the paired interval of the model's lead over it (resampling queries): the model
*beats* a baseline when that interval lies above zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _
from matchmaker.match.baselines import BASELINES
from matchmaker.match.model import PartnerRecommender
from matchmaker.records import NetworkData

__all__ = [
    "evaluate",
    "split_ties",
    "split_by_time",
    "split_folds",
    "split_newcomers",
    "split_rolling",
    "split_rolling_cuts",
    "ranking_metrics",
    "EvaluationReport",
    "METRICS",
    "MODEL_NAME",
]

METRICS = ("hits", "precision", "recall", "ndcg", "mrr")
MODEL_NAME = "model"
DEPTH = 100  # MRR looks this deep


def _without_pairs(net: NetworkData, hidden: dict[str, set[str]], ties) -> NetworkData:
    return NetworkData(
        actors=net.actors,
        ties=[t for t in ties if t.target not in hidden.get(t.source, ())],
        events=net.events,
        participations=net.participations,
        decisions=[d for d in net.decisions if d.b not in hidden.get(d.a, ())],
        skills=net.skills,
    )


def _relation_tie_positions(net: NetworkData, tie_kind: str) -> list[int]:
    known = {a.id for a in net.actors}
    return [
        i
        for i, t in enumerate(net.ties)
        if t.kind == tie_kind and t.source != t.target and t.source in known and t.target in known
    ]


def _hiding(net: NetworkData, chosen: list[int]) -> tuple[NetworkData, list[tuple[str, str]]]:
    """The network without the ties at positions ``chosen`` (and every other tie between the same pairs)."""
    hidden_ties = [(net.ties[i].source, net.ties[i].target) for i in chosen]
    hidden: dict[str, set[str]] = defaultdict(set)
    for s, t in hidden_ties:
        hidden[s].add(t)
        hidden[t].add(s)
    return _without_pairs(net, hidden, net.ties), hidden_ties


def split_ties(
    net: NetworkData, *, hide: float, seed: int, tie_kind: str
) -> tuple[NetworkData, list[tuple[str, str]]]:
    """The network with a seeded ``hide`` share of ``tie_kind`` ties removed, and those ties (source, target)."""
    rng = np.random.default_rng(seed)
    candidates = _relation_tie_positions(net, tie_kind)
    return _hiding(net, sorted(rng.permutation(candidates)[: int(round(hide * len(candidates)))].tolist()))


def split_folds(
    net: NetworkData, *, folds: int, seed: int, tie_kind: str
) -> list[tuple[NetworkData, list[tuple[str, str]]]]:
    """``folds`` disjoint random hold-outs: every ``tie_kind`` tie is hidden in exactly one of them.

    On a small network one random hold-out asks too few queries for a useful interval;
    cross-validation asks about every tie once."""
    order = np.random.default_rng(seed).permutation(_relation_tie_positions(net, tie_kind))
    return [_hiding(net, sorted(order[fold::folds].tolist())) for fold in range(folds)]


def split_newcomers(
    net: NetworkData, *, folds: int, seed: int, tie_kind: str
) -> list[tuple[NetworkData, list[tuple[str, str]], set[str]]]:
    """For each of ``folds`` random parts of the actors with ``tie_kind`` ties: the network as if
    that part had just arrived (nothing of theirs known), their ``tie_kind`` ties, and the part."""
    positions = _relation_tie_positions(net, tie_kind)
    tied = sorted({end for i in positions for end in (net.ties[i].source, net.ties[i].target)})
    order = np.random.default_rng(seed).permutation(len(tied))
    return [_arriving(net, positions, {tied[i] for i in order[fold::folds]}) for fold in range(folds)]


def _arriving(net: NetworkData, positions: list[int], members: set[str]):
    """The network as if ``members`` had just arrived, their ties at ``positions``, and ``members``."""

    def known(*ends: str) -> bool:
        return not members.intersection(ends)

    hidden = sorted(
        {
            (net.ties[i].source, net.ties[i].target)
            for i in positions
            if not known(net.ties[i].source, net.ties[i].target)
        }
    )
    train = NetworkData(
        actors=net.actors,
        ties=[t for t in net.ties if known(t.source, t.target)],
        events=net.events,
        participations=[p for p in net.participations if known(p.actor)],
        decisions=[d for d in net.decisions if known(d.a, d.b)],
        skills=net.skills,
    )
    return train, hidden, members


def split_by_time(
    net: NetworkData, *, before: date, tie_kind: str, until: date | None = None
) -> tuple[NetworkData, list[tuple[str, str]]]:
    """What was known before ``before``, and the ``tie_kind`` ties formed from then (until ``until``)
    between actors that were not tied before."""
    known_ties = [t for t in net.ties if t.since is None or t.since < before]
    tied = {frozenset((t.source, t.target)) for t in known_ties}
    later = [
        (t.source, t.target)
        for t in net.ties
        if t.kind == tie_kind
        and t.since is not None
        and t.since >= before
        and (until is None or t.since < until)
        and t.source != t.target
        and frozenset((t.source, t.target)) not in tied
    ]
    events = [e for e in net.events if e.start is None or e.start < before]
    kept_events = {e.id for e in events}
    cut = before.toordinal()
    train = NetworkData(
        actors=net.actors,
        ties=known_ties,
        events=events,
        participations=[p for p in net.participations if p.event in kept_events],
        decisions=[
            d
            for d in net.decisions
            if (d.updated_at or d.suggested_at) is None
            or (d.updated_at or d.suggested_at).date().toordinal() < cut
        ],
        skills=net.skills,
    )
    return train, sorted(set(later))


def ranking_metrics(ranked: list[str], relevant: set[str], k: int) -> dict[str, float]:
    """Hits@k, precision@k, recall@k, nDCG@k and MRR (over the whole list given).

    >>> m = ranking_metrics(["a", "b", "c"], {"b", "z"}, 2)
    >>> m["hits"], m["precision"], m["recall"], m["mrr"]
    (1.0, 0.5, 0.5, 0.5)
    """
    gains = np.array([1.0 if r in relevant else 0.0 for r in ranked[:k]])
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    ideal = discounts[: min(len(relevant), k)].sum()
    first = next((i for i, r in enumerate(ranked) if r in relevant), None)
    return {
        "hits": float(gains.any()),
        "precision": float(gains.sum() / k),
        "recall": float(gains.sum() / len(relevant)),
        "ndcg": float((gains * discounts[: gains.size]).sum() / ideal) if ideal else 0.0,
        "mrr": 0.0 if first is None else 1.0 / (first + 1),
    }


def _interval(values: np.ndarray, draws: np.ndarray) -> tuple[float, float]:
    means = values[draws].mean(axis=1)
    low, high = np.quantile(means, [0.025, 0.975])
    return float(low), float(high)


@dataclass
class EvaluationReport:
    params: dict
    rows: list[dict] = field(default_factory=list)  # method, slice, queries, metric, metric_ci
    comparisons: list[dict] = field(default_factory=list)  # slice, baseline, metric, lead, ci, beats
    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    weights_source: str = ""

    def as_dict(self) -> dict:
        return {
            "params": self.params,
            "rows": self.rows,
            "comparisons": self.comparisons,
            "weights": self.weights,
            "weights_source": self.weights_source,
        }

    def table(self, slice_name: str = "all") -> list[dict]:
        return [r for r in self.rows if r["slice"] == slice_name]

    def model_beats_baselines(self, slice_name: str = "all", metrics=("hits", "precision")) -> bool:
        """True when the paired interval of the model's lead over every baseline lies above zero."""
        chosen = [c for c in self.comparisons if c["slice"] == slice_name and c["metric"] in metrics]
        return bool(chosen) and all(c["beats"] for c in chosen)

    def markdown(self) -> str:
        k = self.params["k"]
        lines = []
        for slice_name in dict.fromkeys(r["slice"] for r in self.rows):
            rows = self.table(slice_name)
            lines += [
                f"**{slice_name}** ({rows[0]['queries']} queries; 95 % bootstrap intervals)",
                "",
                f"| method | Hits@{k} | P@{k} | R@{k} | nDCG@{k} | MRR |",
                "|---|---|---|---|---|---|",
            ]
            for r in rows:
                cells = [f"{r[m]:.3f} [{r[m + '_ci'][0]:.3f}, {r[m + '_ci'][1]:.3f}]" for m in METRICS]
                lines.append(f"| {r['method']} | " + " | ".join(cells) + " |")
            lead = [c for c in self.comparisons if c["slice"] == slice_name]
            if lead:
                lines += ["", f"model's lead (paired 95 % interval) | Hits@{k} | P@{k}", "|---|---|---|"]
                for baseline in dict.fromkeys(c["baseline"] for c in lead):
                    cells = []
                    for metric in ("hits", "precision"):
                        c = next(x for x in lead if x["baseline"] == baseline and x["metric"] == metric)
                        mark = "" if c["beats"] else " (not clear)"
                        cells.append(f"{c['lead']:+.3f} [{c['ci'][0]:+.3f}, {c['ci'][1]:+.3f}]{mark}")
                    lines.append(f"| vs {baseline} | " + " | ".join(cells) + " |")
            lines.append("")
        return "\n".join(lines)


def _months_later(day: date, months: int) -> date:
    """The same day of the month ``months`` later (a day after the 28th moves to the 28th, which
    every month has)."""
    year, month = divmod(day.month - 1 + months, 12)
    return date(day.year + year, month + 1, min(day.day, 28))


def split_rolling_cuts(before: date, until: date, every: int) -> list[tuple[date, date]]:
    """``(cut, end)`` for each rolling cut: from ``before``, every ``every`` months, never past ``until``."""
    if every < 1:
        raise ValueError("rolling cuts need at least one month between them")
    cuts, cut = [], before
    while cut < until:
        end = min(_months_later(cut, every), until)
        cuts.append((cut, end))
        cut = end
    return cuts


def split_rolling(
    net: NetworkData, *, before: date, until: date, every: int, tie_kind: str
) -> list[tuple[NetworkData, list[tuple[str, str]]]]:
    """A time split at each rolling cut, asked about the ties formed before the next one."""
    return [
        split_by_time(net, before=cut, until=end, tie_kind=tie_kind)
        for cut, end in split_rolling_cuts(before, until, every)
    ]


def _queries(
    train: NetworkData,
    hidden: list[tuple[str, str]],
    *,
    tie_kind: str,
    query_side: str,
    query_kinds,
    known_only: bool,
) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Who asks (and what each should find), and each actor's count of ``tie_kind`` ties in training."""
    degree: dict[str, int] = defaultdict(int)
    any_degree: dict[str, int] = defaultdict(int)
    for t in train.ties:
        any_degree[t.source] += 1
        any_degree[t.target] += 1
        if t.kind == tie_kind:
            degree[t.source] += 1
            degree[t.target] += 1
    kind_of = {a.id: a.kind for a in train.actors}
    truth: dict[str, set[str]] = defaultdict(set)
    for s, t in hidden:
        ends = {"source": [(s, t)], "target": [(t, s)], "both": [(s, t), (t, s)]}[query_side]
        for q, c in ends:
            if query_kinds and kind_of.get(q) not in query_kinds:
                continue
            if known_only and any_degree.get(c, 0) == 0:
                continue
            truth[q].add(c)
    return dict(truth), degree


def _splits(net: NetworkData, *, split, hide, folds, repeats, before, until, every, seed, tie_kind):
    """The (training network, hidden ties) of each fit the split makes, and who may ask in each
    (``None``: anyone with a hidden tie). The fold splits are made ``repeats`` times, each from
    its own seed (``seed``, ``seed + 1``, ...)."""
    if repeats < 1:
        raise ValueError("a split is made at least once")
    if repeats > 1 and split not in ("folds", "newcomers"):
        raise ValueError("only the folds and newcomers splits can be repeated")
    if split in ("folds", "newcomers") and folds < 2:
        raise ValueError("cross-validation needs at least two folds")

    def repeated(split_into_folds) -> list:
        return [
            part
            for r in range(repeats)
            for part in split_into_folds(net, folds=folds, seed=seed + r, tie_kind=tie_kind)
        ]

    if split == "newcomers":
        parts = repeated(split_newcomers)
        return [(train, hidden) for train, hidden, _members in parts], [
            members for _train, _hidden, members in parts
        ]
    if split == "rolling":
        if before is None or until is None or until <= before:
            raise ValueError("rolling cuts need a 'before' date and a later 'until' date")
        splits = split_rolling(net, before=before, until=until, every=every, tie_kind=tie_kind)
    elif split == "time":
        if before is None:
            raise ValueError("a time split needs a 'before' date")
        splits = [split_by_time(net, before=before, until=until, tie_kind=tie_kind)]
    elif split == "folds":
        splits = repeated(split_folds)
    else:
        splits = [split_ties(net, hide=hide, seed=seed, tie_kind=tie_kind)]
    return splits, [None] * len(splits)


def evaluate(
    net: NetworkData,
    *,
    split: str = "random",
    hide: float = 0.2,
    folds: int = 5,
    repeats: int = 1,
    before: date | None = None,
    until: date | None = None,
    every: int = 12,
    seed: int = 0,
    tie_kind: str = "partner",
    k: int = 10,
    queries: str = "all",
    query_side: str = "both",
    query_kinds=None,
    kinds=None,
    countries=None,
    any_country: bool = True,
    known_only: bool = False,
    max_queries: int = 1000,
    bootstrap: int = 1000,
    recommender: PartnerRecommender | None = None,
    baselines=BASELINES,
    progress: Callable[[int, int], None] | None = None,
) -> EvaluationReport:
    """Compare the recommender with ``baselines`` on the ``tie_kind`` ties hidden by ``split``
    (``"folds"``: cross-validation over ``folds`` disjoint random hold-outs; an actor asked in
    several folds counts once, with its metrics averaged, so intervals resample actors; the same
    for an actor asked at several cuts of ``"rolling"``). ``repeats`` makes a fold split that many
    times over with other random parts (repeated cross-validation): each actor is still one
    sample, its metrics averaged over more fits, so the luck of one partition weighs less."""
    splits, askers = _splits(
        net,
        split=split,
        hide=hide,
        folds=folds,
        repeats=repeats,
        before=before,
        until=until,
        every=every,
        seed=seed,
        tie_kind=tie_kind,
    )
    if not any(hidden for _train, hidden in splits):  # an empty or tie-less network: nothing to score against
        raise MatchmakerError(
            _("there are no {kind} ties to hide and find again; import a network first").format(kind=tie_kind)
            if not any(t.kind == tie_kind for t in net.ties)
            else _("no {kind} ties are hidden by this split; choose another date or raise --hide").format(
                kind=tie_kind
            )
        )
    rng = np.random.default_rng(seed)
    filters = dict(kinds=kinds, countries=countries, any_country=any_country)
    model = recommender or PartnerRecommender(random_state=seed)
    # (query actor, cold?) -> method -> that actor's metrics in each split it was asked in
    asked: dict[tuple[str, bool], dict[str, list[dict[str, float]]]] = defaultdict(lambda: defaultdict(list))
    weights, weights_source = {}, ""
    method_count = 1 + len(baselines)
    for number, (train, hidden) in enumerate(splits):
        truth, degree = _queries(
            train,
            hidden,
            tie_kind=tie_kind,
            query_side=query_side,
            query_kinds=query_kinds,
            known_only=known_only,
        )
        chosen = sorted(
            q
            for q in truth
            if (askers[number] is None or q in askers[number])
            and (queries == "all" or (queries == "cold") == (degree.get(q, 0) == 0))
        )
        if len(chosen) > max_queries:
            chosen = sorted(rng.choice(chosen, max_queries, replace=False).tolist())
        model.fit(train)
        if number == 0:
            fitted = model.relation(tie_kind)
            weights = {
                name: dict(zip(model.feature_names_, map(float, w), strict=True))
                for name, w in fitted.weights.items()
            }
            weights_source = fitted.source
        methods = [(MODEL_NAME, model)] + [
            (cls.name, cls(tie_kind=tie_kind, random_state=seed).fit(train)) for cls in baselines
        ]
        for done, (name, method) in enumerate(methods):
            for q in chosen:
                ranked = (
                    method.rank_ids(q, top=DEPTH, relation=tie_kind, **filters)
                    if name == MODEL_NAME
                    else method.rank_ids(q, top=DEPTH, **filters)
                )
                asked[(q, degree.get(q, 0) == 0)][name].append(ranking_metrics(ranked, truth[q], k))
            if progress:
                progress(number * method_count + done + 1, len(splits) * method_count)
    keys = sorted(asked)
    report = EvaluationReport(
        params={
            "split": split,
            "hide": hide if split == "random" else None,
            "folds": folds if split in ("folds", "newcomers") else None,
            "repeats": repeats,
            "before": before.isoformat() if before else None,
            "until": until.isoformat() if until else None,
            "every": every if split == "rolling" else None,
            "cuts": len(splits),
            "seed": seed,
            "tie_kind": tie_kind,
            "k": k,
            "queries": queries,
            "query_side": query_side,
            "query_kinds": list(query_kinds) if query_kinds else None,
            "kinds": list(kinds) if kinds else None,
            "any_country": any_country,
            "known_only": known_only,
            "hidden_ties": sum(len(hidden) for _train, hidden in splits),
            "query_actors": len(keys),
            "cold_queries": sum(1 for _q, cold in keys if cold),
        },
        weights=weights,
        weights_source=weights_source,
    )
    per_method = {
        name: {m: np.array([np.mean([r[m] for r in asked[key][name]]) for key in keys]) for m in METRICS}
        for name in [MODEL_NAME, *(cls.name for cls in baselines)]
    }
    cold = np.array([is_cold for _q, is_cold in keys], dtype=bool)
    _summarise(report, per_method, cold, queries, rng, bootstrap)
    return report


def _summarise(
    report: EvaluationReport, per_method, cold: np.ndarray, queries: str, rng, bootstrap: int
) -> None:
    """Each method's metrics with intervals, and the model's paired lead over each baseline, per slice."""
    slices = [("all", np.ones(cold.size, dtype=bool))]
    if queries == "all" and cold.any() and not cold.all():
        slices += [("warm", ~cold), ("cold", cold)]
    for slice_name, mask in slices:
        if not mask.any():
            continue
        draws = rng.integers(0, int(mask.sum()), size=(bootstrap, int(mask.sum())))
        for name, values in per_method.items():
            row = {"method": name, "slice": slice_name, "queries": int(mask.sum())}
            for m in METRICS:
                chosen_values = values[m][mask]
                row[m] = float(chosen_values.mean())
                row[m + "_ci"] = _interval(chosen_values, draws)
            report.rows.append(row)
        for name in per_method:
            if name == MODEL_NAME:
                continue
            for m in ("hits", "precision"):
                lead = per_method[MODEL_NAME][m][mask] - per_method[name][m][mask]
                ci = _interval(lead, draws)
                report.comparisons.append(
                    {
                        "slice": slice_name,
                        "baseline": name,
                        "metric": m,
                        "lead": float(lead.mean()),
                        "ci": ci,
                        "beats": ci[0] > 0,
                    }
                )
