"""``matchmaker --screenshot DIR``: render each main view to a PNG once its background work is done."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from matchmaker.ui.tasks import wait_for_all_tasks

__all__ = ["take_screenshots", "wait_until_idle", "SCREENSHOT_VIEWS", "showcase_actor"]

SCREENSHOT_VIEWS = ("directory", "profile", "matches", "insights", "network", "teams")


def _pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until_idle(window, timeout: float = 120.0, settle_ms: int = 150) -> bool:
    """Process events until no task runs, nothing is loading, and the window stayed so for ``settle_ms``.

    Workers never wait on the GUI thread, so blocking on the pools here is safe; their results
    are then delivered by the event loop and may start follow-up work, hence the loop.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        wait_for_all_tasks(int(max(1.0, deadline - time.monotonic()) * 1000))
        QApplication.processEvents()
        _pump(settle_ms)
        if not window.session.is_busy() and not window.files.busy and _pools_idle():
            return True
    return False


def _pools_idle() -> bool:
    from matchmaker.ui import tasks

    return not tasks._running  # noqa: SLF001 - the task registry lives in the same package


def showcase_actor(session) -> str | None:
    """An actor worth showing: the best-connected startup or company with both offers and needs."""
    net = session.net
    if not net or not net.actors:
        return None
    degree: dict[str, int] = {}
    for tie in net.ties:
        degree[tie.source] = degree.get(tie.source, 0) + 1
        degree[tie.target] = degree.get(tie.target, 0) + 1
    candidates = [
        a for a in net.actors if a.kind in ("startup", "company") and a.offers and a.needs
    ] or net.actors
    return max(candidates, key=lambda a: (degree.get(a.id, 0), a.id)).id


def take_screenshots(window, out_dir: str | Path, views=SCREENSHOT_VIEWS, suffix: str = "") -> list[Path]:
    """Show each view in turn, wait for its background work, and save ``<view><suffix>.png``
    (``network-et.png`` for the Estonian window)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    wait_until_idle(window)
    actor_id = showcase_actor(window.session)
    if actor_id:
        window.session.set_current(actor_id)
        city = window.session.actor(actor_id).city
        if city:
            window.directory.search.setText(city)  # the directory as a search leaves it
            window.directory.select_actor(actor_id)
    written = []
    for key in views:
        if key == "network" and actor_id and window.matches.suggested_ids():
            window.show_on_map(actor_id, window.matches.suggested_ids())
        else:
            view = window.show_view(key)
            if key == "teams":
                wait_until_idle(window)
                view.build()  # show formed teams, not an empty board
        wait_until_idle(window)
        if key == "network":
            _pump(600)  # let the canvas settle its first layout frame
        if key == "network" and actor_id:
            window.embedded["network"].panel.show_details()  # what a click on the actor opens
            wait_until_idle(window)
        path = out / f"{key}{suffix}.png"
        window.grab().save(str(path))
        written.append(path)
        if key == "network" and actor_id and window.matches.suggested_ids():
            written.append(
                _warm_introduction(window, actor_id, window.matches.suggested_ids()[0], out, suffix)
            )
        if key == "matches":
            written.append(_best_pairs(window, out, suffix))
            window.matches.tabs.setCurrentIndex(0)
    return written


def _best_pairs(window, out: Path, suffix: str = "") -> Path:
    """``matches-best-pairs.png``: the network's best cross-border pairs, as the tab's button finds them."""
    window.show_view("matches")
    matches = window.matches
    panel = matches.best_pairs
    matches.tabs.setCurrentWidget(panel)
    panel.find.click()
    wait_until_idle(window)
    path = out / f"matches-best-pairs{suffix}.png"
    window.grab().save(str(path))
    return path


def _warm_introduction(window, source: str, target: str, out: Path, suffix: str = "") -> Path:
    """``network-path.png``: the warmest chains from the showcase actor to its best suggestion."""
    view = window.embedded["network"]
    view.show_suggestions(source, [])
    view.find_path(source, target)
    wait_until_idle(window)
    _pump(300)
    path = out / f"network-path{suffix}.png"
    window.grab().save(str(path))
    return path
