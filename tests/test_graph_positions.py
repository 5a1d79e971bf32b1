"""Canvas positions round-trip through the store (SQLite and PostgreSQL)."""

from __future__ import annotations

from matchmaker.graph.positions import load_positions, save_positions
from tests.graph_networks import bridge_world, load_into


def test_positions_round_trip_and_update(store, tmp_path):
    load_into(store, bridge_world(), tmp_path)
    assert load_positions(store.engine) == {}
    assert save_positions(store.engine, {"e1": (1.5, -2.0), "b": (0, 3)}) == 2
    assert load_positions(store.engine) == {"e1": (1.5, -2.0), "b": (0.0, 3.0)}
    save_positions(store.engine, {"b": (7.25, 8.0), "u1": (1.0, 1.0)})
    assert load_positions(store.engine) == {"e1": (1.5, -2.0), "b": (7.25, 8.0), "u1": (1.0, 1.0)}


def test_unknown_actors_are_skipped(store, tmp_path):
    load_into(store, bridge_world(), tmp_path)
    assert save_positions(store.engine, {"ghost": (0.0, 0.0), "e2": (1.0, 2.0)}) == 1
    assert load_positions(store.engine) == {"e2": (1.0, 2.0)}


def test_positions_go_with_their_actor(sqlite_store, tmp_path):
    load_into(sqlite_store, bridge_world(), tmp_path)
    save_positions(sqlite_store.engine, {"e1": (1.0, 1.0)})
    sqlite_store.clear_network()
    assert load_positions(sqlite_store.engine) == {}
