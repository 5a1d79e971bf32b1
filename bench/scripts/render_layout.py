"""Render the map layout to a PNG without a window: the demo network, or a generated one.

Draws what :func:`~matchmaker.graph.structure_layout.structure_layout` returns — faint ties,
actors coloured by community (the canvas palette), the ten largest communities' labels at
their centres and the "not yet connected" band with its label — with QPainter on a QImage
(offscreen), so the layout can be looked at and kept in ``docs/screenshots/``.

    .venv/bin/python -m bench.scripts.render_layout --demo -o docs/screenshots/layout-demo.png
    .venv/bin/python -m bench.scripts.render_layout --generated 20000 -o docs/screenshots/layout-20k.png
    .venv/bin/python -m bench.scripts.render_layout --generated 20000 --algorithm fruchterman_reingold -o /tmp/fr.png
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

LABELS = 10


def demo_network():
    """The demo network as the app loads it: imported into a scratch SQLite store, read back."""
    import tempfile

    from matchmaker.demo import seed_demo
    from matchmaker.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "demo.sqlite"))
        seed_demo(store)
        net = store.load_network()
        store.engine.dispose()
    return net


def layout_of(net, algorithm: str, seed: int):
    from matchmaker.graph.build import build_graph
    from matchmaker.graph.layout import force_layout
    from matchmaker.graph.structure_layout import structure_layout

    G = build_graph(net)
    start = time.perf_counter()
    if algorithm == "structure":
        layout = structure_layout(G, seed=seed)
        xy, bands = layout.xy, layout.bands
    else:
        pos = force_layout(G, seed=seed, algorithm=algorithm)
        xy, bands = np.array([pos[a] for a in G]), ()
    print(
        f"layout of {G.number_of_nodes():,} actors / {G.number_of_edges():,} ties: {time.perf_counter() - start:.1f} s"
    )
    return G, xy, bands


def render(G, xy, bands, path: Path, size: int = 1200) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    from matchmaker.graph.communities import detect_communities
    from matchmaker.graph.structure_layout import SEED_RESOLUTION
    from matchmaker.ui.canvas_palette import NEUTRAL, community_color

    app = QApplication.instance() or QApplication([])  # noqa: F841 - fonts need an application
    nodes = list(G)
    index = {a: i for i, a in enumerate(nodes)}
    # Coloured by the communities the layout seeds from: on a big network they are finer than
    # resolution 1's, whose modularity limit merges unrelated small groups into one colour.
    communities = detect_communities(G, resolution=SEED_RESOLUTION)
    colour = [NEUTRAL] * len(nodes)
    for c in communities:
        if len(c.members) > 1:
            for m in c.members:
                colour[index[m]] = community_color(c.id)
    low, high = xy.min(axis=0), xy.max(axis=0)
    margin = 30
    scale = (size - 2 * margin) / max(float((high - low).max()), 1e-9)
    screen = (xy - low) * scale + margin
    image = QImage(size, int((high - low)[1] * scale) + 2 * margin, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ties = list(G.edges())
    alpha = int(min(60, max(6, 60_000 / max(len(ties), 1))))
    pen = QPen(QColor(60, 60, 60, alpha))
    pen.setWidthF(0.6)
    p.setPen(pen)
    for u, v in ties[:300_000]:
        p.drawLine(QPointF(*screen[index[u]]), QPointF(*screen[index[v]]))
    p.setPen(Qt.PenStyle.NoPen)
    dot = 3.5 if len(nodes) < 2000 else 1.6
    for i, (x, y) in enumerate(screen):
        p.setBrush(colour[i])
        p.drawEllipse(QPointF(x, y), dot, dot)
    font = QFont()
    font.setPointSizeF(9)
    p.setFont(font)
    drawn: list = []
    for c in [c for c in communities if len(c.members) > 1][:LABELS]:
        centre = np.median(screen[[index[m] for m in c.members]], axis=0)
        text = f"{c.label} ({len(c.members)})"
        box = p.fontMetrics().boundingRect(text)
        left = min(max(centre[0] - box.width() / 2 - 3, 2), image.width() - box.width() - 8)
        rect = QRectF(left, centre[1] - box.height() / 2 - 1, box.width() + 6, box.height() + 2)
        if any(rect.intersects(other) for other in drawn):
            continue  # the canvas places labels that avoid each other; here the larger community wins
        drawn.append(rect)
        p.setBrush(QColor(255, 255, 255, 215))
        p.setPen(QPen(community_color(c.id), 1.2))
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(QColor("black"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    for band in bands:
        x, y = (np.array(band.label_at) - low) * scale + margin
        p.setPen(QColor("#444444"))
        words = {"not_connected": "Not yet connected"}.get(band.key, band.key)
        p.drawText(QPointF(x, y), f"{words} ({len(band.actors)})")
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    # 24-bit, fully compressed: faint ties need true colour (a 256-colour palette turns them into a grey fog)
    image.convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--demo", action="store_true", help="the bundled demo network")
    which.add_argument("--generated", type=int, metavar="N", help="a generated network of N actors")
    parser.add_argument(
        "--algorithm", default="structure", help="structure (default) or fruchterman_reingold"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.demo:
        net = demo_network()
    else:
        from bench.bench_graph import community_network

        net = community_network(args.generated, 5 * args.generated, seed=1)
    G, xy, bands = layout_of(net, args.algorithm, args.seed)
    render(G, xy, bands, args.out)


if __name__ == "__main__":
    main()
