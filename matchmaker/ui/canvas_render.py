"""Drawing the canvas' cached layers: edges, then nodes and their labels, from numpy arrays.

Nothing here holds widget state; :class:`Scene` is the data (node index order) and
:class:`View` the world→screen mapping; the functions draw on any ``QPainter``.
Costs that matter, CPU time on this machine (10,000 nodes / 50,000 edges):

* edges: one ``QPainterPath`` per pen, built in bulk (:mod:`~matchmaker.ui.canvas_paths`), cosmetic
  1-px pens, clip rect set (translucent lines are 13–26x slower without it): ~20–30 ms;
* nodes: a pre-rendered antialiased disc ("sprite") per colour and size, stamped with
  ``drawImage(int, int, image)``: ~7 ms, against ~160 ms for ``drawEllipse`` per node;
  nodes smaller than 3 px are square points drawn in one ``drawPointsNp`` call per colour;
* level of detail: edges outside the view or shorter than a pixel are culled with numpy; labels
  only for big or zoomed-in nodes, placed greedily without overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from matchmaker.ui.canvas_palette import NEUTRAL, mix
from matchmaker.ui.canvas_paths import segments_path

__all__ = [
    "EdgeStream",
    "Scene",
    "View",
    "Theme",
    "SpriteCache",
    "node_diameters",
    "visible_edges",
    "draw_edges",
    "draw_nodes",
    "draw_labels",
    "label_rect",
    "typical_spacing",
    "fit_view",
    "initial_positions",
    "label_candidates",
    "clip_all",
    "default_fill",
    "edge_levels",
    "EDGE_LEVELS",
]

EDGE_LEVELS = 4  # weight quartile-ish buckets, drawn with rising opacity
MAX_EDGES = 400_000  # beyond this many on screen, the weakest are dropped (zoomed-out huge graphs)
SUBPIXEL_CULL_FROM = 20_000  # on graphs this big, edges shorter than a pixel are not drawn
ANTIALIAS_EDGES_UP_TO = 30_000  # beyond, antialiasing doubles the cost for little visible gain
TINY_NODE = 3.0  # px: below this a node is a square point, not a sprite
LABEL_AREA = 9_000.0  # px² of view per label at most
MAX_LABELS = 250
LABEL_CHARS = 28


@dataclass(frozen=True)
class View:
    """screen = world * scale + offset."""

    scale: float = 1.0
    ox: float = 0.0
    oy: float = 0.0

    def to_screen(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return xy[:, 0] * self.scale + self.ox, xy[:, 1] * self.scale + self.oy

    def to_world(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.ox) / self.scale, (y - self.oy) / self.scale

    def zoomed(self, factor: float, ax: float, ay: float) -> View:
        """Scaled by ``factor`` keeping the screen point ``(ax, ay)`` fixed."""
        return View(self.scale * factor, ax - (ax - self.ox) * factor, ay - (ay - self.oy) * factor)


@dataclass
class Theme:
    background: QColor
    ink: QColor
    accent: QColor = field(default_factory=lambda: QColor("#d6336c"))
    suggestion: QColor = field(default_factory=lambda: QColor("#2b9348"))


@dataclass
class Scene:
    """The drawable network, by node index. Edges are sorted strongest first."""

    ids: list[str]
    xy: np.ndarray  # (n, 2) world coordinates
    src: np.ndarray
    dst: np.ndarray
    level: np.ndarray  # per edge, 0..EDGE_LEVELS-1
    fill: np.ndarray  # per node, QColor.rgba() values (uint32)
    rel_size: np.ndarray  # per node, 0..1
    faded: np.ndarray  # per node, bool
    labels: list[str]
    home_scale: float = 1.0  # scale at which the whole network fits the view
    spacing: float = 1.0  # typical distance between neighbouring actors, world units (typical_spacing)

    @property
    def n(self) -> int:
        return len(self.ids)


def typical_spacing(xy: np.ndarray) -> float:
    """Distance between actors where they are: sqrt(occupied area / count), the area counted on a coarse grid.

    The bounding box alone would overstate it for a dense core with a few far-flung actors.
    """
    n = len(xy)
    if n < 2:
        return 1.0
    low = xy.min(axis=0)
    span = np.maximum(xy.max(axis=0) - low, 1e-9)
    bins = int(min(max(math.sqrt(n) / 2, 1), 64))
    cells = np.minimum(((xy - low) / span * bins).astype(np.int64), bins - 1)
    occupied = len(np.unique(cells[:, 0] * bins + cells[:, 1]))
    return math.sqrt(occupied * float(span[0] * span[1]) / (bins * bins) / n)


def node_diameters(scene: Scene, scale: float) -> np.ndarray:
    """Drawn diameter of every node in px: relative size, crowding, and zoom (softened by a square root)."""
    spacing = scene.spacing * scene.home_scale
    d_max = min(max(1.0 * spacing, 5.0), 30.0)
    d_min = min(max(0.3 * spacing, 2.0), 9.0)
    zoom = min(max(math.sqrt(scale / scene.home_scale) if scene.home_scale > 0 else 1.0, 0.4), 4.0)
    return np.minimum((d_min + (d_max - d_min) * np.sqrt(scene.rel_size)) * zoom, 80.0)


def visible_edges(
    scene: Scene,
    sx: np.ndarray,
    sy: np.ndarray,
    width: int,
    height: int,
    start: int = 0,
    stop: int | None = None,
) -> np.ndarray:
    """Indices (strongest first) among edges ``start:stop`` worth drawing in a ``width`` x ``height`` view.

    ``sx``/``sy`` may be float32: only on-screen precision matters, and halving the bytes
    gathered matters at a million edges.
    """
    src, dst = scene.src[start:stop], scene.dst[start:stop]
    if len(src) == 0:
        return np.zeros(0, dtype=np.int64)
    x1, y1, x2, y2 = sx[src], sy[src], sx[dst], sy[dst]
    outside = (
        ((x1 < 0) & (x2 < 0))
        | ((x1 > width) & (x2 > width))
        | ((y1 < 0) & (y2 < 0))
        | ((y1 > height) & (y2 > height))
    )
    keep = ~outside
    if len(scene.src) >= SUBPIXEL_CULL_FROM:
        keep &= (np.abs(x1 - x2) + np.abs(y1 - y2)) >= 1.0
    return np.flatnonzero(keep) + start


class EdgeStream:
    """The visible edges, strongest first, culled block by block as they are asked for.

    The first pass of a huge graph needs only its strongest few tens of thousands of ties,
    so it culls only the first blocks; refinement culls the rest as it goes.
    """

    BLOCK = 250_000

    def __init__(self, scene: Scene, sx: np.ndarray, sy: np.ndarray, width: int, height: int):
        self._args = (scene, sx.astype(np.float32), sy.astype(np.float32), width, height)
        self._count = len(scene.src)
        self._next = 0
        self._found = 0
        self._buffer = np.zeros(0, dtype=np.int64)

    def _cull_more(self) -> None:
        stop = min(self._next + self.BLOCK, self._count)
        more = visible_edges(*self._args, start=self._next, stop=stop)[: max(MAX_EDGES - self._found, 0)]
        self._next = stop if self._found + len(more) < MAX_EDGES else self._count
        self._found += len(more)
        self._buffer = np.concatenate([self._buffer, more]) if len(self._buffer) else more

    def take(self, count: int) -> np.ndarray:
        """Up to ``count`` more visible edges (fewer only when the list is exhausted)."""
        while len(self._buffer) < count and self._next < self._count:
            self._cull_more()
        out, self._buffer = self._buffer[:count], self._buffer[count:]
        return out

    @property
    def exhausted(self) -> bool:
        return len(self._buffer) == 0 and self._next >= self._count

    def estimated_total(self) -> int:
        """How many edges the whole render will draw, extrapolated from the blocks culled so far."""
        if self._next >= self._count or self._next == 0:
            return self._found
        return min(int(self._found * self._count / self._next), MAX_EDGES)


def _edge_pens(theme: Theme, count: int) -> list[QPen]:
    """Pens by group ``faded * EDGE_LEVELS + level``; crowded views get fainter lines."""
    # fainter the more lines overlap, so a dense core stays a grey of its density, not a black blot
    crowd = min(1.0, max(0.12, math.sqrt(5_000 / max(count, 1))))
    pens = []
    for faded in (False, True):
        for level in range(EDGE_LEVELS):
            color = QColor(theme.ink)
            color.setAlpha(22 if faded else int((60 + 45 * level) * crowd))
            pen = QPen(color, 1.0)
            pen.setCosmetic(True)
            pens.append(pen)
    return pens


def draw_edges(
    painter: QPainter,
    scene: Scene,
    sx: np.ndarray,
    sy: np.ndarray,
    idx: np.ndarray,
    theme: Theme,
    *,
    total: int,
) -> None:
    """Draw the edges ``idx``; ``total`` is how many the whole render draws (sets opacity and antialiasing)."""
    if len(idx) == 0:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, total <= ANTIALIAS_EDGES_UP_TO)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    src, dst = scene.src[idx], scene.dst[idx]
    group = (scene.faded[src] | scene.faded[dst]).astype(np.int64) * EDGE_LEVELS + scene.level[idx]
    pens = _edge_pens(theme, total)
    # faded first (underneath), then the levels from weak to strong
    for g in [*range(EDGE_LEVELS, 2 * EDGE_LEVELS), *range(EDGE_LEVELS)]:
        sel = group == g
        if not sel.any():
            continue
        s, d = src[sel], dst[sel]
        painter.setPen(pens[g])
        painter.drawPath(segments_path(sx[s], sy[s], sx[d], sy[d]))


class SpriteCache:
    """Antialiased discs with outline, one image per (fill, diameter in half pixels), reused across renders."""

    def __init__(self, device_pixel_ratio: float = 1.0):
        self.dpr = device_pixel_ratio
        self._images: dict[tuple[int, int], QImage] = {}

    def get(self, rgba: int, half_px: int) -> QImage:
        key = (rgba, half_px)
        image = self._images.get(key)
        if image is None:
            image = self._images[key] = self._make(QColor.fromRgba(rgba), half_px / 2.0)
        return image

    def _make(self, fill: QColor, d: float) -> QImage:
        side = math.ceil(d) + 2
        image = QImage(int(side * self.dpr), int(side * self.dpr), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(self.dpr)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(fill.darker(150), 1.0 if d >= 6 else 0.6))
        p.setBrush(fill)
        p.drawEllipse(QPointF(side / 2, side / 2), d / 2 - 0.3, d / 2 - 0.3)
        p.end()
        return image


def _display_fill(scene: Scene, theme: Theme) -> np.ndarray:
    """Per-node fill as rgba ints, faded nodes blended most of the way into the background."""
    fill = scene.fill.copy()
    if scene.faded.any():
        for rgba in np.unique(fill[scene.faded]).tolist():
            faded_rgba = mix(QColor.fromRgba(rgba), theme.background, 0.8).rgba()
            fill[scene.faded & (scene.fill == rgba)] = faded_rgba
    return fill


def draw_nodes(
    painter: QPainter,
    scene: Scene,
    sx: np.ndarray,
    sy: np.ndarray,
    diam: np.ndarray,
    width: int,
    height: int,
    theme: Theme,
    sprites: SpriteCache,
) -> None:
    """Faded nodes first, then the rest; within each, small before big so hubs stay on top."""
    r = diam / 2
    inside = (sx + r >= 0) & (sx - r <= width) & (sy + r >= 0) & (sy - r <= height)
    idx = np.flatnonzero(inside)
    if len(idx) == 0:
        return
    fill = _display_fill(scene, theme)
    tiny = diam[idx] < TINY_NODE
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for t_idx in (idx[tiny & scene.faded[idx]], idx[tiny & ~scene.faded[idx]]):
        for rgba in np.unique(fill[t_idx]).tolist():
            sel = t_idx[fill[t_idx] == rgba]
            pen = QPen(QColor.fromRgba(rgba), max(float(diam[sel].max()), 1.5))
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            painter.setPen(pen)
            painter.drawPointsNp(np.ascontiguousarray(sx[sel]), np.ascontiguousarray(sy[sel]))
    big = idx[~tiny]
    if len(big) == 0:
        return
    half_px = np.round(diam[big] * 2).astype(np.int64)
    order = np.lexsort((half_px, ~scene.faded[big]))
    big, half_px = big[order], half_px[order]
    keys = fill[big].astype(np.int64) * 1024 + half_px
    uniq, group = np.unique(keys, return_inverse=True)
    images = [sprites.get(int(k // 1024), int(k % 1024)) for k in uniq.tolist()]
    offsets = np.array([(math.ceil(int(k % 1024) / 2.0) + 2) / 2.0 for k in uniq.tolist()])[group]
    xs = np.round(sx[big] - offsets).astype(np.int64).tolist()
    ys = np.round(sy[big] - offsets).astype(np.int64).tolist()
    draw = painter.drawImage
    for x, y, g in zip(xs, ys, group.tolist(), strict=True):
        draw(x, y, images[g])


def _elide(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def label_candidates(
    scene: Scene,
    sx: np.ndarray,
    sy: np.ndarray,
    diam: np.ndarray,
    width: int,
    height: int,
    min_diameter: float = 11.0,
    few: int = 120,
) -> np.ndarray:
    """Unfaded on-screen nodes worth a label, biggest first: all of them when few are on screen."""
    inside = (sx >= 0) & (sx <= width) & (sy >= 0) & (sy <= height) & ~scene.faded
    idx = np.flatnonzero(inside)
    if len(idx) > few:
        idx = idx[diam[idx] >= min_diameter]
    return idx[np.argsort(-diam[idx], kind="stable")][: MAX_LABELS * 4]


def label_rect(x: float, y: float, diameter: float, w: float, h: float, view_width: float) -> QRectF:
    """Where a ``w`` x ``h`` label goes: right of its node, or left of it when it would leave the view."""
    left = x + diameter / 2 + 2
    if left + w > view_width and x - diameter / 2 - 2 - w >= 0:
        left = x - diameter / 2 - 2 - w
    return QRectF(left, y - h / 2, w, h)


def draw_labels(
    painter: QPainter,
    scene: Scene,
    sx: np.ndarray,
    sy: np.ndarray,
    diam: np.ndarray,
    width: int,
    height: int,
    theme: Theme,
) -> list[int]:
    """Greedy, non-overlapping labels to the right of their nodes; returns the labelled node indices."""
    fm = QFontMetricsF(painter.font())
    most = min(MAX_LABELS, int(width * height / LABEL_AREA))
    placed: list[QRectF] = []
    cells: dict[tuple[int, int], list[int]] = {}
    cell = 64.0
    halo = QColor(theme.background)
    halo.setAlpha(200)
    painter.setPen(theme.ink)
    done: list[int] = []
    for i in label_candidates(scene, sx, sy, diam, width, height).tolist():
        text = _elide(scene.labels[i])
        if not text:
            continue
        w, h = fm.horizontalAdvance(text) + 6, fm.height() + 2
        rect = label_rect(sx[i], sy[i], diam[i], w, h, width)
        room = rect.adjusted(-8, -4, 8, 4)  # keep labels apart, not just unoverlapped
        keys = [
            (cx, cy)
            for cx in range(int(room.left() // cell), int(room.right() // cell) + 1)
            for cy in range(int(room.top() // cell), int(room.bottom() // cell) + 1)
        ]
        if any(placed[j].intersects(room) for k in keys for j in cells.get(k, ())):
            continue
        for k in keys:
            cells.setdefault(k, []).append(len(placed))
        placed.append(room)
        painter.fillRect(rect, halo)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        done.append(i)
        if len(done) >= most:
            break
    return done


def clip_all(painter: QPainter, width: int, height: int) -> None:
    """Clip to the image: translucent lines draw an order of magnitude faster with a clip set."""
    painter.setClipRect(QRect(0, 0, width, height))


def default_fill(n: int) -> np.ndarray:
    return np.full(n, NEUTRAL.rgba(), dtype=np.uint32)


def edge_levels(weights: np.ndarray) -> np.ndarray:
    """Opacity level per edge from its weight's rank: median and below 0, top 5 % the strongest level."""
    if len(weights) == 0 or float(weights.max()) == float(weights.min()):
        return np.ones(len(weights), dtype=np.int64)
    cuts = np.quantile(weights, [0.5, 0.8, 0.95])
    return np.searchsorted(cuts, weights, side="left").astype(np.int64)


def fit_view(xy: np.ndarray, width: int, height: int, margin: float) -> View:
    """The view showing every point of ``xy`` inside ``width`` x ``height`` less ``margin``, centred."""
    if len(xy) == 0:
        return View(1.0, width / 2, height / 2)
    low, high = xy.min(axis=0), xy.max(axis=0)
    span = np.maximum(high - low, 1e-9)
    w, h = max(width - 2 * margin, 10), max(height - 2 * margin, 10)
    scale = min(w / span[0], h / span[1])
    if not math.isfinite(scale) or scale > 1e6:  # one point, or all on one spot
        scale = 1.0 if (high - low).max() == 0 else min(w, h) / float((high - low).max())
    cx, cy = (low + high) / 2
    return View(scale, width / 2 - cx * scale, height / 2 - cy * scale)


def initial_positions(ids: list[str], positions: dict[str, tuple[float, float]] | np.ndarray) -> np.ndarray:
    """``(n, 2)`` positions in ``ids`` order; actors without one are scattered (seeded) around the middle.

    ``positions`` is a dict by id, or an ``(n, 2)`` array already in ``ids`` order (NaN: none).
    """
    if isinstance(positions, np.ndarray):
        xy = np.array(positions, dtype=float).reshape(len(ids), 2)
    else:
        found = list(map(positions.get, ids))
        have = np.fromiter((p is not None for p in found), dtype=bool, count=len(ids))
        xy = np.full((len(ids), 2), np.nan)
        if have.any():
            xy[have] = np.array([p for p in found if p is not None], dtype=float).reshape(-1, 2)
    missing = np.isnan(xy[:, 0])
    if missing.any():
        known = xy[~missing]
        center = known.mean(axis=0) if len(known) else np.zeros(2)
        spread = max(float(np.ptp(known, axis=0).max()) * 0.05, 1.0) if len(known) > 1 else 1.0
        xy[missing] = center + np.random.default_rng(0).normal(0.0, spread, size=(int(missing.sum()), 2))
    return xy
