"""Benchmark of the partner recommender: index build, one query, every actor, memory; demo evaluation.

Generates a seeded synthetic network in memory (100,000 actors with 5-15 offers and needs from
1,500 skills and a short description, 1,000,000 ties; ``--quick``: a tenth), fits
:class:`~matchmaker.match.PartnerRecommender` and compares each figure with a brute-force
scikit-learn ``NearestNeighbors(metric="cosine", algorithm="brute")`` over the same vectors,
in the same process. Then evaluates model and baselines on the bundled demo network.

    .venv/bin/python bench/bench_recommend.py [--quick]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.results_file import machine_line, write_section  # noqa: E402
from matchmaker.records import ActorRecord, NetworkData, SkillRecord, TieRecord  # noqa: E402

SKILLS = 1500
COMMUNITIES = 50
WORDS = 4000
KINDS = ("startup", "company", "public_body", "investor", "university", "ngo", "person")
TIE_KINDS = ("partner", "knows", "works_at", "member_of", "advises", "invested_in")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def synthetic_network(n_actors: int, n_ties: int, seed: int = 7) -> NetworkData:
    """Actors in skill communities (offers from one half of a pool, needs from the other) and skewed ties."""
    from datetime import date, timedelta

    rng = np.random.default_rng(seed)
    pools = rng.permutation(SKILLS).reshape(COMMUNITIES, SKILLS // COMMUNITIES)
    vocab = [f"w{i}" for i in range(WORDS)]
    community = rng.integers(COMMUNITIES, size=n_actors)
    country = np.where(rng.random(n_actors) < 0.5, "EE", "UA")
    kinds = rng.choice(len(KINDS), size=n_actors, p=[0.3, 0.15, 0.05, 0.03, 0.02, 0.05, 0.4])
    actors = []
    for i in range(n_actors):
        pool = pools[community[i]]
        half = len(pool) // 2
        first, second = (pool[:half], pool[half:]) if country[i] == "EE" else (pool[half:], pool[:half])
        offers = rng.choice(
            np.r_[first, rng.integers(SKILLS, size=5)], size=rng.integers(5, 16), replace=False
        )
        needs = rng.choice(
            np.r_[second, rng.integers(SKILLS, size=5)], size=rng.integers(5, 16), replace=False
        )
        words = rng.integers(WORDS, size=rng.integers(6, 14))
        actors.append(
            ActorRecord(
                id=f"a{i}",
                kind=KINDS[kinds[i]],
                name=f"Actor {i}",
                country=str(country[i]),
                sectors=(f"sector{community[i] % 6}",),
                description=" ".join(vocab[w] for w in words),
                offers={f"s{s}": 1.0 for s in offers},
                needs={f"s{s}": 1.0 for s in needs},
            )
        )
    # preferential targets (Zipf-like) so degrees are skewed like real networks
    weight = 1.0 / np.arange(1, n_actors + 1) ** 0.6
    weight /= weight.sum()
    src = rng.integers(n_actors, size=n_ties)
    dst = rng.permutation(n_actors)[rng.choice(n_actors, size=n_ties, p=weight)]
    kind = rng.choice(len(TIE_KINDS), size=n_ties, p=[0.2, 0.4, 0.15, 0.1, 0.1, 0.05])
    start = date(2019, 1, 1)
    days = rng.integers(0, 8 * 365, size=n_ties)
    ties = [
        TieRecord(f"a{s}", f"a{d}", TIE_KINDS[k], start + timedelta(days=int(t)))
        for s, d, k, t in zip(src.tolist(), dst.tolist(), kind.tolist(), days.tolist(), strict=True)
        if s != d
    ]
    skills = {f"s{s}": SkillRecord(f"s{s}", "bench", f"skill {s}") for s in range(SKILLS)}
    return NetworkData(actors=actors, ties=ties, skills=skills)


def _time_queries(fn, ids: list[str]) -> list[float]:
    times = []
    for actor_id in ids:
        start = time.perf_counter()
        fn(actor_id)
        times.append(time.perf_counter() - start)
    return times


_MODEL = None


def _worker(ids: list[str]) -> float:
    start = time.perf_counter()
    for actor_id in ids:
        _MODEL.recommend(actor_id)
    return time.perf_counter() - start


def all_actors_seconds(model, ids: list[str], processes: int) -> float:
    """Wall time for top-10 with explanations for ``ids`` on ``processes`` forked workers."""
    global _MODEL
    _MODEL = model
    chunks = [ids[i::processes] for i in range(processes)]
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(_worker, chunks)
    return time.perf_counter() - start


def brute_force(model, ids: list[str]) -> dict:
    """Both directions by brute-force cosine NearestNeighbors over the same vectors (no network signals)."""
    from sklearn.neighbors import NearestNeighbors

    idx, sig = model.index_, model.signals_
    start = time.perf_counter()
    offers_nn = NearestNeighbors(n_neighbors=11, metric="cosine", algorithm="brute").fit(idx.offers)
    needs_nn = NearestNeighbors(n_neighbors=11, metric="cosine", algorithm="brute").fit(sig.needs)
    build = time.perf_counter() - start

    def query(actor_id: str):
        q = idx.position[actor_id]
        offers_nn.kneighbors(sig.needs[q])
        needs_nn.kneighbors(idx.offers[q])

    times = _time_queries(query, ids)
    return {"build": build, "median": statistics.median(times)}


def bench_scale(n_actors: int, n_ties: int, processes: int) -> tuple[str, dict]:
    from matchmaker.match import PartnerRecommender

    t0 = time.perf_counter()
    net = synthetic_network(n_actors, n_ties)
    generate = time.perf_counter() - t0
    mem_data = peak_mb()
    t0 = time.perf_counter()
    model = PartnerRecommender().fit(net)
    build = time.perf_counter() - t0
    mem_fit = peak_mb()
    rng = np.random.default_rng(1)
    sample = [net.actors[i].id for i in rng.choice(n_actors, size=300, replace=False)]
    model.recommend(sample[0])  # warm-up
    one = statistics.median(_time_queries(model.recommend, sample))
    ranking_only = statistics.median(_time_queries(lambda a: model.rank_ids(a, top=10), sample))
    many = [net.actors[i].id for i in rng.choice(n_actors, size=min(n_actors, 4000), replace=False)]
    measured = all_actors_seconds(model, many, processes)
    all_est = measured * n_actors / len(many)
    brute = brute_force(model, sample[:100])
    mem_end = peak_mb()
    figures = {
        "actors": n_actors,
        "ties": len(net.ties),
        "generate_s": generate,
        "build_s": build,
        "weights": model.weights_source_,
        "one_ms": one * 1e3,
        "rank_only_ms": ranking_only * 1e3,
        "all_s": all_est,
        "sample_all": len(many),
        "brute_build_s": brute["build"],
        "brute_ms": brute["median"] * 1e3,
        "mem_data_mb": mem_data,
        "mem_fit_mb": mem_fit,
        "mem_end_mb": mem_end,
    }
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    md = f"""### Scale: {n_actors:,} actors, {len(net.ties):,} ties, {SKILLS:,} skills ({machine_line()}; load average at the end {load}: the machine is shared, so times are inflated)

| figure | recommender | brute force (sklearn cosine NN, both directions) | ratio |
|---|---|---|---|
| index build (fit incl. learning from {model.n_outcomes_:,} held-out ties, weights {model.weights_source_}) | {build:.1f} s | {brute["build"]:.2f} s (no index; no learning) | — |
| one actor's top-10, with explanations (median of 300) | {one * 1e3:.1f} ms | {brute["median"] * 1e3:.1f} ms (top-10 per direction, no features, no explanations) | {brute["median"] / one:.1f}x faster |
| one actor's top-10, ranking only (median of 300) | {ranking_only * 1e3:.1f} ms | | {brute["median"] / ranking_only:.1f}x faster |
| top-10 for every actor, {processes} processes (measured on {len(many):,}, scaled to {n_actors:,}) | {all_est:.0f} s | {brute["median"] * n_actors / processes:.0f} s (same scaling) | {brute["median"] * n_actors / processes / all_est:.1f}x |
| peak memory (RSS): data / after fit / end of run | {mem_data:,.0f} / {mem_fit:,.0f} / {mem_end:,.0f} MB | | |

Generating the network took {generate:.1f} s (not counted).
"""
    return md, figures


def bench_demo() -> str:
    import tempfile

    from matchmaker.demo import demo_truth, seed_demo
    from matchmaker.match import PartnerRecommender
    from matchmaker.match.baselines import BASELINES
    from matchmaker.match.evaluate import METRICS, evaluate, ranking_metrics
    from matchmaker.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "demo.sqlite"))
        seed_demo(store)
        net = store.load_network()
        store.engine.dispose()
    out = []
    for seed in (0, 1, 2):
        t0 = time.perf_counter()
        report = evaluate(net, hide=0.2, seed=seed)
        took = time.perf_counter() - t0
        out.append(
            f"#### seed {seed}: {report.params['hidden_ties']} partner ties hidden, any country "
            f"({took:.1f} s, model beats every baseline on every metric: "
            f"{'yes' if report.model_beats_baselines() else 'NO'})\n\n{report.markdown()}"
        )
    weights = ", ".join(f"{k} {v:+.3f}" for k, v in report.weights.items())
    # newcomers: no ties, no events; relevant = the ten partners the planted preference ranks highest
    truth = demo_truth()
    model = PartnerRecommender().fit(net)
    methods = [("model", model)] + [(cls.name, cls().fit(net)) for cls in BASELINES]
    rows = []
    for name, method in methods:
        scores = [
            ranking_metrics(
                method.rank_ids(a, top=100, any_country=True),
                set(truth["newcomer_preferred_partners"][a]),
                10,
            )
            for a in truth["newcomers"]
        ]
        rows.append(
            f"| {name} | " + " | ".join(f"{np.mean([s[m] for s in scores]):.3f}" for m in METRICS) + " |"
        )
    newcomers = "\n".join(
        ["| method | Hits@10 | P@10 | R@10 | nDCG@10 | MRR |", "|---|---|---|---|---|---|", *rows]
    )
    return (
        "### Demo network: hidden partner ties (`matchmaker evaluate --hide 0.2 --seed N`)\n\n"
        + "\n".join(out)
        + f"\nLearnt weights (seed 2): {weights}\n\n"
        + f"### Demo cold start: the {len(truth['newcomers'])} newcomers (no ties, no events) against the ten "
        "partners the planted preference ranks highest for each (`truth.json`)\n\n" + newcomers + "\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 actors and 100,000 ties")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="print, do not write bench/RESULTS.md")
    args = parser.parse_args()
    n, m = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    scale_md, figures = bench_scale(n, m, args.processes)
    print(scale_md, flush=True)
    demo_md = bench_demo()
    print(demo_md)
    markdown = (
        "## Partner recommender (`bench/bench_recommend.py"
        + (" --quick" if args.quick else "")
        + "`)\n\n"
        + scale_md
        + "\n"
        + demo_md
    )
    if not args.no_write:
        write_section("recommend", markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
