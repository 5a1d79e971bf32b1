"""How long work still needs, from its pace since the first report (the app's "about 3 minutes left")."""

from __future__ import annotations

import pytest

from matchmaker import time_left
from matchmaker.time_left import TimeLeft


@pytest.fixture
def clock(monkeypatch):
    """A clock the test moves by hand: ``clock.now`` seconds."""

    class Clock:
        now = 1000.0

    monkeypatch.setattr(time_left, "_now", lambda: Clock.now)
    return Clock


def test_the_time_left_is_the_rest_at_the_pace_since_the_first_report(clock):
    estimate = TimeLeft()
    assert estimate.seconds(100, 10_000) is None  # the first report: workers were starting until now
    clock.now += 30
    assert estimate.seconds(1_100, 10_000) == pytest.approx(8_900 * 30 / 1_000)  # 267 s
    clock.now += 30
    assert estimate.seconds(2_100, 10_000) == pytest.approx(7_900 * 60 / 2_000)
    clock.now += 1
    assert estimate.seconds(10_000, 10_000) == 0.0


def test_nothing_is_said_before_some_seconds_and_some_share_of_the_work(clock):
    estimate = TimeLeft()
    estimate.seconds(0, 1_000_000)
    clock.now += 1
    assert estimate.seconds(500_000, 1_000_000) is None  # half done in a second: too soon to tell
    clock.now += 60
    assert estimate.seconds(10_000, 1_000_000) is None  # went backwards: a new start, read afresh
    clock.now += 60
    assert estimate.seconds(15_000, 1_000_000) is None  # 1.5 % done: too little to tell
    clock.now += 60
    assert estimate.seconds(30_000, 1_000_000) == pytest.approx(970_000 * 120 / 20_000)
    assert estimate.seconds(30_000, 0) is None  # no count: nothing to say


def test_a_reset_forgets_the_pace_of_the_last_work(clock):
    estimate = TimeLeft()
    estimate.seconds(0, 100)
    clock.now += 100
    assert estimate.seconds(50, 100) == pytest.approx(100)
    estimate.reset()
    clock.now += 5
    assert estimate.seconds(60, 100) is None  # the new work's first report
