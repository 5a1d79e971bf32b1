"""How fast the network canvas answers: pan, hover, selection, re-render, zoom — against QGraphicsView.

Graphs are random but shaped like a force layout's output: actors in clumps, 95 % of ties
between near neighbours and 5 % long-range. Everything renders offscreen
(``QT_QPA_PLATFORM=offscreen``) at 1280x800. The baseline is the naive design: one
``QGraphicsEllipseItem`` per actor and one ``QGraphicsLineItem`` per tie in a ``QGraphicsView``.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas.py`` (a few minutes).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPen, QWheelEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
)
from scipy.spatial import cKDTree  # noqa: E402

from bench.results_file import machine_line, write_section  # noqa: E402

WIDTH, HEIGHT = 1280, 800


def layout_like_graph(n: int, m: int, seed: int = 0):
    """``(ids, edges, positions)``: clumped positions, mostly short ties, lognormal weights."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 100, size=(max(n // 400, 4), 2))
    xy = centres[rng.integers(0, len(centres), n)] + rng.normal(0, 6, size=(n, 2))
    k = 16
    _d, near = cKDTree(xy).query(xy, k=k + 1)
    src = rng.integers(0, n, m)
    local = rng.random(m) < 0.95
    dst = np.where(local, near[src, rng.integers(1, k + 1, m)], rng.integers(0, n, m))
    keep = src != dst
    src, dst = src[keep], dst[keep]
    weight = rng.lognormal(0.0, 0.6, len(src))
    ids = [f"actor-{i}" for i in range(n)]
    edges = list(
        zip([ids[i] for i in src.tolist()], [ids[j] for j in dst.tolist()], weight.tolist(), strict=True)
    )
    positions = {a: (float(x), float(y)) for a, (x, y) in zip(ids, xy.tolist(), strict=True)}
    return ids, edges, positions


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """``(wall, cpu)`` medians in ms; CPU time is what the work costs on an idle core of this shared machine."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def once_ms(start_wall: float, start_cpu: float) -> tuple[float, float]:
    return (time.perf_counter() - start_wall) * 1000, (time.process_time() - start_cpu) * 1000


def mouse(widget, kind, point: QPointF, buttons=Qt.MouseButton.NoButton, button=Qt.MouseButton.NoButton):
    return QMouseEvent(
        kind, point, widget.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
    )


def bench_ours(n: int, m: int, repeat: int) -> dict[str, tuple[float, float]]:
    from matchmaker.ui.canvas import NetworkCanvas
    from matchmaker.ui.canvas_palette import country_color

    ids, edges, positions = layout_like_graph(n, m)
    canvas = NetworkCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    QApplication.processEvents()  # exposed: repaint() paints synchronously from here on
    out: dict[str, tuple[float, float]] = {}
    start, start_cpu = time.perf_counter(), time.process_time()
    canvas.set_network(ids, edges, positions, labels={a: a.replace("actor-", "Actor ") for a in ids})
    canvas.set_node_colors({a: country_color("EE" if i % 3 else "UA") for i, a in enumerate(ids)})
    rng = np.random.default_rng(1)
    canvas.set_node_sizes({a: float(v) for a, v in zip(ids, rng.pareto(2.0, n), strict=True)})
    out["load (set_network, colours, sizes)"] = once_ms(start, start_cpu)

    def full_render():
        canvas.render_layers()
        while canvas.is_refining():
            canvas._refine()

    out["full re-render (all passes)"] = median_ms(full_render, repeat)
    out["first pass of a re-render"] = median_ms(canvas.render_layers, repeat)
    full_render()
    canvas.repaint()

    # pan: a drag of 40 mouse moves, each answered by a repaint from the cached layers
    centre = QPointF(WIDTH / 2, HEIGHT / 2)
    canvas.mousePressEvent(
        mouse(
            canvas, QEvent.Type.MouseButtonPress, centre, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton
        )
    )
    steps = iter(range(1, 10_000))

    def pan_step():
        point = centre + QPointF(3 * next(steps), 2)
        canvas.mouseMoveEvent(mouse(canvas, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton))
        canvas.repaint()

    out["pan frame (drag move + paint)"] = median_ms(pan_step, 40)
    canvas.mouseReleaseEvent(
        mouse(
            canvas,
            QEvent.Type.MouseButtonRelease,
            centre + QPointF(200, 2),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
        )
    )
    out["re-render on release"] = median_ms(canvas.render_layers, repeat)
    canvas.fit_to_view()
    canvas.repaint()
    while canvas.is_refining():
        canvas._refine()

    on_screen = [
        a for a in ids[:: max(n // 400, 1)] if canvas.rect().contains(canvas.screen_pos(a).toPoint())
    ]
    targets = iter(on_screen * 10)

    def hover():
        canvas.mouseMoveEvent(mouse(canvas, QEvent.Type.MouseMove, canvas.screen_pos(next(targets))))
        canvas.repaint()

    out["hover (hit test + paint)"] = median_ms(hover, 60)
    chosen = iter(on_screen * 10)

    def select():
        canvas.select(next(chosen))
        canvas.repaint()

    out["selection (select + paint)"] = median_ms(select, 60)

    wheel_at = QPointF(WIDTH * 0.4, HEIGHT * 0.45)

    def zoom_preview():
        event = QWheelEvent(
            wheel_at,
            canvas.mapToGlobal(wheel_at),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        canvas.wheelEvent(event)
        canvas.repaint()

    out["zoom: scaled preview (wheel + paint)"] = median_ms(zoom_preview, repeat)

    def zoom_settled():
        zoom_preview()
        canvas.render_layers()  # what the settle timer triggers
        canvas.repaint()

    canvas.fit_to_view()
    out["zoom: first useful picture (wheel, preview, first pass, paint)"] = median_ms(zoom_settled, repeat)
    canvas.close()
    canvas.deleteLater()
    QApplication.processEvents()
    return out


def bench_baseline(n: int, m: int, repeat: int) -> dict[str, tuple[float, float]]:
    """The naive design: an item per actor and per tie, QGraphicsView does the rest."""
    ids, edges, positions = layout_like_graph(n, m)
    out: dict[str, tuple[float, float]] = {}
    start, start_cpu = time.perf_counter(), time.process_time()
    scene = QGraphicsScene()
    index = {}
    pen = QPen(QColor(40, 40, 40, 90), 0)
    ee, ua = QBrush(QColor("#1f6fd1")), QBrush(QColor("#e8a200"))
    for a, b, _w in edges:
        (x1, y1), (x2, y2) = positions[a], positions[b]
        line = QGraphicsLineItem(x1 * 10, y1 * 10, x2 * 10, y2 * 10)
        line.setPen(pen)
        scene.addItem(line)
    outline = QPen(QColor("#333333"), 0)
    for i, a in enumerate(ids):
        x, y = positions[a]
        dot = QGraphicsEllipseItem(x * 10 - 4, y * 10 - 4, 8, 8)
        dot.setBrush(ee if i % 3 else ua)
        dot.setPen(outline)
        dot.setAcceptHoverEvents(True)
        scene.addItem(dot)
        index[a] = dot
    view = QGraphicsView(scene)
    view.resize(WIDTH, HEIGHT)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.show()
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    out["load (set_network, colours, sizes)"] = once_ms(start, start_cpu)
    out["full re-render (all passes)"] = median_ms(view.viewport().repaint, repeat)
    view.scale(2, 2)
    view.viewport().repaint()
    bar = view.horizontalScrollBar()

    def pan_step():
        bar.setValue(bar.value() + 3)
        view.viewport().repaint()

    out["pan frame (drag move + paint)"] = median_ms(pan_step, max(repeat, 5))
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    targets = iter(ids[:: max(n // 400, 1)] * 10)
    highlight = QPen(QColor("#d6336c"), 3)

    def hover():  # item under the cursor, restyled; QGraphicsView repaints only that region
        dot = index[next(targets)]
        point = view.mapFromScene(dot.sceneBoundingRect().center())
        item = view.itemAt(point)
        if item is not None:
            item.setPen(highlight)
        QApplication.processEvents()

    out["hover (hit test + paint)"] = median_ms(hover, 20)

    def zoom():
        view.scale(1.2, 1.2)
        view.viewport().repaint()

    out["zoom: first useful picture (wheel, preview, first pass, paint)"] = median_ms(zoom, repeat)
    view.close()
    view.deleteLater()
    scene.deleteLater()
    QApplication.processEvents()
    return out


AIMS_SMALL = {
    "pan frame (drag move + paint)": 16,
    "hover (hit test + paint)": 16,
    "selection (select + paint)": 16,
    "full re-render (all passes)": 100,
}
AIMS_BIG = {
    "pan frame (drag move + paint)": 16,
    "zoom: first useful picture (wheel, preview, first pass, paint)": 300,
}


def table(title: str, ours: dict, baseline: dict | None, aims: dict[str, float]) -> str:
    rows = [
        f"**{title}**",
        "",
        "| measure | ours: wall ms | ours: CPU ms | baseline: wall ms | baseline: CPU ms | baseline / ours (CPU) | aim (wall) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for key, (wall, cpu) in ours.items():
        base_wall, base_cpu = baseline.get(key, (None, None)) if baseline else (None, None)
        ratio = f"{base_cpu / cpu:,.0f}x" if base_cpu and cpu > 0.05 else "—"
        aim = f"< {aims[key]:g} ms {'✓' if wall < aims[key] else '✗'}" if key in aims else ""
        rows.append(
            f"| {key} | {wall:,.1f} | {cpu:,.1f} | {f'{base_wall:,.0f}' if base_wall else '—'} | "
            f"{f'{base_cpu:,.0f}' if base_cpu else '—'} | {ratio} | {aim} |"
        )
    return "\n".join(rows)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load = os.getloadavg()[0]
    small_ours = bench_ours(10_000, 50_000, repeat=7)
    small_base = bench_baseline(10_000, 50_000, repeat=3)
    big_ours = bench_ours(100_000, 1_000_000, repeat=3)
    md = [
        f"Network canvas (`bench/bench_canvas.py`), {machine_line()}, offscreen 1280x800, "
        f"load average {load:.1f} at start. Medians. The machine is shared by several engineers' jobs, so wall "
        "times carry queueing for a core; CPU time (process time, single-threaded work) is the cost on an idle core.",
        "",
        table("10,000 actors / 50,000 ties", small_ours, small_base, AIMS_SMALL),
        "",
        table("100,000 actors / 1,000,000 ties", big_ours, None, AIMS_BIG),
        "",
        "The baseline is measured at 10,000 actors only: at that size one frame already takes the time shown, "
        "and building 1.1 million items for 100,000 / 1,000,000 would take minutes and gigabytes — hopeless, not measured. "
        "Our pan and hover are paints from cached layers (blit + overlay); the baseline's hover is `itemAt` plus a "
        "region repaint, its pan a scroll plus a full viewport paint.",
    ]
    write_section("canvas", "\n".join(md))
    print("\n".join(md))
    app.quit()


if __name__ == "__main__":
    main()
