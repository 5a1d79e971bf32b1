"""Exports appear whole or not at all, and never land on the database they were read from."""

from __future__ import annotations

import json
import os
import stat

import pytest

from matchmaker.atomic import WriteError, atomic_file, atomic_folder
from matchmaker.cli import main
from matchmaker.interchange import export_network
from tests.sample_network import write_sample


def _siblings(folder) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


def test_a_writer_that_fails_half_way_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "export.json"
    target.write_text("the good earlier export", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_file(target) as temporary:
        temporary.write_text("half of the new", encoding="utf-8")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "the good earlier export"
    assert _siblings(tmp_path) == {"export.json"}


def test_a_finished_file_replaces_the_old_one_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "export.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o600)
    with atomic_file(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(".export.json.")
        temporary.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _siblings(tmp_path) == {"export.json"}


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    with atomic_file(tmp_path / "new.json") as temporary:
        temporary.write_text("{}", encoding="utf-8")
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o666 & ~umask


def test_a_folder_export_is_swapped_in_whole_and_a_failed_one_changes_nothing(tmp_path):
    target = tmp_path / "csv"
    target.mkdir()
    (target / "actors.csv").write_text("old actors", encoding="utf-8")
    (target / "ties.csv").write_text("old ties", encoding="utf-8")
    (target / ".DS_Store").write_bytes(b"finder")
    with pytest.raises(RuntimeError), atomic_folder(target, ["actors.csv", "ties.csv"]) as folder:
        (folder / "actors.csv").write_text("new actors", encoding="utf-8")
        raise RuntimeError("killed before ties.csv")
    assert (target / "ties.csv").read_text(encoding="utf-8") == "old ties"
    assert _siblings(tmp_path) == {"csv"}

    with atomic_folder(target, ["actors.csv", "ties.csv"]) as folder:
        (folder / "actors.csv").write_text("new actors", encoding="utf-8")
        (folder / "ties.csv").write_text("new ties", encoding="utf-8")
    assert _siblings(target) == {"actors.csv", "ties.csv"}
    assert (target / "ties.csv").read_text(encoding="utf-8") == "new ties"
    assert _siblings(tmp_path) == {"csv"}


def test_a_folder_holding_other_files_is_refused_not_swapped_away(tmp_path):
    target = tmp_path / "Documents"
    target.mkdir()
    (target / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(WriteError, match=r"Documents: holds other files \(thesis\.docx\); export into a new"):
        export_network(_empty_net(), "csv", target)
    assert (target / "thesis.docx").read_bytes() == b"years of work"
    assert _siblings(tmp_path) == {"Documents"}


def _empty_net():
    from matchmaker.records import NetworkData

    return NetworkData()


def test_a_file_where_a_folder_goes_and_the_reverse_are_one_line_errors(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(WriteError, match="is a file; give the name of a folder"):
        export_network(_empty_net(), "csv", tmp_path / "file")
    with pytest.raises(WriteError, match="is a folder; give a file name"):
        export_network(_empty_net(), "json", tmp_path)


@pytest.fixture
def db_with_network(tmp_path):
    db = tmp_path / "network.sqlite"
    assert main(["--db", str(db), "import", str(write_sample(tmp_path))]) == 0
    return db


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("fmt", ["json", "gexf", "csv"])
def test_export_onto_the_database_or_its_companions_is_refused(db_with_network, capsys, fmt, suffix):
    db = db_with_network
    size_before = db.stat().st_size  # stat only: the database file is never opened outside SQLite
    capsys.readouterr()
    code = main(["--db", str(db), "export", "--format", fmt, "-o", f"{db}{suffix}"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert (
        err
        == f"error: {db}{suffix}: is the database this command works on ({db.name}{suffix}); it is never read "
        "or written as an ordinary file: choose another file\n"
    )
    assert db.stat().st_size == size_before
    assert main(["--db", str(db), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["actors"] == 4


def test_export_onto_the_database_by_another_spelling_is_refused(db_with_network, capsys, monkeypatch):
    db = db_with_network
    monkeypatch.chdir(db.parent)
    link = db.parent / "same.sqlite"
    os.link(db, link)  # a hard link: another name for the very same file
    for spelling in (f"./{db.name}", f"../{db.parent.name}/{db.name}", str(link)):
        capsys.readouterr()
        assert main(["--db", db.name, "export", "--format", "json", "-o", spelling]) == 2
        assert "is the database this command works on" in capsys.readouterr().err


def test_a_csv_export_into_the_folder_holding_the_database_is_refused(db_with_network, capsys):
    db = db_with_network
    capsys.readouterr()
    assert main(["--db", str(db), "export", "--format", "csv", "-o", str(db.parent)]) == 2
    assert capsys.readouterr().err == (
        f"error: {db.parent}: holds the database this command works on; choose another folder\n"
    )
    assert db.exists()
