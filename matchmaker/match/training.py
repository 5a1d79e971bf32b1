"""Training lists from the network's own history: ties that formed after a cut, and recorded outcomes.

When the ties of the relation carry dates, the newest share of them (a *window*) is held out
and everything dated before the window is the network the features are computed from:
exactly how a suggestion is used (what is known today predicts the ties of tomorrow) and
nothing from the window leaks into its own features. Two windows back to back give one to
fit on and a later one to choose the penalty on. Undated ties fall back to random hold-outs.

For each tie in a window, either end is a query: the other end is what it should have been
shown, among a uniform sample of the candidates it could have been shown (not itself, not
anyone it was already tied to, actors of the kinds its kind is tied to in this relation).
Recorded outcomes (met, agreement) are lists too, computed on today's network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from matchmaker.match.features import FEATURE_NAMES, FeatureMaker
from matchmaker.match.ranker import RankingList
from matchmaker.match.relation import build_relation
from matchmaker.match.signals import NEGATIVE_STATUSES, POSITIVE_STATUSES, TieArrays, build_signals
from matchmaker.records import NetworkData

__all__ = [
    "HoldOut",
    "holdout_windows",
    "window_lists",
    "decision_lists",
    "partner_kinds",
    "TrainingLists",
    "slice_name",
    "experience_of",
    "windows_needed",
    "EXPERIENCES",
    "BORDERS",
]

MIN_DATED_SHARE = 0.7  # below this share of dated ties, time windows would misrepresent the history


@dataclass
class HoldOut:
    keep: np.ndarray  # bool over all ties: known before the window
    targets: np.ndarray  # indices of the relation's ties formed in the window
    now: int  # the day the window opens (ages are measured from here); -1 without dates
    timed: bool


BORDERS = ("abroad", "anywhere")  # candidates from other countries only (the app's default), or from all


EXPERIENCES = ("cold", "warm", "established")
ESTABLISHED = 15  # ties of the relation from which a query's own neighbourhood speaks loudest


def experience_of(ties: float) -> str:
    """``cold`` without ties of the relation, ``established`` from :data:`ESTABLISHED`, else ``warm``."""
    return "cold" if ties == 0 else "established" if ties >= ESTABLISHED else "warm"


def slice_name(experience: str, border: str) -> str:
    """Key of the weights for a query of this ``experience``, asking ``abroad`` or ``anywhere``."""
    return f"{experience}/{border}"


@dataclass
class TrainingLists:
    lists: list[RankingList] = field(default_factory=list)
    slices: list[str] = field(default_factory=list)  # slice_name of each list
    window: list[int] = field(default_factory=list)  # 0 = newest window; -1 = recorded outcomes

    def add(self, item: RankingList, slice_key: str, window: int) -> None:
        self.lists.append(item)
        self.slices.append(slice_key)
        self.window.append(window)

    def extend(self, other: TrainingLists) -> None:
        self.lists += other.lists
        self.slices += other.slices
        self.window += other.window

    def select(self, keep: Callable[[int], bool]) -> list[RankingList]:
        return [item for i, item in enumerate(self.lists) if keep(i)]


LEARN_FROM_TIES = 6000  # held-out ties a fit should learn from, when the relation has them
MAX_WINDOWS = 5  # ... taking at most this many windows
MAX_HELD_OUT_SHARE = 0.75  # ... and at most this share of the history


def windows_needed(relation_ties: int, share: float, least: int) -> int:
    """How many windows of ``share`` hold out :data:`LEARN_FROM_TIES` ties (at least ``least``).

    A forum's network of a few hundred partnerships gives ~50 ties per window: two windows
    taught the demo too little to beat content x popularity, five did (bench/RESULTS.md). The
    acquisitions record (~9,000 ties) learnt from one window's ~1,400 lists was behind content x
    popularity at two of four yearly cuts; from five windows it was ahead at all four (Hits@10
    0.147 -> 0.162 over the cuts). A big relation (the 100,000-actor network's ~170,000 ties a
    relation, H2020's 148,000) reaches the count in its first window and keeps ``least``.

    >>> windows_needed(352, 0.15, 2), windows_needed(9_000, 0.15, 2), windows_needed(170_000, 0.15, 2)
    (5, 5, 2)
    """
    if relation_ties <= 0:
        return least
    wanted = int(np.ceil(LEARN_FROM_TIES / (share * relation_ties)))
    history_left = int(MAX_HELD_OUT_SHARE / share + 1e-9)  # the oldest quarter always stays known
    return max(least, min(MAX_WINDOWS, history_left, wanted))


def holdout_windows(
    ties: TieArrays, kind: str, *, share: float, windows: int, rng: np.random.Generator
) -> list[HoldOut]:
    """Up to ``windows`` hold-outs of about ``share`` of the relation's ties each, newest first
    (more for a small relation: :func:`windows_needed`)."""
    chosen = np.flatnonzero(ties.kind == kind)
    if chosen.size == 0:
        return []
    windows = windows_needed(chosen.size, share, windows)
    days = ties.day[chosen]
    dated = days >= 0
    out: list[HoldOut] = []
    if dated.mean() >= MIN_DATED_SHARE and np.unique(days[dated]).size >= 4:
        upper = int(days[dated].max()) + 1
        for w in range(windows):
            lower = int(np.quantile(days[dated], max(0.0, 1.0 - (w + 1) * share), method="higher"))
            targets = chosen[(days >= lower) & (days < upper)]
            if targets.size == 0 or lower <= int(days[dated].min()):
                break
            keep = ties.day < lower  # undated ties (-1) are part of what was known
            out.append(HoldOut(keep, targets, lower, True))
            upper = lower
        if out:
            return out
    for _w in range(windows):
        hidden = rng.permutation(chosen)[: max(1, int(round(share * chosen.size)))]
        keep = np.ones(ties.source.size, dtype=bool)
        keep[hidden] = False
        now = int(ties.day[ties.day >= 0].max()) if (ties.day >= 0).any() else -1
        out.append(HoldOut(keep, hidden, now, False))
    return out


def partner_kinds(index, relation_ties: TieArrays) -> dict[int, np.ndarray]:
    """For each actor kind, the kinds its actors are tied to in the relation."""
    pairs = np.unique(
        np.c_[
            np.r_[index.kind[relation_ties.source], index.kind[relation_ties.target]],
            np.r_[index.kind[relation_ties.target], index.kind[relation_ties.source]],
        ],
        axis=0,
    )
    out: dict[int, list[int]] = {}
    for a, b in pairs.tolist():
        out.setdefault(a, []).append(b)
    return {a: np.array(b) for a, b in out.items()}


HARD_PER_SIGNAL = 60  # the strongest competitors by each signal enter every list as themselves
HARD_SIGNALS = (
    "activity",
    "recent_activity",
    "common_partners",
    "walk",
    "content_fit",
    "partners_resemble",
    "reciprocal_fit",
)
HARD_COLUMNS = [FEATURE_NAMES.index(name) for name in HARD_SIGNALS]


def _list_for(scan, positives: list[int], pool: np.ndarray, rng, negatives: int, weight: float, refused=()):
    """One query's list: its formed partners, the strongest competitors (and any partner the query
    refused), and a counted sample of the rest."""
    if not positives:
        return None
    # set arithmetic on boolean masks over all actors: np.setdiff1d / intersect1d sort on every
    # call, which was the larger part of a fit at 10,000 actors; the results are the same sorted arrays
    n = scan.maker.index.n
    open_ = np.zeros(n, dtype=bool)
    open_[pool] = True
    open_[np.asarray(positives, dtype=np.int64)] = False
    negative_pool = np.flatnonzero(open_)
    if negative_pool.size == 0:
        return None
    hard = {r for r in sorted(refused) if 0 <= r < n and open_[r]}
    contenders = scan.pool[open_[scan.pool]]
    if contenders.size > HARD_PER_SIGNAL:
        signals = scan.matrix(contenders)
        for col in HARD_COLUMNS:
            values = signals[:, col]
            best = np.argpartition(-values, HARD_PER_SIGNAL - 1)[:HARD_PER_SIGNAL]
            hard.update(contenders[best[values[best] > 0]].tolist())
    else:
        hard.update(contenders.tolist())
    hard_rows = np.array(sorted(hard), dtype=np.int64)
    open_[hard_rows] = False
    rest = np.flatnonzero(open_)
    sample = rng.choice(rest, min(negatives, rest.size), replace=False) if rest.size else rest
    rows = np.r_[np.array(positives, dtype=np.int64), hard_rows, sample]
    counts = np.r_[
        np.ones(len(positives) + hard_rows.size), np.full(sample.size, rest.size / max(sample.size, 1))
    ]
    positive = np.zeros(rows.size, dtype=bool)
    positive[: len(positives)] = True
    return RankingList(scan.matrix(rows), positive, weight, counts)


def _query_lists(
    maker: FeatureMaker,
    q: int,
    partners,
    pool: np.ndarray,
    rng,
    negatives: int,
    weight: float,
    window: int,
    out,
    refused=(),
) -> None:
    """The query's lists for both questions: partners from anywhere, and partners from abroad only."""
    scan = maker.scan(q)
    # a partner nothing pointed to (no activity, no shared ties, no content in common) could not
    # have been found by any weights; such lists would only teach the model to distrust every signal
    in_pool = np.zeros(maker.index.n, dtype=bool)  # a mask, not a set of every pooled actor
    in_pool[pool] = True
    partners = np.array(sorted(partners), dtype=np.int64)
    candidates = partners[in_pool[partners]]
    findable = scan.reachable(candidates) | (maker.relation.activity(maker.index, q, rows=candidates) > 0)
    positives = candidates[findable].tolist()
    country = maker.index.country
    experience = experience_of(maker.relation.degree[q])
    for border in BORDERS:
        chosen, chosen_pool = positives, pool
        if border == "abroad":
            chosen = [c for c in positives if country[c] != country[q]]
            chosen_pool = pool[country[pool] != country[q]]
        item = _list_for(scan, chosen, chosen_pool, rng, negatives, weight, refused)
        if item is not None:
            out.add(item, slice_name(experience, border), window)


def _candidate_pool(index, signals, q: int, kinds_for: dict[int, np.ndarray]) -> np.ndarray:
    kinds = kinds_for.get(int(index.kind[q]))
    pool = np.arange(index.n) if kinds is None else np.flatnonzero(np.isin(index.kind, kinds))
    blocked = np.zeros(index.n, dtype=bool)
    blocked[q] = True
    blocked[signals.neighbours(q)] = True
    return pool[~blocked[pool]]


def window_lists(
    net: NetworkData,
    index,
    content,
    ties: TieArrays,
    kind: str,
    holdout: HoldOut,
    window: int,
    *,
    rng: np.random.Generator,
    max_queries: int,
    negatives: int,
    signal_options: dict,
    unknown_discount: float,
    progress: Callable[[int, int], None] | None = None,
) -> TrainingLists:
    """Lists for the ties formed in ``holdout``'s window, features from what was known before it
    (``progress(done, total)`` after each query)."""
    base = ties.subset(holdout.keep)
    events = [
        e for e in net.events if not holdout.timed or e.start is None or e.start.toordinal() < holdout.now
    ]
    signals = build_signals(index, base, events, net.participations, [], **signal_options)
    relation = build_relation(index, content, base, kind, now=holdout.now if holdout.now >= 0 else None)
    maker = FeatureMaker(index, content, signals, relation, unknown_discount=unknown_discount)
    kinds_for = partner_kinds(index, base.subset(base.kind == kind))
    truth: dict[int, set[int]] = {}
    for t in holdout.targets:
        s, d = int(ties.source[t]), int(ties.target[t])
        truth.setdefault(s, set()).add(d)
        truth.setdefault(d, set()).add(s)
    queries = np.array(sorted(truth), dtype=np.int64)
    if queries.size > max_queries:
        queries = np.sort(rng.choice(queries, max_queries, replace=False))
    out = TrainingLists()
    for done, q in enumerate(queries.tolist()):
        if progress is not None:
            progress(done, queries.size)
        _query_lists(
            maker,
            q,
            truth[q],
            _candidate_pool(index, signals, q, kinds_for),
            rng,
            negatives,
            1.0,
            window,
            out,
        )
    return out


def decision_lists(
    net: NetworkData,
    maker: FeatureMaker,
    kinds_for: dict[int, np.ndarray],
    *,
    rng: np.random.Generator,
    negatives: int,
    weight: float,
) -> TrainingLists:
    """Lists from recorded outcomes: the partner a query met or agreed with, against the ones it
    declined (always in its list) and a sample of the rest, on today's network."""
    index, signals = maker.index, maker.signals
    pos = index.position
    truth: dict[int, set[int]] = {}
    refused: dict[int, set[int]] = {}
    for d in net.decisions:
        if d.a in pos and d.b in pos:
            if d.status in POSITIVE_STATUSES:
                truth.setdefault(pos[d.a], set()).add(pos[d.b])
            elif d.status in NEGATIVE_STATUSES:
                refused.setdefault(pos[d.a], set()).add(pos[d.b])
    out = TrainingLists()
    for q, partners in sorted(truth.items()):
        extra = np.array(sorted(partners | refused.get(q, set())), dtype=np.int64)
        pool = np.union1d(_candidate_pool(index, signals, q, kinds_for), extra)
        _query_lists(maker, q, partners, pool[pool != q], rng, negatives, weight, -1, out, refused.get(q, ()))
    return out
