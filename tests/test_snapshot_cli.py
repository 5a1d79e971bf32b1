"""``matchmaker snapshot export`` / ``merge`` as a user runs them, and hostile snapshot files.

A snapshot that is not one (wrong version, truncated, oversized, values of the wrong type or
out of their vocabulary) is refused in one line naming the file and the place, and the database
is exactly what it was.
"""

from __future__ import annotations

import json
import shutil

import pytest

from matchmaker.cli import main
from matchmaker.snapshots.state_store import load_state
from matchmaker.store import open_store
from tests.sample_network import write_sample


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptops(tmp_path, capsys):
    """Two copies of the sample network: ``a.sqlite`` and ``b.sqlite``."""
    base = str(tmp_path / "base.sqlite")
    assert run(capsys, "--db", base, "import", str(write_sample(tmp_path)))[0] == 0
    for name in ("a", "b"):
        shutil.copy(base, tmp_path / f"{name}.sqlite")
    return tmp_path / "a.sqlite", tmp_path / "b.sqlite"


def _edit(db, actor, **values):
    store = open_store(str(db))
    try:
        store.update_actor_values(actor, values)
    finally:
        store.close()


def _network(db):
    store = open_store(str(db), role="command")
    try:
        with store.engine.connect() as conn:
            return load_state(conn).network_values()
    finally:
        store.close()


def test_a_conflict_is_listed_and_nothing_merged_until_decided(laptops, tmp_path, capsys):
    a, b = laptops
    _edit(a, "ee-ria", city="Tartu")
    _edit(b, "ee-ria", city="Narva")
    _edit(b, "ua-olena", city="Kharkiv")
    snapshot = str(tmp_path / "b.snapshot.json")
    code, out, err = run(capsys, "--db", str(b), "snapshot", "export", "-o", snapshot, "--include", "council")
    assert code == 0 and out.strip() == snapshot

    before = _network(a)
    code, out, err = run(capsys, "--db", str(a), "snapshot", "merge", snapshot)
    assert code == 2
    assert "ee-ria" in out and "Tartu" in out and "Narva" in out  # the conflict, both values
    assert err.strip().splitlines()[-1].startswith("error: 1 fields were changed on both sides")
    assert _network(a) == before  # nothing merged, not even the edit without a conflict

    code, out, err = run(capsys, "--db", str(a), "snapshot", "merge", snapshot, "--theirs", "--json")
    report = json.loads(out)
    assert code == 0 and report["merged"] is True
    assert report["conflicts"] == [
        {
            "entity": "actor",
            "key": "ee-ria",
            "field": "city",
            "ours": "Tartu",
            "theirs": "Narva",
            "ours_changed_at": report["conflicts"][0]["ours_changed_at"],
            "theirs_changed_at": report["conflicts"][0]["theirs_changed_at"],
            "kept": "theirs",
        }
    ]
    assert report["backup"]  # taken before writing
    store = open_store(str(a))
    try:
        assert store.find_actor("ee-ria").city == "Narva"
        assert store.find_actor("ua-olena").city == "Kharkiv"  # the other edit came along
    finally:
        store.close()


def test_a_deletion_is_carried(laptops, tmp_path, capsys):
    a, b = laptops
    store = open_store(str(b))
    store.delete_actor("ua-olena")
    store.close()
    snapshot = str(tmp_path / "b.json")
    run(capsys, "--db", str(b), "snapshot", "export", "-o", snapshot)
    code, out, _ = run(capsys, "--db", str(a), "snapshot", "merge", snapshot, "--json")
    assert code == 0 and json.loads(out)["deleted"] == {"actors": 1, "ties": 2}
    assert "ua-olena" not in _network(a)["actors"]


def test_public_only_leaves_out_contacts_and_they_stay_on_the_other_side(laptops, tmp_path, capsys):
    a, b = laptops
    snapshot = tmp_path / "b.json"
    code, _, _ = run(capsys, "--db", str(b), "snapshot", "export", "-o", str(snapshot), "--public-only")
    assert code == 0
    text = snapshot.read_text(encoding="utf-8")
    assert "hello@zdorovia.example" not in text and '"email"' not in text
    run(capsys, "--db", str(a), "snapshot", "merge", str(snapshot))
    store = open_store(str(a))
    try:
        assert store.find_actor("ua-kyiv-health").email == "hello@zdorovia.example"  # left out, not blanked
    finally:
        store.close()


def test_an_event_snapshot_holds_its_participants_only(laptops, tmp_path, capsys):
    a, _ = laptops
    snapshot = tmp_path / "event.json"
    code, _, _ = run(
        capsys, "--db", str(a), "snapshot", "export", "-o", str(snapshot), "--event", "hack-kyiv-2025"
    )
    assert code == 0
    document = json.loads(snapshot.read_text(encoding="utf-8"))
    assert sorted(x["id"] for x in document["actors"]) == ["ee-kadri", "ua-olena"]
    assert [(t["source"], t["target"]) for t in document["ties"]] == [("ee-kadri", "ua-olena")]


def _valid(laptops, tmp_path, capsys) -> dict:
    _, b = laptops
    snapshot = tmp_path / "good.json"
    run(capsys, "--db", str(b), "snapshot", "export", "-o", str(snapshot))
    return json.loads(snapshot.read_text(encoding="utf-8"))


def _broken(document: dict, how: str):
    if how == "version":
        document["version"] = 99
    elif how == "format":
        document["format"] = "sandbox-matchmaker/1"
    elif how == "country":
        document["actors"][0]["fields"]["country"] = "Estonia"
    elif how == "kind-type":
        document["actors"][0]["fields"]["kind"] = 7
    elif how == "actors-type":
        document["actors"] = {"a": 1}
    elif how == "weight":
        document["ties"][0]["fields"]["weight"] = "heavy"
    elif how == "clock":
        document["actors"][0]["clocks"] = {"city": ["2026", "x", {"r": -1}]}
    elif how == "unknown-field":
        document["actors"][0]["fields"]["password"] = "x"
    elif how == "tie-kind":
        document["ties"][0]["kind"] = "enemy"
    return document


@pytest.mark.parametrize(
    ("how", "says"),
    [
        ("version", "field 'version': is snapshot version 99"),
        ("format", "is not a Sandbox Matchmaker snapshot"),
        ("country", "$.actors[0], field 'country'"),
        ("kind-type", "$.actors[0], field 'kind'"),
        ("actors-type", "$.actors: expected a list"),
        ("weight", "$.ties[0], field 'weight'"),
        ("clock", "$.actors[0], field 'city'"),
        ("unknown-field", "field 'password': is not a field of an actor"),
        ("tie-kind", "$.ties[0], field 'kind'"),
    ],
)
def test_a_hostile_snapshot_is_refused_in_one_line_and_changes_nothing(laptops, tmp_path, capsys, how, says):
    a, _ = laptops
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_broken(_valid(laptops, tmp_path, capsys), how)), encoding="utf-8")
    before = _network(a)
    code, out, err = run(capsys, "--db", str(a), "snapshot", "merge", str(bad))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and says in err, err
    assert _network(a) == before


def test_truncated_and_oversized_snapshots_are_refused(laptops, tmp_path, capsys, monkeypatch):
    a, _ = laptops
    whole = json.dumps(_valid(laptops, tmp_path, capsys))
    cut = tmp_path / "cut.json"
    cut.write_text(whole[: len(whole) // 2], encoding="utf-8")
    before = _network(a)
    code, _, err = run(capsys, "--db", str(a), "snapshot", "merge", str(cut))
    assert code == 2 and "is not valid JSON" in err and len(err.strip().splitlines()) == 1

    import matchmaker.snapshots.snapshot_file as snapshot_file

    monkeypatch.setattr(snapshot_file, "MAX_SNAPSHOT_BYTES", 1024)
    big = tmp_path / "big.json"
    big.write_text(whole + " " * 2048, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(a), "snapshot", "merge", str(big))
    assert code == 2 and "more than a snapshot may be" in err
    assert _network(a) == before


def test_the_database_itself_is_refused_as_a_snapshot(laptops, capsys):
    a, _ = laptops
    code, _, err = run(capsys, "--db", str(a), "snapshot", "merge", str(a))
    assert code == 2 and len(err.strip().splitlines()) == 1
