"""The best pairs shown while every actor is ranked (issue 12): how soon, how close to the final list.

Ranking every actor at 100,000 takes minutes on two cores; the Best pairs tab shows the best
pairs among the actors ranked so far meanwhile
(:func:`matchmaker.match.all_pairs.best_cross_border_pairs`' ``interim``). Two measures:

1. **Which order** (``--orders``): from one ranking of every actor, the list the tab would show
   after 5, 10, 20 and 50 % of the actors, ranked in the network's own order, at random, most
   ties first, fewest ties first, and the most promising first as the app ranks
   (:class:`~matchmaker.match.ranking_order.PromisingFirst`, steered by the rows of each chunk
   answered), counted against the final list (its pairs among the final 100). On the
   generated network and on the two real records (the EU research consortia and the
   acquisitions of ``bench_real.py``, each fitted on the whole record as a user would fit it).
2. **The app's path** (``--db``): each database ranked as the tab ranks it (the model kept
   beside the database, spawned workers on every core), twice: a first ranking (the most
   promising first); then after an edit (``EDITED_TIES`` new ties between actors of different
   countries, seeded, written through the store, the kept model brought up to date as the app
   does) with the actors of the list found before first: the re-ranking a reader asks for
   when the tab says the network has changed. Every list told is recorded (when, and how many
   of the final pairs it holds). The edit is made on a copy of the database and its kept
   folder (in ``--scratch``), never on the database given.

    python bench/bench_interim_pairs.py --orders DIR/net10000.sqlite \\
        --db DIR/net10000.sqlite DIR/net100000.sqlite
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_app_pairs import LIMIT, _app_model  # noqa: E402
from bench.results_file import machine_line, write_section  # noqa: E402

SHARES = (0.5, 0.9, 1.0)  # of the final list's pairs: when the list shown first held this many
FRACTIONS = (0.05, 0.1, 0.2, 0.5)  # of the actors ranked: the list the tab would show then
EDITED_TIES = 20
PROMISING = "the most promising first (the app's)"


# -- 1. which order -------------------------------------------------------------------------------
def _rows_of_everyone(model) -> list:
    from matchmaker.match.all_pairs import all_top_pairs

    return list(all_top_pairs(model, model.askers(), processes=os.cpu_count() or 1))


def _orders(model) -> dict[str, list[str]]:
    """Orders fixed before ranking: read off the network."""
    import numpy as np

    askers = model.askers()
    position, adjacency = model.index_.position, model.signals_.adjacency
    ties = np.diff(adjacency.indptr)[[position[a] for a in askers]]
    return {
        "the network's own order": askers,
        "at random": random.Random(1).sample(askers, len(askers)),
        "most ties first": [askers[i] for i in np.argsort(-ties, kind="stable")],
        "fewest ties first": [askers[i] for i in np.argsort(ties, kind="stable")],
    }


def _promising_order(askers: list[str], by_actor: dict) -> list[str]:
    """The order :class:`PromisingFirst` hands actors out in as the app ranks: as many chunks out
    at once as two workers hold, the next drawn as each is answered (the rows are looked up,
    not ranked again)."""
    from matchmaker.match.all_pairs import AHEAD, ranked_in_windows
    from matchmaker.match.ranking_order import PromisingFirst

    def looked_up(chunk: list[str]):
        return lambda: [row for actor in chunk for row in by_actor[actor]]

    windows = ranked_in_windows(PromisingFirst(askers), AHEAD * 2, looked_up)
    return [actor for chunk, _rows in windows for actor in chunk]


def order_figures(name: str, model) -> dict:
    """Per order, how many of the final list's pairs the list after each fraction holds."""
    from collections import defaultdict

    from matchmaker.match.all_pairs import PER_ACTOR, best_pairs

    rows = _rows_of_everyone(model)
    by_actor = defaultdict(list)
    for row in rows:
        by_actor[row.actor].append(row)

    def keys(listed) -> set:
        return {frozenset((r.actor, r.candidate)) for r in listed}

    final = keys(best_pairs(iter(rows), LIMIT, per_actor=PER_ACTOR))
    orders = _orders(model)
    orders[PROMISING] = _promising_order(model.askers(), by_actor)
    held = {}
    for order, actors in orders.items():
        held[order] = []
        for fraction in FRACTIONS:
            ranked = [row for actor in actors[: round(fraction * len(actors))] for row in by_actor[actor]]
            held[order].append(len(keys(best_pairs(iter(ranked), LIMIT, per_actor=PER_ACTOR)) & final))
    print(json.dumps({"network": name, "held": held}), flush=True)
    return {"name": name, "actors": len(model.askers()), "final": len(final), "held": held}


def _real_models(folder: Path):
    from bench.bench_real import REAL, imported
    from matchmaker.datasets import cordis, crunchbase
    from matchmaker.match import PartnerRecommender

    for name, convert, csv in (
        ("EU research consortia (CORDIS H2020)", cordis.convert, "h2020_participations_before2017.csv"),
        ("acquisitions (Crunchbase)", crunchbase.convert, "crunchbase_acquisitions_before2014.csv"),
    ):
        net = imported(convert(str(REAL / csv)), folder, csv.split("_")[0])
        yield name, PartnerRecommender(random_state=0).fit(net)


def _generated_model(db: Path):
    from matchmaker.match import fitted_recommender
    from matchmaker.store import open_store

    store = open_store(str(db))
    model = fitted_recommender(store)
    store.close()
    return model


# -- 2. the app's path ----------------------------------------------------------------------------
def _pair_keys(pairs) -> set:
    return {frozenset((p.actor, p.partner)) for p in pairs}


def _ranked(model, source, first) -> dict:
    """One ranking as the tab runs it, every list told on the way, and the final list."""
    from matchmaker.match.all_pairs import best_cross_border_pairs

    told: list[tuple[float, set]] = []
    start = time.perf_counter()

    def interim(pairs, _ranked, _total) -> None:
        told.append((time.perf_counter() - start, _pair_keys(pairs)))

    final = best_cross_border_pairs(
        model,
        limit=LIMIT,
        language="en",
        processes=os.cpu_count() or 1,
        spawn_from=source,
        first=first,
        interim=interim,
    )
    wall = time.perf_counter() - start
    keys = _pair_keys(final)
    held = [(at, len(shown & keys)) for at, shown in told]
    reached = {}
    for share in SHARES:
        wanted = round(share * len(keys))
        reached[share] = next((at for at, count in held if count >= wanted), None)
    return {
        "wall": wall,
        "first_list": told[0][0] if told else None,
        "first_held": held[0][1] if held else 0,
        "reached": reached,
        "final": final,
        "load": os.getloadavg()[0],
    }


def _copy(db: Path, scratch: Path) -> Path:
    """The database and its kept folder, copied (the edit must not touch the database given)."""
    folder = Path(tempfile.mkdtemp(prefix="interim-pairs-", dir=scratch))
    shutil.copy2(db, folder / db.name)
    kept = db.with_name(db.name + ".matchmaker-kept")
    if kept.is_dir():
        shutil.copytree(kept, folder / kept.name)
    return folder / db.name


def _edit(store, net) -> None:
    """``EDITED_TIES`` new partner ties between actors of different countries (seeded), through the store."""
    from matchmaker.records import TieRecord

    pick = random.Random(12)
    actors = [a for a in net.actors if a.country]
    made = 0
    while made < EDITED_TIES:
        a, b = pick.sample(actors, 2)
        if a.country != b.country:
            store.put_tie(TieRecord(a.id, b.id, "partner"))
            made += 1


def measure(db: Path, scratch: Path) -> dict:
    copy = _copy(db, scratch)
    try:
        store, net, model, source, _prepared = _app_model(copy)
        r: dict = {"actors": len(net.actors), "ties": len(net.ties), "askers": len(model.askers())}
        r["first ranking"] = _ranked(model, source, ())
        print(json.dumps({"db": str(db), "first ranking": r["first ranking"]["wall"]}), flush=True)
        _edit(store, net)
        store.engine.dispose()
        start = time.perf_counter()
        store, net, model, source, _prepared = _app_model(copy)  # the kept model brought up to date
        r["refresh"] = time.perf_counter() - start
        before = r["first ranking"]["final"]
        r["after an edit"] = _ranked(model, source, [a for p in before for a in (p.actor, p.partner)])
        print(json.dumps({"db": str(db), "after an edit": r["after an edit"]["wall"]}), flush=True)
        r["changed"] = LIMIT - len(_pair_keys(r["after an edit"]["final"]) & _pair_keys(before))
        store.engine.dispose()
        return r
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)


RUNS = {
    "first ranking": "a first ranking (the most promising first)",
    "after an edit": f"after an edit ({EDITED_TIES} new ties): the earlier list's actors first",
}


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} s"


def _row(r: dict, run: str) -> str:
    x = r[run]
    reached = " / ".join(_seconds(x["reached"][s]) for s in SHARES)
    return (
        f"{_seconds(x['first_list'])} ({x['first_held']} of {LIMIT}); {reached}; "
        f"of {x['wall']:.1f} s (load {x['load']:.1f})"
    )


def _orders_table(figures: list[dict]) -> str:
    head = "| network (askers) | order | " + " | ".join(f"{f:.0%} ranked" for f in FRACTIONS) + " |"
    lines = [head, "|---|---|" + "---|" * len(FRACTIONS)]
    for f in figures:
        for order, held in f["held"].items():
            lines.append(f"| {f['name']} ({f['actors']:,}) | {order} | " + " | ".join(map(str, held)) + " |")
    return "\n".join(lines)


def _app_table(results: list[dict]) -> str:
    head = "| ranking | " + " | ".join(f"{r['actors']:,} actors / {r['ties']:,} ties" for r in results) + " |"
    lines = [head, "|---|" + "---|" * len(results)]
    for run, label in RUNS.items():
        lines.append(f"| {label} | " + " | ".join(_row(r, run) for r in results) + " |")
    lines.append(
        "| the edit: pairs of the final list it changed; bringing the kept model up to date | "
        + " | ".join(f"{r['changed']} of {LIMIT}; {r['refresh']:.1f} s" for r in results)
        + " |"
    )
    return "\n".join(lines)


def _write(figures: list[dict], results: list[dict]) -> None:
    from matchmaker.match.all_pairs import INTERIM_SECONDS

    md = f"""## The best pairs shown while every actor is ranked (issue 12)

`bench/bench_interim_pairs.py` — {machine_line()}; the machine is shared (the load average
after each run is given).

**Which order.** The final list's pairs (of {LIMIT}) that the list shown after a share of the
actors holds, by the order they are ranked in; one ranking of every actor each, the generated
network's model kept beside its database, the real records' fitted on the whole record.

{_orders_table(figures) if figures else "(not measured in this run)"}

**The app's path.** Networks made by `bench_scale.py`, the model kept beside the database and
ranked as the Best pairs tab ranks it (spawned workers on every core, the top {LIMIT} explained
at the end); lists told as soon as the first actors are ranked, then every {INTERIM_SECONDS:.0f} s.
Each cell: when the first list showed (how many of the final pairs it held); when the list
shown first held half / nine tenths / all of the final pairs; the whole ranking's wall time.
One run each, in this order.

{_app_table(results) if results else "(not measured in this run)"}
"""
    print(md)
    write_section("interim-pairs", md)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=Path, nargs="*", default=None, help="generated databases for 1")
    parser.add_argument("--no-real", action="store_true", help="1 without the real records")
    parser.add_argument("--db", type=Path, nargs="*", default=[], help="databases for 2 (e.g. bench_scale's)")
    parser.add_argument(
        "--scratch", type=Path, default=Path(tempfile.gettempdir()), help="where the copies go"
    )
    args = parser.parse_args()
    figures: list[dict] = []
    if args.orders is not None:
        for db in args.orders:
            figures.append(order_figures(f"generated, {db.stem}", _generated_model(db)))
        if not args.no_real:
            with tempfile.TemporaryDirectory(dir=args.scratch) as folder:
                for name, model in _real_models(Path(folder)):
                    figures.append(order_figures(name, model))
        _write(figures, [])
    results: list[dict] = []
    for db in args.db:
        results.append(measure(db, args.scratch))
        _write(figures, results)  # each size as soon as it is measured: 100,000 actors take long


if __name__ == "__main__":
    main()
