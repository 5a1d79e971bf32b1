"""Importing in a child process, so the window keeps its interpreter (and its GIL) to itself.

Parsing a large JSON file is one long C call (``json.loads``) and a 20,000-actor import
triggers full garbage collections; in a worker *thread* either would stall the UI for
hundreds of milliseconds. The child speaks JSON lines on stdout: ``{"progress": [done, total]}``,
then ``{"report": {...}}`` or ``{"error": "message"}``. Cancelling kills it: the import's
single transaction was never committed, so nothing changes. No Qt here.

The child opens the database through SQLite only (never as a plain file), and without taking
the app's guard (:mod:`matchmaker.db_guard`): it works for the window that holds it. The files
to import were checked by the parent not to be the database itself.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

__all__ = ["import_in_child", "child_main"]


def child_main(argv: list[str] | None = None) -> int:
    """Entry point in the child: ``DB_URL PATH...``."""
    from matchmaker.db import BUSY_WAIT_SECONDS, open_engine
    from matchmaker.db_errors import retry_when_busy
    from matchmaker.errors import MatchmakerError
    from matchmaker.interchange import import_document, read_files
    from matchmaker.store import Store

    db, *paths = argv if argv is not None else sys.argv[1:]

    def say(message: dict) -> None:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    store = None
    try:
        store = Store(open_engine(db))
        say({"progress": [0, 0]})
        doc = read_files(paths, store.resolver())
        report = retry_when_busy(
            lambda: import_document(
                store.engine, doc, progress=lambda done, total: say({"progress": [done, total]})
            ),
            BUSY_WAIT_SECONDS,
        )
    except MatchmakerError as error:
        say({"error": str(error)})
        return 2
    finally:
        if store is not None:
            store.close()
    say({"report": report.as_dict()})
    return 0


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def import_in_child(
    db_url: str, paths: list[str], progress: Callable[[int, int], None], cancelled: Callable[[], bool]
):
    """Run the import in a child process; returns the :class:`ImportReport` or raises like an import."""
    from matchmaker.errors import MatchmakerError
    from matchmaker.interchange import ImportReport
    from matchmaker.interchange.load import ImportCancelled

    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))))
    code = "import sys; from matchmaker.ui.import_process import child_main; sys.exit(child_main())"
    child = subprocess.Popen(
        [sys.executable, "-c", code, db_url, *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
    reader.start()
    outcome: dict = {}
    try:
        while True:
            if cancelled():
                child.kill()
                raise ImportCancelled("the import was cancelled; nothing was changed")
            try:
                line = lines.get(timeout=0.05)
            except queue.Empty:
                continue
            if line is None:
                break
            message = json.loads(line)
            if "progress" in message:
                progress(*message["progress"])
            else:
                outcome = message
    finally:
        child.wait()
        reader.join(timeout=5)
        stderr = child.stderr.read()
        child.stderr.close()
        child.stdout.close()
    if "error" in outcome:
        raise MatchmakerError(outcome["error"])
    if "report" not in outcome:
        raise RuntimeError(f"the import process ended with code {child.returncode}: {stderr.strip()[-2000:]}")
    return ImportReport(**outcome["report"])
