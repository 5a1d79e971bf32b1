"""The app's best pairs on spawned workers that open the kept model: the very rows one process
finds, and no worker left behind when the ranking is cancelled or a worker dies."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from matchmaker import kept
from matchmaker.match import PartnerRecommender, kept_check, spawned_pairs
from matchmaker.match.all_pairs import all_top_pairs, best_cross_border_pairs
from matchmaker.match.spawned_pairs import KeptModelFile, kept_model_file, spawned_top_pairs
from tests.match_networks import UX, VOTING, actor, filler, network


@pytest.fixture
def kept_demo(kept_demo_store, monkeypatch):
    """A private copy of the demo store and its model, opened from the file kept beside it (fitted
    once a session: ``kept_demo_path``)."""
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)
    model = kept_check.kept_model_for(kept_demo_store, PartnerRecommender(), kept_demo_store.load_network())
    assert model is not None
    return kept_demo_store, model


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(spawned_pairs, "CHUNK", 40)  # many chunks on a small network


def _source(kept_demo) -> KeptModelFile:
    store, model = kept_demo
    source = kept_model_file(model, store.database_file)
    assert source is not None
    return source


def test_spawned_workers_find_exactly_the_rows_one_process_finds(kept_demo):
    _store, model = kept_demo
    started = []

    rows = list(
        spawned_top_pairs(model, model.askers(), _source(kept_demo), processes=2, started=started.append)
    )

    assert started[0].on_workers and not started[0].imported_qt
    assert rows == list(all_top_pairs(model, model.askers(), processes=1))
    assert multiprocessing.active_children() == []


def test_the_best_pairs_found_on_workers_are_those_found_in_one_process(kept_demo):
    _store, model = kept_demo
    on_workers = best_cross_border_pairs(model, limit=20, processes=2, spawn_from=_source(kept_demo))
    assert on_workers == best_cross_border_pairs(model, limit=20)
    assert len(on_workers) == 20


def test_cancelling_stops_the_workers_and_leaves_none_behind(kept_demo):
    _store, model = kept_demo
    seen, children = [], []

    def progress(done, total):
        if not seen:  # the workers at the first progress; two chunks may come in at once, one call each
            children.extend(multiprocessing.active_children())
        seen.append(done)

    rows = list(
        spawned_top_pairs(
            model,
            model.askers(),
            _source(kept_demo),
            processes=2,
            progress=progress,
            cancelled=lambda: bool(seen),
        )
    )

    assert len(children) == 2  # the ranking was under way on the workers
    assert len({row.actor for row in rows}) < len(model.askers())
    assert multiprocessing.active_children() == []
    assert all(not child.is_alive() for child in children)


def test_a_worker_that_dies_leaves_the_rest_to_this_process(kept_demo):
    _store, model = kept_demo
    killed = []

    def progress(_done, _total):
        if not killed:
            killed.append(multiprocessing.active_children()[0])
            os.kill(killed[0].pid, signal.SIGKILL)

    rows = list(spawned_top_pairs(model, model.askers(), _source(kept_demo), processes=2, progress=progress))

    assert killed
    assert rows == list(all_top_pairs(model, model.askers(), processes=1))
    assert multiprocessing.active_children() == []


def test_workers_that_find_another_model_in_the_file_leave_the_ranking_to_this_process(kept_demo):
    store, model = kept_demo
    source = _source(kept_demo)._replace(depends_on="made by other code")
    started = []

    rows = list(spawned_top_pairs(model, model.askers(), source, processes=2, started=started.append))

    assert not started[0].on_workers
    assert rows == list(all_top_pairs(model, model.askers(), processes=1))
    assert multiprocessing.active_children() == []


def test_a_model_not_fitted_on_the_databases_network_has_no_file_for_workers(kept_demo):
    store, _model = kept_demo
    net = network([actor("ee", "EE", [VOTING], [UX]), actor("ua", "UA", [UX], [VOTING]), *filler()])
    assert kept_model_file(PartnerRecommender().fit(net), store.database_file) is None
    assert kept_model_file(kept_demo[1], None) is None
