"""The map's force layout: run in the background, streamed to the canvas, saved when it ends.

A mixin of :class:`~matchmaker.ui.network_view.NetworkView` (listed before its Qt base). The
layout streams positions through a :class:`PositionRelay` living on the GUI thread, so they
arrive queued; a token drops what a layout still sends after the network changed; the
positions are saved through the session's door when the layout finishes or is stopped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from matchmaker.ui.changes import Changes
from matchmaker.ui.tasks import CPU_POOL, run_task

__all__ = ["MapLayoutRunner", "PositionRelay", "LAYOUT_ITERATIONS"]

LAYOUT_ITERATIONS = 300


class PositionRelay(QObject):
    """Lives on the GUI thread; the layout worker emits through it, so delivery is queued."""

    positions = Signal(object)


class MapLayoutRunner:
    """Layout of the network view (``self.graph``, ``self.canvas``, ``self.progress`` are its)."""

    def is_layout_running(self) -> bool:
        return self._layout_task is not None

    def run_layout(self, start: dict[str, tuple[float, float]] | None = None) -> None:
        """Run the force layout in the background from ``start`` (default: the positions shown),
        streaming positions to the canvas."""
        if self.graph is None or self.is_layout_running():
            return
        G = self.graph
        if start is None:
            start = self.canvas.positions()
        self._layout_token += 1
        token = self._layout_token
        relay = PositionRelay()
        relay.positions.connect(
            lambda positions: token == self._layout_token and self._positions_streamed(positions)
        )

        def work(progress, cancelled):
            from matchmaker.graph.layout import (
                force_layout,
            )  # networkx, scipy: ~2 s to import, not on the UI thread

            return force_layout(
                G,
                pos=start or None,
                iterations=LAYOUT_ITERATIONS,
                seed=0,
                progress=progress,
                cancelled=cancelled,
                on_positions=relay.positions.emit,
                every=10,
            )

        self.progress.setRange(0, LAYOUT_ITERATIONS)
        self.progress.setValue(0)
        self.progress.show()
        self._layout_relay = relay
        self._layout_task = run_task(
            self,
            work,
            on_success=lambda positions: token == self._layout_token and self._layout_done(positions),
            on_failure=lambda error: token == self._layout_token and self._layout_failed(error),
            on_progress=lambda done, total: self.progress.setValue(done),
            pool=CPU_POOL,
        )
        self._show_layout_button()

    def stop_layout(self, discard: bool = False) -> None:
        """Stop the layout; its positions are kept and saved, unless ``discard`` (the network changed)."""
        if self.is_layout_running():
            self._layout_task.cancel()
            if discard:
                self._layout_token += 1  # what it still sends is ignored
                self._layout_ended()

    def _layout_clicked(self) -> None:
        if self.is_layout_running():
            self.stop_layout()
        else:
            self.run_layout()

    def _layout_ended(self) -> None:
        self._layout_task = None
        self._layout_relay = None
        self.progress.hide()
        self._show_layout_button()

    def _positions_streamed(self, positions) -> None:
        self.canvas.set_positions(positions)

    def _layout_done(self, positions) -> None:
        self._layout_ended()
        self.canvas.set_positions(positions)
        self._show_map_labels()
        self.session.run_op(
            lambda store, _p, _c: store.save_positions(positions),
            Changes.LAYOUT,
            on_failure=self._failed,
            owner=self,
        )
        self.layoutFinished.emit()

    def _layout_failed(self, error: BaseException) -> None:
        self._layout_ended()
        self._failed(error)
        self.layoutFinished.emit()
