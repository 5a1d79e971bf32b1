"""Canvas positions round-trip through the store (SQLite and PostgreSQL)."""

from __future__ import annotations

from tests.graph_networks import bridge_world, load_into


def test_positions_round_trip_and_update(store, tmp_path):
    load_into(store, bridge_world(), tmp_path)
    assert store.load_positions() == {}
    assert store.save_positions({"e1": (1.5, -2.0), "b": (0, 3)}) == 2
    assert store.load_positions() == {"e1": (1.5, -2.0), "b": (0.0, 3.0)}
    store.save_positions({"b": (7.25, 8.0), "u1": (1.0, 1.0)})
    assert store.load_positions() == {"e1": (1.5, -2.0), "b": (7.25, 8.0), "u1": (1.0, 1.0)}


def test_unknown_actors_are_skipped(store, tmp_path):
    load_into(store, bridge_world(), tmp_path)
    assert store.save_positions({"ghost": (0.0, 0.0), "e2": (1.0, 2.0)}) == 1
    assert store.load_positions() == {"e2": (1.0, 2.0)}


def test_positions_go_with_their_actor(sqlite_store, tmp_path):
    load_into(sqlite_store, bridge_world(), tmp_path)
    sqlite_store.save_positions({"e1": (1.0, 1.0)})
    sqlite_store.clear_network()
    assert sqlite_store.load_positions() == {}
