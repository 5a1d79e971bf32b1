"""Two clients editing one actor: the later save is refused with both versions, never silently lost.

Two stores on one database (SQLite file, or one PostgreSQL database as two laptops on a shared
server would have it) load the same actor; the first save wins, the second gets an
``EditConflictError`` carrying what it tried to save and what the other client saved. Every
write of an actor, whoever makes it, moves its version on.
"""

from __future__ import annotations

import threading

import pytest

from matchmaker.editing import (
    EditConflictError,
    add_skill,
    apply_field_change,
    remove_skill,
    update_actor,
)
from matchmaker.interchange import import_document, read_files
from matchmaker.store import open_store
from tests.sample_network import SAMPLE, write_sample


@pytest.fixture
def two_clients(db_url, tmp_path):
    first = open_store(db_url)
    import_document(first.engine, read_files([write_sample(tmp_path)], first.resolver()))
    second = open_store(db_url)
    yield first, second
    second.close()
    first.close()


def test_the_later_save_is_refused_with_both_versions(two_clients):
    mine, theirs = two_clients
    loaded_here = mine.find_actor("ee-kadri")
    loaded_there = theirs.find_actor("ee-kadri")
    assert loaded_here.version == loaded_there.version == 1

    (change,) = update_actor(theirs, "ee-kadri", city="Narva", expected_version=loaded_there.version)
    assert change.version == 2

    with pytest.raises(EditConflictError) as refused:
        update_actor(
            mine, "ee-kadri", city="Pärnu", description="Moved", expected_version=loaded_here.version
        )
    conflict = refused.value
    assert (conflict.loaded_version, conflict.saved_version) == (1, 2)
    assert conflict.yours == {"city": "Pärnu", "description": "Moved"}
    assert conflict.theirs == {"city": "Narva", "description": None}
    assert conflict.saved.city == "Narva" and conflict.saved.version == 2
    assert "someone else saved this actor meanwhile" in str(conflict)
    assert mine.find_actor("ee-kadri").city == "Narva"  # nothing of the refused save was written

    # starting again from the saved version works
    update_actor(mine, "ee-kadri", city="Pärnu", expected_version=conflict.saved_version)
    assert theirs.find_actor("ee-kadri").city == "Pärnu"


def test_saving_what_is_already_stored_is_no_conflict(two_clients):
    mine, theirs = two_clients
    update_actor(theirs, "ee-kadri", city="Narva", expected_version=1)
    assert update_actor(mine, "ee-kadri", city="Narva", expected_version=1) == []


def test_offers_and_needs_move_the_version_and_conflict_too(two_clients):
    mine, theirs = two_clients
    change = add_skill(theirs, "ee-kadri", "offer", "X-Road data exchange", expected_version=1)
    assert change.version == 2
    with pytest.raises(EditConflictError) as refused:
        remove_skill(mine, "ee-kadri", "offer", change.skill_id, expected_version=1)
    assert refused.value.yours == {"offers": {change.skill_id: None}}
    assert refused.value.theirs == {"offers": {change.skill_id: 1.0}}
    assert change.skill_id in mine.find_actor("ee-kadri").offers


def test_an_import_moves_the_version_of_the_actors_it_changes_only(two_clients, tmp_path):
    mine, _theirs = two_clients
    changed = {
        **SAMPLE,
        "actors": [dict(a, city="Kharkiv") if a["id"] == "ua-olena" else a for a in SAMPLE["actors"]],
    }
    import_document(
        mine.engine, read_files([write_sample(tmp_path, changed, "changed.json")], mine.resolver())
    )
    versions = {a.id: a.version for a in mine.load_network().actors}
    assert versions == {"ee-ria": 1, "ua-kyiv-health": 1, "ee-kadri": 1, "ua-olena": 2}
    with pytest.raises(EditConflictError):
        update_actor(mine, "ua-olena", city="Odesa", expected_version=1)


def test_undo_after_someone_else_saved_is_refused_too(two_clients):
    mine, theirs = two_clients
    (change,) = update_actor(mine, "ee-kadri", city="Narva", expected_version=1)
    update_actor(theirs, "ee-kadri", description="Edited elsewhere", expected_version=2)
    with pytest.raises(EditConflictError):
        apply_field_change(mine, change.inverse(), expected_version=change.version)
    assert theirs.find_actor("ee-kadri").city == "Narva"


def _save_at_once(store, city: str, version: int, barrier: threading.Barrier, outcomes: list[str]) -> None:
    barrier.wait()
    try:
        update_actor(store, "ee-kadri", city=city, expected_version=version)
        outcomes.append(city)
    except EditConflictError:
        outcomes.append("conflict")


def test_two_saves_racing_from_the_same_version_cannot_both_win(two_clients):
    """Many rounds of two threads saving the same loaded version at once: exactly one wins each round."""
    mine, theirs = two_clients
    for round_no in range(15):
        version = mine.find_actor("ee-kadri").version
        outcomes: list[str] = []
        barrier = threading.Barrier(2)
        threads = [
            threading.Thread(
                target=_save_at_once, args=(store, f"{side}{round_no}", version, barrier, outcomes)
            )
            for store, side in ((mine, "A"), (theirs, "B"))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert outcomes.count("conflict") == 1, outcomes
        stored = mine.find_actor("ee-kadri")
        assert stored.version == version + 1 and stored.city in outcomes
