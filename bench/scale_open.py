"""Issue 12's "open" part of ``bench/bench_scale.py``: opening the app, the layout, one analytics conversion.

For a database imported by ``bench_scale`` (``generate`` + ``matchmaker import``), in fresh processes:

- **layout and analytics** (one process): the first load (rows, then kept: what the app's first
  opening does, keeping the network and the preview beside the database); ``build_graph``; the
  igraph conversion the analytics share (handed over by ``build_graph``) next to converting the
  graph again by walking it (what every analytics call used to pay); communities + brokers +
  centrality on the one conversion; the map's layout (community-seeded ForceAtlas2, the default
  iterations) next to igraph's own Fruchterman–Reingold (its default 500 iterations, grid) on the
  same igraph graph — the floor; the layout's positions are then saved, as the app does.
- **opening the app** (``QT_QPA_PLATFORM=offscreen``, a fresh process each): from asking the window
  to open the database to the store being open (SQLAlchemy imported, migrations checked), the
  directory showing every actor (the Directory shown), the map holding every actor and its first
  frame painted (the Network view shown: it is made then, its modules imported), the records in
  memory, and the graph in (layout and analytics enabled). The directory and the map may come
  before the store: the kept preview is peeked at through SQLite's own driver
  (``matchmaker.store_peek``).

    python bench/scale_open.py [--sizes 10000 100000]

(Kept beside ``bench_scale.py`` rather than inside it so the import, recommender and open parts
can be run and merged separately; it uses that script's generator and writes its own section.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import generate  # noqa: E402
from bench.results_file import machine_line, write_section  # noqa: E402

__all__ = ["measure_open", "open_rows"]

LAYOUT = """
import json, sys, time
from matchmaker.store import open_store
from matchmaker.ui.session import load_for_views
store = open_store(sys.argv[1], role="app")
r = {}
t = time.perf_counter(); net = load_for_views(store).net; r["first_load"] = time.perf_counter() - t
from matchmaker.graph.build import build_graph
from matchmaker.graph import cache
t = time.perf_counter(); G = build_graph(net); r["build_graph"] = time.perf_counter() - t
t = time.perf_counter(); shared = cache.converted(G); r["conversion_shared"] = time.perf_counter() - t
t = time.perf_counter(); cache._convert(G); r["conversion_walk"] = time.perf_counter() - t
from matchmaker.graph.brokers import cross_border_brokers
from matchmaker.graph.centrality import centrality
from matchmaker.graph.communities import detect_communities
t = time.perf_counter()
detect_communities(G, seed=0); cross_border_brokers(G, top=10); centrality(G, "pagerank")
r["analytics_shared"] = time.perf_counter() - t
from matchmaker.graph.layout import force_layout
from matchmaker.graph.structure_layout import default_iterations
r["layout_iterations"] = default_iterations(G.number_of_nodes(), G.number_of_edges())
import numpy as np
from matchmaker.graph.layout_quality import tie_stretch
t = time.perf_counter(); pos = force_layout(G, seed=0); r["layout"] = time.perf_counter() - t
t = time.perf_counter(); fr = shared.igraph.layout_fruchterman_reingold(grid=True); r["igraph_fr"] = time.perf_counter() - t
ours = np.array([pos[node] for node in shared.nodes])
r["layout_stretch"] = tie_stretch(ours, shared.sources, shared.targets)
r["igraph_fr_stretch"] = tie_stretch(np.array(fr.coords), shared.sources, shared.targets)
store.save_positions(pos)
store.close()
print(json.dumps(r))
"""

APP = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.tasks import wait_for_all_tasks
from matchmaker.ui.canvas import NetworkCanvas
n = int(sys.argv[2])
seen, start = {}, None
render_layers = NetworkCanvas.render_layers
def timed_render_layers(canvas):  # the first frame holding every actor: the paint blits it at once
    render_layers(canvas)
    if start is not None and canvas.node_count() == n:
        seen.setdefault("painted", time.perf_counter() - start)
NetworkCanvas.render_layers = timed_render_layers
window = MainWindow()
window.resize(1400, 880)
window.show()
window.show_view(sys.argv[3])  # the view shown when the app was last closed
app.processEvents()
start = time.perf_counter()
window.files.open_database(sys.argv[1])
def look():
    now = time.perf_counter() - start
    if "store" not in seen and window.session.store is not None:
        seen["store"] = now
    if "directory" not in seen and window.directory.model.rowCount() == n:
        seen["directory"] = now
    view = window.embedded.get("network")
    if view is not None and "map" not in seen and view.canvas.node_count() == n:
        seen["map"] = now
    if "records" not in seen and window.session.net is not None:
        seen["records"] = now
    if view is not None and "graph" not in seen and view.graph is not None:
        seen["graph"] = now
    if view is not None and "communities" not in seen and view.communities is not None:
        seen["communities"] = now
wanted = {"store", "directory", "records"} | (
    {"map", "painted", "graph", "communities"} if sys.argv[3] == "network" else set()
)
while not wanted <= set(seen) and time.perf_counter() - start < 1800:
    app.processEvents()
    look()
    time.sleep(0.001)
window.close()
wait_for_all_tasks(600_000)
app.processEvents()
window.session.close_store()
print(json.dumps(seen))
"""


def _child(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=7200,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_open(n_actors: int, db: Path) -> dict:
    """The open part's figures for the imported database ``db`` of ``n_actors`` actors."""
    r = {f"open_{k}": v for k, v in _child(LAYOUT, str(db)).items()}
    directory = _child(APP, str(db), str(n_actors), "directory")
    r["app_directory"] = directory["directory"]
    r.update(
        {f"app_{k}": v for k, v in _child(APP, str(db), str(n_actors), "network").items() if k != "directory"}
    )
    r["open_load"] = os.getloadavg()[0]
    return r


def open_rows(row) -> list[str]:
    """Table rows (``row(label, cell, aim)`` from bench_scale) of the open part."""
    return [
        row(
            "app: store open (a fresh process: SQLAlchemy, migrations checked; after the peeked map is drawn)",
            lambda r: f"{r['app_store']:.1f} s",
        ),
        row(
            "app: directory shows every actor (Directory shown; preview kept)",
            lambda r: f"**{r['app_directory']:.1f} s**",
            "≤ 1.5 s",
        ),
        row(
            "app: the map has every actor (Network shown: view made, kept layout)",
            lambda r: f"{r['app_map']:.1f} s",
        ),
        row(
            "app: the map's first frame painted (every actor, the strongest ties)",
            lambda r: f"**{r['app_painted']:.1f} s**",
            "≤ 3 s",
        ),
        row("app: records in memory (behind the preview)", lambda r: f"{r['app_records']:.1f} s"),
        row("app: graph in (layout, analytics on)", lambda r: f"{r['app_graph']:.1f} s"),
        row("app: communities coloured and named on the map", lambda r: f"{r['app_communities']:.1f} s"),
        row("first load from rows, keeping network + preview", lambda r: f"{r['open_first_load']:.1f} s"),
        row("build_graph", lambda r: f"{r['open_build_graph']:.1f} s"),
        row(
            "igraph conversion shared by analytics (from build_graph)",
            lambda r: f"{r['open_conversion_shared'] * 1000:.0f} ms",
        ),
        row(
            "re-conversion by walking the graph (per call, before)",
            lambda r: f"{r['open_conversion_walk']:.1f} s",
        ),
        row(
            "communities + brokers + PageRank on the one conversion",
            lambda r: f"{r['open_analytics_shared']:.1f} s",
        ),
        row(
            "map layout (ForceAtlas2 seeded by the analytics' communities)",
            lambda r: f"**{r['open_layout']:.1f} s** ({r['open_layout_iterations']} it.)",
            "≤ 15 s",
        ),
        row("floor: igraph Fruchterman–Reingold (500 it., grid)", lambda r: f"{r['open_igraph_fr']:.1f} s"),
        row(
            "tie stretch, map layout / igraph FR (median tie ÷ median random pair; lower: neighbours closer)",
            lambda r: f"{r['open_layout_stretch']:.2f} / {r['open_igraph_fr_stretch']:.2f}",
        ),
        row("load average (1 min) after the open part", lambda r: f"{r['open_load']:.1f}"),
    ]


def measure_open_part(n_actors: int, tmp: Path) -> dict:
    """The database is generated and imported (``matchmaker import``), then opened."""
    data, db = tmp / f"net{n_actors}.json", tmp / f"net{n_actors}.sqlite"
    start = time.perf_counter()
    if not db.exists():  # --keep: a database imported by an earlier run is opened again
        generate(data, n_actors, n_actors * 10)
        subprocess.run(
            [sys.executable, "-m", "matchmaker", "--db", str(db), "import", str(data)],
            check=True,
            capture_output=True,
        )
    shutil.rmtree(db.with_name(db.name + ".matchmaker-kept"), ignore_errors=True)  # the first load reads rows
    r = {"actors": n_actors, "ties": n_actors * 10, "import": time.perf_counter() - start}
    r.update(measure_open(n_actors, db))
    print(json.dumps(r), flush=True)
    return r


def open_section(results: list[dict]) -> str:
    head = (
        "| figure | "
        + " | ".join(f"{r['actors']:,} actors / {r['ties']:,} ties" for r in results)
        + " | aim at 100,000 |"
    )
    rule = "|---|" + "---|" * len(results) + "---|"

    def row(label: str, cell, aim: str = "") -> str:
        return f"| {label} | " + " | ".join(cell(r) for r in results) + f" | {aim} |"

    return f"""## A big network on a laptop: opening, layout, analytics (issue 12)

`bench/scale_open.py` — {machine_line()}; one run each (wall times; the machine is shared, see the
load). Network: `bench_import.generate`. The app figures are from asking an offscreen window to
open the database (opened once before: network, preview and layout kept), in a fresh process each.
Times are from the ask. The directory and the map show the kept preview, peeked at through SQLite's
own driver before the store is open; the store's opening (first row) waits until they are drawn.
The first frame is timed as it is drawn, the other app figures between turns of the event loop.
Read ratios, not absolutes: the layout next to igraph's layout in the same process.

{chr(10).join([head, rule, *open_rows(row)])}
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", type=Path, help="generate and keep the databases in this folder")
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = [measure_open_part(n, args.keep) for n in args.sizes]
    else:
        with tempfile.TemporaryDirectory() as tmp:
            results = [measure_open_part(n, Path(tmp)) for n in args.sizes]
    md = open_section(results)
    print(md)
    write_section("scale_open", md)


if __name__ == "__main__":
    main()
