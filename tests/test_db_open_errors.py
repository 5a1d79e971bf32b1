"""``--db`` pointing at anything but one of our databases: one line on stderr, exit 2, nothing touched.

Each of these printed a traceback before (issue 16, item 4).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.cli import main
from matchmaker.store import open_store
from tests.sample_network import write_sample


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str) -> str:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "Traceback" not in err
    return err


@pytest.fixture
def good_db(tmp_path):
    path = tmp_path / "good.sqlite"
    store = open_store(str(path))
    from matchmaker.interchange import import_document, read_files

    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    store.close()
    return path


def test_random_bytes(tmp_path, capsys):
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(8192))
    err = one_line_error(*run(capsys, "--db", str(path), "stats")[::2])
    assert str(path) in err and "not a Sandbox Matchmaker database" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["random.sqlite"]  # no lock file, no journal


def test_a_json_file(tmp_path, capsys):
    path = write_sample(tmp_path)
    before = path.read_bytes()
    err = one_line_error(*run(capsys, "--db", str(path), "stats")[::2])
    assert "not a Sandbox Matchmaker database" in err
    assert path.read_bytes() == before


def test_a_truncated_database(good_db, tmp_path, capsys):
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(good_db.read_bytes()[: good_db.stat().st_size // 3])
    err = one_line_error(*run(capsys, "--db", str(cut), "stats")[::2])
    assert str(cut) in err and ("damaged" in err or "not a Sandbox Matchmaker database" in err)


def test_a_fake_database_made_by_another_program(tmp_path, capsys):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()
    err = one_line_error(*run(capsys, "--db", str(path), "import", str(write_sample(tmp_path)))[::2])
    assert "not a Sandbox Matchmaker database" in err and "invoices" in err
    with sqlite3.connect(path) as connection:  # our tables were not added to someone else's file
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    connection.close()
    assert tables == {"invoices"}


def test_a_folder(tmp_path, capsys):
    err = one_line_error(*run(capsys, "--db", str(tmp_path), "stats")[::2])
    assert err.strip() == f"error: {tmp_path} is a folder, not a database file"


def test_a_missing_parent_folder(tmp_path, capsys):
    path = tmp_path / "nowhere" / "n.sqlite"
    err = one_line_error(*run(capsys, "--db", str(path), "stats")[::2])
    assert f"the folder {tmp_path / 'nowhere'} does not exist" in err
    assert not (tmp_path / "nowhere").exists()


def test_a_database_from_a_future_version(good_db, capsys):
    with sqlite3.connect(good_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    err = one_line_error(*run(capsys, "--db", str(good_db), "stats")[::2])
    assert "newer version of Sandbox Matchmaker" in err and "0099_future" in err


@pytest.mark.parametrize("url", ["foo://bar", "mysql://someone:secret@db.example/net"])
def test_an_unknown_kind_of_database(url, capsys):
    err = one_line_error(*run(capsys, "--db", url, "stats")[::2])
    assert "give a SQLite file path or a postgresql:// URL" in err
    assert "secret" not in err


def test_postgresql_without_its_driver_names_the_extra(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    err = one_line_error(*run(capsys, "--db", "postgresql://someone@localhost/net", "stats")[::2])
    assert "psycopg" in err and "sandbox-matchmaker[postgres]" in err


def test_evaluate_on_an_empty_database(tmp_path, capsys):
    err = one_line_error(*run(capsys, "--db", str(tmp_path / "empty.sqlite"), "evaluate")[::2])
    assert "no partner ties" in err


def test_piping_into_head_ends_quietly(tmp_path, demo_store_path):
    """The reader goes away at once (``| head -0``): the command stops without a traceback."""
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_store_path, db)
    child = subprocess.Popen(
        [sys.executable, "-m", "matchmaker", "--db", str(db), "brokers", "--top", "500"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # before the command has written anything
    _out, err = child.communicate(timeout=120)
    assert err.decode() == ""
    assert child.returncode == 141


def _can_drop_privileges() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv") is not None


@pytest.mark.skipif(not _can_drop_privileges(), reason="needs root to run a command as another user")
@pytest.mark.parametrize("folder_writable", [True, False], ids=["file-read-only", "folder-read-only"])
def test_a_read_only_database_opens_read_only(good_db, folder_writable):
    """A database the user may only read: every reading command works, a write says why in one line.

    In a read-only folder SQLite cannot make the ``-shm`` file WAL needs; the file is then read
    as immutable. The commands run as ``nobody``, since root may write anything.
    """
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="matchmaker-ro-"))
    try:
        os.chmod(folder, 0o755)
        db = folder / "net.sqlite"
        shutil.copy(good_db, db)
        os.chmod(db, 0o444)
        if not folder_writable:
            os.chmod(folder, 0o555)
        before = db.read_bytes()

        def as_nobody(*argv):
            return subprocess.run(
                [
                    "setpriv",
                    "--reuid=65534",
                    "--regid=65534",
                    "--clear-groups",
                    sys.executable,
                    "-m",
                    "matchmaker",
                ]
                + ["--db", str(db), *argv],
                capture_output=True,
                text=True,
                timeout=120,
                cwd=folder,
            )

        stats = as_nobody("stats", "--json")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["actors"] == 4
        write = as_nobody("demo", "--reset")
        assert write.returncode == 2
        assert write.stderr.strip() == (
            f"error: {db} is open read-only (you may not write to the file); nothing was changed"
        )
        assert db.read_bytes() == before
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)
