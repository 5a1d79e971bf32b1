"""Regression guard for PySide6 6.12.0 on Python 3.11, which aborts after many Qt calls returning nothing.

Each void Qt method returned ``None`` without taking a reference; after enough calls None's
refcount reached zero and CPython aborted in ``none_dealloc`` (why pyproject pins <6.12 on 3.11).
The canvas makes hundreds of thousands of such calls per frame on big graphs, so we make
100,000 in a child process: an abort there fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 100_000

CHILD = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

    app = QGuiApplication([])
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    pen = QPen(QColor("black"), 1.0)
    centre = QPointF(32, 32)
    before = sys.getrefcount(None)
    for _ in range({CALLS} // 2):
        painter.setPen(pen)  # returns nothing
        painter.drawEllipse(centre, 3.0, 3.0)  # returns nothing
    painter.end()
    after = sys.getrefcount(None)
    print("ok", before, after)
    """
)


def test_100k_void_qt_calls_leave_none_alive():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, f"child died with {done.returncode}: {done.stderr[-2000:]}"
    words = done.stdout.split()
    assert words[0] == "ok"
    # None's refcount must not have drained by about one per call (Python 3.12+ reports it as immortal).
    before, after = int(words[1]), int(words[2])
    assert after >= before - 1_000
