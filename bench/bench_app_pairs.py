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

    python bench/bench_app_pairs.py --db DIR/net10000.sqlite DIR/net100000.sqlite [--repeat 2]
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


def measure(db: Path, repeat: int) -> dict:
    from matchmaker.match.all_pairs import best_cross_border_pairs

    store, net, model, source, prepared = _app_model(db)
    processes = os.cpu_count() or 1
    r: dict = {"actors": len(net.actors), "ties": len(net.ties), "askers": len(model.askers())}
    r["prepared"] = prepared
    times: dict[str, list[float]] = {"one": [], "spawned": [], "start": []}
    loads = []
    lists = {}
    for _turn in range(repeat):
        for name in ("one", "spawned"):
            start = time.perf_counter()
            found = best_cross_border_pairs(
                model,
                limit=LIMIT,
                language="en",
                processes=processes if name == "spawned" else 1,
                spawn_from=source if name == "spawned" else None,
            )
            times[name].append(time.perf_counter() - start)
            lists[name] = found
            loads.append(os.getloadavg()[0])
            print(json.dumps({"db": str(db), name: times[name][-1], "load": loads[-1]}), flush=True)
        times["start"].append(_start_up(model, source))
    r["same"] = lists["one"] == lists["spawned"] and len(lists["one"]) > 0
    for name, values in times.items():
        r[name] = statistics.median(values)
        r[f"{name}_turns"] = [round(v, 1) for v in values]
    r["loads"] = [round(v, 1) for v in loads]
    r["processes"] = processes
    store.engine.dispose()
    return r


ROWS = [
    ("askers ranked", lambda r: f"{r['askers']:,}"),
    ("one process (what the app did), median wall", lambda r: f"{r['one']:.1f} s"),
    ("spawned workers on every core, median wall", lambda r: f"**{r['spawned']:.1f} s**"),
    ("each turn, one process / spawned (s)", lambda r: f"{r['one_turns']} / {r['spawned_turns']}"),
    ("ratio one process / spawned", lambda r: f"{r['one'] / r['spawned']:.2f}×"),
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
    parser.add_argument("--repeat", type=int, default=2, help="turns of each (medians)")
    args = parser.parse_args()
    results = []
    for db in args.db:
        results.append(measure(db, args.repeat))
        print(json.dumps(results[-1]), flush=True)
    head = "| figure | " + " | ".join(f"{r['actors']:,} actors / {r['ties']:,} ties" for r in results) + " |"
    rule = "|---|" + "---|" * len(results)
    lines = [head, rule] + [
        f"| {label} | " + " | ".join(show(r) for r in results) + " |" for label, show in ROWS
    ]
    md = f"""## The app's Best pairs on every core (issue 12): one process next to spawned workers

`bench/bench_app_pairs.py --repeat {args.repeat}` — {machine_line()}; networks made by
`bench_scale.py`; the model kept beside the database, opened as the app opens it; each turn
times `best_cross_border_pairs` (top 100, explained) in one process, then on
{results[0]["processes"] if results else "?"} spawned workers that each map the kept model file.
The machine is shared with other work: the load average is given beside each timing.

{chr(10).join(lines)}
"""
    print(md)
    write_section("app-best-pairs", md)


if __name__ == "__main__":
    main()
