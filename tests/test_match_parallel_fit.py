"""Relations learnt on forked workers are the very ones learnt one after the other in one process."""

from __future__ import annotations

import numpy as np
import pytest

from matchmaker.match import PartnerRecommender
from matchmaker.match.parallel_fit import can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="workers are forked")


def test_every_relation_learnt_on_two_workers_has_the_weights_and_bands_of_one_process(demo_store):
    net = demo_store.load_network()
    small = dict(max_queries=40, negatives=30, min_outcomes=10)  # a quick fit that still learns
    alone = PartnerRecommender(**small).fit_everything(net)
    reports = []
    shared = PartnerRecommender(**small).fit_everything(
        net, lambda done, total: reports.append((done, total)), 2
    )

    assert len(alone.relations_) >= 2 and set(shared.relations_) == set(alone.relations_)
    assert sum(fitted.source == "learned" for fitted in alone.relations_.values()) >= 2
    for kind, fitted in alone.relations_.items():
        other = shared.relations_[kind]
        assert (other.source, other.outcomes, other.alpha) == (fitted.source, fitted.outcomes, fitted.alpha)
        assert other.bands == fitted.bands
        for name, weights in fitted.weights.items():
            np.testing.assert_array_equal(other.weights[name], weights)
    first = net.actors[0].id
    assert [(s.id, s.score) for s in shared.recommend(first)] == [
        (s.id, s.score) for s in alone.recommend(first)
    ]
    assert reports and reports[-1][0] == reports[-1][1]  # the progress ends at its total
    assert all(a[0] <= b[0] for a, b in zip(reports, reports[1:], strict=False))


WORKER_SCRIPT = """
import multiprocessing, sys, time
from matchmaker.match.parallel_fit import end_with_parent

def nap(_):
    time.sleep(120)

if __name__ == "__main__":
    pool = multiprocessing.get_context("fork").Pool(1, initializer=end_with_parent)
    pool.map_async(nap, [0])
    print(pool._pool[0].pid, flush=True)
    time.sleep(120)
"""


def _alive(pid: int) -> bool:
    from pathlib import Path

    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in state  # a zombie has ended; only its exit status waits


@pytest.mark.skipif(not can_fork() or not __import__("sys").platform.startswith("linux"), reason="Linux only")
def test_a_killed_command_takes_its_learning_workers_with_it(tmp_path):
    """``recommend`` killed by SIGKILL mid-fit must not leave workers learning for minutes."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "parent.py"
    script.write_text(WORKER_SCRIPT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(parent.stdout.readline())
        assert _alive(worker)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 20
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)  # polling the process table: there is no signal to wait on
        assert not _alive(worker)
    finally:
        parent.kill()
        parent.wait()
