"""The canvas layout's entry point: :func:`force_layout`, streamed in chunks that report and stop.

By default it is the community-aware ForceAtlas2 layout of
:mod:`~matchmaker.graph.structure_layout` (communities pulled apart, actors without ties in a
band under the drawing); ``algorithm="fruchterman_reingold"`` gives the earlier plain
Fruchterman–Reingold layout (:mod:`~matchmaker.graph.forces`), which cools linearly from ``T0``
(how far an actor may move in one iteration) to nearly zero. Either way, every ``every``
iterations the positions reached are handed to ``on_positions`` and ``cancelled`` is asked
whether to go on, so the canvas can draw the layout as it settles and the user can stop it.
A run that starts from given positions (the saved ones) refines them instead of starting
afresh, so it tidies the drawing the user knows instead of scrambling it.

:func:`force_layout` keeps the signature the canvas has always called; new callers that want
the band's geometry (to draw its label) call
:func:`~matchmaker.graph.structure_layout.structure_layout` directly.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import networkx as nx
import numpy as np

from matchmaker.graph.forces import ForceModel
from matchmaker.graph.newcomers import place_new_nodes
from matchmaker.graph.structure_layout import default_iterations, structure_layout

__all__ = ["ALGORITHMS", "force_layout", "place_new_nodes"]

Positions = dict[str, tuple[float, float]]

ALGORITHMS = ("structure", "fruchterman_reingold")
#: Largest move of one actor in the last iteration, as a share of the first iteration's.
FINAL_TEMPERATURE = 0.02


def _random_positions(nodes: list, seed: int) -> Positions:
    side = math.sqrt(max(len(nodes), 1))
    xy = np.random.default_rng(seed).uniform(-side / 2, side / 2, size=(len(nodes), 2))
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, xy, strict=True)}


def _model(G: nx.Graph, nodes: list) -> ForceModel:
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in G.edges()], dtype=np.int64).reshape(-1, 2)
    weights = np.fromiter((w for _u, _v, w in G.edges(data="weight", default=1.0)), float, len(ends))
    return ForceModel(len(nodes), ends[:, 0], ends[:, 1], weights)


def force_layout(
    G: nx.Graph,
    *,
    pos: Positions | None = None,
    iterations: int = 300,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_positions: Callable[[Positions], None] | None = None,
    every: int = 10,
    algorithm: str = "structure",
) -> Positions:
    """Positions for every actor of ``G`` from a force-directed layout (strong ties pull harder).

    Parameters
    ----------
    G : networkx.Graph
        Edge ``weight`` scales the attraction.
    pos : dict, optional
        Starting positions (e.g. the saved ones); actors missing from it are put near their
        positioned neighbours first (:func:`place_new_nodes`). Without it, a fresh start
        (community-seeded for ``"structure"``, random for ``"fruchterman_reingold"``).
    iterations : int
        At most this many iterations. The structure layout stops earlier on very big networks
        (:func:`~matchmaker.graph.structure_layout.default_iterations`: 60 at 1,000,000 ties),
        so a layout there takes seconds, not minutes.
    seed : int
        Seed of the start; the same seed gives the same layout.
    progress : callable, optional
        ``progress(done, total)`` as the run goes, with ``total == iterations`` and ``done``
        reaching it at the end (the structure layout's start and shortened runs are scaled in).
    cancelled : callable, optional
        Checked before each chunk; when it returns True the positions reached so far are returned.
    on_positions : callable, optional
        ``on_positions(pos)`` after each chunk, with a fresh dict (the canvas may keep it).
    every : int
        Iterations per chunk.
    algorithm : str
        ``"structure"`` (default) or ``"fruchterman_reingold"``.

    Returns
    -------
    dict
        ``{actor id: (x, y)}``. Actors without ties are lined up under the drawing.

    Examples
    --------
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> seen = []
    >>> pos = force_layout(G, iterations=20, every=10, progress=lambda done, total: seen.append((done, total)))
    >>> seen[-1], sorted(pos)
    ((20, 20), ['a', 'b', 'c'])
    >>> force_layout(G, iterations=20, seed=3) == force_layout(G, iterations=20, seed=3)
    True
    >>> force_layout(G, pos=pos, iterations=100, cancelled=lambda: True) == pos  # stopped before moving
    True
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown layout {algorithm!r}; choose from {', '.join(ALGORITHMS)}")
    if G.number_of_nodes() == 0:
        return {}
    if algorithm == "fruchterman_reingold":
        return _fruchterman_reingold(G, pos, iterations, seed, progress, cancelled, on_positions, every)
    budget = min(iterations, default_iterations(G.number_of_nodes(), G.number_of_edges()))

    def scaled(done: int, total: int) -> None:
        progress(round(done * iterations / total) if total else iterations, iterations)

    layout = structure_layout(
        G,
        pos=pos,
        iterations=budget,
        seed=seed,
        progress=scaled if progress is not None else None,
        cancelled=cancelled,
        on_frame=(lambda frame: on_positions(frame.positions())) if on_positions is not None else None,
        every=every,
    )
    return layout.positions()


def _fruchterman_reingold(G, pos, iterations, seed, progress, cancelled, on_positions, every) -> Positions:
    """The plain Fruchterman–Reingold run (the canvas layout before the structure layout)."""
    nodes = list(G)
    start = place_new_nodes(G, pos, seed=seed) if pos else _random_positions(nodes, seed)
    xy = np.array([start[n] for n in nodes], dtype=float)
    current = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)}
    model = _model(G, nodes)
    hottest = math.sqrt(len(nodes)) / 10 if not pos else 1.0
    hottest = max(hottest, 0.5)
    done, every = 0, max(int(every), 1)
    while done < iterations:
        if cancelled is not None and cancelled():
            break
        for i in range(done, min(done + every, iterations)):
            cooled = 1 - (1 - FINAL_TEMPERATURE) * i / max(iterations - 1, 1)
            xy = model.step(xy, hottest * cooled)
        done = min(done + every, iterations)
        current = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)}
        if progress is not None:
            progress(done, iterations)
        if on_positions is not None:
            on_positions(dict(current))
    return current
