"""The app opens a 100,000-actor / 1,000,000-tie database within a generous budget (issue 12).

Building the database takes minutes on the shared 2-core machine, so this runs only when
``MATCHMAKER_SCALE_TESTS=1`` is set (``bench/bench_scale.py`` measures the same figures at 10,000
and 100,000 actors next to their floors). The first opening reads the rows and keeps the
network beside the database; the second comes from the kept copy and must be faster.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.ui.conftest import drain, open_window

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("MATCHMAKER_SCALE_TESTS"),
        reason="builds a 100,000-actor database; set MATCHMAKER_SCALE_TESTS=1",
    ),
]
ACTORS = 100_000
BUDGET_SECONDS = 300  # generous: the machine is shared; the figures live in bench/RESULTS.md


@pytest.fixture(scope="module")
def big_database(tmp_path_factory) -> Path:
    from bench.bench_import import generate
    from matchmaker.cli import main

    folder = tmp_path_factory.mktemp("big")
    data, db = folder / "big.json", folder / "big.sqlite"
    generate(data, ACTORS, ACTORS * 10)
    assert main(["--db", str(db), "import", str(data)]) == 0
    return db


def _open_and_time(qtbot, qapp, db: Path) -> float:
    from matchmaker.store import open_store

    store = open_store(str(db), role="app")
    start = time.perf_counter()
    window = open_window(qtbot, store)
    qtbot.waitUntil(lambda: window.directory.model.rowCount() == ACTORS, timeout=BUDGET_SECONDS * 1000)
    elapsed = time.perf_counter() - start
    window.close()
    drain(qapp)
    store.close()
    return elapsed


def test_a_100000_actor_database_opens_and_opens_faster_the_second_time(qtbot, qapp, big_database):
    first = _open_and_time(qtbot, qapp, big_database)
    second = _open_and_time(qtbot, qapp, big_database)
    assert first < BUDGET_SECONDS
    assert second < first
