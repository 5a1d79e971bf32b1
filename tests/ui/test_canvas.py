"""The network canvas: what a user sees and gets when clicking, hovering, zooming, filtering."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QWheelEvent

from matchmaker.ui import canvas as canvas_module
from matchmaker.ui.canvas import NetworkCanvas
from matchmaker.ui.canvas_index import Adjacency
from matchmaker.ui.canvas_paths import segments_path

# a - b - c ----- f      (f far away, tied to c)
# |                      g alone, top right
# d - e
POSITIONS = {
    "a": (0.0, 0.0),
    "b": (10.0, 0.0),
    "c": (20.0, 0.0),
    "d": (0.0, 10.0),
    "e": (10.0, 10.0),
    "f": (40.0, 20.0),
    "g": (40.0, 0.0),
}
EDGES = [("a", "b", 1.0), ("b", "c", 2.0), ("a", "d", 1.0), ("d", "e", 1.0), ("c", "f", 3.0)]
NAMES = {a: f"Actor {a.upper()}" for a in POSITIONS}
BLUE = QColor("#1f6fd1")


@pytest.fixture
def canvas(qtbot):
    widget = NetworkCanvas()
    qtbot.addWidget(widget)
    widget.resize(480, 320)
    widget.set_network(
        list(POSITIONS),
        EDGES,
        POSITIONS,
        labels=NAMES,
        tooltips={a: f"{n}\nStartup · EE" for a, n in NAMES.items()},
    )
    widget.set_node_colors(dict.fromkeys(POSITIONS, BLUE))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pixel(widget, point: QPointF) -> QColor:
    return widget.grab().toImage().pixelColor(point.toPoint())


def move_mouse(widget, point: QPointF, buttons=Qt.MouseButton.NoButton) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        widget.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.mouseMoveEvent(event)


def test_click_on_a_node_emits_its_id_and_selects_it(canvas, qtbot):
    with (
        qtbot.waitSignal(canvas.actorClicked) as clicked,
        qtbot.waitSignal(canvas.selectionChanged) as selected,
    ):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.screen_pos("b").toPoint())
    assert clicked.args == ["b"]
    assert selected.args == ["b"]
    assert canvas.selected_actor() == "b"


def test_click_on_empty_space_clears_the_selection_without_a_click_signal(canvas, qtbot):
    canvas.select("b")
    empty = (canvas.screen_pos("e") + canvas.screen_pos("f")) / 2
    with qtbot.assertNotEmitted(canvas.actorClicked), qtbot.waitSignal(canvas.selectionChanged) as selected:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=empty.toPoint())
    assert selected.args == [""]


def test_hover_names_the_actor_in_plain_text(canvas, qtbot):
    with qtbot.waitSignal(canvas.actorHovered) as hovered:
        move_mouse(canvas, canvas.screen_pos("c") + QPointF(2, 1))
    assert hovered.args == ["c"]
    assert canvas.hover_text() == "Actor C\nStartup · EE"
    with qtbot.waitSignal(canvas.actorHovered) as left:
        move_mouse(canvas, QPointF(2, canvas.height() - 2))
    assert left.args == [""]
    assert canvas.hover_text() == ""


def test_markup_in_a_name_is_shown_literally(qtbot):
    widget = NetworkCanvas()
    qtbot.addWidget(widget)
    widget.resize(300, 200)
    widget.set_network(["x"], [], {"x": (0.0, 0.0)}, labels={"x": "<b>Bold</b> & co"})
    widget.show()
    assert widget.hover_at(widget.screen_pos("x")) == "x"
    assert widget.hover_text() == "<b>Bold</b> & co"
    assert widget._card.textFormat() == Qt.TextFormat.PlainText


def test_filter_fades_the_others(canvas):
    canvas.set_visible_subset({"a", "b"})
    assert not canvas.is_faded("a") and canvas.is_faded("c")
    shown, faded = pixel(canvas, canvas.screen_pos("a")), pixel(canvas, canvas.screen_pos("c"))
    assert shown.blue() > 150 and shown.red() < 100  # still EE blue
    assert faded.red() > 180 and faded.green() > 180  # washed out towards the white background
    canvas.set_visible_subset(None)
    assert not canvas.is_faded("c")
    assert pixel(canvas, canvas.screen_pos("c")).red() < 100


def test_zoom_keeps_the_point_under_the_cursor(canvas):
    anchor = canvas.screen_pos("b") + QPointF(7, -5)
    world = canvas.map_to_world(anchor)
    scale = canvas.view_scale()
    canvas.zoom_by(2.5, anchor)
    assert canvas.view_scale() == pytest.approx(2.5 * scale)
    assert canvas.map_to_world(anchor) == pytest.approx(world)


def test_wheel_zooms_in_around_the_cursor(canvas):
    anchor = canvas.screen_pos("a")
    scale = canvas.view_scale()
    event = QWheelEvent(
        anchor,
        canvas.mapToGlobal(anchor),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    canvas.wheelEvent(event)
    assert canvas.view_scale() > scale * 1.1
    assert canvas.screen_pos("a").x() == pytest.approx(anchor.x())


def test_fit_to_view_puts_every_actor_inside(canvas, qtbot):
    canvas.zoom_by(8.0, QPointF(0, 0))
    canvas.pan_by(-500, 300)
    canvas.fit_to_view()
    rect = canvas.rect()
    for actor in POSITIONS:
        assert rect.contains(canvas.screen_pos(actor).toPoint()), actor
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert not all(rect.contains(canvas.screen_pos(a).toPoint()) for a in POSITIONS)
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert all(rect.contains(canvas.screen_pos(a).toPoint()) for a in POSITIONS)


def test_drag_pans_and_does_not_click(canvas, qtbot):
    start = canvas.screen_pos("e") + QPointF(0, 30)
    before = canvas.screen_pos("a")
    with qtbot.assertNotEmitted(canvas.actorClicked):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
        move_mouse(canvas, start + QPointF(20, 10), Qt.MouseButton.LeftButton)
        move_mouse(canvas, start + QPointF(40, 25), Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=(start + QPointF(40, 25)).toPoint())
    assert canvas.screen_pos("a") == before + QPointF(40, 25)


def test_arrow_keys_pan(canvas, qtbot):
    before = canvas.screen_pos("a")
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.screen_pos("a").x() > before.x()


def test_focus_fades_all_but_the_ego_network(canvas):
    canvas.focus("a")
    assert {x for x in POSITIONS if not canvas.is_faded(x)} == {"a", "b", "d"}
    for actor in ("a", "b", "d"):
        assert canvas.rect().contains(canvas.screen_pos(actor).toPoint())
    canvas.focus("a", depth=2)
    assert {x for x in POSITIONS if not canvas.is_faded(x)} == {"a", "b", "c", "d", "e"}
    canvas.focus(None)
    assert not any(canvas.is_faded(x) for x in POSITIONS)


def test_focus_and_filter_combine(canvas):
    canvas.set_visible_subset({"a", "c"})
    canvas.focus("a")
    assert {x for x in POSITIONS if not canvas.is_faded(x)} == {"a"}


def test_highlight_path_draws_over_the_ties(canvas):
    b, c = canvas.screen_pos("b"), canvas.screen_pos("c")
    midpoint = b + (c - b) * 0.75  # clear of b's label, which sits right of b
    plain = pixel(canvas, midpoint)
    canvas.highlight_path(["a", "b", "c"])
    marked = pixel(canvas, midpoint)
    assert marked.red() > 150 and marked.red() - marked.green() > 80, marked.name()
    assert plain.red() - plain.green() < 40
    canvas.highlight_path([])
    assert pixel(canvas, midpoint).red() - pixel(canvas, midpoint).green() < 40


def test_suggestions_draw_links_to_the_candidates(canvas):
    midpoint = (canvas.screen_pos("e") + canvas.screen_pos("g")) / 2
    before = pixel(canvas, midpoint)
    canvas.show_suggestions("e", ["g"])
    image = canvas.grab().toImage()
    # the link is dashed: some pixels around the midpoint carry the suggestion green
    a, b = canvas.screen_pos("e"), canvas.screen_pos("g")
    greens = 0
    for t in np.linspace(0.3, 0.7, 40):
        c = image.pixelColor((a + (b - a) * float(t)).toPoint())
        greens += c.green() > c.red() + 40
    assert greens >= 5
    assert before.green() - before.red() < 40
    canvas.show_suggestions(None, [])


def test_streamed_positions_move_actors_and_refit(canvas):
    moved = {a: (x * 3, y * 3 + 100) for a, (x, y) in POSITIONS.items()}
    canvas.set_positions(moved)
    assert canvas.positions()["b"] == (30.0, 100.0)
    for actor in POSITIONS:
        assert canvas.rect().contains(canvas.screen_pos(actor).toPoint())


def test_selection_survives_nothing_when_a_new_network_comes(canvas, qtbot):
    canvas.select("a")
    with qtbot.waitSignal(canvas.selectionChanged) as changed:
        canvas.set_network(["z"], [], {"z": (0.0, 0.0)})
    assert changed.args == [""]


def test_huge_views_render_progressively(qtbot, monkeypatch):
    monkeypatch.setattr(canvas_module, "COARSE_EDGES", 20)
    monkeypatch.setattr(canvas_module, "SINGLE_PASS_EDGES", 10)
    monkeypatch.setattr(canvas_module, "REFINE_CHUNK", 15)
    rng = np.random.default_rng(1)
    ids = [f"n{i}" for i in range(60)]
    pos = {a: tuple(rng.uniform(0, 100, 2)) for a in ids}
    edges = [(ids[i], ids[(i * 7 + 3) % 60], 1.0 + i % 4) for i in range(60)]
    widget = NetworkCanvas()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.set_network(ids, edges, pos)
    widget.show()
    widget.render_layers()
    assert widget.is_refining()
    qtbot.waitUntil(lambda: not widget.is_refining(), timeout=30_000)


def test_segments_path_holds_the_segments():
    path = segments_path(
        np.array([0.0, 5.0]), np.array([1.0, 6.0]), np.array([2.0, 7.0]), np.array([3.0, 8.0])
    )
    points = [
        (path.elementAt(i).x, path.elementAt(i).y, path.elementAt(i).isMoveTo())
        for i in range(path.elementCount())
    ]
    assert points == [(0, 1, True), (2, 3, False), (5, 6, True), (7, 8, False)]


def test_ego_mask_on_a_path():
    adjacency = Adjacency(5, np.array([0, 1, 2, 3]), np.array([1, 2, 3, 4]))
    assert adjacency.ego(2, 1).tolist() == [False, True, True, True, False]
    assert adjacency.ego(0, 3).tolist() == [True, True, True, True, False]
    assert sorted(adjacency.neighbours(1).tolist()) == [0, 2]


def test_marks_asked_for_before_the_network_apply_when_it_comes(qtbot):
    widget = NetworkCanvas()
    qtbot.addWidget(widget)
    widget.resize(480, 320)
    widget.show_suggestions("e", ["g"])  # e.g. "show on map" while the view is still loading
    widget.focus("a")
    widget.set_network(list(POSITIONS), EDGES, POSITIONS)
    assert {x for x in POSITIONS if not widget.is_faded(x)} == {"a", "b", "d"}
    assert widget._suggest == (list(POSITIONS).index("e"), [list(POSITIONS).index("g")])


def test_trackpad_pinch_zooms_around_the_fingers(canvas):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    at = canvas.screen_pos("e")
    scale = canvas.view_scale()
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        at,
        at,
        canvas.mapToGlobal(at),
        0.5,
        QPointF(0, 0),
        1,
    )
    assert canvas.event(event)
    assert canvas.view_scale() == pytest.approx(1.5 * scale)
    assert canvas.screen_pos("e") == at


def test_focus_and_fit_keep_every_actor_clear_of_the_legend(canvas):
    # d sits bottom-left: with a plain fit it lands where the legend is drawn
    canvas.set_legend("Community", [(f"a long community name number {k}", BLUE) for k in range(6)])
    legend = canvas.legend_rect()
    assert not legend.isEmpty()
    canvas.fit_to_view()
    for actor in POSITIONS:
        assert not legend.contains(canvas.screen_pos(actor)), actor
    canvas.focus("a")  # a's neighbourhood: a, b, d
    for actor in ("a", "b", "d"):
        point = canvas.screen_pos(actor)
        assert not legend.contains(point) and canvas.rect().contains(point.toPoint()), actor


def test_several_chains_are_drawn_the_chosen_one_named_in_order(canvas):
    canvas.highlight_paths([["a", "b", "c"], ["a", "d", "e"]], chosen=1)
    assert canvas.highlighted_path() == ["a", "d", "e"]
    canvas.set_positions({"d": (0.0, 0.0), "e": (0.0, 0.0)})  # the layout put the three on one spot
    canvas.grab()
    first, second, third = canvas.chain_label_rects()
    assert not first.intersects(second) and not second.intersects(third) and not first.intersects(third)
    assert first.top() < second.top() < third.top()  # read in the chain's order
    canvas.highlight_paths([])
    assert canvas.highlighted_path() == []


def test_map_labels_never_overlap(canvas):
    from matchmaker.ui.canvas_marks import MapLabel

    canvas.set_map_labels(
        [MapLabel("first group", 10.0, 0.0), MapLabel("second group", 10.5, 0.0), MapLabel("far", 40.0, 20.0)]
    )
    canvas.grab()
    assert canvas.shown_map_labels() == ["first group", "far"]  # the second would sit on the first
