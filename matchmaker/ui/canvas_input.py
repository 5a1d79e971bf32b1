"""How the canvas answers the mouse, the wheel, the keyboard and trackpad/touch pinches.

A mixin of :class:`~matchmaker.ui.canvas.NetworkCanvas` (listed before ``QWidget``): a left
drag pans, a click selects (and emits ``actorClicked``), a double click or Enter activates, a
right click asks for the actor's menu (``actorMenuRequested``),
the wheel and pinches zoom around the cursor, ``+``/``-``/``0`` zoom and fit, arrows pan,
Escape clears the selection. Every handler only calls the canvas' own view and selection API.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, Qt

from matchmaker.ui.canvas_render import View

__all__ = ["CanvasInput", "DRAG_THRESHOLD", "KEY_PAN"]

DRAG_THRESHOLD = 4  # px a press must travel before it is a drag rather than a click
KEY_PAN = 60


class CanvasInput:
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_view = self._view
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos - self._press
            if not self._dragging and abs(delta.x()) + abs(delta.y()) > DRAG_THRESHOLD:
                self._dragging = True
                self._auto_fit = False
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._set_hover(-1)
            if self._dragging:
                v = self._press_view
                self._view = View(v.scale, v.ox + delta.x(), v.oy + delta.y())
                self.update()
                return
        self.hover_at(pos)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        self._press = None
        if self._dragging:
            self._dragging = False
            self.unsetCursor()
            self.update()  # settles: the next paint re-renders at the new offset
            return None
        actor = self.actor_at(event.position())
        self.select(actor or None)
        if actor:
            self.actorClicked.emit(actor)
        return None

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        actor = self.actor_at(event.position())
        if actor:
            self.actorActivated.emit(actor)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Right click (or the menu key): the actor under the cursor is selected and offered a menu."""
        actor = self.actor_at(QPointF(event.pos()))
        if actor:
            self.select(actor)
        self.actorMenuRequested.emit(actor, event.globalPos())
        event.accept()

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._set_hover(-1)
        super().leaveEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            self.zoom_by(math.pow(1.0015, delta), event.position())
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        steps = {
            Qt.Key.Key_Left: (KEY_PAN, 0),
            Qt.Key.Key_Right: (-KEY_PAN, 0),
            Qt.Key.Key_Up: (0, KEY_PAN),
            Qt.Key.Key_Down: (0, -KEY_PAN),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit_to_view()
        elif key in steps:
            self.pan_by(*steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected >= 0:
            self.actorActivated.emit(self.selected_actor())
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        else:
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                center = QPointF(self.mapFromGlobal(pinch.centerPoint().toPoint()))
                self.zoom_by(pinch.scaleFactor(), center)
                event.accept()
                return True
        return super().event(event)
