"""A big file's ties staged by a child process store exactly what reading them here stores.

The child (``interchange/tie_stage.py``) reads, checks and sorts the ties into a scratch SQLite
file while this process reads the actors; the writer copies them inside SQLite. Here every
file is staged (the size threshold set to zero) and compared with the same file read in one
process: the same rows (ids included), the same report, the same one-line message for a fault
the child finds, the store untouched after a failure or a cancel, and the scratch file gone.
A child that fails changes nothing either: the ties are read in this process instead.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

import pytest

from matchmaker.errors import InterchangeError, MatchmakerError
from matchmaker.interchange import import_document, read_files, tie_stage
from matchmaker.interchange.load import ImportCancelled
from matchmaker.store import open_store
from tests.test_import_bulk_write import _expected_ties, _network, _stored_ties, _write


@pytest.fixture
def staged(monkeypatch):
    """Every single JSON file's ties staged by a child, whatever its size."""
    monkeypatch.setattr(tie_stage, "STAGE_CHILD_BYTES", 0)


def _scratch_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("matchmaker-ties-*"))


def _rows(db: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _import_file(db: Path, path: Path, **options):
    store = open_store(str(db))
    try:
        doc = read_files([path], store.resolver())
        return doc.staged_ties is not None, import_document(store.engine, doc, **options)
    finally:
        store.engine.dispose()


def test_staged_ties_store_the_same_rows_and_report_as_ties_read_here(tmp_path, monkeypatch):
    document = _network(60, 900)  # repeated (source, target, kind) with other weights; days or none
    document["ties"].append(dict(document["ties"][0], weight=7))  # a repeat written last wins
    path = _write(tmp_path, document, "net.json")
    leftovers = _scratch_folders()

    was_staged, here = _import_file(tmp_path / "here.sqlite", path)
    assert not was_staged  # a small file: read in one process
    monkeypatch.setattr(tie_stage, "STAGE_CHILD_BYTES", 0)
    was_staged, there = _import_file(tmp_path / "staged.sqlite", path)
    assert was_staged

    assert there.as_dict() == here.as_dict()
    for sql in (
        "SELECT id, source, target, kind, since, weight FROM tie ORDER BY id",
        "SELECT actor_id, skill_id, side, weight FROM actor_skill ORDER BY 1, 2, 3",
        "SELECT name, sql FROM sqlite_master ORDER BY name",  # the tie indexes built again after
    ):
        assert _rows(tmp_path / "staged.sqlite", sql) == _rows(tmp_path / "here.sqlite", sql)
    assert _scratch_folders() == leftovers  # the child deleted its scratch file once let go


def test_staged_ties_reach_either_store_as_the_file_says_and_merge_into_a_filled_one(store, tmp_path, staged):
    first = _network(40, 300)
    report = import_document(
        store.engine, read_files([_write(tmp_path, first, "one.json")], store.resolver())
    )
    assert _stored_ties(store) == _expected_ties(first)
    assert report.added["ties"] == len(_expected_ties(first))
    second = _network(40, 200, seed=4)
    doc = read_files([_write(tmp_path, second, "two.json")], store.resolver())
    assert doc.staged_ties is not None
    dry = import_document(store.engine, doc, dry_run=True)
    report = import_document(store.engine, doc)
    assert dry.added == report.added and dry.updated == report.updated
    assert _stored_ties(store) == _expected_ties(first, second)


def test_ties_staged_under_a_temporary_folder_named_with_question_marks_reach_either_store(
    store, tmp_path, staged, monkeypatch
):
    """The scratch file's path is quoted where SQLite reads it as a URI (PostgreSQL's read-back)."""
    odd = tmp_path / "tmp?x=1#part"
    odd.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(odd))
    network = _network(30, 120)
    doc = read_files([_write(tmp_path, network, "odd.json")], store.resolver())
    assert doc.staged_ties is not None
    import_document(store.engine, doc)
    assert _stored_ties(store) == _expected_ties(network)
    doc.staged_ties.close()  # let go: the child deletes its scratch folder
    assert not list(odd.glob("matchmaker-ties-*"))


def _message(work) -> str:
    with pytest.raises(InterchangeError) as raised:
        work()
    return str(raised.value)


def test_a_bad_tie_the_child_finds_late_gives_the_careful_readers_message(tmp_path, monkeypatch):
    document = _network(30, 200)
    document["ties"][-1]["kind"] = "befriended"
    path = _write(tmp_path, document, "bad.json")
    store = open_store(str(tmp_path / "store.sqlite"))
    here = _message(lambda: read_files([path], store.resolver()))
    monkeypatch.setattr(tie_stage, "STAGE_CHILD_BYTES", 0)
    staged = _message(lambda: read_files([path], store.resolver()))
    assert staged == here
    assert staged.startswith(f"{path}: $.ties[199], field 'kind': ") and "\n" not in staged
    assert store.load_network().actors == []


def test_a_tie_naming_an_unknown_actor_is_named_by_its_place_in_the_file(tmp_path, monkeypatch):
    document = _network(30, 200)
    document["ties"][150]["target"] = "nobody"
    document["ties"][180]["source"] = "nobody either"
    path = _write(tmp_path, document, "dangling.json")
    store = open_store(str(tmp_path / "store.sqlite"))
    here = _message(lambda: import_document(store.engine, read_files([path], store.resolver())))
    monkeypatch.setattr(tie_stage, "STAGE_CHILD_BYTES", 0)
    doc = read_files([path], store.resolver())
    assert doc.staged_ties is not None  # sorted by source there: the first in the file is named still
    assert _message(lambda: import_document(store.engine, doc)) == here
    assert (
        here
        == f"{path}: $.ties[150], field 'target': refers to actor 'nobody', which is neither in the file nor in the store"
    )
    assert store.load_network().actors == []


def test_a_child_that_fails_to_start_or_answer_leaves_the_ties_to_this_process(tmp_path, staged, monkeypatch):
    document = _network(30, 200)
    path = _write(tmp_path, document, "net.json")
    monkeypatch.setattr(tie_stage, "_CHILD_CODE", "import sys; sys.exit(3)")
    store = open_store(str(tmp_path / "store.sqlite"))
    doc = read_files([path], store.resolver())
    assert doc.staged_ties is None and len(doc.network.ties) == 200
    import_document(store.engine, doc)
    assert _stored_ties(store) == _expected_ties(document)


# a child that answers, then dies before its scratch database is written
DYING_CHILD = (
    "import os, sys; from matchmaker.interchange import tie_stage; "
    "tie_stage._fill_scratch = lambda *_args: os._exit(9); sys.exit(tie_stage.child_main())"
)


def _read_with_a_dying_child(tmp_path, monkeypatch):
    """A file read while its child answers and then dies: (document, store, what was read)."""
    document = _network(30, 200)
    path = _write(tmp_path, document, "net.json")
    monkeypatch.setattr(tie_stage, "_CHILD_CODE", DYING_CHILD)
    store = open_store(str(tmp_path / "store.sqlite"))
    return document, store, read_files([path], store.resolver())


def test_a_child_that_dies_before_writing_its_ties_leaves_them_to_this_process(tmp_path, staged, monkeypatch):
    document, store, doc = _read_with_a_dying_child(tmp_path, monkeypatch)
    assert doc.staged_ties is not None and not doc.staged_ties.written()
    import_document(store.engine, doc)
    assert _stored_ties(store) == _expected_ties(document)


def test_a_file_changed_after_its_child_died_is_refused_not_half_imported(tmp_path, staged, monkeypatch):
    document, store, doc = _read_with_a_dying_child(tmp_path, monkeypatch)
    document["ties"] = document["ties"][:100]
    _write(tmp_path, document, "net.json")
    with pytest.raises(MatchmakerError, match="changed while it was being imported"):
        import_document(store.engine, doc)
    assert store.load_network().actors == []


def test_a_cancel_while_the_staged_ties_are_copied_leaves_the_store_as_it_was(tmp_path, staged, monkeypatch):
    from matchmaker.interchange import bulk_rows

    monkeypatch.setattr(bulk_rows, "STAGED_ROWS_PER_STATEMENT", 50)
    store = open_store(str(tmp_path / "store.sqlite"))
    first = _network(30, 100)
    import_document(store.engine, read_files([_write(tmp_path, first, "one.json")], store.resolver()))
    before = _stored_ties(store)
    doc = read_files([_write(tmp_path, _network(30, 400, seed=8), "two.json")], store.resolver())
    actors = len(doc.network.actors)
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] >= actors + 100  # two steps into the ties

    with pytest.raises(ImportCancelled):
        import_document(
            store.engine, doc, progress=lambda done, _total: seen.append(done), cancelled=cancelled
        )
    assert actors < max(seen) < actors + 400  # it stopped between two steps of the ties
    assert _stored_ties(store) == before
    # the store still takes the same import whole: the scratch file was detached, no index left dropped
    import_document(store.engine, doc)
    assert len(_stored_ties(store)) > len(before)


def test_several_files_keep_their_ties_in_this_process(tmp_path, staged):
    one = _write(tmp_path, _network(20, 50), "one.json")
    two = _write(tmp_path, {"format": "sandbox-matchmaker/1", "ties": []}, "two.json")
    store = open_store(str(tmp_path / "store.sqlite"))
    doc = read_files([one, two], store.resolver())
    assert doc.staged_ties is None and len(doc.network.ties) == 50


def test_a_file_with_a_repeated_key_in_a_tie_goes_to_the_careful_reader(tmp_path, staged):
    document = _network(10, 20)
    text = json.dumps(document).replace('"kind": "knows"', '"kind": "knows", "kind": "partner"', 1)
    path = tmp_path / "repeat.json"
    path.write_text(text, encoding="utf-8")
    store = open_store(str(tmp_path / "store.sqlite"))
    assert _message(lambda: read_files([path], store.resolver())) == (
        f"{path}: $.ties[1], field 'kind': appears twice in one object; one value would be silently dropped"
    )


def test_a_file_rewritten_between_the_two_reads_is_not_taken_from_the_child(tmp_path, staged, monkeypatch):
    """The child reads the file itself: when it read other bytes than this process (the file was
    rewritten meanwhile), its ties are dropped and this process reads its own bytes' ties."""
    document = _network(30, 200)
    path = _write(tmp_path, document, "net.json")
    heavier = [dict(tie, weight=tie["weight"] + 10) for tie in document["ties"]]  # as many colons
    rewritten = _write(tmp_path, dict(document, ties=heavier), "rewritten.json")
    real_stager = tie_stage.TieStager
    monkeypatch.setattr(
        "matchmaker.interchange.typed_json.TieStager", lambda _path: real_stager(str(rewritten))
    )
    store = open_store(str(tmp_path / "store.sqlite"))
    doc = read_files([path], store.resolver())
    assert doc.staged_ties is None
    import_document(store.engine, doc)
    assert _stored_ties(store) == _expected_ties(document)


def test_a_dry_run_reads_the_ties_itself_and_an_import_stages_them(tmp_path, staged, monkeypatch, capsys):
    """A dry run writes nothing: a child sorting the ties into a scratch file would be for nothing."""
    from matchmaker.cli import main

    path = _write(tmp_path, _network(20, 60), "net.json")
    started: list[str] = []
    real_stager = tie_stage.TieStager

    def stager(file: str):
        started.append(file)
        return real_stager(file)

    monkeypatch.setattr("matchmaker.interchange.typed_json.TieStager", stager)
    db = str(tmp_path / "store.sqlite")
    assert main(["--db", db, "import", "--dry-run", "--json", str(path)]) == 0
    assert started == [] and json.loads(capsys.readouterr().out)["added"]["ties"] > 0
    assert main(["--db", db, "import", str(path)]) == 0
    assert started == [str(path)]


@pytest.fixture
def pg_store(postgres_server):
    """A store on PostgreSQL only: the child's COPY text is that backend's path."""
    opened = open_store(postgres_server.create_database())
    yield opened
    opened.engine.dispose()


def _stored_rows(store) -> list[tuple]:
    with store.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT id, source, target, kind, since, weight FROM tie ORDER BY id"
            )
        ]


def _spy(monkeypatch, module, name: str) -> list:
    """Calls of ``module.name`` (still made), to show which of the writer's paths ran."""
    calls: list = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def test_staged_ties_store_the_same_rows_with_their_ids_on_either_store(
    store, postgres_or_sqlite_url, tmp_path, monkeypatch
):
    """On SQLite from the child's scratch database, on PostgreSQL from the COPY text it wrote
    (streamed as it is): ids, repeats (the first's place, the last's values), days or none, and
    an id holding COPY's escape character, all as when the ties are read here."""
    from matchmaker.interchange import load

    document = _network(60, 900)
    document["actors"][7]["id"] = "p\\7"  # COPY text escapes a backslash
    for tie in document["ties"]:
        tie.update({end: "p\\7" for end in ("source", "target") if tie[end] == "p7"})
    document["ties"].append(dict(document["ties"][0], weight=7))  # a repeat written last wins
    path = _write(tmp_path, document, "net.json")
    here = open_store(postgres_or_sqlite_url())
    try:
        expected = import_document(here.engine, read_files([path], here.resolver()))
        expected_rows = _stored_rows(here)
    finally:
        here.engine.dispose()
    monkeypatch.setattr(tie_stage, "STAGE_CHILD_BYTES", 0)
    staged_path = _spy(
        monkeypatch, load, "copy_staged_ties" if store.engine.dialect.name == "sqlite" else "copy_staged_text"
    )
    doc = read_files([path], store.resolver())
    assert doc.staged_ties is not None
    assert import_document(store.engine, doc).as_dict() == expected.as_dict()
    assert len(staged_path) == 1  # the child's form of the ties was used, not rows made here
    assert _stored_rows(store) == expected_rows
    assert any("\\" in row[1] for row in expected_rows)
    doc.staged_ties.close()


# a child that answers, then dies halfway through writing its COPY text
DYING_COPY_CHILD = (
    "import os, sys; from matchmaker.interchange import tie_stage; write = tie_stage._write_copy_text; "
    "tie_stage._write_copy_text = lambda path, rows, ends: (write(path, rows[: len(rows) // 2], ends), os._exit(9)); "
    "sys.exit(tie_stage.child_main())"
)


@pytest.mark.postgres
def test_a_child_that_dies_halfway_through_its_copy_text_leaves_the_ties_to_this_process(
    pg_store, tmp_path, staged, monkeypatch
):
    document = _network(30, 200)
    path = _write(tmp_path, document, "net.json")
    monkeypatch.setattr(tie_stage, "_CHILD_CODE", DYING_COPY_CHILD)
    doc = read_files([path], pg_store.resolver())
    assert doc.staged_ties is not None
    report = import_document(pg_store.engine, doc)
    assert not doc.staged_ties.written(tie_stage.COPY_TEXT)
    assert Path(doc.staged_ties.copy_path).stat().st_size > 0  # the half it wrote was not taken
    assert _stored_ties(pg_store) == _expected_ties(document)
    assert report.added["ties"] == len(_expected_ties(document))


@pytest.mark.postgres
def test_a_cancel_while_the_copy_text_is_streamed_leaves_the_store_as_it_was(
    pg_store, tmp_path, staged, monkeypatch
):
    from matchmaker.interchange import bulk_rows

    monkeypatch.setattr(bulk_rows, "STAGED_BYTES_PER_WRITE", 300)  # a few ties a step
    first = _network(30, 100)
    import_document(pg_store.engine, read_files([_write(tmp_path, first, "one.json")], pg_store.resolver()))
    before = _stored_rows(pg_store)
    second = _network(30, 400, seed=8)
    doc = read_files([_write(tmp_path, second, "two.json")], pg_store.resolver())
    actors = len(doc.network.actors)
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] >= actors + 20  # a few steps into the ties

    with pytest.raises(ImportCancelled):
        import_document(
            pg_store.engine, doc, progress=lambda done, _total: seen.append(done), cancelled=cancelled
        )
    assert actors < max(seen) < actors + 400  # it stopped between two steps of the ties
    assert doc.staged_ties.written(tie_stage.COPY_TEXT)
    assert _stored_rows(pg_store) == before
    import_document(pg_store.engine, doc)  # the same import, whole, afterwards
    assert _stored_ties(pg_store) == _expected_ties(first, second)
