"""A person's rights: everything about them in one file, and erasing them for good.

One person, Zoryana Unikalna-Kvitka, is in every place the store keeps people: offers and
needs (one a free tag only she uses), ties both ways, a participation, a team place, decisions
both ways with notes, meeting picks both ways, availability, a scheduled meeting and a map
position. ``person export`` must hold all of it; ``person forget`` must remove all of it, on
SQLite and PostgreSQL, and on SQLite leave no byte of her name in the database file or its
journal (this test, alone in the suite, reads the closed database's bytes for that).
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import inspect

from matchmaker.cli import main
from matchmaker.editing import update_actor
from matchmaker.meetings.problem import ForumRules, Meeting, Schedule
from matchmaker.meetings.storage import save_availability, save_picks
from matchmaker.meetings.storage import save_plan as save_meeting_plan
from matchmaker.person_rights import export_person, forget_person, person_dossier
from matchmaker.store import open_store
from matchmaker.store_people import PERSON_COLUMNS
from matchmaker.teams.problem import PlannedTeam, TeamPlan
from matchmaker.teams.service import save_plan as save_team_plan
from tests.sample_network import write_sample

NAME = "Zoryana Unikalna-Kvitka"
EMAIL = "zoryana.unikalna@mail.example"
TAG = "Kvitka-style pysanka encryption"

NETWORK = {
    "format": "sandbox-matchmaker/1",
    "actors": [
        {
            "id": "ua-zoryana",
            "kind": "person",
            "name": NAME,
            "native_name": "Зоряна Унікальна-Квітка",
            "country": "UA",
            "city": "Lviv",
            "email": EMAIL,
            "description": "Builds signing services for the Lviv city council",
            "offers": ["X-Road data exchange", TAG],
            "needs": ["mobile UX design"],
        },
        {"id": "ee-org", "kind": "company", "name": "Tarkvara OÜ", "country": "EE"},
        {
            "id": "ee-mari",
            "kind": "person",
            "name": "Mari Kask",
            "country": "EE",
            "description": "Met Zoryana Unikalna-Kvitka in Kyiv",
        },
    ],
    "ties": [
        {"source": "ua-zoryana", "target": "ee-org", "kind": "advises", "since": "2024-01-01"},
        {"source": "ee-mari", "target": "ua-zoryana", "kind": "knows"},
        {"source": "ee-mari", "target": "ee-org", "kind": "works_at"},
    ],
    "events": [{"id": "forum", "name": "Sandbox Forum", "kind": "forum", "start": "2025-09-01"}],
    "participations": [
        {"event": "forum", "actor": "ua-zoryana", "role": "speaker"},
        {"event": "forum", "actor": "ee-mari"},
        {"event": "forum", "actor": "ee-org"},
    ],
    "decisions": [
        {"a": "ua-zoryana", "b": "ee-org", "status": "met", "note": "Zoryana wants a pilot"},
        {"a": "ee-mari", "b": "ua-zoryana", "status": "contacted"},
        {"a": "ee-mari", "b": "ee-org", "status": "suggested"},
    ],
}


def _load_everything(store, tmp_path) -> None:
    from matchmaker.interchange import import_document, read_files

    import_document(store.engine, read_files([write_sample(tmp_path, NETWORK)], store.resolver()))
    save_team_plan(
        store,
        "forum",
        TeamPlan(
            [PlannedTeam("Team Lviv", ["ua-zoryana", "ee-mari"], 1.0, locked=["ua-zoryana"])], [], (1, 1)
        ),
    )
    save_picks(store, "forum", [("ua-zoryana", "ee-org", "must"), ("ee-mari", "ua-zoryana", "would")])
    save_availability(store, "forum", {"ua-zoryana": frozenset({1, 2})})
    schedule = Schedule([Meeting(1, 1, "ee-org", "ua-zoryana", "mutual-must")], [], 10, 10, True, "exact")
    save_meeting_plan(store, "forum", ForumRules(3, 2), schedule, start="10:00")
    store.save_positions({"ua-zoryana": (1.5, -2.0), "ee-org": (0.0, 0.0)})


def test_the_export_holds_everything_about_the_person(store, tmp_path):
    _load_everything(store, tmp_path)
    actor = store.find_actor("Zoryana")
    out = export_person(store, actor, tmp_path / "zoryana.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "sandbox-matchmaker-person/1"
    assert doc["actor"]["email"] == EMAIL and doc["actor"]["name"] == NAME and doc["actor"]["version"] == 1
    assert {(s["side"], s["label"]) for s in doc["skills"]} >= {
        ("offer", TAG),
        ("offer", "X-Road data exchange"),
    }
    assert {(t["source"], t["target"], t["other_name"]) for t in doc["ties"]} == {
        ("ua-zoryana", "ee-org", "Tarkvara OÜ"),
        ("ee-mari", "ua-zoryana", "Mari Kask"),
    }
    assert [(p["event_id"], p["role"]) for p in doc["participations"]] == [("forum", "speaker")]
    assert [(t["team"], t["locked"]) for t in doc["team_places"]] == [("Team Lviv", True)]
    assert {(d["actor_a"], d["actor_b"], d["note"]) for d in doc["decisions"]} == {
        ("ua-zoryana", "ee-org", "Zoryana wants a pilot"),
        ("ee-mari", "ua-zoryana", None),
    }
    assert {(p["actor_id"], p["target_id"], p["pick"]) for p in doc["meeting_picks"]} == {
        ("ua-zoryana", "ee-org", "must"),
        ("ee-mari", "ua-zoryana", "would"),
    }
    assert doc["meeting_availability"] == [{"event_id": "forum", "slots": [1, 2]}]
    assert [(m["slot"], m["actor_a"], m["first_slot_at"]) for m in doc["meetings"]] == [
        (1, "ee-org", "10:00")
    ]
    assert doc["layout_position"] == {"x": 1.5, "y": -2.0}
    assert {"record": "actor", "id": "ee-mari", "field": "description", "text": NAME} in doc["mentioned_in"]


def _count_rows_naming(store, actor_id: str) -> dict[str, int]:
    from sqlalchemy import func, or_, select

    from matchmaker.models import SQLModel

    counts = {}
    with store.engine.connect() as conn:
        for name, columns in PERSON_COLUMNS.items():
            table = SQLModel.metadata.tables[name]
            condition = or_(*(table.c[c] == actor_id for c in columns))
            counts[name] = conn.execute(select(func.count()).select_from(table).where(condition)).scalar_one()
    return counts


def test_forget_removes_the_person_and_every_row_about_them(store, tmp_path):
    _load_everything(store, tmp_path)
    before = _count_rows_naming(store, "ua-zoryana")
    assert all(before.values()), f"the fixture must fill every table: {before}"
    report = forget_person(store, store.find_actor(NAME))
    assert report.removed["actor"] == 1 and report.removed["tie"] == 2 and report.removed["skill"] == 1
    assert not any(_count_rows_naming(store, "ua-zoryana").values())
    assert TAG not in {s.label_en for s in store.skills().values()}  # the free tag only she used
    # everyone else is untouched
    net = store.load_network()
    assert {a.id for a in net.actors} == {"ee-org", "ee-mari"}
    assert [(t.source, t.target) for t in net.ties] == [("ee-mari", "ee-org")]
    assert [(d.a, d.b) for d in net.decisions] == [("ee-mari", "ee-org")]
    assert report.mentions == [{"record": "actor", "id": "ee-mari", "field": "description", "text": NAME}]


def test_every_table_naming_an_actor_is_covered(store):
    """A new table with a foreign key to actor must be added to PERSON_COLUMNS, or forget would miss it."""
    with store.engine.connect() as conn:
        inspector = inspect(conn)
        naming = {
            (table, column)
            for table in inspector.get_table_names()
            for fk in inspector.get_foreign_keys(table)
            if fk["referred_table"] == "actor"
            for column in fk["constrained_columns"]
        }
    covered = {(table, column) for table, columns in PERSON_COLUMNS.items() for column in columns}
    assert naming <= covered


def _file_bytes(path) -> bytes:
    """The database's bytes — read only here, after the store is closed (see the module docstring)."""
    return path.read_bytes() if path.exists() else b""


def test_a_forgotten_name_is_gone_from_the_database_file_and_its_journal(tmp_path):
    db = tmp_path / "n.sqlite"
    store = open_store(str(db))
    _load_everything(store, tmp_path)
    store.close()
    store = open_store(str(db))
    # the mention in another actor's text is the user's to edit (forget lists it); done first,
    # the forget's rewrite of the file clears the old text too
    update_actor(store, "ee-mari", description="Met a speaker in Kyiv")
    forget_person(store, store.find_actor(NAME), purge_backups=True)
    store.close()
    for companion in (db, tmp_path / "n.sqlite-wal"):
        data = _file_bytes(companion)
        for secret in (NAME, EMAIL, TAG, "Зоряна Унікальна-Квітка"):
            assert secret.encode("utf-8") not in data, f"{secret!r} survives in {companion.name}"
    assert b"Tarkvara" in _file_bytes(db)  # the test reads the real file: others are still there


def test_forget_cleans_the_journal_while_the_store_is_still_open(tmp_path):
    """The write-ahead log is emptied by the forget itself, not only by closing the database."""
    db = tmp_path / "n.sqlite"
    store = open_store(str(db))
    _load_everything(store, tmp_path)
    report = forget_person(store, store.find_actor(NAME), purge_backups=True)
    assert report.journal_cleared
    # read through SQLite (the store is open): the WAL holds no frame and the file no free page
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
    wal = tmp_path / "n.sqlite-wal"
    assert wal.stat().st_size == 0  # os.stat only: the file is not opened
    store.close()


def test_a_backup_is_taken_first_and_purge_erases_the_person_from_backups(sqlite_store, tmp_path):
    _load_everything(sqlite_store, tmp_path)
    from matchmaker.backups import create_backup, list_backups

    create_backup(sqlite_store.engine)
    report = forget_person(sqlite_store, sqlite_store.find_actor(NAME))
    assert report.backup is not None and report.backup.reason == "forget"
    assert set(report.backups_holding) == {b.id for b in list_backups(sqlite_store.engine)}

    sqlite_store.engine.dispose()
    # put her back from the backup, then forget her again, this time from the backups too
    assert (
        main(["--db", str(sqlite_store.database_file), "backup", "restore", report.backup.id, "--yes"]) == 0
    )
    again = open_store(str(sqlite_store.database_file))
    report = forget_person(again, again.find_actor(NAME), purge_backups=True)
    again.close()
    assert report.backup is None and report.backups_holding == []
    held_her = {b.id for b in list_backups(sqlite_store.database_file) if b.reason in ("manual", "forget")}
    assert set(report.backups_purged) == held_her and len(held_her) == 2  # the restore's own backup did not
    for backup in list_backups(sqlite_store.database_file):
        with sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True) as copy:
            assert copy.execute("SELECT count(*) FROM actor WHERE id = 'ua-zoryana'").fetchone() == (0,)
            assert copy.execute("SELECT count(*) FROM tie").fetchone() == (1,)


def test_the_command_asks_first_and_refuses_without_a_terminal(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "n.sqlite")
    assert main(["--db", db, "import", str(write_sample(tmp_path, NETWORK))]) == 0
    capsys.readouterr()
    code = main(["--db", db, "person", "forget", "Zoryana"])  # pytest's stdin is no terminal
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"error: Erase {NAME} (ua-zoryana) and every record about them")
    assert "add --yes" in err and len(err.strip().splitlines()) == 1

    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    monkeypatch.setattr("sys.stderr", _Terminal(""))
    assert main(["--db", db, "person", "forget", "Zoryana"]) == 1
    monkeypatch.undo()
    store = open_store(db)
    assert store.find_actor("ua-zoryana").name == NAME
    store.close()

    code = main(["--db", db, "person", "forget", "Zoryana", "--yes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["removed"]["actor"] == 1
    assert "still hold" in err and "still mentioned by name: actor ee-mari" in err


class _Terminal:
    """A stand-in for a terminal: answers with ``text`` and says it is a TTY."""

    def __init__(self, text: str):
        import io

        self._io = io.StringIO(text)

    def isatty(self) -> bool:
        return True

    def __getattr__(self, name):
        return getattr(self._io, name)


def test_person_export_from_the_command_line_resolves_the_name_like_every_command(tmp_path, capsys):
    db = str(tmp_path / "n.sqlite")
    main(["--db", db, "import", str(write_sample(tmp_path, NETWORK))])
    capsys.readouterr()
    out = tmp_path / "me.json"
    assert main(["--db", db, "person", "export", "Зоряна", "-o", str(out)]) == 0  # found across scripts
    assert json.loads(out.read_text(encoding="utf-8"))["actor"]["id"] == "ua-zoryana"
    assert main(["--db", db, "person", "export", "Zoryana", "-o", db]) == 2  # never onto the database
    assert "is the database this command works on" in capsys.readouterr().err


def test_dossier_counts_match_what_forget_removes(sqlite_store, tmp_path):
    _load_everything(sqlite_store, tmp_path)
    actor = sqlite_store.find_actor(NAME)
    dossier = person_dossier(sqlite_store, actor)
    removed = forget_person(sqlite_store, actor).removed
    assert removed["tie"] == len(dossier["ties"]) and removed["match_decision"] == len(dossier["decisions"])
    assert removed["meeting_pick"] == len(dossier["meeting_picks"]) and removed["meeting"] == len(
        dossier["meetings"]
    )
    assert removed["team_member"] == len(dossier["team_places"]) and removed["actor_skill"] == len(
        dossier["skills"]
    )


def _filenodes(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            table: conn.exec_driver_sql(f"SELECT pg_relation_filenode('{table}')").scalar()
            for table in ("actor", "tie", "match_decision", "skill", "event")
        }


@pytest.mark.postgres
def test_forget_on_postgresql_rewrites_the_touched_tables(postgres_server, tmp_path):
    """VACUUM FULL writes each touched table into a new file without the dead rows (a new filenode)."""
    store = open_store(postgres_server.create_database())
    try:
        _load_everything(store, tmp_path)
        before = _filenodes(store)
        report = forget_person(store, store.find_actor(NAME))
        assert report.not_compacted == [] and report.backup is None
        assert not any(_count_rows_naming(store, "ua-zoryana").values())
        after = _filenodes(store)
        assert {t for t in before if before[t] != after[t]} == {"actor", "tie", "match_decision", "skill"}
    finally:
        store.close()
