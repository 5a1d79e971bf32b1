"""The command line never hands a terminal the control sequences stored in names.

A name such as ``Kood\\x1b[2J`` (clear screen) or ``\\x1b]0;…\\x07`` (window title) is printed
with its control characters made visible; ``--json`` output escapes them too.
"""

from __future__ import annotations

import copy
import json

import pytest

from matchmaker.cli import main
from tests.sample_network import SAMPLE, write_sample

CLEAR_SCREEN = "\x1b[2J"
SET_TITLE = "\x1b]0;pwned\x07"
CSI_8BIT = "\x9b31m"
RAW = ("\x1b", "\x07", "\x9b", "\x00", "\r")


@pytest.fixture
def hostile_db(tmp_path):
    doc = copy.deepcopy(SAMPLE)
    names = {
        "ee-kadri": f"Kadri{CLEAR_SCREEN}Tamm",
        "ua-olena": f"Olena{SET_TITLE}",
        "ee-ria": f"RIA{CSI_8BIT}",
    }
    for actor in doc["actors"]:
        actor["name"] = names.get(actor["id"], actor["name"])
    actor = next(a for a in doc["actors"] if a["id"] == "ee-ria")
    actor["offers"].append(f"tag{CLEAR_SCREEN}")
    db = str(tmp_path / "n.sqlite")
    assert main(["--db", db, "import", str(write_sample(tmp_path, doc))]) == 0
    return db


COMMANDS = [
    ["brokers"],
    ["communities"],
    ["path", "ee-ria", "ua-kyiv-health"],
    ["recommend", "ua-kyiv-health", "ee-kadri"],
    ["stats"],
    ["find", "Kadri"],
    ["teams", "hack-kyiv-2025", "--size", "1-2"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_no_command_prints_a_raw_control_character(hostile_db, capsys, command, as_json):
    capsys.readouterr()
    code = main(["--db", hostile_db, *command, *(["--json"] if as_json else [])])
    out, err = capsys.readouterr()
    assert code == 0, err
    for raw in RAW:
        assert raw not in out and raw not in err
    if as_json:
        json.loads(out)  # escaping keeps the document valid and its values intact


def test_names_show_their_control_characters_as_escapes(hostile_db, capsys):
    capsys.readouterr()
    assert main(["--db", hostile_db, "brokers"]) == 0
    assert main(["--db", hostile_db, "path", "ee-ria", "ua-kyiv-health"]) == 0
    out = capsys.readouterr().out
    assert "Kadri\\x1b[2JTamm" in out and "Olena\\x1b]0;pwned\\x07" in out and "RIA\\x9b31m" in out


def test_json_output_escapes_them_and_keeps_the_exact_values(hostile_db, capsys):
    capsys.readouterr()
    assert main(["--db", hostile_db, "recommend", "ua-kyiv-health", "--json"]) == 0
    out = capsys.readouterr().out
    assert "RIA\\u009b31m" in out
    assert "RIA" + CSI_8BIT in json.dumps(json.loads(out), ensure_ascii=False)


def test_an_import_error_naming_a_hostile_key_is_escaped(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": "sandbox-matchmaker/1", "actors": [{"id": "x", f"k{CLEAR_SCREEN}": 1}]}),
        encoding="utf-8",
    )
    assert main(["--db", str(tmp_path / "n.sqlite"), "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "field 'k\\x1b[2J': is not a known field" in err and "\x1b" not in err
