"""Snapshot merges on each backend (SQLite and PostgreSQL): clocks written by the store's edits,
a merge in one transaction, a deletion and a re-creation carried, and the editor told of a merge."""

from __future__ import annotations

import pytest

from matchmaker.edit_conflict import EditConflictError
from matchmaker.interchange import import_document, read_files
from matchmaker.records import ActorRecord, TieRecord
from matchmaker.snapshots.exchange import export_snapshot, merge_snapshot
from matchmaker.snapshots.state_store import load_state
from matchmaker.store import open_store
from matchmaker.visibility import EVERYONE
from tests.sample_network import write_sample


@pytest.fixture
def pair(store, postgres_or_sqlite_url, tmp_path):
    other = open_store(postgres_or_sqlite_url())
    for s in (store, other):
        s.ensure_taxonomy()
        import_document(s.engine, read_files([write_sample(tmp_path)], s.resolver()))
    yield store, other
    other.close()


def _snapshot(store, path):
    export_snapshot(store, path, audience=EVERYONE, with_contacts=True)
    return path


def test_edits_ties_and_deletions_travel_both_ways(pair, tmp_path):
    a, b = pair
    version = a.find_actor("ee-ria").version
    a.update_actor_values("ee-ria", {"city": "Tartu"})
    a.set_skill_weight("ee-ria", "offer", "tag:drone mapping", 0.5)
    a.put_tie(TieRecord("ee-ria", "ua-olena", "knows", None, 1.0))
    b.delete_tie("ee-kadri", "ua-olena", "partner")
    b.add_actor(ActorRecord("ua-new", "startup", "Nova", "UA", city="Odesa"))
    b.delete_actor("ee-kadri")

    merge_snapshot(a, _snapshot(b, tmp_path / "b.json"), prefer="later")
    merge_snapshot(b, _snapshot(a, tmp_path / "a.json"), prefer="later")

    for s in (a, b):
        net = s.load_network()
        ids = {x.id for x in net.actors}
        assert "ee-kadri" not in ids and "ua-new" in ids
        assert s.find_actor("ee-ria").city == "Tartu"
        assert s.find_actor("ee-ria").offers["tag:drone mapping"] == 0.5
        assert {(t.source, t.target, t.kind) for t in net.ties} == {
            ("ee-ria", "ua-olena", "knows"),
            ("ua-olena", "ua-kyiv-health", "works_at"),
        }
    with a.engine.connect() as conn:
        left = load_state(conn).network_values()
    with b.engine.connect() as conn:
        assert load_state(conn).network_values() == left
    # an editor that loaded ee-ria before the merge is told it changed meanwhile
    with pytest.raises(EditConflictError):
        b.update_actor_values("ee-ria", {"city": "Pärnu"}, expected_version=version)


def test_a_merge_that_fails_half_way_writes_nothing(pair, tmp_path, monkeypatch):
    a, b = pair
    b.update_actor_values("ee-ria", {"city": "Narva"})
    b.delete_actor("ua-olena")
    snapshot = _snapshot(b, tmp_path / "b.json")
    with a.engine.connect() as conn:
        before = load_state(conn).network_values()

    import matchmaker.snapshots.state_store as state_store

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(state_store, "_write_ties", broken)
    with pytest.raises(RuntimeError):
        merge_snapshot(a, snapshot)
    with a.engine.connect() as conn:
        assert load_state(conn).network_values() == before


def test_an_actor_made_again_after_its_deletion_comes_back_everywhere(pair, tmp_path):
    a, b = pair
    a.delete_actor("ua-olena")
    merge_snapshot(b, _snapshot(a, tmp_path / "a1.json"))
    assert "ua-olena" not in {x.id for x in b.load_network().actors}
    b.add_actor(ActorRecord("ua-olena", "person", "Olena K.", "UA"))
    merge_snapshot(a, _snapshot(b, tmp_path / "b1.json"))
    assert a.find_actor("ua-olena").name == "Olena K."


def test_forgetting_a_person_leaves_no_history_naming_them(pair, tmp_path):
    from sqlalchemy import select

    from matchmaker.models import FieldClock, Tombstone
    from matchmaker.person_rights import forget_person

    a, _ = pair
    a.update_actor_values("ee-kadri", {"city": "Pärnu"})
    a.put_tie(TieRecord("ua-olena", "ee-kadri", "knows", None, 1.0))
    a.delete_tie("ee-kadri", "ee-ria", "advises")
    a.update_actor_values("ee-ria", {"city": "Tartu"})
    forget_person(a, a.find_actor("ee-kadri"))
    with a.engine.connect() as conn:
        keys = [k for t in (FieldClock, Tombstone) for k in conn.execute(select(t.__table__.c.key)).scalars()]
    assert keys and not any("ee-kadri" in k for k in keys)
    assert "ee-ria" in keys  # other actors' history stays
