"""Where the canvas looks: fit, zoom, pan and centre, and fitting clear of the legend.

A mixin of :class:`~matchmaker.ui.canvas.NetworkCanvas` (listed before its Qt base). A view is
a scale and an origin (:class:`~matchmaker.ui.canvas_render.View`); setting one repaints at
once (the frame is blitted scaled or moved) and, for zoom and pan, re-renders the layers only
when no step has come for a moment (``settle``).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF

from matchmaker.ui.canvas_render import View, fit_view

__all__ = ["CanvasViewControl", "FIT_MARGIN"]

FIT_MARGIN = 28


class CanvasViewControl:
    """View control of the canvas (``self._scene``, ``self._view``, ``self._settle`` are its)."""

    def _fit_view(self, mask: np.ndarray | None) -> View:
        return fit_view(
            self._scene.xy if mask is None else self._scene.xy[mask], self.width(), self.height(), FIT_MARGIN
        )

    def _home_scale(self) -> float:
        if self._home is None:
            self._home = self._fit_view(None).scale
        return self._home

    def _set_view(self, view: View, *, settle: bool) -> None:
        self._view = view
        self._radii_cache = None
        if settle:
            self._settle.start()
        self.update()

    def fit_to_view(self) -> None:
        """Scale and centre so every actor is inside the widget."""
        self._auto_fit = True
        self._set_view(self._fit_clear_of_legend(None), settle=False)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping ``anchor`` (default: the centre) fixed on screen."""
        if factor <= 0 or not math.isfinite(factor):
            return
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        self._auto_fit = False
        self._set_view(self._view.zoomed(factor, anchor.x(), anchor.y()), settle=True)

    def center_on(self, actor_id: str) -> None:
        """Pan (without zooming) so the actor is in the middle of the widget, unless it is well inside already."""
        p = self.screen_pos(actor_id)
        margin_x, margin_y = self.width() * 0.1, self.height() * 0.1
        inside = (
            p is not None
            and margin_x <= p.x() <= self.width() - margin_x
            and margin_y <= p.y() <= self.height() - margin_y
        )
        if p is not None and not inside:
            self.pan_by(self.width() / 2 - p.x(), self.height() / 2 - p.y())

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the picture by ``(dx, dy)`` pixels."""
        self._auto_fit = False
        v = self._view
        self._set_view(View(v.scale, v.ox + dx, v.oy + dy), settle=True)

    def _fit_clear_of_legend(self, mask: np.ndarray | None) -> View:
        """Fit the actors of ``mask`` (all for ``None``) so that none sits under the legend: when the
        plain fit puts one there, the picture moves right of the legend or above it, whichever
        keeps it larger."""
        plain = self._fit_view(mask)
        legend = self.legend_rect()
        if legend.isEmpty() or self._scene.n == 0:
            return plain
        xy = self._scene.xy if mask is None else self._scene.xy[mask]
        if not self._covers(plain, xy, legend):
            return plain
        w, h = self.width(), self.height()
        right = fit_view(xy, int(w - legend.right() - 8), h, FIT_MARGIN)
        right = View(right.scale, right.ox + legend.right() + 8, right.oy)
        above = fit_view(xy, w, int(legend.top() - 8 + FIT_MARGIN), FIT_MARGIN)
        return max((right, above), key=lambda view: view.scale)

    @staticmethod
    def _covers(view: View, xy: np.ndarray, rect) -> bool:
        sx, sy = view.to_screen(xy)
        return bool(
            np.any((sx >= rect.left()) & (sx <= rect.right()) & (sy >= rect.top()) & (sy <= rect.bottom()))
        )
