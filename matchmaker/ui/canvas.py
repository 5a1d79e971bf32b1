"""The network canvas: a QWidget drawing up to a million ties, interactive at 60 frames a second.

Caching design (numbers in ``bench/RESULTS.md``, section ``canvas``):

* Two cached layers, each a ``QImage`` the size of the widget: **edges** (on the background), and
  **nodes + labels**, composed into one **frame** image. They are re-rendered only when what they
  show changes: positions, colours, sizes, fading, palette, the widget size, or the view once a
  pan/zoom has *settled*. See :mod:`~matchmaker.ui.canvas_render`.
* A paint is one blit of the frame plus an **overlay** (hover, selection, path, suggestions,
  legend) drawn fresh, so hovering or selecting never redraws the network (~1 ms).
* **Pan**: while dragging, the frame is blitted translated; one re-render on release.
  **Zoom** (wheel, pinch, keys): the frame is blitted scaled at once, and re-rendered
  when no zoom step has come for ``SETTLE_MS``.
* **Progressive**: on big views a re-render draws all nodes and the strongest ``COARSE_EDGES``
  ties at once; the remaining ties are culled and added in chunks from a zero-timer, between
  events, so input stays live (views up to ``SINGLE_PASS_EDGES`` ties are drawn in one go).
* **Level of detail**: ties off screen or shorter than a pixel are culled; on huge views the weakest
  are dropped; labels only for big or zoomed-in actors, never overlapping; nodes under 3 px are points.

Hit-testing uses a k-d tree (:mod:`~matchmaker.ui.canvas_index`), so hover costs microseconds.
Mouse, wheel, keys and pinch gestures are handled in :mod:`~matchmaker.ui.canvas_input`.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import repeat

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from matchmaker.ui.canvas_index import Adjacency, NodeIndex
from matchmaker.ui.canvas_input import CanvasInput
from matchmaker.ui.canvas_marks import CanvasMarks
from matchmaker.ui.canvas_palette import NEUTRAL
from matchmaker.ui.canvas_render import (
    EdgeStream,
    Scene,
    SpriteCache,
    Theme,
    View,
    clip_all,
    default_fill,
    draw_edges,
    draw_labels,
    draw_nodes,
    edge_levels,
    initial_positions,
    node_diameters,
    typical_spacing,
)
from matchmaker.ui.canvas_view_control import CanvasViewControl

__all__ = ["NetworkCanvas"]

COARSE_EDGES = 40_000  # ties in the first pass of a big view; the rest are added between events
SINGLE_PASS_EDGES = 80_000  # views with up to this many ties are drawn in one pass
REFINE_CHUNK = 25_000  # ties added per turn of the event loop: long ties of a big network take ~0.1 s
SETTLE_MS = 120
UNIFORM_SIZE = 0.35


class _PositionLookup(Mapping):
    """``{actor id: (x, y)}`` read from the canvas's index and position array when asked."""

    def __init__(self, index: dict[str, int], xy: np.ndarray):
        self._index, self._xy = index, xy

    def __getitem__(self, actor_id: str) -> tuple[float, float]:
        x, y = self._xy[self._index[actor_id]].tolist()
        return x, y

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._index

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def _empty_scene() -> Scene:
    empty = np.zeros(0, dtype=np.int64)
    return Scene(
        [], np.zeros((0, 2)), empty, empty, empty, default_fill(0), np.zeros(0), np.zeros(0, bool), []
    )


class NetworkCanvas(CanvasInput, CanvasMarks, CanvasViewControl, QWidget):
    """Pan/zoom view of the actor network; see the module docstring for how it stays fast."""

    actorClicked = Signal(str)
    actorHovered = Signal(str)  # "" when the cursor leaves every actor
    selectionChanged = Signal(str)  # "" when nothing is selected
    actorActivated = Signal(str)  # double click, or Enter on the selection
    actorMenuRequested = Signal(
        str, QPoint
    )  # right click on an actor ("" on the background), global position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setMinimumSize(200, 150)
        self._scene = _empty_scene()
        self._pos_of: dict[str, int] = {}
        self._adjacency_made: Adjacency | None = None  # made when first asked (hover, focus), not per drawing
        self._hits = NodeIndex(self._scene.xy)
        self._tooltips: dict[str, str] = {}
        self._subset: np.ndarray | None = None
        self._ego: np.ndarray | None = None
        self._focus = -1
        self._hover = -1
        self._selected = -1
        self._init_marks()
        self._focus_ids: tuple[str | None, int] = (None, 1)
        self._legend: tuple[str, list[tuple[str, QColor]]] = ("", [])
        self._view = View()
        self._auto_fit = True
        # cached layers and the view they were drawn for
        self._edge_layer: QImage | None = None
        self._node_layer: QImage | None = None
        self._layer_view: View | None = None
        self._dirty = True
        self._frame: QImage | None = None  # edges + nodes composed, what a paint blits
        self._stream: EdgeStream | None = None  # edges still to add to the current layers
        self._stream_screen: tuple[np.ndarray, np.ndarray, int] | None = None
        self._home: float | None = None  # scale that fits the whole network: sets node sizes
        self._sprites = SpriteCache(self.devicePixelRatioF())
        self._radii_cache: tuple[float, np.ndarray] | None = None
        self._positions_cache: dict[str, tuple[float, float]] | None = None
        self._press: QPointF | None = None
        self._press_view = self._view
        self._dragging = False
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.update)
        self._refine_timer = QTimer(self, singleShot=True, interval=0, timeout=self._refine)
        self._card = QLabel(self)
        self._card.setTextFormat(Qt.TextFormat.PlainText)
        self._card.setFrameShape(QFrame.Shape.StyledPanel)
        self._card.setAutoFillBackground(True)
        self._card.setMargin(4)
        self._card.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._card.hide()

    # -- data ----------------------------------------------------------------------------------
    def set_network(
        self,
        node_ids: list[str],
        edges: list[tuple[str, str, float]],
        positions: dict[str, tuple[float, float]],
        *,
        labels: dict[str, str] | None = None,
        tooltips: dict[str, str] | None = None,
    ) -> None:
        """Show a new network. Edges naming unknown actors, and self-loops, are skipped.

        Actors without a position start near the middle (a layout is expected to place them).
        ``tooltips`` (plain text) is shown on hover; by default the label.
        """
        ids = list(node_ids)
        self._pos_of = {a: i for i, a in enumerate(ids)}
        src, dst, weight = self._edge_arrays(edges)
        labels = labels or {}
        self._show(ids, src, dst, weight, positions, [labels.get(a, a) for a in ids], dict(tooltips or {}))

    def set_network_arrays(
        self,
        node_ids: list[str],
        sources: np.ndarray,
        targets: np.ndarray,
        weights: np.ndarray,
        positions: dict[str, tuple[float, float]] | np.ndarray,
        *,
        labels: list[str],
        tooltips: Mapping[str, str],
        index: dict[str, int] | None = None,
    ) -> None:
        """Show a new network given as arrays: ``sources[k]``–``targets[k]`` index ``node_ids``
        (each pair once, no self-loops), ``labels`` aligned with ``node_ids``; ``tooltips`` may be
        any mapping (e.g. one that writes a hover text when asked). No per-tie Python work: a
        million ties are on the canvas in a fraction of a second. Ties already strongest first
        are drawn in their order; ``index`` (id -> position in ``node_ids``) is used as it is."""
        self._pos_of = index if index is not None else {a: i for i, a in enumerate(node_ids)}
        weights = np.asarray(weights, dtype=np.float64)
        strongest_first = len(weights) < 2 or bool((weights[1:] <= weights[:-1]).all())
        order = slice(None) if strongest_first else np.argsort(-weights, kind="stable")
        self._show(
            list(node_ids),
            np.asarray(sources)[order].astype(np.int32),
            np.asarray(targets)[order].astype(np.int32),
            weights[order],
            positions,
            list(labels),
            tooltips,
        )

    def _show(self, ids, src, dst, weight, positions, labels: list[str], tooltips) -> None:
        self._scene = Scene(
            ids,
            initial_positions(ids, positions),
            src,
            dst,
            edge_levels(weight),
            default_fill(len(ids)),
            np.full(len(ids), UNIFORM_SIZE),
            np.zeros(len(ids), bool),
            labels,
        )
        self._tooltips = tooltips
        self._adjacency_made = None
        self._hits = NodeIndex(self._scene.xy)
        self._subset = self._ego = None
        self._hover = -1
        if self._selected != -1:
            self._selected = -1
            self.selectionChanged.emit("")
        self._auto_fit = True
        self._positions_changed()
        self._remark()
        self.focus(*self._focus_ids)

    @property
    def _adjacency(self) -> Adjacency:
        """Who is tied to whom, as compressed rows: made on first use (a quarter of a second at a
        million ties, which the first drawing does not need)."""
        if self._adjacency_made is None:
            self._adjacency_made = Adjacency(self._scene.n, self._scene.src, self._scene.dst)
        return self._adjacency_made

    def update_labels(self, labels: dict[str, str], tooltips: dict[str, str] | None = None) -> None:
        """New names and hover texts for some actors (after an edit): the drawing keeps its place."""
        for actor_id, text in labels.items():
            i = self._pos_of.get(actor_id)
            if i is not None:
                self._scene.labels[i] = text
        self._tooltips.update(tooltips or {})
        self._invalidate()

    def _edge_arrays(self, edges: list[tuple[str, str, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Node-index arrays of the known, non-loop edges, strongest first (C-speed loops: a million edges ~1 s)."""
        if not edges:
            empty = np.zeros(0, dtype=np.int32)
            return empty, empty, np.zeros(0)
        sources, targets, weights = zip(*edges, strict=True)
        get, n = self._pos_of.get, len(edges)
        src = np.fromiter(map(get, sources, repeat(-1)), dtype=np.int64, count=n)
        dst = np.fromiter(map(get, targets, repeat(-1)), dtype=np.int64, count=n)
        weight = np.fromiter(weights, dtype=np.float64, count=n)
        keep = (src >= 0) & (dst >= 0) & (src != dst)
        src, dst, weight = src[keep], dst[keep], weight[keep]
        order = np.argsort(-weight, kind="stable")
        return src[order].astype(np.int32), dst[order].astype(np.int32), weight[order]

    def set_positions(self, positions: dict[str, tuple[float, float]] | np.ndarray) -> None:
        """Move actors (e.g. streamed from a running layout): a dict by id, or an (n, 2) array in node order."""
        if isinstance(positions, np.ndarray):
            self._scene.xy = np.asarray(positions, dtype=np.float64).reshape(-1, 2).copy()
        else:
            xy = self._scene.xy
            for a, p in positions.items():
                i = self._pos_of.get(a)
                if i is not None:
                    xy[i] = p
        self._hits = NodeIndex(self._scene.xy)
        self._positions_changed()

    def _positions_changed(self) -> None:
        self._radii_cache = self._home = self._positions_cache = None
        self._scene.spacing = typical_spacing(self._scene.xy)
        if self._auto_fit:
            self._view = self._fit_clear_of_legend(None)
        self._invalidate()

    def set_node_colors(self, colors: dict[str, QColor]) -> None:
        """Fill colour per actor; actors left out are neutral grey."""
        # a handful of distinct colours shared by 100,000 actors: ask each QColor once (a call into
        # Qt per actor cost seconds on the GUI thread); the dict holds them, so their ids are stable
        rgba = {id(NEUTRAL): NEUTRAL.rgba()}
        for color in colors.values():
            if id(color) not in rgba:
                rgba[id(color)] = color.rgba()
        get = colors.get
        self._scene.fill = np.fromiter(
            (rgba[id(get(a, NEUTRAL))] for a in self._scene.ids), dtype=np.uint32, count=self._scene.n
        )
        self._invalidate()

    def set_node_fills(self, ids: list[str], rgba: np.ndarray) -> None:
        """Fill colour of the actors ``ids`` as ``QColor.rgba()`` values (aligned with ``ids``); actors
        left out are neutral grey. Array work only: a new colouring of 100,000 actors takes milliseconds."""
        where = np.fromiter(map(self._pos_of.get, ids, repeat(-1)), dtype=np.int64, count=len(ids))
        known = where >= 0
        fill = np.full(self._scene.n, NEUTRAL.rgba(), dtype=np.uint32)
        fill[where[known]] = np.asarray(rgba, dtype=np.uint32)[known]
        self._scene.fill = fill
        self._invalidate()

    def set_node_sizes(self, sizes: dict[str, float] | None) -> None:
        """Relative size per actor (any non-negative scale, e.g. degree); ``None`` or empty for uniform."""
        if not sizes:
            self._scene.rel_size = np.full(self._scene.n, UNIFORM_SIZE)
        else:
            values = np.array([max(float(sizes.get(a, 0.0)), 0.0) for a in self._scene.ids])
            top = float(values.max()) if len(values) else 0.0
            self._scene.rel_size = values / top if top > 0 else np.full(self._scene.n, UNIFORM_SIZE)
        self._radii_cache = None
        self._invalidate()

    def set_legend(self, title: str, entries: list[tuple[str, QColor]]) -> None:
        """The colour key drawn in the bottom-left corner (empty ``entries`` hides it)."""
        self._legend = (title, list(entries))
        if self._auto_fit:  # a key of another size: the picture stays clear of it
            self._view = self._fit_clear_of_legend(None)
        self.update()

    def legend(self) -> tuple[str, list[tuple[str, QColor]]]:
        """The colour key shown: ``(title, [(text, colour), …])``."""
        return self._legend[0], list(self._legend[1])

    def set_visible_subset(self, ids: set[str] | None) -> None:
        """Fade every actor outside ``ids`` (and their ties); ``None`` shows all."""
        if ids is None:
            self._subset = None
        else:
            self._subset = np.zeros(self._scene.n, bool)
            self._subset[[self._pos_of[a] for a in ids if a in self._pos_of]] = True
        self._apply_fading()

    def focus(self, actor_id: str | None, depth: int = 1) -> None:
        """Fade all but ``actor_id``'s ego network (``depth`` hops) and fit the view to it; ``None`` ends focus."""
        self._focus_ids = (actor_id, depth)
        i = self._pos_of.get(actor_id, -1) if actor_id else -1
        self._focus = i
        self._ego = self._adjacency.ego(i, depth) if i >= 0 else None
        self._apply_fading()
        if self._ego is not None:
            self._auto_fit = False
            self._set_view(self._fit_clear_of_legend(self._ego), settle=False)

    def _apply_fading(self) -> None:
        shown = np.ones(self._scene.n, bool)
        for mask in (self._subset, self._ego):
            if mask is not None:
                shown &= mask
        self._scene.faded = ~shown
        self._invalidate()

    def select(self, actor_id: str | None) -> None:
        """Select an actor (ring and its ties drawn on top); emits ``selectionChanged`` when it changes."""
        i = self._pos_of.get(actor_id, -1) if actor_id else -1
        if i != self._selected:
            self._selected = i
            self.update()
            self.selectionChanged.emit(self._scene.ids[i] if i >= 0 else "")

    # -- queries -------------------------------------------------------------------------------
    def node_ids(self) -> list[str]:
        return list(self._scene.ids)

    def node_count(self) -> int:
        return self._scene.n

    def position_lookup(self) -> Mapping[str, tuple[float, float]]:
        """Every actor's current position as a read-only mapping over the arrays (nothing copied:
        for looking up a few actors, where :meth:`positions` would build 100,000 entries)."""
        return _PositionLookup(self._pos_of, self._scene.xy)

    def positions(self) -> dict[str, tuple[float, float]]:
        """Every actor's current layout position (a fresh dict; made from the arrays once per move)."""
        if self._positions_cache is None:
            self._positions_cache = dict(
                zip(self._scene.ids, map(tuple, self._scene.xy.tolist()), strict=True)
            )
        return dict(self._positions_cache)

    def selected_actor(self) -> str:
        return self._scene.ids[self._selected] if self._selected >= 0 else ""

    def hovered_actor(self) -> str:
        return self._scene.ids[self._hover] if self._hover >= 0 else ""

    def hover_text(self) -> str:
        """What the hover card shows now ("" when hidden)."""
        return self._card.text() if self._card.isVisible() else ""

    def is_faded(self, actor_id: str) -> bool:
        i = self._pos_of.get(actor_id)
        return bool(self._scene.faded[i]) if i is not None else True

    def view_scale(self) -> float:
        """Screen pixels per layout unit."""
        return self._view.scale

    def screen_pos(self, actor_id: str) -> QPointF | None:
        i = self._pos_of.get(actor_id)
        if i is None:
            return None
        x, y = self._scene.xy[i]
        return QPointF(x * self._view.scale + self._view.ox, y * self._view.scale + self._view.oy)

    def map_to_world(self, point: QPointF) -> tuple[float, float]:
        return self._view.to_world(point.x(), point.y())

    def actor_at(self, point: QPointF) -> str:
        i = self._hit(point)
        return self._scene.ids[i] if i >= 0 else ""

    def _radii(self) -> np.ndarray:
        scale = self._view.scale
        if self._radii_cache is None or self._radii_cache[0] != scale:
            self._scene.home_scale = self._home_scale()
            self._radii_cache = (scale, node_diameters(self._scene, scale) / 2)
        return self._radii_cache[1]

    def _hit(self, point: QPointF) -> int:
        if self._scene.n == 0:
            return -1
        wx, wy = self._view.to_world(point.x(), point.y())
        return self._hits.hit(wx, wy, self._view.scale, self._radii())

    # -- rendering -----------------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._dirty = True
        self._stream = None  # what is still queued was computed for the old content
        self.update()

    def _theme(self) -> Theme:
        pal = self.palette()
        return Theme(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text))

    def _needs_render(self) -> bool:
        if self._scene.n == 0 or self.width() <= 0 or self.height() <= 0:
            return False
        size = QSize(
            round(self.width() * self.devicePixelRatioF()), round(self.height() * self.devicePixelRatioF())
        )
        if self._frame is None or self._frame.size() != size or self._dirty:
            return True
        return self._layer_view != self._view and not (self._dragging or self._settle.isActive())

    def render_layers(self) -> None:
        """Re-draw the cached layers for the current view: all nodes, the strongest ties; the rest follow."""
        w, h, dpr = self.width(), self.height(), self.devicePixelRatioF()
        size = QSize(round(w * dpr), round(h * dpr))
        if self._frame is None or self._frame.size() != size:
            self._edge_layer, self._node_layer, self._frame = (
                QImage(size, QImage.Format.Format_ARGB32_Premultiplied) for _ in range(3)
            )
            for image in (self._edge_layer, self._node_layer, self._frame):
                image.setDevicePixelRatio(dpr)
        if self._sprites.dpr != dpr:
            self._sprites = SpriteCache(dpr)
        theme, scene, view = self._theme(), self._scene, self._view
        scene.home_scale = self._home_scale()
        sx, sy = view.to_screen(scene.xy)
        stream = EdgeStream(scene, sx, sy, w, h)
        first = stream.take(COARSE_EDGES)
        total = stream.estimated_total()
        if total <= SINGLE_PASS_EDGES:
            first = np.concatenate([first, stream.take(SINGLE_PASS_EDGES)])
        self._edge_layer.fill(theme.background)  # opaque: the frame starts as a plain copy of it
        p = QPainter(self._edge_layer)
        clip_all(p, w, h)
        draw_edges(p, scene, sx, sy, first, theme, total=total)
        p.end()
        diam = node_diameters(scene, view.scale)
        self._node_layer.fill(Qt.GlobalColor.transparent)
        p = QPainter(self._node_layer)
        p.setFont(self.font())
        draw_nodes(p, scene, sx, sy, diam, w, h, theme, self._sprites)
        draw_labels(p, scene, sx, sy, diam, w, h, theme)
        p.end()
        self._compose()
        self._layer_view, self._dirty = view, False
        self._stream, self._stream_screen = (None, None) if stream.exhausted else (stream, (sx, sy, total))
        if self._stream is not None:
            self._refine_timer.start()

    def _compose(self) -> None:
        p = QPainter(self._frame)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        p.drawImage(0, 0, self._edge_layer)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        p.drawImage(0, 0, self._node_layer)
        p.end()

    def is_refining(self) -> bool:
        """True while ties beyond the first pass are still being added."""
        return self._stream is not None

    def _refine(self) -> None:
        stream = self._stream
        if stream is None or self._edge_layer is None or self._stream_screen is None:
            return
        chunk = stream.take(REFINE_CHUNK)
        sx, sy, total = self._stream_screen
        p = QPainter(self._edge_layer)
        clip_all(p, self.width(), self.height())
        draw_edges(p, self._scene, sx, sy, chunk, self._theme(), total=total)
        p.end()
        self._compose()
        self.update()
        if stream.exhausted:
            self._stream = self._stream_screen = None
        elif stream is self._stream:
            self._refine_timer.start()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._needs_render():
            self.render_layers()
        p = QPainter(self)
        theme = self._theme()
        lv, v = self._layer_view, self._view
        if self._frame is None or lv is None or not self._scene.n:
            p.fillRect(self.rect(), theme.background)
        elif lv == v:
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            p.drawImage(0, 0, self._frame)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        else:  # preview: the cached picture moved/scaled to where the view now is
            p.fillRect(self.rect(), theme.background)
            k = v.scale / lv.scale
            p.save()
            p.translate(v.ox - lv.ox * k, v.oy - lv.oy * k)
            p.scale(k, k)
            p.drawImage(0, 0, self._frame)
            p.restore()
        self._paint_overlay(p, theme)
        p.end()

    # -- input ---------------------------------------------------------------------------------
    def _set_hover(self, i: int, where: QPointF | None = None) -> None:
        if i == self._hover:
            if i >= 0 and where is not None:
                self._place_card(where)
            return
        self._hover = i
        if i >= 0:
            actor = self._scene.ids[i]
            self._card.setText(self._tooltips.get(actor) or self._scene.labels[i])
            self._card.adjustSize()
            self._place_card(where or self._center(i))
            self._card.show()
            self._card.raise_()
        else:
            self._card.hide()
        self.update()
        self.actorHovered.emit(self._scene.ids[i] if i >= 0 else "")

    def _place_card(self, where: QPointF) -> None:
        x = min(int(where.x()) + 16, self.width() - self._card.width() - 4)
        y = min(int(where.y()) + 16, self.height() - self._card.height() - 4)
        self._card.move(QPoint(max(x, 4), max(y, 4)))

    def hover_at(self, point: QPointF) -> str:
        """Treat ``point`` as the cursor position: updates hover state and card; returns the actor or ""."""
        self._set_hover(self._hit(point), point)
        return self.hovered_actor()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._invalidate()  # background, ink and label font are baked into the cached layers
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._auto_fit:
            self._view = self._fit_clear_of_legend(None)
        self._radii_cache = self._home = None
        self._dirty = True
        super().resizeEvent(event)
