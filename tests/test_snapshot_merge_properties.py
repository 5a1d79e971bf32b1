"""Property tests of snapshot merges (issue 14): two laptops edit copies of one network through the
store, exchange snapshots, and each merges the other's.

Whatever the edits: both laptops end with the same network; a field only one laptop changed has
that laptop's value; the conflicts are exactly the fields both changed to different values; a
deletion on either laptop survives.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from matchmaker.interchange import import_document, read_files
from matchmaker.snapshots.exchange import export_snapshot, merge_snapshot
from matchmaker.store import open_store
from matchmaker.visibility import EVERYONE
from tests.sample_network import write_sample
from tests.snapshot_laptops import Laptop, edits


@pytest.fixture(scope="module")
def base_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    store = open_store(str(folder / "base.sqlite"))
    store.ensure_taxonomy()
    import_document(store.engine, read_files([write_sample(folder)], store.resolver()))
    store.close()
    return folder / "base.sqlite"


def _exchange(base: Path, folder: Path, ours_edits, theirs_edits):
    a = Laptop.copy_of(base, folder / "a.sqlite")
    b = Laptop.copy_of(base, folder / "b.sqlite", offset=1)
    for edit in ours_edits:
        a.apply(edit)
    for edit in theirs_edits:
        b.apply(edit)
    for laptop, name in ((a, "a.json"), (b, "b.json")):
        export_snapshot(laptop.store, folder / name, audience=EVERYONE, with_contacts=True)
    return a, b


def _alive_on_both(key, entity, a: Laptop, b: Laptop) -> bool:
    actors = (key,) if entity == "actor" else key[:2]
    gone = a.deleted | b.deleted
    return (entity, key) not in gone and not any(("actor", actor) in gone for actor in actors)


history = st.lists(edits, min_size=1, max_size=10)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ours_edits=history, theirs_edits=history)
def test_two_laptops_merge_to_one_network_and_lose_nothing(base_file, ours_edits, theirs_edits):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a, b = _exchange(base_file, folder, ours_edits, theirs_edits)
        try:
            before = a.state().network_values()
            looked = merge_snapshot(a.store, folder / "b.json", dry_run=True)
            assert a.state().network_values() == before  # the dry run wrote nothing
            merge_snapshot(a.store, folder / "b.json", prefer="later")
            merge_snapshot(b.store, folder / "a.json", prefer="later")
            merged_a, merged_b = a.state(), b.state()
        finally:
            a.store.close()
            b.store.close()

    # merging A into B and B into A gives the same network
    assert merged_a.network_values() == merged_b.network_values()

    # conflicts are exactly the fields both changed (to different values), on records both kept
    both = {
        k
        for k in a.edited.keys() & b.edited.keys()
        if a.edited[k] != b.edited[k] and _alive_on_both(k[1], k[0], a, b)
    }
    event(f"conflicts: {min(len(both), 3)}")
    assert {c.ident for c in looked.conflicts} == both

    # nothing edited is lost: a field one laptop changed has that laptop's value after the merge
    for laptop, other in ((a, b), (b, a)):
        for (entity, key, name), value in laptop.edited.items():
            if (entity, key, name) in other.edited or not _alive_on_both(key, entity, a, b):
                continue
            records = merged_a.actors if entity == "actor" else merged_a.ties
            assert records[key][name].value == value, (entity, key, name)

    # deletions survive
    for entity, key in a.deleted | b.deleted:
        assert key not in (merged_a.actors if entity == "actor" else merged_a.ties)


def test_a_decided_conflict_is_not_asked_again(base_file, tmp_path):
    a, b = _exchange(base_file, tmp_path, [("field", "ee-ria", "city", 0)], [("field", "ee-ria", "city", 1)])
    try:
        first = merge_snapshot(a.store, tmp_path / "b.json", prefer="ours")
        assert [c.ident for c in first.conflicts] == [("actor", "ee-ria", "city")]
        assert a.store.find_actor("ee-ria").city == "Tartu"
        export_snapshot(a.store, tmp_path / "a2.json", audience=EVERYONE, with_contacts=True)
        again = merge_snapshot(b.store, tmp_path / "a2.json")  # no decision needed: A has seen B's edit
        assert again.conflicts == []
        assert b.store.find_actor("ee-ria").city == "Tartu"
    finally:
        a.store.close()
        b.store.close()
