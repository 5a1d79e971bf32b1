"""The data commands as a user runs them: import, export, stats, demo, and clean errors."""

import json
import subprocess
import sys

from matchmaker.cli import main
from tests.sample_network import write_sample


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_report_then_stats(tmp_path, capsys):
    db = str(tmp_path / "n.sqlite")
    code, out, err = run(capsys, "--db", db, "import", str(write_sample(tmp_path)), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["added"]["actors"] == 4 and report["new_tags"] == ["tag:drone mapping"]
    assert "import complete" in err

    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    stats = json.loads(out)
    assert stats["actors"] == 4 and stats["actors_by_country"] == {"EE": 2, "UA": 2}


def test_dry_run_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "n.sqlite")
    code, out, err = run(capsys, "--db", db, "import", "--dry-run", str(write_sample(tmp_path)))
    assert code == 0 and "dry run: nothing was changed" in err
    assert json.loads(run(capsys, "--db", db, "stats", "--json")[1])["actors"] == 0


def test_a_bad_file_gives_one_line_on_stderr_and_a_non_zero_exit(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "sandbox-matchmaker/1", "actors": [{"id": "a", "kind": "x", "name": "A", "country": "EE"}]}'
    )
    code, out, err = run(capsys, "--db", str(tmp_path / "n.sqlite"), "import", str(bad))
    assert code == 2 and out == ""
    assert (
        err.strip()
        == f"error: {bad}: $.actors[0], field 'kind': expected one of startup, company, public_body, investor, university, ngo, person; got 'x'"
    )


def test_export_csv_and_json(tmp_path, capsys):
    db = str(tmp_path / "n.sqlite")
    run(capsys, "--db", db, "import", str(write_sample(tmp_path)))
    code, out, _ = run(capsys, "--db", db, "export", "--format", "csv", "-o", str(tmp_path / "csv"), "--json")
    assert code == 0 and len(json.loads(out)["written"]) == 5
    assert "Riigi Infosüsteemide Keskus" in (tmp_path / "csv" / "actors.csv").read_text(encoding="utf-8")
    run(capsys, "--db", db, "export", "--format", "json", "-o", str(tmp_path / "x.json"))
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["format"] == "sandbox-matchmaker/1"


def test_a_new_database_starts_empty_and_demo_reset_seeds_it(tmp_path, capsys):
    db = str(tmp_path / "fresh.sqlite")
    assert json.loads(run(capsys, "--db", db, "stats", "--json")[1])["actors"] == 0
    code, out, err = run(capsys, "--db", db, "demo", "--reset", "--json")
    assert code == 0 and json.loads(out)["added"]["actors"] > 500
    # a second plain `demo` refuses to overwrite
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 1 and "--reset" in err


def test_python_dash_m_works_and_json_is_the_only_stdout(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "matchmaker", "--db", str(tmp_path / "a.sqlite"), "stats", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["actors"] == 0


def test_unknown_file_is_a_clean_error(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite"), "import", str(tmp_path / "missing.json"))
    assert code == 2 and "missing.json: cannot be read: No such file or directory" in err
