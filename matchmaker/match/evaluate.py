"""Offline evaluation: hide some ties, fit on the rest, see whether the hidden ones come back.

A seeded fraction of the ties of one kind is hidden (with every other tie between the same
pair); the model and every baseline are fitted on what remains (decisions about a hidden
pair are dropped too, so nothing leaks), then each
endpoint of a hidden tie asks for its top ``k``. The other endpoint is what it should find.
The cold-start slice keeps the queries that have no tie left at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _
from matchmaker.match.baselines import BASELINES
from matchmaker.match.model import PartnerRecommender
from matchmaker.records import NetworkData

__all__ = ["evaluate", "split_ties", "ranking_metrics", "EvaluationReport", "METRICS"]

METRICS = ("hits", "precision", "recall", "ndcg", "mrr")
MODEL_NAME = "model (reciprocal + network, learnt)"
DEPTH = 100  # MRR looks this deep


def split_ties(
    net: NetworkData, *, hide: float, seed: int, tie_kind: str
) -> tuple[NetworkData, dict[str, set[str]]]:
    """The network with a seeded ``hide`` fraction of ``tie_kind`` ties removed, and who lost whom."""
    rng = np.random.default_rng(seed)
    known = {a.id for a in net.actors}
    candidates = [
        i
        for i, t in enumerate(net.ties)
        if t.kind == tie_kind and t.source != t.target and t.source in known and t.target in known
    ]
    hidden_idx = set(rng.permutation(candidates)[: int(round(hide * len(candidates)))].tolist())
    hidden: dict[str, set[str]] = defaultdict(set)
    for i in hidden_idx:
        t = net.ties[i]
        hidden[t.source].add(t.target)
        hidden[t.target].add(t.source)
    # the pair is put back to "not yet connected": every tie between them goes, whatever its kind
    rest = [t for t in net.ties if t.target not in hidden.get(t.source, ())]
    decisions = [d for d in net.decisions if d.b not in hidden.get(d.a, ())]
    train = NetworkData(
        actors=net.actors,
        ties=rest,
        events=net.events,
        participations=net.participations,
        decisions=decisions,
        skills=net.skills,
    )
    return train, dict(hidden)


def ranking_metrics(ranked: list[str], relevant: set[str], k: int) -> dict[str, float]:
    """Hits@k, precision@k, recall@k, nDCG@k and MRR (over the whole list given)."""
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


@dataclass
class EvaluationReport:
    params: dict
    rows: list[dict] = field(default_factory=list)  # method, slice, queries, one column per metric
    # slices: "all"; "cold start" (no tie of any kind left); "no KIND tie left"
    weights: dict[str, float] = field(default_factory=dict)
    weights_source: str = ""

    def as_dict(self) -> dict:
        return {
            "params": self.params,
            "rows": self.rows,
            "weights": self.weights,
            "weights_source": self.weights_source,
        }

    def table(self, slice_name: str = "all") -> list[dict]:
        return [r for r in self.rows if r["slice"] == slice_name]

    def model_beats_baselines(self, slice_name: str = "all") -> bool:
        rows = self.table(slice_name)
        model = next(r for r in rows if r["method"] == MODEL_NAME)
        return all(model[m] > r[m] for r in rows if r is not model for m in METRICS)

    def markdown(self) -> str:
        k = self.params["k"]
        lines = []
        for slice_name in dict.fromkeys(r["slice"] for r in self.rows):
            rows = self.table(slice_name)
            if not rows:
                continue
            lines += [
                f"**{slice_name}** ({rows[0]['queries']} queries)",
                "",
                f"| method | Hits@{k} | P@{k} | R@{k} | nDCG@{k} | MRR |",
                "|---|---|---|---|---|---|",
            ]
            lines += [f"| {r['method']} | " + " | ".join(f"{r[m]:.3f}" for m in METRICS) + " |" for r in rows]
            lines.append("")
        return "\n".join(lines)


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {m: float(np.mean([r[m] for r in rows])) if rows else 0.0 for m in METRICS}


def evaluate(
    net: NetworkData,
    *,
    hide: float = 0.2,
    seed: int = 0,
    tie_kind: str = "partner",
    k: int = 10,
    any_country: bool = True,
    recommender: PartnerRecommender | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> EvaluationReport:
    """Compare the recommender with the baselines on hidden ``tie_kind`` ties.

    ``any_country`` (default) lets every method rank compatriots too, so a hidden domestic
    tie can be found; with False only cross-border candidates are ranked, as in the app.
    """
    train, hidden = split_ties(net, hide=hide, seed=seed, tie_kind=tie_kind)
    if not hidden:  # an empty or tie-less network: nothing to score against
        raise MatchmakerError(
            _("there are no {kind} ties to hide and find again; import a network first").format(kind=tie_kind)
            if not any(t.kind == tie_kind for t in net.ties)
            else _("too few {kind} ties to hide a {share:.0%} share of them; raise --hide").format(
                kind=tie_kind, share=hide
            )
        )
    model = recommender or PartnerRecommender(target_kinds=(tie_kind,), random_state=seed)
    model.fit(train)
    methods = [(MODEL_NAME, model)] + [
        (cls.name, cls(tie_kind=tie_kind, random_state=seed).fit(train)) for cls in BASELINES
    ]
    degree = {a.id: 0 for a in net.actors}
    for t in train.ties:
        degree[t.source] = degree.get(t.source, 0) + 1
        degree[t.target] = degree.get(t.target, 0) + 1
    kind_degree = {a.id: 0 for a in net.actors}
    for t in train.ties:
        if t.kind == tie_kind:
            kind_degree[t.source] = kind_degree.get(t.source, 0) + 1
            kind_degree[t.target] = kind_degree.get(t.target, 0) + 1
    queries = sorted(hidden)
    cold = {q for q in queries if degree.get(q, 0) == 0}
    no_kind = {q for q in queries if kind_degree.get(q, 0) == 0}
    report = EvaluationReport(
        params={
            "hide": hide,
            "seed": seed,
            "tie_kind": tie_kind,
            "k": k,
            "any_country": any_country,
            "hidden_ties": sum(map(len, hidden.values())) // 2,
            "queries": len(queries),
            "cold_start_queries": len(cold),
            f"no_{tie_kind}_left_queries": len(no_kind),
        },
        weights=dict(zip(model.feature_names_, map(float, model.weights_), strict=True)),
        weights_source=model.weights_source_,
    )
    for done, (name, method) in enumerate(methods):
        per_query = {
            q: ranking_metrics(method.rank_ids(q, top=DEPTH, any_country=any_country), hidden[q], k)
            for q in queries
        }
        for slice_name, chosen in (
            ("all", queries),
            ("cold start", sorted(cold)),
            (f"no {tie_kind} tie left", sorted(no_kind)),
        ):
            if chosen:
                report.rows.append(
                    {
                        "method": name,
                        "slice": slice_name,
                        "queries": len(chosen),
                        **_mean([per_query[q] for q in chosen]),
                    }
                )
        if progress:
            progress(done + 1, len(methods))
    return report
