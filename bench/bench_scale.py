"""A big network on a laptop (issue 12): import, open, recommend and all pairs, each next to its floor.

For each size (default 10,000 and 100,000 actors, ten ties per actor) in one run:

- **import** (``matchmaker import``, a fresh process) next to the naive floor: ``json.load`` and
  ``sqlite3`` ``executemany`` of the same rows into a minimal schema, no validation;
- **dry run** (``import --dry-run`` of the same file into the filled database);
- **open**: ``Store.load_network()`` read from rows, then again from the copy kept beside the
  database (``matchmaker.kept``);
- **recommend** (the CLI, a fresh process each): the first call (rows, fit, keep) and a repeated
  one (the kept model), next to the bare ``fit`` it replaces;
- **all pairs**: ``matchmaker recommend --all -o FILE`` on both cores, next to a brute-force
  product (each actor's needs against every actor's offers, sparse × sparse, top 10 by
  ``argpartition``: the cheapest "everyone's top 10" there is, with none of the model's signals).

Every figure is a wall time on this shared 2-core machine; the load average is printed with it.

    python bench/bench_scale.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import generate  # noqa: E402
from bench.results_file import machine_line, write_section  # noqa: E402

CLI = [sys.executable, "-m", "matchmaker"]


def _cli(*args: str, timeout: float = 3600) -> float:
    start = time.perf_counter()
    subprocess.run([*CLI, *args], check=True, capture_output=True, timeout=timeout)
    return time.perf_counter() - start


def _peak_child_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


NAIVE = """
import json, sqlite3, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
db = sqlite3.connect(sys.argv[2])
db.executescript('''PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE actor (id TEXT PRIMARY KEY, kind TEXT, name TEXT, country TEXT, city TEXT, sectors TEXT, description TEXT);
CREATE TABLE actor_skill (actor_id TEXT, skill_id TEXT, side TEXT, PRIMARY KEY (actor_id, skill_id, side));
CREATE TABLE tie (id INTEGER PRIMARY KEY, source TEXT, target TEXT, kind TEXT, since TEXT, weight REAL);''')
with db:
    db.executemany("INSERT INTO actor VALUES (?, ?, ?, ?, ?, ?, ?)", [
        (a["id"], a["kind"], a["name"], a["country"], a.get("city"), json.dumps(a.get("sectors", [])), a.get("description"))
        for a in data["actors"]])
    db.executemany("INSERT INTO actor_skill VALUES (?, ?, ?)", [
        (a["id"], s, side[:-1]) for a in data["actors"] for side in ("offers", "needs") for s in a.get(side, [])])
    db.executemany("INSERT INTO tie (source, target, kind, since, weight) VALUES (?, ?, ?, ?, ?)", [
        (t["source"], t["target"], t["kind"], t.get("since"), t.get("weight", 1.0)) for t in data["ties"]])
"""

OPEN = """
import sys, time
from matchmaker.store import open_store
store = open_store(sys.argv[1])
start = time.perf_counter(); store.load_network_rows(); rows = time.perf_counter() - start
store.load_network()  # read and keep
start = time.perf_counter(); net = store.load_network(); kept = time.perf_counter() - start
from matchmaker.match import PartnerRecommender
start = time.perf_counter(); model = PartnerRecommender().fit(net); fit = time.perf_counter() - start
ids = [a.id for a in net.actors[:: max(1, len(net.actors) // 50)]]
model.recommend(ids[0])
start = time.perf_counter()
for actor_id in ids[1:]:
    model.recommend(actor_id)
per_query = (time.perf_counter() - start) / (len(ids) - 1)
print(rows, kept, fit, per_query)
"""

BRUTE = """
import sys, time
import numpy as np
from matchmaker.store import open_store
from matchmaker.match.profiles import build_profiles
from matchmaker.match.signals import TieArrays, build_signals
net = open_store(sys.argv[1]).load_network()
index = build_profiles(net)
signals = build_signals(index, TieArrays.of(net.ties, index.position), net.events, net.participations, net.decisions)
offers_t = index.offers.T.tocsc()
start = time.perf_counter()
for first in range(0, index.n, 2000):
    scores = (signals.needs[first : first + 2000] @ offers_t).toarray()
    np.argpartition(-scores, 10, axis=1)[:, :10]
print(time.perf_counter() - start)
"""


def _child(code: str, *args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, timeout=7200
    )
    return [float(x) for x in out.stdout.split()]


def measure(n_actors: int, tmp: Path) -> dict:
    data, db = tmp / f"net{n_actors}.json", tmp / f"net{n_actors}.sqlite"
    generate(data, n_actors, n_actors * 10)
    r: dict = {"actors": n_actors, "ties": n_actors * 10, "file_mib": data.stat().st_size / 2**20}
    r["naive"] = _child(
        "import time, subprocess, sys\n"
        + "t=time.perf_counter()\n"
        + NAIVE
        + "\nprint(time.perf_counter()-t)",
        str(data),
        str(tmp / f"naive{n_actors}.sqlite"),
    )[0]
    r["import"] = _cli("--db", str(db), "import", str(data))
    r["import_peak_mib"] = _peak_child_mib()
    r["dry_run"] = _cli("--db", str(db), "import", "--dry-run", str(data))
    r["rows"], r["kept"], r["fit"], r["per_query"] = _child(OPEN, str(db))
    from matchmaker.kept import discard_kept

    discard_kept(db)
    r["recommend_first"] = _cli("--db", str(db), "recommend", "a1", "--json")
    r["recommend_again"] = _cli("--db", str(db), "recommend", "a2", "--json")
    r["all_pairs"] = _cli("--db", str(db), "recommend", "--all", "-o", str(tmp / f"all{n_actors}.csv"))
    r["brute"] = _child(BRUTE, str(db))[0]
    r["load"] = os.getloadavg()[0]
    print(json.dumps(r), flush=True)
    return r


def table(results: list[dict]) -> str:
    head = (
        "| figure | "
        + " | ".join(f"{r['actors']:,} actors / {r['ties']:,} ties" for r in results)
        + " | aim at 100,000 |"
    )
    rule = "|---|" + "---|" * len(results) + "---|"

    def row(label: str, cell, aim: str = "") -> str:
        return f"| {label} | " + " | ".join(cell(r) for r in results) + f" | {aim} |"

    lines = [
        head,
        rule,
        row("import, wall (a fresh process)", lambda r: f"**{r['import']:.1f} s**", "≤ 15 s"),
        row("floor: json + sqlite3 executemany, no validation", lambda r: f"{r['naive']:.1f} s"),
        row("ratio import / floor", lambda r: f"{r['import'] / r['naive']:.1f}×"),
        row("import --dry-run of the same file (reads only)", lambda r: f"{r['dry_run']:.1f} s"),
        row("open: load_network from rows", lambda r: f"{r['rows']:.2f} s"),
        row("open: load_network from the kept copy", lambda r: f"**{r['kept']:.2f} s**"),
        row("fit (what the kept model saves)", lambda r: f"{r['fit']:.1f} s"),
        row(
            "one recommendation, warm (median over 50)",
            lambda r: f"{r['per_query'] * 1000:.0f} ms",
            "≤ 10 ms",
        ),
        row("CLI recommend, first (rows, fit, keep)", lambda r: f"{r['recommend_first']:.1f} s"),
        row("CLI recommend, repeated (kept model)", lambda r: f"**{r['recommend_again']:.1f} s**", "≤ 2 s"),
        row("CLI recommend --all -o FILE, 2 processes", lambda r: f"**{r['all_pairs']:.1f} s**", "≤ 60 s"),
        row("floor: brute-force needs × offers product, top 10", lambda r: f"{r['brute']:.1f} s"),
        row("load average (1 min) at the end", lambda r: f"{r['load']:.1f}"),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = [measure(n, Path(tmp)) for n in args.sizes]
    md = f"""## A big network on a laptop (issue 12)

`bench/bench_scale.py` — {machine_line()}; one run each (wall times; the machine is shared, see
the load). Network: `bench_import.generate` (5–15 offers and needs per actor, ten ties per actor).

{table(results)}
"""
    print(md)
    write_section("scale", md)


if __name__ == "__main__":
    main()
