"""The app's "Best pairs" (issue 12): one process next to spawned workers opening the kept model, in turns.

For each database (e.g. ``bench_scale.py --only recommend --reuse DIR``'s ``DIR/net{n}.sqlite``)
this opens the network and its model as the app does (``store.load_network()``, then
:func:`matchmaker.match.kept_check.kept_model_for`: the model kept beside the database, fitted
and kept first when missing or made by other code), then, ``--repeat`` times in turns, times
:func:`matchmaker.match.all_pairs.best_cross_border_pairs` as the Best pairs tab calls it: in
one process (``processes=1``, what the app did) and on spawned workers (``spawn_from`` the kept
model file, ``processes`` = the machine's cores), and checks the two lists are identical. The
workers' start-up (spawning, importing, opening the mapped model and checking it is the
caller's) is timed apart, on a two-chunk ranking, as many times.

    python bench/bench_app_pairs.py --db DIR/net10000.sqlite DIR/net100000.sqlite [--repeat 3 1] [--sample 0 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results_file import machine_line, write_section  # noqa: E402

LIMIT = 100  # the tab's list (matchmaker.ui.best_pairs.LIMIT; not imported: that module is Qt)


def _app_model(db: Path):
    """The network and fitted model the app would rank with, and the kept file workers open."""
    from matchmaker.match import PartnerRecommender, fitted_recommender
    from matchmaker.match.kept_check import kept_model_for
    from matchmaker.match.spawned_pairs import kept_model_file
    from matchmaker.store import open_store
    from matchmaker.visibility import DEFAULT_USER_AUDIENCE

    store = open_store(str(db))
    recommender = PartnerRecommender(language="en", audience=DEFAULT_USER_AUDIENCE)  # the app's
    start = time.perf_counter()
    fitted_recommender(store, recommender, processes=os.cpu_count() or 1)  # kept (fitted first if not)
    prepared = time.perf_counter() - start
    net = store.load_network()
    model = kept_model_for(store, recommender, net)
    if model is None:
        raise SystemExit(f"{db}: no kept model fits the network read")
    source = kept_model_file(model, store.database_file)
    if source is None:
        raise SystemExit(f"{db}: no kept model file for the network read")
    return store, net, model, source, prepared


def _start_up(model, source) -> float:
    """Seconds until every worker has opened the kept model, on a ranking of two chunks."""
    from matchmaker.match import spawned_pairs

    started = []
    asking = model.askers()[: 2 * spawned_pairs.CHUNK]
    list(spawned_pairs.spawned_top_pairs(model, asking, source, processes=2, started=started.append))
    if not started[0].on_workers:
        raise SystemExit("the workers did not open the caller's model")
    return started[0].seconds


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of its reaped children (the workers, once stopped)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


def _ranking(model, source, asking: list[str] | None, spawned: bool):
    """What is timed: the app's call (every asker, the top 100 explained), or with a sample of
    askers only their rows (the same work per actor, for a size whose every turn takes too long)."""
    from matchmaker.match.all_pairs import all_top_pairs, best_cross_border_pairs
    from matchmaker.match.spawned_pairs import spawned_top_pairs

    processes = os.cpu_count() or 1
    if asking is None:
        return best_cross_border_pairs(
            model,
            limit=LIMIT,
            language="en",
            processes=processes if spawned else 1,
            spawn_from=source if spawned else None,
        )
    if spawned:
        return list(spawned_top_pairs(model, asking, source, processes=processes))
    return list(all_top_pairs(model, asking, processes=1))


def measure(db: Path, repeat: int, sample: int) -> dict:
    import random

    store, net, model, source, prepared = _app_model(db)
    askers = model.askers()
    asking = random.Random(1).sample(askers, sample) if 0 < sample < len(askers) else None
    r: dict = {"actors": len(net.actors), "ties": len(net.ties), "askers": len(askers)}
    r["asked"] = len(asking) if asking is not None else len(askers)
    r["whole"] = asking is None
    r["prepared"] = prepared
    times: dict[str, list[float]] = {"one": [], "spawned": [], "start": [], "one_cpu": [], "spawned_cpu": []}
    loads = []
    found = {}
    for _turn in range(repeat):
        for name in ("one", "spawned"):
            start, (cpu, children) = time.perf_counter(), _cpu()
            found[name] = _ranking(model, source, asking, name == "spawned")
            times[name].append(time.perf_counter() - start)
            after, after_children = _cpu()
            times[f"{name}_cpu"].append(after - cpu + after_children - children)
            loads.append(os.getloadavg()[0])
            print(json.dumps({"db": str(db), name: times[name][-1], "load": loads[-1]}), flush=True)
        times["start"].append(_start_up(model, source))
    r["same"] = found["one"] == found["spawned"] and len(found["one"]) > 0
    for name, values in times.items():
        r[name] = statistics.median(values)
        r[f"{name}_turns"] = [round(v, 1) for v in values]
    r["loads"] = [round(v, 1) for v in loads]
    r["processes"] = os.cpu_count() or 1
    store.engine.dispose()
    return r


ROWS = [
    (
        "askers ranked (what is timed)",
        lambda r: (
            f"all {r['askers']:,} (the app's call, top 100 explained)"
            if r["whole"]
            else f"{r['asked']:,} of {r['askers']:,}, seeded (their rows only)"
        ),
    ),
    ("one process (what the app did), median wall", lambda r: f"{r['one']:.1f} s"),
    ("spawned workers on every core, median wall", lambda r: f"**{r['spawned']:.1f} s**"),
    ("each turn, one process / spawned (s)", lambda r: f"{r['one_turns']} / {r['spawned_turns']}"),
    ("ratio one process / spawned", lambda r: f"{r['one'] / r['spawned']:.2f}×"),
    (
        "CPU seconds (this process + its workers), one process / spawned, median",
        lambda r: f"{r['one_cpu']:.1f} / {r['spawned_cpu']:.1f}",
    ),
    ("workers' start-up (spawn, import, open the mapped model), median", lambda r: f"{r['start']:.2f} s"),
    ("start-up, each turn (s)", lambda r: f"{r['start_turns']}"),
    (
        "the two lists identical (pairs, order, scores, bands, reasons)",
        lambda r: "yes" if r["same"] else "**NO**",
    ),
    ("load average (1 min) after each timing", lambda r: f"{r['loads']}"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, nargs="+", required=True, help="databases (e.g. bench_scale's)")
    parser.add_argument(
        "--repeat",
        type=int,
        nargs="+",
        default=[2],
        help="turns of each (medians); one number per --db, or one for all",
    )
    parser.add_argument(
        "--sample", type=int, nargs="+", default=[0], help="askers ranked per --db (0: all, as the app)"
    )
    args = parser.parse_args()
    repeats = args.repeat * len(args.db) if len(args.repeat) == 1 else args.repeat
    samples = args.sample * len(args.db) if len(args.sample) == 1 else args.sample
    results: list[dict] = []
    for db, repeat, sample in zip(args.db, repeats, samples, strict=True):
        results.append(measure(db, repeat, sample))
        print(json.dumps(results[-1]), flush=True)
        _write(results, repeats)  # each size as soon as it is measured: 100,000 actors take long


def _write(results: list[dict], repeats: list[int]) -> None:
    head = "| figure | " + " | ".join(f"{r['actors']:,} actors / {r['ties']:,} ties" for r in results) + " |"
    rule = "|---|" + "---|" * len(results)
    lines = [head, rule] + [
        f"| {label} | " + " | ".join(show(r) for r in results) + " |" for label, show in ROWS
    ]
    md = f"""## The app's Best pairs on every core (issue 12): one process next to spawned workers

`bench/bench_app_pairs.py --repeat {" ".join(map(str, repeats[: len(results)]))}` — {machine_line()};
networks made by `bench_scale.py`; the model kept beside the database, opened as the app opens
it; each turn times `best_cross_border_pairs` (top 100, explained) in one process, then on
{results[0]["processes"]} spawned workers that each map the kept model file. The machine is
shared with other work: the load average is given beside each timing.

{chr(10).join(lines)}
"""
    print(md)
    write_section("app-best-pairs", md)


if __name__ == "__main__":
    main()
