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

With ``--only recommend`` (its own section, ``scale-recommend``) the network is imported untimed and
the recommender's path is measured as a user meets it: the fit of every relation on both cores
(what the first ``recommend`` on a network pays, then keeps), the first suggestion after the app
opens the network (the kept model opened and checked against the app's records), one suggestion
with explanations (median of 50, wall and CPU), the repeated CLI ``recommend`` (median of three
fresh processes, taken in turns with the full path it replaces — the store opened, the same kept
model read through it — and with ``python -c pass``, the floor of starting Python; the seconds each
spends importing, from ``-X importtime``), ``recommend --all`` and the brute-force floor, next to
reading the network from rows.

    python bench/bench_scale.py [--sizes 10000 100000] [--only import [--repeat 3]|recommend [--reuse DIR] [--quick]] [--postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
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
    return _cli_with_peak(*args, timeout=timeout)[0]


def _cli_with_peak(*args: str, timeout: float = 3600) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one CLI run in a fresh process (its own, via wait4)."""
    del timeout  # a benchmark run is watched by its runner
    wall, peak, _cpu = _run_with_usage([*CLI, *args])
    return wall, peak


def _run_with_usage(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one process, via wait4.

    The CPU time is what a busy machine changes least: the wall time of a process waiting for a
    core grows with the load, its CPU time hardly."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        if child.returncode:
            err.seek(0)
            raise RuntimeError(
                f"{' '.join(command[2:])} failed: {err.read()[-2000:].decode(errors='replace')}"
            )
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


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
start = time.perf_counter(); model = PartnerRecommender().fit_everything(net, processes=2); fit = time.perf_counter() - start
ids = [a.id for a in net.actors[:: max(1, len(net.actors) // 50)]]
model.recommend(ids[0])
times = []
for actor_id in ids[1:]:
    start = time.perf_counter(); model.recommend(actor_id); times.append(time.perf_counter() - start)
per_query = sorted(times)[len(times) // 2]
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


def measure_import(n_actors: int, tmp: Path, postgres_url=None, repeat: int = 3) -> dict:
    """The import rows: the floor and the import taken in turns ``repeat`` times (medians of wall
    and CPU time: one run each swings with the shared machine's load), the import's peak memory,
    the same file again into the filled database (every record an update, after the automatic
    backup), a dry run, and optionally the import into PostgreSQL (``COPY``)."""
    data = tmp / f"net{n_actors}.json"
    generate(data, n_actors, n_actors * 10)
    r: dict = {"actors": n_actors, "ties": n_actors * 10, "file_mib": data.stat().st_size / 2**20}
    naive_code = "import time\nt = time.perf_counter()\n" + NAIVE + "\nprint(time.perf_counter() - t)"
    floors, imports, into_postgres = [], [], []
    for turn in range(repeat):
        naive_db, db = tmp / f"naive{n_actors}-{turn}.sqlite", tmp / f"net{n_actors}-{turn}.sqlite"
        if turn:  # only the last import's database is kept (for the rows below)
            _remove_database(tmp / f"net{n_actors}-{turn - 1}.sqlite")
        floors.append(_run_with_usage([sys.executable, "-c", naive_code, str(data), str(naive_db)]))
        _remove_database(naive_db)
        imports.append(_run_with_usage([*CLI, "--db", str(db), "import", str(data)]))
        if postgres_url is not None:  # in the same turns: one run swings with the machine's writes
            into_postgres.append(_run_with_usage([*CLI, "--db", postgres_url(), "import", str(data)]))
    r["naive"], _peak, r["naive_cpu"] = (statistics.median(column) for column in zip(*floors, strict=True))
    r["import"], r["import_peak_mib"], r["import_cpu"] = (
        statistics.median(column) for column in zip(*imports, strict=True)
    )
    r["import_peak_mib"] = max(peak for _wall, peak, _cpu in imports)
    r["repeat"], r["db"] = repeat, str(db)
    r["reimport"], r["reimport_peak_mib"] = _cli_with_peak("--db", str(db), "import", str(data))
    r["dry_run"], r["dry_run_peak_mib"] = _cli_with_peak("--db", str(db), "import", "--dry-run", str(data))
    if into_postgres:
        r["postgres"] = statistics.median(wall for wall, _peak, _cpu in into_postgres)
        r["postgres_peak_mib"] = max(peak for _wall, peak, _cpu in into_postgres)
        r["postgres_runs"] = [wall for wall, _peak, _cpu in into_postgres]
    r["load"] = os.getloadavg()[0]
    return r


def _remove_database(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        (path.parent / name).unlink(missing_ok=True)


FIT = """
import sys, time
from matchmaker.kept import discard_kept
from matchmaker.match import fitted_recommender
from matchmaker.store import open_store
store = open_store(sys.argv[1])
start = time.perf_counter(); store.load_network_rows(); rows = time.perf_counter() - start
if sys.argv[2:] == ["reuse"]:  # a model kept by this very code for this network: not fitted again
    from matchmaker.kept import kept_value
    from matchmaker.match import PartnerRecommender

    if kept_value(store.engine, store.database_file, "recommender", depends_on=PartnerRecommender().kept_key()):
        print(rows, -1, -1)
        sys.exit()
discard_kept(store.database_file)
store.load_network()  # the network kept, as the first recommend finds it after the first opening
import resource
def cpu():
    return sum(
        getattr(resource.getrusage(who), field)
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        for field in ("ru_utime", "ru_stime")
    )
start, used = time.perf_counter(), cpu()
fitted_recommender(store, processes=2)
print(rows, time.perf_counter() - start, cpu() - used)
"""

OPENED = """
import sys, time
from matchmaker.store import open_store
from matchmaker.match import PartnerRecommender, fitted_recommender
from matchmaker.match.kept_check import _fitted_on, kept_model_for
store = open_store(sys.argv[1])
net = store.load_network()  # the records the app shows
start = time.perf_counter()
model = kept_model_for(store, PartnerRecommender(), net)
model.recommend(net.actors[1].id)
first = time.perf_counter() - start
# what the check cost before the network carried its generation: every record compared; and
# the proof that the quick check told the truth here
opened = fitted_recommender(store, PartnerRecommender())
start = time.perf_counter()
assert _fitted_on(opened, net), "the kept model was fitted on other records"
compared = time.perf_counter() - start
ids = [a.id for a in net.actors[:: max(1, len(net.actors) // 50)]]
wall, cpu, pairs = [], [], []
for actor_id in ids:
    w, c = time.perf_counter(), time.process_time()
    model.recommend(actor_id)
    wall.append(time.perf_counter() - w)
    cpu.append(time.process_time() - c)
    c = time.process_time()
    model.top_pairs(actor_id)
    pairs.append(time.process_time() - c)
print(first, sorted(wall)[len(wall) // 2], sorted(cpu)[len(cpu) // 2], sum(pairs) / len(pairs), compared)
"""


# The app's load (``Session.load_for_views``: the collector paused while the records are read), then
# the first suggestion; the records left to the collector (as before) or frozen before it runs again
# (as now), in turns in one process. The window's time includes the collector's first pass over the
# fresh records, which lands wherever Python next allocates: in the app, on whichever thread holds the GIL.
GC_AFTER_LOAD = """
import gc, statistics, sys, time
from matchmaker.store import open_store
from matchmaker.match import PartnerRecommender
from matchmaker.match.kept_check import kept_model_for
store = open_store(sys.argv[1])
longest = {}
def watch(phase, info, started=[0.0]):
    if phase == "start":
        started[0] = time.perf_counter()
    else:
        longest["pause"] = max(longest.get("pause", 0.0), time.perf_counter() - started[0])
gc.callbacks.append(watch)
waits = {"before": [], "frozen": []}
pauses = {"before": [], "frozen": []}
for turn in range(3):
    for way in waits:
        gc.disable()
        net = store.load_network()
        if way == "frozen":
            gc.freeze()
        gc.enable()
        longest.clear()
        start = time.perf_counter()
        model = kept_model_for(store, PartnerRecommender(), net)
        model.recommend(net.actors[1 + turn].id)
        waits[way].append(time.perf_counter() - start)
        pauses[way].append(longest.get("pause", 0.0))
        del net, model
        gc.unfreeze()
        gc.collect()
print(*(statistics.median(values) for values in (*waits.values(), *pauses.values())))
"""

# ``matchmaker`` with the answer from the kept model switched off: the full path (store opened)
FULL_PATH_CLI = """
import sys
import matchmaker.cli.recommend_kept as kept_path
from matchmaker.cli import main
kept_path.recommend_from_kept = lambda args: None
sys.exit(main(sys.argv[1:]))
"""
# the same, with the search index built afresh on every call instead of read back from the kept folder
UNKEPT_SEARCH_CLI = """
import sys
import matchmaker.kept_search as kept_search
from matchmaker.cli import main
kept_search.kept_search = lambda db_file, generation, make: make()
sys.exit(main(sys.argv[1:]))
"""
REPEATS = 3


def _import_seconds(command: list[str]) -> float:
    """Seconds ``command`` (a Python process) spends importing, summed over ``-X importtime``'s
    outermost imports (each line's cumulative time; nested imports are inside their parent's)."""
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True, check=True
    )
    total = 0
    for line in done.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|", 2)
        if len(fields) == 3 and fields[1].strip().isdigit() and not fields[2].startswith("  "):
            total += int(fields[1])  # one space after the bar: an outermost import
    return total / 1e6


def measure_repeated_cli(db: Path) -> dict:
    """A repeated ``recommend`` as a user types it, next to the full path and Python's own start,
    taken in turns (the machine's load meets all three alike): medians of wall and CPU time."""
    asked = ["--db", str(db), "recommend"]
    # "actor 2" (the actor named "Actor 2"): only find's search resolves it, through the search index
    ways = {
        "kept": lambda k: [*CLI, *asked, f"a{k}", "--json"],
        "named": lambda k: [*CLI, *asked, f"actor {k}", "--json"],
        "named_unkept": lambda k: [sys.executable, "-c", UNKEPT_SEARCH_CLI, *asked, f"actor {k}", "--json"],
        "full": lambda k: [sys.executable, "-c", FULL_PATH_CLI, *asked, f"a{k}", "--json"],
        "floor": lambda _k: [sys.executable, "-c", "pass"],
    }
    _run_with_usage(ways["named"](1))  # keeps the search index, as the first such call does
    runs: dict[str, list] = {name: [] for name in ways}
    for k in range(2, 2 + REPEATS):
        for name, command in ways.items():
            runs[name].append(_run_with_usage(command(k)))
    r = {}
    for name, measured in runs.items():
        r[f"cli_{name}"] = statistics.median(wall for wall, _peak, _cpu in measured)
        r[f"cli_{name}_cpu"] = statistics.median(cpu for _wall, _peak, cpu in measured)
        r[f"cli_{name}_imports"] = _import_seconds(ways[name](2))
    r["load_cli"] = os.getloadavg()[0]
    return r


ALL_PAIRS_UP_TO = int(os.environ.get("BENCH_ALL_PAIRS_UP_TO", "1000000"))  # larger: only the estimate


def measure_recommend(
    n_actors: int, tmp: Path, postgres_url=None, reuse: Path | None = None, quick: bool = False
) -> dict:
    """The recommender's rows (``--only recommend``): see the module docstring.

    With ``reuse`` (a folder), the network ``net{n}.sqlite`` there is used as it is (generated and
    imported there the first time) and its kept model too when this code kept it: the fit is the
    half hour of a 100,000-actor run. ``quick`` leaves out ``recommend --all`` and the brute floor.
    """
    del postgres_url
    folder = reuse or tmp
    data, db = folder / f"net{n_actors}.json", folder / f"net{n_actors}.sqlite"
    if reuse is None or not db.exists():
        generate(data, n_actors, n_actors * 10)
        _cli("--db", str(db), "import", str(data))
    r: dict = {"actors": n_actors, "ties": n_actors * 10}
    r["rows"], r["fit"], r["fit_cpu"] = _child(FIT, str(db), *(["reuse"] if reuse else []))
    if r["fit"] < 0:  # kept by this code already: not measured in this run
        del r["fit"], r["fit_cpu"]
    r["load_fit"] = os.getloadavg()[0]
    print(json.dumps(r), file=sys.stderr, flush=True)
    (r["first_after_open"], r["per_query"], r["per_query_cpu"], r["pair_cpu"], r["compared"]) = _child(
        OPENED, str(db)
    )
    r.update(measure_repeated_cli(db))
    r["gc_before"], r["gc_frozen"], r["gc_pause_before"], r["gc_pause_frozen"] = _child(
        GC_AFTER_LOAD, str(db)
    )
    r["all_pairs_estimate"] = r["pair_cpu"] * n_actors / 2
    print(json.dumps(r), file=sys.stderr, flush=True)
    if n_actors <= ALL_PAIRS_UP_TO and not quick:
        r["all_pairs"] = _cli("--db", str(db), "recommend", "--all", "-o", str(tmp / f"all{n_actors}.csv"))
        r["load_all_pairs"] = os.getloadavg()[0]
    if not quick:
        r["brute"] = _child(BRUTE, str(db))[0]
    r["load"] = os.getloadavg()[0]
    return r


def measure(n_actors: int, tmp: Path, postgres_url=None) -> dict:
    r = measure_import(n_actors, tmp, postgres_url)
    db = Path(r["db"])
    r["rows"], r["kept"], r["fit"], r["per_query"] = _child(OPEN, str(db))
    from matchmaker.kept import discard_kept

    discard_kept(db)
    r["recommend_first"] = _cli("--db", str(db), "recommend", "a1", "--json")
    r["recommend_again"] = _cli("--db", str(db), "recommend", "a2", "--json")
    r["all_pairs"] = _cli("--db", str(db), "recommend", "--all", "-o", str(tmp / f"all{n_actors}.csv"))
    r["brute"] = _child(BRUTE, str(db))[0]
    r["load"] = os.getloadavg()[0]
    return r


def _table(results: list[dict], rows) -> str:
    head = (
        "| figure | "
        + " | ".join(f"{r['actors']:,} actors / {r['ties']:,} ties" for r in results)
        + " | aim at 100,000 |"
    )
    rule = "|---|" + "---|" * len(results) + "---|"

    def cell(r: dict, show) -> str:
        try:
            return show(r)
        except KeyError:
            return "—"

    lines = [head, rule]
    lines += [
        f"| {label} | " + " | ".join(cell(r, show) for r in results) + f" | {aim} |"
        for label, show, aim in rows
    ]
    return "\n".join(lines)


IMPORT_ROWS = [
    ("import, wall (a fresh process; median of the runs)", lambda r: f"**{r['import']:.1f} s**", "≤ 15 s"),
    ("floor: json + sqlite3 executemany, no validation (median)", lambda r: f"{r['naive']:.1f} s", ""),
    ("ratio import / floor (wall)", lambda r: f"{r['import'] / r['naive']:.2f}×", ""),
    ("import, CPU time (user + system)", lambda r: f"{r['import_cpu']:.1f} s", ""),
    ("floor, CPU time (user + system)", lambda r: f"{r['naive_cpu']:.1f} s", ""),
    ("ratio import / floor (CPU)", lambda r: f"{r['import_cpu'] / r['naive_cpu']:.2f}×", ""),
    ("import, peak memory (RSS)", lambda r: f"{r['import_peak_mib']:,.0f} MiB", "≤ 1,536 MiB"),
    (
        "the same file again into the filled database (all updates, backup first)",
        lambda r: f"{r['reimport']:.1f} s",
        "",
    ),
    ("import --dry-run of the same file (reads only)", lambda r: f"{r['dry_run']:.1f} s", ""),
    (
        "import into PostgreSQL (COPY), wall (median of the runs, taken in the same turns)",
        lambda r: f"**{r['postgres']:.1f} s**",
        "≤ 15 s",
    ),
    (
        "  each run into PostgreSQL, in turn order",
        lambda r: " / ".join(f"{w:.1f}" for w in r["postgres_runs"]) + " s",
        "",
    ),
    ("import into PostgreSQL, peak memory of the client", lambda r: f"{r['postgres_peak_mib']:,.0f} MiB", ""),
]
OTHER_ROWS = [
    ("open: load_network from rows", lambda r: f"{r['rows']:.2f} s", ""),
    ("open: load_network from the kept copy", lambda r: f"**{r['kept']:.2f} s**", ""),
    ("fit (what the kept model saves)", lambda r: f"{r['fit']:.1f} s", ""),
    ("one recommendation, warm (median over 50)", lambda r: f"{r['per_query'] * 1000:.0f} ms", "≤ 10 ms"),
    ("CLI recommend, first (rows, fit, keep)", lambda r: f"{r['recommend_first']:.1f} s", ""),
    ("CLI recommend, repeated (kept model)", lambda r: f"**{r['recommend_again']:.1f} s**", "≤ 2 s"),
    ("CLI recommend --all -o FILE, 2 processes", lambda r: f"**{r['all_pairs']:.1f} s**", "≤ 60 s"),
    ("floor: brute-force needs × offers product, top 10", lambda r: f"{r['brute']:.1f} s", ""),
]
LOAD_ROW = [("load average (1 min) at the end", lambda r: f"{r['load']:.1f}", "")]
RECOMMEND_ROWS = [
    ("network from rows (what a kept copy saves)", lambda r: f"{r['rows']:.1f} s", ""),
    (
        "fit of every relation on 2 processes (the first recommend; then kept)",
        lambda r: f"**{r['fit']:.0f} s** (load {r['load_fit']:.1f}; {r['fit_cpu']:.0f} s CPU in all)",
        "a few minutes",
    ),
    (
        "first suggestion after the app opens the network (kept model)",
        lambda r: f"**{r['first_after_open']:.2f} s**",
        "≤ 2 s",
    ),
    (
        "  the same with every record compared to the kept model's (the check before the network carried its generation)",
        lambda r: f"+{r['compared']:.2f} s",
        "",
    ),
    (
        "first suggestion right after the app's load, records left to the collector: wall (its longest pause)",
        lambda r: f"{r['gc_before']:.2f} s ({r['gc_pause_before']:.2f} s)",
        "",
    ),
    (
        "  the same with the records frozen at the end of the load (`gc.freeze`), in turns in one process",
        lambda r: f"**{r['gc_frozen']:.2f} s** ({r['gc_pause_frozen']:.2f} s)",
        "",
    ),
    (
        "one suggestion with explanations, median of 50: wall / CPU",
        lambda r: f"{r['per_query'] * 1000:.1f} ms / **{r['per_query_cpu'] * 1000:.1f} ms**",
        "≤ 10 ms",
    ),
    (
        "CLI recommend, repeated: answered from the kept model, no store (median of 3 processes): wall / CPU",
        lambda r: f"**{r['cli_kept']:.2f} s** / {r['cli_kept_cpu']:.2f} s",
        "≤ 2 s",
    ),
    (
        '  the actor named as only `find`\'s search resolves it (`actor N` for "Actor N"; the kept search index): wall / CPU',
        lambda r: f"**{r['cli_named']:.2f} s** / {r['cli_named_cpu']:.2f} s",
        "≤ 2 s",
    ),
    (
        "  the same with the search index built afresh on every call (before it was kept), in turns: wall / CPU",
        lambda r: (
            f"{r['cli_named_unkept']:.2f} s / {r['cli_named_unkept_cpu']:.2f} s"
            f" (kept ÷ afresh: {r['cli_named'] / r['cli_named_unkept']:.2f}×)"
        ),
        "",
    ),
    (
        "  the full path it replaces, in turns with it (store opened, the same kept model): wall / CPU",
        lambda r: (
            f"{r['cli_full']:.2f} s / {r['cli_full_cpu']:.2f} s (kept ÷ full: {r['cli_kept'] / r['cli_full']:.2f}×)"
        ),
        "",
    ),
    (
        "  floor: `python -c pass`, in turns with them: wall / CPU",
        lambda r: f"{r['cli_floor']:.2f} s / {r['cli_floor_cpu']:.2f} s (load {r['load_cli']:.1f})",
        "",
    ),
    (
        "  importing (`-X importtime`): kept path / full path / floor",
        lambda r: (
            f"{r['cli_kept_imports']:.2f} s / {r['cli_full_imports']:.2f} s / {r['cli_floor_imports']:.2f} s"
        ),
        "",
    ),
    (
        "CLI recommend --all -o FILE, 2 processes",
        lambda r: f"**{r['all_pairs']:.0f} s** (load {r['load_all_pairs']:.1f})",
        "≤ 60 s",
    ),
    (
        "all pairs from one actor's top 10 CPU × actors ÷ 2 cores (an idle machine's estimate)",
        lambda r: f"{r['all_pairs_estimate']:.0f} s ({r['pair_cpu'] * 1000:.1f} ms an actor)",
        "≤ 60 s",
    ),
    ("floor: brute-force needs × offers product, top 10", lambda r: f"{r['brute']:.1f} s", ""),
]


IMPORT_NOTES = """\
The import is validated in full (every field against `actor_fields.py`, references, repeated keys)
and written in one transaction; the floor validates nothing and writes a smaller schema (no unique
tie index, no secondary indexes, no JSON columns for roles or languages). What the import does on
top of the floor: msgspec decodes the file into typed structs and checks types, kinds, choices
and lengths in C (`interchange/typed_json.py`), then reads the actors a field at a time (each
distinct value once); anything it is unsure of goes to the careful reader, which writes the
messages. **A big file's ties are read on the second core** (`interchange/tie_stage.py`, one
JSON file of 32 MiB or more): a child process decodes and checks them (the same rules, in bulk),
answers as soon as they are checked (their count, the actors they name, the colons they hold
for the repeated-key check, a CRC-32 of the bytes it read), then sorts them by source into a
scratch SQLite file while this process writes the actors and their skill links; the writer
attaches that file and copies the ties with `INSERT … SELECT`, 100,000 a statement, in its rowid
order: no Python tuple per tie, no value bound by the driver (reading them through an index on
source instead of in rowid order cost 4.8 s of CPU against 1.5 s, measured in one process). A
child that is unsure answers so and the careful reader reads the file (the same messages); a
child that fails, or read other bytes, leaves the ties to this process. The import's CPU time
below counts the child's. On SQLite each statement carries 200 rows (one `INSERT … VALUES`
list: a statement's set-up cost more than its B-tree inserts), rows in index order, the skill
links in a `WITHOUT ROWID` table (one B-tree, not two), an empty table's secondary indexes built
once after the load, and SQLite's page cache grown to hold the import's pages (up to 640 MiB,
given back after). On PostgreSQL the rows go through `COPY` as text built a column at a time,
and an empty table's keys, indexes and foreign keys are built or checked once after the load,
on key columns that compare byte by byte (`COLLATE "C"`, migration `0008_ids_compared_by_bytes`:
in the database's locale every comparison of those sorts went through `strcoll`, without the
abbreviated keys a `C` sort uses; the skill links' key 1.98 → 1.44 s, the ties' target index
1.33 → 0.46 s in one logged run each); the staged ties come as COPY text the child wrote
itself (the writer tells it which form its store wants, one line on its stdin: rows made
unique, in the writer's order, one C-level `%` a line), and the writer streams that file into
`COPY` as it is: no read-back from a scratch database, no Python per tie (before: ~4 s of this
process's CPU at 100,000 under load, reading the staged ties back, making them unique and
writing their COPY text). `--dry-run` reads only: the files are parsed and checked, references
and repeated keys are looked up in the store, and nothing is written, rolled back or backed
up.

Where the time goes at 100,000 actors (one run instrumented in process; load 2.3, one core
taken by another process, so the child and this process shared one): this process 2.8 s of CPU
reading the actors (6.1 s wall: it waited for the child's checked ties), 3.3 s writing the
actors and two million skill links, 0.9 s copying the staged million ties (1.4–1.5 s at load 5,
against ~5 s for building, sorting and binding them here before), 0.1 s checking references
(1.0 s before: the child sends the ids the ties name); the child ~5 s (decode and checks ~2 s,
sort and scratch file ~3 s). On a free second core the child's work is hidden behind this
process's reading and writing of the actors; with no free core it costs about what it saves
(CPU time of the whole import, the child's included: 15.7 s against 18.8 s before, taken in
turns at load 6–7; 16.5 s against 16.9 s at load 1.4–2.2 with one core taken).

Tried and not kept: handing the ties over as SQLite's `json_each` over the file's own text (the
3.40 JSON functions parse each object again for every field: 7 s for a million); the scratch
table filled in file order with an index on source (cheaper for the child, 3x dearer for the
writer, above); writing on a second thread while the next rows are built (SQLite takes the GIL
back between statements); SQLite's helper threads for the index sort (`PRAGMA threads=2`: no
gain); ties sorted on (source, target, kind) rather than on source alone (the insert is no
faster, the sort costs 1.3 s more). The machine is shared: read the ratios.

The previous quiet run of this bench, before this change (load 0.7–1.2), at 100,000 actors:
import 14.5 s / 14.1 s CPU next to a 10.9 s / 10.4 s CPU floor, dry run 9.3 s, re-import
16.6 s, PostgreSQL 25.6 s, peak 1,138 MiB; at 10,000: 2.4 s next to 1.1 s."""


def table(results: list[dict], only_import: bool = False) -> str:
    return _table(results, IMPORT_ROWS + ([] if only_import else OTHER_ROWS) + LOAD_ROW)


RECOMMEND_NOTES = """The kept model is one file beside the database: its arrays are written apart from the pickle and
mapped back copy-on-write, the actors are held as columns and made into records when named, and
the network's actors and ties are read only when something asks for them, so opening it costs
what its Python objects cost. Relations are learnt on forked workers, one relation per core (the
same weights as one after the other). One suggestion's CPU time is the figure to read against the
aim; its wall time follows the machine's load.

The first suggestion after opening no longer compares the window's records with the kept model's:
the network the window shows carries the generation it was read at (`generation.NetworkSeal`,
set by `Store.load_network`), and a model kept under that very generation is used after a pass
over pointers that proves the window's lists still hold the records read then; a network changed
since, in the database or in place, is compared record by record as before (the row below the
first suggestion times that comparison in the same run, and the run asserts it agrees). One
suggestion got cheaper without changing a bit of any score, reason or order (checked on 200
actors x 4 questions of this network and on every demo actor): explanations make a sentence only
for a contribution worth a reason and read names and countries from the kept actor columns, a
query's postings are copied a slice at a time, a signal reaching many actors stays one value per
actor, and a relation without sides works out its busiest actors once. `--reuse DIR` keeps the
network (and a model this code kept) across runs; `--quick` leaves out `--all` and the brute floor.

A repeated CLI `recommend` no longer opens the store: when the database's generation, peeked
read-only through `sqlite3` (`store_peek`), is the one the recommender was kept under by this
code, the actors are named from the kept actor columns (the rules and messages of
`Store.find_actor`) and the suggestions made from the kept model (`cli/recommend_kept.py`);
SQLAlchemy, the models, the schema check and the guard are never imported or taken. Its row is
measured in turns with the full path (the same command with that answer switched off: the store
opened, the same kept model read through it) and with `python -c pass`; the import row sums the
outermost imports of `python -X importtime`. What is left is numpy and scipy.sparse (the kept
model's arrays and matrices), unpickling the model's Python objects, and Python's start.

An actor named by what only `find`'s search resolves (a misspelling, a transliteration, part of a
name, another case) needs the search index over every actor; building it from 100,000 records was
8.7 s of each such call. The index is now kept beside the model under the same generation (and a
digest of the search code), written the first time a name needs it and read back as flat columns
(`kept_search.py`, `search_columns.py`); its row asks for `actor N` (the actor named "Actor N":
the search's whole-name match), in turns with the same command building the index afresh.

The app reads a network's records with the collector paused (`Session.load_for_views`); its first
pass after the load, over millions of fresh objects, held the GIL a third of a second, wherever
Python next allocated (with a model ready, in the first suggestion). The load now freezes the
records (`gc.freeze`) before the collector runs again, as `Session._set_network` did a moment
later; the two rows on the first suggestion after the load take both ways in turns in one process."""


def _postgres():
    """A throw-away PostgreSQL cluster (the tests' own), or None when none can be started."""
    from tests.pg_server import PostgresServer

    server = PostgresServer()
    if not server.start():
        print(f"no PostgreSQL: {server.error}", file=sys.stderr)
        return None
    return server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--only", choices=["import", "recommend"], help="measure only this part (its own section)"
    )
    parser.add_argument("--postgres", action="store_true", help="also import into a throw-away PostgreSQL")
    parser.add_argument("--repeat", type=int, default=3, help="imports and floors taken in turns (medians)")
    parser.add_argument(
        "--reuse", type=Path, help="recommend: the network (and kept model) in this folder, made there once"
    )
    parser.add_argument("--quick", action="store_true", help="recommend: without --all and the brute floor")
    args = parser.parse_args()
    server = _postgres() if args.postgres else None
    postgres_url = server.create_database if server else None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results = []
            for n in args.sizes:
                if args.only == "import":
                    results.append(measure_import(n, Path(tmp), postgres_url, args.repeat))
                elif args.only == "recommend":
                    results.append(measure_recommend(n, Path(tmp), postgres_url, args.reuse, args.quick))
                else:
                    results.append(measure(n, Path(tmp), postgres_url))
                print(json.dumps(results[-1]), flush=True)
    finally:
        if server:
            server.stop()
    if args.only == "recommend":
        md = f"""## A big network on a laptop (issue 12): the recommender

`bench/bench_scale.py --only recommend{" --reuse DIR" if args.reuse else ""}{" --quick" if args.quick else ""}` — {machine_line()}; one run each (wall times unless
marked; the machine is shared, see the load). Network: `bench_import.generate` (5–15 offers and
needs per actor, ten ties per actor, six relations).

{_table(results, RECOMMEND_ROWS + LOAD_ROW)}

{RECOMMEND_NOTES}
"""
        print(md)
        write_section("scale-recommend", md)
        return
    what = "import" if args.only == "import" else "import, open, recommend and all pairs"
    runs = (
        f"the import and its floor taken in turns {args.repeat} times (medians), other rows one run each"
        if args.only == "import"
        else "one run each"
    )
    md = f"""## A big network on a laptop (issue 12): {what}

`bench/bench_scale.py{" --only import" if args.only else ""}` — {machine_line()};
{runs} (wall times, and CPU times for the import; the machine is shared, see the load).
Network: `bench_import.generate` (5–15 offers and needs per actor, ten ties per actor).

{table(results, args.only == "import")}

{IMPORT_NOTES}
"""
    print(md)
    write_section("scale-import" if args.only == "import" else "scale", md)


if __name__ == "__main__":
    main()
