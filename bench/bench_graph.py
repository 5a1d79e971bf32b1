"""Benchmark of the network analytics: networkx against igraph (what ``matchmaker/graph`` uses),
the map layout against igraph's Fruchterman–Reingold and the project's earlier layout, and one
shared conversion against one per call.

Random, seeded, sparse community-structured networks (Estonian and Ukrainian actors in
planted communities of about 100, 85% of ties inside a community, heavy-tailed activity) of
10,000 actors / 50,000 ties and 100,000 / 1,000,000. For each task the median wall time
of networkx and of our implementation (igraph inside, conversion included) is written to
the ``graph`` section of ``bench/RESULTS.md``; layouts also get their CPU time and how well
they separate the planted communities (silhouette of the positions by planted community).
Figures, not timed tests: the machine is shared, so its load average is written beside them.

    .venv/bin/python -m bench.bench_graph [--quick]      # --quick: 10,000 actors only
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import date, timedelta

import igraph as ig
import networkx as nx
import numpy as np

from bench.results_file import machine_line, median_time, write_section
from matchmaker.graph._igraph import to_igraph
from matchmaker.graph.brokers import bridges
from matchmaker.graph.build import build_graph
from matchmaker.graph.cache import converted
from matchmaker.graph.centrality import betweenness, core_number, pagerank
from matchmaker.graph.communities import community_membership, detect_communities
from matchmaker.graph.layout import force_layout
from matchmaker.graph.neighbourhood import ego_network
from matchmaker.graph.paths import edge_cost, warm_intro_paths
from matchmaker.graph.structure_layout import SEED_RESOLUTION, default_iterations, structure_layout
from matchmaker.records import ActorRecord, NetworkData, TieRecord
from matchmaker.vocab import TIE_KINDS

SECTORS = ("e-health", "digital identity", "fintech", "mobile services", "cybersecurity", "e-education")
KINDS = ("startup", "company", "public_body", "investor", "university", "ngo", "person")


def planted_communities(n: int, seed: int = 0) -> np.ndarray:
    """The community :func:`community_network` plants each actor in (its generator's first draw)."""
    return np.random.default_rng(seed).integers(0, max(n // 100, 1), n)


def community_network(n: int, m: int, seed: int = 0, inside: float = 0.85) -> NetworkData:
    """``n`` actors in communities of ~100, about ``m`` distinct ties, ``inside`` of them within a community."""
    rng = np.random.default_rng(seed)
    community = rng.integers(0, max(n // 100, 1), n)
    country = rng.choice(np.array(["EE", "UA"]), n)
    order = np.argsort(community, kind="stable")
    starts = np.searchsorted(community[order], np.arange(community.max() + 2))
    activity = rng.pareto(2.5, n) + 1.0
    draws = int(m * 1.15)
    u = rng.choice(n, size=draws, p=activity / activity.sum())
    c = community[u]
    local = order[starts[c] + (rng.random(draws) * (starts[c + 1] - starts[c])).astype(np.int64)]
    v = np.where(rng.random(draws) < inside, local, rng.integers(0, n, draws))
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    keep = lo != hi
    _codes, first = np.unique(lo[keep].astype(np.int64) * n + hi[keep], return_index=True)
    pick = np.sort(first)[:m]
    lo, hi = lo[keep][pick], hi[keep][pick]
    ids = [f"a{i:06d}" for i in range(n)]
    actors = [
        ActorRecord(
            ids[i],
            KINDS[i % len(KINDS)],
            f"Actor {i}",
            str(country[i]),
            sectors=(SECTORS[community[i] % len(SECTORS)],),
        )
        for i in range(n)
    ]
    day0 = date(2019, 1, 1)
    days = rng.integers(0, 2700, len(lo))
    kinds = rng.integers(0, len(TIE_KINDS), len(lo))
    weights = rng.choice(np.array([0.5, 1.0, 2.0, 3.0]), len(lo))
    ties = [
        TieRecord(ids[a], ids[b], TIE_KINDS[k], day0 + timedelta(days=int(d)), float(w))
        for a, b, k, d, w in zip(
            lo.tolist(), hi.tolist(), kinds.tolist(), days.tolist(), weights.tolist(), strict=True
        )
    ]
    return NetworkData(actors=actors, ties=ties)


def igraph_build(net: NetworkData) -> ig.Graph:
    index = {a.id: i for i, a in enumerate(net.actors)}
    H = ig.Graph(n=len(index), edges=[(index[t.source], index[t.target]) for t in net.ties])
    H.es["weight"] = [t.weight for t in net.ties]
    H.vs["name"] = [a.id for a in net.actors]
    H.simplify(combine_edges={"weight": "sum"})
    return H


def timed(fn, repeat: int) -> float:
    return median_time(fn, repeat=repeat)


def pairs_in_giant(G: nx.Graph, count: int, seed: int) -> list[tuple[str, str]]:
    giant = sorted(max(nx.connected_components(G), key=len))
    rng = np.random.default_rng(seed)
    return [(giant[i], giant[j]) for i, j in rng.integers(0, len(giant), size=(count, 2))]


def per_call(fn, items) -> float:
    """Median seconds of ``fn(item)`` over ``items``."""
    times = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_size(n: int, m: int, big: bool) -> list[tuple]:
    """Rows ``(task, size, networkx s, ours s, note, aim)``."""
    size = f"{n:,} / {m:,}"
    repeat = 1 if big else 3
    rows = []
    print(f"-- {size}: generating", flush=True)
    net = community_network(n, m, seed=1)
    t_nx = timed(lambda: build_graph(net), repeat)
    t_ig = timed(lambda: igraph_build(net), repeat)
    rows.append(
        (
            "build graph from records",
            size,
            t_nx,
            t_ig,
            "left: our `build_graph` (networkx, the model we keep); right: igraph `Graph` + `simplify`",
            "",
        )
    )
    G = build_graph(net)
    # An editable copy is converted on every call: the per-task rows below include the conversion,
    # as a single analysis on a fresh network pays it (the frozen G keeps it: see "One conversion").
    editable = nx.Graph(G)
    t_conv = timed(lambda: to_igraph(G, "weight"), repeat)
    rows.append(("networkx → igraph conversion (once per network, see below)", size, None, t_conv, "", ""))
    print(f"-- {size}: communities", flush=True)
    t_ours = timed(lambda: detect_communities(editable, seed=0), repeat)
    if big:
        t_nx, note = None, "networkx Louvain not run (minutes; see the 10k ratio)"
    else:
        t_nx, note = timed(lambda: nx.community.louvain_communities(G, weight="weight", seed=0), 1), ""
    rows.append(("communities (Louvain vs Leiden, modularity)", size, t_nx, t_ours, note, "< 1 s at 10k"))
    print(f"-- {size}: betweenness", flush=True)
    t_ours = timed(lambda: betweenness(editable, k=100, seed=0), repeat)
    if big:
        k_nx = 5
        t_nx = timed(lambda: nx.betweenness_centrality(G, k=k_nx, seed=0), 1) * 100 / k_nx
        note = f"networkx: {k_nx} sources timed, ×{100 // k_nx} extrapolated"
    else:
        t_nx, note = timed(lambda: nx.betweenness_centrality(G, k=100, seed=0), 1), ""
    rows.append(("approximate betweenness, 100 sources", size, t_nx, t_ours, note, "< 1 s at 10k"))
    print(f"-- {size}: paths and ego networks", flush=True)
    pairs = pairs_in_giant(G, 7, seed=2)
    as_of = G.graph["as_of"]
    H, nodes = to_igraph(G)
    H.es["cost"] = [edge_cost(d, as_of) for _u, _v, d in G.edges(data=True)]
    index = {node: i for i, node in enumerate(nodes)}

    def dijkstra(pair):
        nx.bidirectional_dijkstra(G, *pair, weight=lambda u, v, d: edge_cost(d, as_of))

    slow_pairs = pairs[:3] if big else pairs
    t_nx1 = per_call(dijkstra, slow_pairs)
    t_ours1 = per_call(lambda p: warm_intro_paths(G, *p, top=1), pairs)
    rows.append(
        (
            "warm intro path, best 1",
            size,
            t_nx1,
            t_ours1,
            "networkx: bidirectional Dijkstra, any length; ours: ≤ 5 ties",
            "",
        )
    )
    t_nx3 = per_call(lambda p: warm_intro_paths(G, *p, top=3, max_hops=None), slow_pairs)
    t_ours3 = per_call(lambda p: warm_intro_paths(G, *p, top=3), pairs)
    t_ig3 = per_call(
        lambda p: H.get_k_shortest_paths(index[p[0]], index[p[1]], k=3, weights="cost"), slow_pairs
    )
    rows.append(
        (
            "warm intro paths, best 3",
            size,
            t_nx3,
            t_ours3,
            "networkx: Yen (`shortest_simple_paths`), any length; ours: ≤ 5 ties, uniform-cost search; "
            f"igraph `get_k_shortest_paths` (prebuilt): {fmt_seconds(t_ig3)}",
            "< 50 ms at 100k",
        )
    )
    egos = [p[0] for p in pairs]
    t_nx = per_call(lambda a: nx.ego_graph(G, a, radius=2), egos)
    t_ours = per_call(lambda a: ego_network(G, a, depth=2), egos)
    t_ig = per_call(lambda a: H.induced_subgraph(H.neighborhood(index[a], order=2)), egos)
    rows.append(
        (
            "ego network, depth 2",
            size,
            t_nx,
            t_ours,
            f"ours is networkx; igraph prebuilt: {t_ig * 1e3:.1f} ms",
            "< 1 s at 10k",
        )
    )
    return rows


def wall_and_cpu(fn) -> tuple[float, float, object]:
    """One run's wall and CPU seconds (CPU: this process's, all threads) and its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def separation(xy: np.ndarray, planted: np.ndarray) -> float:
    """Silhouette of the positions by planted community (on a fixed sample of 5,000 actors)."""
    from sklearn.metrics import silhouette_score

    return float(silhouette_score(xy, planted, sample_size=min(5000, len(xy)), random_state=0))


def bench_layouts(n: int, m: int, big: bool) -> list[tuple]:
    """Rows ``(method, size, iterations, wall s, cpu s, silhouette, note)`` for the map layout and its baselines."""
    size = f"{n:,} / {m:,}"
    net = community_network(n, m, seed=1)
    planted = planted_communities(n, seed=1)
    G = build_graph(net)
    order = [int(a[1:]) for a in G]  # ids are "a000123": back to generator order
    truth = planted[order]
    rows = []
    print(f"-- {size}: layout, ours cold (conversion and clustering included)", flush=True)
    iterations = default_iterations(n, G.number_of_edges())
    wall, cpu, layout = wall_and_cpu(lambda: structure_layout(G, seed=0))
    rows.append(
        (
            "**ours**: community-seeded ForceAtlas2 (LinLog), cold",
            size,
            iterations,
            wall,
            cpu,
            separation(layout.xy, truth),
            f"includes the networkx → igraph conversion and Leiden at resolution {SEED_RESOLUTION}",
        )
    )
    wall, cpu, layout = wall_and_cpu(lambda: structure_layout(G, seed=0))
    rows.append(
        (
            "**ours**, warm (conversion and clustering kept from earlier analyses)",
            size,
            iterations,
            wall,
            cpu,
            separation(layout.xy, truth),
            "what the canvas pays once communities were computed for colouring",
        )
    )
    H = converted(G).igraph
    print(f"-- {size}: layout, igraph Fruchterman–Reingold", flush=True)
    wall, cpu, found = wall_and_cpu(lambda: H.layout_fruchterman_reingold(niter=300, grid=True))
    rows.append(
        (
            "igraph `layout_fruchterman_reingold` (grid), one run",
            size,
            300,
            wall,
            cpu,
            separation(np.asarray(found.coords), truth),
            "prebuilt igraph graph; cannot stream or stop",
        )
    )
    print(f"-- {size}: layout, the earlier numpy Fruchterman–Reingold", flush=True)
    if big:
        wall, cpu, pos = wall_and_cpu(
            lambda: force_layout(G, iterations=30, every=10, algorithm="fruchterman_reingold")
        )
        rows.append(
            (
                'earlier layout: numpy Fruchterman–Reingold (`algorithm="fruchterman_reingold"`)',
                size,
                300,
                wall * 10,
                cpu * 10,
                None,
                "30 iterations timed, ×10 extrapolated; silhouette not measured (unfinished run)",
            )
        )
    else:
        wall, cpu, pos = wall_and_cpu(
            lambda: force_layout(G, iterations=300, algorithm="fruchterman_reingold")
        )
        rows.append(
            (
                'earlier layout: numpy Fruchterman–Reingold (`algorithm="fruchterman_reingold"`)',
                size,
                300,
                wall,
                cpu,
                separation(np.array([pos[a] for a in G]), truth),
                "",
            )
        )
    rng = np.random.default_rng(0)
    rows.append(("random positions", size, 0, None, None, separation(rng.random((n, 2)), truth), "the floor"))
    return rows


def bench_conversion_reuse(n: int, m: int) -> list[tuple]:
    """Rows ``(what, size, editable copy s, frozen s, conversions copy, conversions frozen)``."""
    from matchmaker.graph import cache

    size = f"{n:,} / {m:,}"
    print(f"-- {size}: conversion reuse", flush=True)
    G = build_graph(community_network(n, m, seed=1))

    def analyses(graph):
        detect_communities(graph, seed=0)
        pagerank(graph)
        core_number(graph)
        bridges(graph)
        community_membership(graph, resolution=SEED_RESOLUTION, seed=0)

    counted = []
    real = cache._convert
    cache._convert = lambda g: counted.append(1) or real(g)
    try:
        editable = nx.Graph(G)
        wall_before, _cpu, _ = wall_and_cpu(lambda: analyses(editable))
        before = len(counted)
        wall_after, _cpu, _ = wall_and_cpu(lambda: analyses(G))
        after = len(counted) - before
    finally:
        cache._convert = real
    return [
        (
            "communities, PageRank, k-core, bridges and the layout's clustering, in a row",
            size,
            wall_before,
            wall_after,
            before,
            after,
        )
    ]


def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1e3:.1f} ms" if value < 1 else f"{value:.2f} s"


def markdown(rows: list[tuple], layouts: list[tuple], reuse: list[tuple], seconds: float, load: tuple) -> str:
    lines = [
        "## Network analytics (`bench/bench_graph.py`)",
        "",
        f"{machine_line()}; networkx {nx.__version__}, igraph {ig.__version__}. Medians; the 2 cores are shared "
        'with other work, so absolute times are pessimistic. "ours" is `matchmaker.graph` (igraph inside where '
        f"it pays, conversion from networkx included). Load average {load[0]:.1f} at the start, {load[1]:.1f} at "
        f"the end. Whole run: {seconds:.0f} s.",
        "",
        "| task | actors / ties | networkx | ours | ratio | aim | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for task, size, t_nx, t_ours, note, aim in rows:
        ratio = (
            f"{t_nx / t_ours:.0f}×"
            if t_nx and t_ours and t_nx / t_ours >= 2
            else (f"{t_nx / t_ours:.1f}×" if t_nx and t_ours else "–")
        )
        lines.append(
            f"| {task} | {size} | {fmt_seconds(t_nx)} | {fmt_seconds(t_ours)} | {ratio} | {aim} | {note} |"
        )
    lines += [
        "",
        "Ratio = networkx time / ours. Warm paths: median over 7 random pairs of the largest component "
        "(3 for the unbounded searches at 100k); random pairs there are 4–5 hops apart.",
        "",
        "### The map layout against igraph's and the earlier one (same run, same networks)",
        "",
        "Separation: silhouette of the positions grouped by *planted* community (1: apart, 0: mixed). "
        "Aim: ≤ 15 s at 100,000 actors. One run each; CPU is this process's time (single-threaded work), "
        "the cost on an idle core.",
        "",
        "| layout | actors / ties | iterations | wall | CPU | separation | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for method, size, iterations, wall, cpu, sil, note in layouts:
        sep = f"{sil:.2f}" if sil is not None else "–"
        lines.append(
            f"| {method} | {size} | {iterations} | {fmt_seconds(wall)} | {fmt_seconds(cpu)} | {sep} | {note} |"
        )
    lines += [
        "",
        "### One conversion per network",
        "",
        "`build_graph` returns a frozen graph, so `converted(G)` keeps its igraph form and the Leiden "
        "clustering beside it; an editable copy (`nx.Graph(G)`) is converted on every call, as every "
        "graph was before.",
        "",
        "| analyses | actors / ties | editable copy | frozen graph | conversions (copy / frozen) |",
        "|---|---|---|---|---|",
    ]
    for what, size, before, after, n_before, n_after in reuse:
        lines.append(
            f"| {what} | {size} | {fmt_seconds(before)} | {fmt_seconds(after)} | {n_before} / {n_after} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 actors only")
    args = parser.parse_args(argv)
    start, load_start = time.perf_counter(), os.getloadavg()[0]
    sizes = [(10_000, 50_000, False)] + ([] if args.quick else [(100_000, 1_000_000, True)])
    rows, layouts, reuse = [], [], []
    for n, m, big in sizes:
        rows += bench_size(n, m, big=big)
        layouts += bench_layouts(n, m, big=big)
        reuse += bench_conversion_reuse(n, m)
    seconds = time.perf_counter() - start
    text = markdown(rows, layouts, reuse, seconds, (load_start, os.getloadavg()[0]))
    print(text)
    write_section("graph", text)


if __name__ == "__main__":
    main()
