"""The map layout: communities pulled apart, hubs spread, unconnected actors in a labelled band.

What Gephi users reach for to see a network's structure is ForceAtlas2 with LinLog attraction;
that is the force model here (:mod:`~matchmaker.graph.forceatlas`). Two things make it fit a
desktop app that shows 100,000 actors within seconds:

1. **A community-seeded start** (:mod:`~matchmaker.graph.seeding`): communities (the very
   clustering the map colours, found once per graph and shared) are laid out first as one node
   each, members start around their community's centre. The forces only
   refine, so a few dozen iterations over a million ties give a readable map where a random
   start would still be a hairball.
2. **Streaming and stopping**: the run goes in chunks of ``every`` iterations; after the seed
   and after each chunk ``on_frame`` receives a :class:`GraphLayout` (the canvas redraws) and
   ``cancelled`` is asked whether to go on.

Actors without ties are not drawn by forces at all: they sit in a band under the drawing
(:mod:`~matchmaker.graph.bands`), whose geometry and label key come with the result.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx
import numpy as np

from matchmaker.graph.bands import Band, place_in_band
from matchmaker.graph.cache import ConvertedGraph, converted
from matchmaker.graph.communities import membership_of
from matchmaker.graph.forceatlas import ForceAtlas2
from matchmaker.graph.framing import bring_in_components, open_communities
from matchmaker.graph.newcomers import place_new_nodes
from matchmaker.graph.seeding import community_seed

__all__ = ["GraphLayout", "LayoutSettings", "SEED_RESOLUTION", "default_iterations", "structure_layout"]

Positions = dict[str, tuple[float, float]]

#: (Actors + ties) × iterations one layout may spend: 300 iterations up to ~65,000 ties, fewer
#: beyond, at least ``MIN_ITERATIONS`` (on 1,000,000 ties a step costs ~70-100 ms). From the
#: community-seeded start more iterations mostly tighten communities further.
WORK_BUDGET = 20_000_000
MIN_ITERATIONS = 60
MAX_ITERATIONS = 300
#: Leiden resolution of the seed: the communities the map colours and names, found once for both.
#: A finer resolution on big networks (tried up to 4.5 at 1,000,000 ties) ran a second Leiden,
#: more than doubled the layout's time and left ties longer against the drawing's size
#: (:func:`~matchmaker.graph.layout_quality.tie_stretch` 0.89 against 0.79; bench/RESULTS.md).
SEED_RESOLUTION = 1.0


@dataclass(frozen=True)
class LayoutSettings:
    """ForceAtlas2's settings, as Gephi names them; the defaults draw communities apart.

    ``linlog`` (LinLog mode), ``scaling`` (k_r), ``gravity`` (k_g), ``strong_gravity``,
    ``edge_weight_influence``; ``seed_by_communities`` starts from the community-seeded
    positions (otherwise from random ones). ``between_communities`` multiplies the pull of a
    tie between two communities (1 treats all ties alike): where many ties cross communities,
    as in the demo, weaker bridges let each community gather instead of all of them mixing.
    ``open_communities`` widens each community to a disc (:mod:`~matchmaker.graph.framing`).
    """

    linlog: bool = True
    scaling: float = 2.0
    gravity: float = 1.0
    strong_gravity: bool = False
    edge_weight_influence: float = 1.0
    seed_by_communities: bool = True
    between_communities: float = 0.3
    open_communities: bool = True


@dataclass
class GraphLayout:
    """Positions of every actor (``xy[i]`` is ``nodes[i]``'s), in layout units, ``y`` downwards.

    ``bands`` are the labelled strips under the drawing (today one: actors without ties,
    key ``"not_connected"``); ``done`` of ``total`` iterations have run; ``finished`` is False
    for a streamed intermediate frame and for a run that was stopped.
    """

    nodes: list
    xy: np.ndarray
    bands: tuple[Band, ...] = ()
    done: int = 0
    total: int = 0
    finished: bool = False

    def positions(self) -> Positions:
        """``{actor id: (x, y)}`` (a fresh dict the caller may keep)."""
        return {node: (x, y) for node, (x, y) in zip(self.nodes, self.xy.tolist(), strict=True)}

    def band(self, key: str) -> Band | None:
        """The band with this key, if the layout has one."""
        return next((b for b in self.bands if b.key == key), None)


def default_iterations(actors: int, ties: int) -> int:
    """Iterations for a network of this size: all 300 up to ~65,000 ties, then as the work budget allows.

    Examples
    --------
    >>> default_iterations(601, 2_200), default_iterations(20_000, 100_000), default_iterations(100_000, 1_000_000)
    (300, 166, 60)
    """
    return int(min(MAX_ITERATIONS, max(MIN_ITERATIONS, WORK_BUDGET // max(actors + ties, 1))))


def structure_layout(
    G: nx.Graph,
    *,
    pos: Positions | None = None,
    iterations: int | None = None,
    seed: int = 0,
    settings: LayoutSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_frame: Callable[[GraphLayout], None] | None = None,
    every: int = 10,
) -> GraphLayout:
    """Lay ``G`` out so that its communities, cores and bridges show; actors without ties go to a band.

    Parameters
    ----------
    G : networkx.Graph
        Edge ``weight`` scales the attraction. A frozen graph (as :func:`build_graph` makes)
        reuses its conversion and Leiden clustering from earlier analyses.
    pos : dict, optional
        Start from these positions (e.g. the saved ones) and refine them, instead of the
        community-seeded start; actors missing from it are put beside their neighbours first.
    iterations : int, optional
        Force iterations; by default :func:`default_iterations` (fewer on very big networks).
    seed : int
        Seed of the clustering and of the random parts of the start; the same seed gives the
        same layout.
    settings : LayoutSettings, optional
    progress : callable, optional
        ``progress(done, total)`` after the start and after each chunk, in iterations; the
        start counts as a fifth of the iterations.
    cancelled : callable, optional
        Asked before the start and before each chunk; when it returns True the positions
        reached so far are returned (``finished`` False).
    on_frame : callable, optional
        ``on_frame(layout)`` after the start and after each chunk; the canvas may keep it.
    every : int
        Iterations per chunk.

    Returns
    -------
    GraphLayout

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")])
    >>> G.add_node("alone")
    >>> layout = structure_layout(G, seed=1)
    >>> layout.finished, layout.done, layout.band("not_connected").actors
    (True, 300, ('alone',))
    >>> structure_layout(G, seed=1).positions() == layout.positions()
    True
    """
    settings = settings or LayoutSettings()
    graph = converted(G)
    tied, model, membership = _force_model(graph, settings, seed)
    frames = _Frames(G, graph, tied, membership, settings)
    total = iterations if iterations is not None else default_iterations(len(tied), len(model.sources))
    total = max(int(total), 0)
    start_share = 0 if pos else max(total // 5, 1)
    steps = total + start_share

    def stop() -> bool:
        return cancelled is not None and cancelled()

    if pos:
        start = place_new_nodes(G, pos, seed=seed)
        given = np.array([start[graph.nodes[i]] for i in tied], dtype=float).reshape(-1, 2)
        xy = frames.centre_on(given, model.mass)
        warm_up = _WarmUp(_median_tie(xy, model), total)
        current = frames.frame(xy, 0, total, total == 0, exactly=given)  # stopped at once: as given
    else:
        if stop():  # before the start: scattered positions, never everyone on one spot
            return frames.frame(_fresh_start(model, None, settings, seed), 0, total, False)
        xy = _fresh_start(model, membership, settings, seed)
        warm_up = _WarmUp(0.0, 0)
        current = frames.frame(xy, 0, total, total == 0)
        if progress is not None:
            progress(start_share, steps)
        if on_frame is not None:
            on_frame(current)
    done, every = 0, max(int(every), 1)
    while done < total:
        if stop():
            current.finished = False
            return current
        for i in range(done, min(done + every, total)):
            xy = model.step(xy, warm_up.max_move(i))
        done = min(done + every, total)
        current = frames.frame(xy, done, total, done == total)
        if progress is not None:
            progress(start_share + done, steps)
        if on_frame is not None:
            on_frame(current)
    return current


class _Frames:
    """Turns the forces' state (tied actors only, around the origin) into what is shown: framed
    (:mod:`~matchmaker.graph.framing`), moved back to where a refined drawing was, actors without
    ties in their band."""

    def __init__(self, G: nx.Graph, graph: ConvertedGraph, tied: np.ndarray, membership, settings):
        self.nodes, self.tied, self.membership, self.settings = graph.nodes, tied, membership, settings
        self.component = np.unique(_components(graph)[tied], return_inverse=True)[1]
        alone = [graph.nodes[i] for i in np.setdiff1d(np.arange(len(graph.nodes)), tied)]
        alone.sort(
            key=lambda a: (str(G.nodes[a].get("country") or ""), str(G.nodes[a].get("name") or a), str(a))
        )
        self.alone, self.alone_index = alone, [graph.index[a] for a in alone]
        self.shift = np.zeros(2)

    def centre_on(self, xy: np.ndarray, mass: np.ndarray) -> np.ndarray:
        """``xy`` moved to the origin, where the forces work; frames move it back."""
        if len(xy):
            self.shift = np.average(xy, axis=0, weights=mass)
        return xy - self.shift

    def frame(self, xy_tied, done: int, total: int, finished: bool, exactly=None) -> GraphLayout:
        if exactly is None:
            if self.settings.open_communities and self.membership is not None:
                xy_tied = open_communities(xy_tied, self.membership)
            exactly = bring_in_components(xy_tied, self.component) + self.shift
        xy = np.zeros((len(self.nodes), 2))
        xy[self.tied] = exactly
        bands: tuple[Band, ...] = ()
        if self.alone:
            placed, band = place_in_band(self.alone, exactly, _typical_spacing(exactly))
            xy[self.alone_index] = placed
            bands = (band,)
        return GraphLayout(list(self.nodes), xy, bands, done, total, finished)


class _WarmUp:
    """Refining given positions: moves are capped, from a tenth of a tie length up to none over
    the first fifth of the run, so the drawing the user knows is tidied, not thrown about."""

    def __init__(self, spacing: float, total: int):
        self.spacing, self.length = spacing, max(total // 5, 1)

    def max_move(self, i: int) -> float | None:
        if self.spacing <= 0 or i >= self.length:
            return None
        return self.spacing * (0.1 + 0.9 * i / self.length)


def _median_tie(xy: np.ndarray, model: ForceAtlas2) -> float:
    """The median length of a tie in the drawing (a sample of a million is plenty)."""
    if len(model.sources) == 0:
        return 0.0
    picks = slice(None, None, max(len(model.sources) // 50_000, 1))
    s, t = model.sources[picks], model.targets[picks]
    return float(np.median(np.hypot(xy[t, 0] - xy[s, 0], xy[t, 1] - xy[s, 1])))


def _components(graph: ConvertedGraph) -> np.ndarray:
    """Connected component of each actor (aligned with ``graph.nodes``), kept with the conversion."""
    return graph.remember(
        "components", lambda g: np.asarray(g.igraph.connected_components().membership, dtype=np.int64)
    )


def _force_model(graph: ConvertedGraph, settings: LayoutSettings, seed: int):
    """``(tied, model, membership)``: the actors with ties (indices into ``graph.nodes``), their
    ForceAtlas2 model, and their seed communities (``None`` when not needed)."""
    n = len(graph.nodes)
    loops = graph.sources == graph.targets
    sources, targets, weights = graph.sources[~loops], graph.targets[~loops], graph.weights[~loops]
    degree = np.bincount(sources, minlength=n) + np.bincount(targets, minlength=n)
    tied = np.flatnonzero(degree > 0)
    local = np.full(n, -1, dtype=np.int64)
    local[tied] = np.arange(len(tied))
    membership = None
    if len(tied) >= 3 and (settings.seed_by_communities or settings.between_communities != 1):
        found = membership_of(graph, resolution=SEED_RESOLUTION, seed=seed)
        membership = np.unique(found[tied], return_inverse=True)[1]
        if settings.between_communities != 1:
            across = found[sources] != found[targets]
            weights = np.where(across, weights * settings.between_communities, weights)
    model = ForceAtlas2(
        len(tied),
        local[sources],
        local[targets],
        weights,
        scaling=settings.scaling,
        gravity=settings.gravity,
        linlog=settings.linlog,
        strong_gravity=settings.strong_gravity,
        edge_weight_influence=settings.edge_weight_influence,
    )
    return tied, model, membership


def _fresh_start(model: ForceAtlas2, membership: np.ndarray | None, settings: LayoutSettings, seed: int):
    """Community-seeded positions for the tied actors (or random ones when seeding is off)."""
    if not settings.seed_by_communities or membership is None:
        rng = np.random.default_rng(seed)
        return rng.normal(0.0, math.sqrt(model.mass.sum()) + 1.0, size=(model.n, 2))
    return community_seed(model, membership, seed=seed)


def _typical_spacing(xy: np.ndarray) -> float:
    """The side of the square each actor has on average in the bulk of the drawing: the band's pitch."""
    if len(xy) < 2:
        return 1.0
    low, high = np.percentile(xy[:: max(len(xy) // 20_000, 1)], [2, 98], axis=0)
    area = float(np.prod(np.maximum(high - low, 1e-9)))
    return math.sqrt(area / len(xy))
