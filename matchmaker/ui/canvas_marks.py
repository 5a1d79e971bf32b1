"""What the canvas marks over its cached layers: paths, suggestions, the selection, and map labels.

A mixin of :class:`~matchmaker.ui.canvas.NetworkCanvas`. Everything here is drawn fresh on each
paint with the *current* view (few items, so cheap), and stays put while the cached layers are
previewed during a pan or zoom:

* warm-introduction chains: the chosen one bold, the alternatives thin and dashed;
* dashed links from an actor to its suggested partners;
* the selected actor's ring and ties, the hovered actor's ring;
* **map labels** anchored in layout coordinates: community names at their centres and the
  "not yet connected" band's caption. They are placed greedily in the order given (largest
  community first) and one that would overlap a label already drawn, or the legend, is left
  out — labels never sit on each other;
* the colour legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from matchmaker.ui import canvas_overlay as overlay
from matchmaker.ui.canvas_render import Theme, View

__all__ = ["CanvasMarks", "MapLabel"]


@dataclass(frozen=True)
class MapLabel:
    """A caption anchored at ``(x, y)`` in layout units: centred on it, or starting at it (``centred`` False)."""

    text: str
    x: float
    y: float
    color: QColor | None = None
    centred: bool = True


class CanvasMarks:
    """Marks and labels of :class:`~matchmaker.ui.canvas.NetworkCanvas` (see the module docstring)."""

    def _init_marks(self) -> None:
        self._paths: list[list[int]] = []
        self._path_ids: list[list[str]] = []
        self._chosen_path = 0
        self._suggest_ids: tuple[str | None, list[str]] = (None, [])
        self._suggest: tuple[int, list[int]] = (-1, [])
        self._map_labels: list[MapLabel] = []
        self._shown_map_labels: list[str] = []
        self._chain_labels: list[QRectF] = []

    # -- what to mark ---------------------------------------------------------------------------
    def highlight_path(self, ids: list[str]) -> None:
        """Draw the chain of ties through ``ids`` (e.g. a warm-introduction path); empty clears."""
        self.highlight_paths([ids] if ids else [])

    def highlight_paths(self, chains: list[list[str]], chosen: int = 0) -> None:
        """Draw several chains: ``chains[chosen]`` bold, the others thin and dashed; empty clears."""
        self._path_ids = [list(c) for c in chains]
        self._chosen_path = chosen if 0 <= chosen < len(chains) else 0
        self._paths = [[self._pos_of[a] for a in c if a in self._pos_of] for c in self._path_ids]
        self.update()

    def highlighted_path(self) -> list[str]:
        """The chosen chain drawn now (actor ids), or ``[]``."""
        return list(self._path_ids[self._chosen_path]) if self._path_ids else []

    def chain_label_rects(self) -> list[QRectF]:
        """Where the last paint wrote the chosen chain's numbered names (in chain order)."""
        return list(self._chain_labels)

    def show_suggestions(self, actor_id: str | None, candidate_ids: list[str]) -> None:
        """Dashed links from ``actor_id`` to each suggested partner; ``None`` or no candidates clears."""
        self._suggest_ids = (actor_id, list(candidate_ids))
        i = self._pos_of.get(actor_id, -1) if actor_id else -1
        self._suggest = (i, [self._pos_of[c] for c in candidate_ids if c in self._pos_of] if i >= 0 else [])
        self.update()

    def suggestions_shown(self) -> tuple[str | None, list[str]]:
        return self._suggest_ids[0], list(self._suggest_ids[1])

    def set_map_labels(self, labels: list[MapLabel]) -> None:
        """Captions anchored on the map (community names, the band's caption), most important first."""
        self._map_labels = list(labels)
        self.update()

    def shown_map_labels(self) -> list[str]:
        """The map labels the last paint found room for."""
        return list(self._shown_map_labels)

    def _remark(self) -> None:
        """Marks asked for by id before the network came (e.g. "show on map" while loading) now apply."""
        self.highlight_paths(self._path_ids, self._chosen_path)
        self.show_suggestions(*self._suggest_ids)

    # -- geometry --------------------------------------------------------------------------------
    def _center(self, i: int) -> QPointF:
        x, y = self._scene.xy[i]
        return QPointF(x * self._view.scale + self._view.ox, y * self._view.scale + self._view.oy)

    def _rim_to_rim(self, pairs, radii: np.ndarray) -> list[tuple[QPointF, QPointF]]:
        """Segments between the discs' rims, so links drawn on top do not cross the actors they join."""
        out = []
        for i, j in pairs:
            a, b = self._center(i), self._center(j)
            d = b - a
            length = math.hypot(d.x(), d.y())
            if length > radii[i] + radii[j] + 1:
                out.append((a + d * (radii[i] / length), b - d * (radii[j] / length)))
        return out

    def fit_to(self, actor_ids: list[str], max_zoom: float = 4.0) -> None:
        """Show ``actor_ids`` (e.g. a chain) large in the middle, with some of the map around them:
        at most ``max_zoom`` times the whole-map scale, never smaller than the whole map."""
        mask = np.zeros(self._scene.n, bool)
        mask[[self._pos_of[a] for a in actor_ids if a in self._pos_of]] = True
        if not mask.any():
            return
        whole = self._fit_clear_of_legend(None)
        view = self._fit_clear_of_legend(mask)
        scale = min(max(view.scale * 0.7, whole.scale), whole.scale * max_zoom)
        cx, cy = self._scene.xy[mask].mean(axis=0)
        self._auto_fit = False
        self._set_view(
            View(scale, self.width() / 2 - cx * scale, self.height() / 2 - cy * scale), settle=False
        )

    def legend_rect(self) -> QRectF:
        """Where the legend is drawn (empty when there is none)."""
        return overlay.legend_rect(self.font(), self._legend[0], self._legend[1], self.height())

    # -- painting -------------------------------------------------------------------------------
    def _paint_marks(self, p: QPainter, theme: Theme, radii: np.ndarray) -> None:
        """Suggestions, the selection's ties, the paths, then rings and labels of the actors in play."""
        labels, width = self._scene.labels, self.width()
        source, candidates = self._suggest
        chosen = self._paths[self._chosen_path] if self._paths else []
        # the suggestion's source label first: the dashed links drawn next must stay visible over it
        if source >= 0:
            overlay.draw_label(
                p, self._center(source), 2 * radii[source], labels[source], theme, view_width=width
            )
            overlay.draw_links(
                p,
                self._rim_to_rim([(source, c) for c in candidates], radii),
                theme.suggestion,
                2.0,
                dashed=True,
            )
            for c in candidates:
                overlay.draw_ring(p, self._center(c), 2 * radii[c], theme.suggestion, 2.0)
        placed = self._chain_labels = []
        for step, i in enumerate(chosen, 1):  # numbered, never on each other; drawn
            # before the links, which must stay visible over them
            text = f"{step}. {labels[i]}"
            placed.append(
                overlay.draw_label(
                    p, self._center(i), 2 * radii[i], text, theme, bold=True, view_width=width, avoid=placed
                )
            )
        s = self._selected
        if s >= 0 and not chosen:  # with a chain shown, a hub's fan would hide it
            edges = self._adjacency.incident_edges(s)[: overlay.MAX_INCIDENT_EDGES]
            others = np.where(self._scene.src[edges] == s, self._scene.dst[edges], self._scene.src[edges])
            tie = QColor(theme.accent)
            tie.setAlpha(160 if len(others) < 25 else 90)  # a hub's fan should not drown the picture
            overlay.draw_links(p, self._rim_to_rim([(s, int(o)) for o in others], radii), tie, 1.3)
        faint = QColor(theme.accent)
        faint.setAlpha(120)
        for k, path in enumerate(self._paths):
            if k != self._chosen_path and len(path) > 1:
                steps = list(zip(path, path[1:], strict=False))
                overlay.draw_links(p, self._rim_to_rim(steps, radii), faint, 2.0, dashed=True)
        if len(chosen) > 1:
            steps = list(zip(chosen, chosen[1:], strict=False))
            overlay.draw_links(p, self._rim_to_rim(steps, radii), theme.accent, 4.0)
        for i in chosen:
            overlay.draw_ring(p, self._center(i), 2 * radii[i], theme.accent, 2.5)
        for i, color, ring in ((s, theme.accent, 3.0), (self._hover, theme.ink, 2.0)):
            if i >= 0:
                overlay.draw_ring(p, self._center(i), 2 * radii[i], color, ring)
                overlay.draw_label(
                    p, self._center(i), 2 * radii[i], labels[i], theme, bold=True, view_width=width
                )

    def _paint_map_labels(self, p: QPainter, theme: Theme) -> None:
        """Community and band captions where they fit: never on each other, never under the legend."""
        self._shown_map_labels = []
        if not self._map_labels:
            return
        fm = QFontMetricsF(p.font())
        taken = [self.legend_rect().adjusted(-4, -4, 4, 4)]
        bounds = QRectF(0, 0, self.width(), self.height())
        back = QColor(theme.background)
        back.setAlpha(225)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for label in self._map_labels:
            w, h = fm.horizontalAdvance(label.text) + 10, fm.height() + 4
            x = label.x * self._view.scale + self._view.ox
            y = label.y * self._view.scale + self._view.oy
            rect = QRectF(x - w / 2, y - h / 2, w, h) if label.centred else QRectF(x, y - h, w, h)
            if not bounds.contains(rect) or any(rect.intersects(other) for other in taken):
                continue
            taken.append(rect.adjusted(-6, -3, 6, 3))
            border = QColor(label.color) if label.color is not None else QColor(theme.ink)
            if label.color is None:
                border.setAlpha(0)
            p.setPen(QPen(border, 1.5))
            p.setBrush(back)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(theme.ink)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label.text)
            self._shown_map_labels.append(label.text)

    def _paint_overlay(self, p: QPainter, theme: Theme) -> None:
        if self._scene.n:
            self._paint_map_labels(p, theme)
            self._paint_marks(p, theme, self._radii())
        overlay.draw_legend(p, self._legend[0], self._legend[1], theme, self.height())
