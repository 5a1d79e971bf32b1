"""Limits on every free-text and list field: refused in one line, and everything within them
exports and imports again (matchmaker/interchange/fields.py declares them once)."""

from __future__ import annotations

import csv
import json

import pytest
from sqlalchemy import update

from matchmaker.errors import InterchangeError
from matchmaker.interchange import export_network, import_document, read_files
from matchmaker.interchange.export import network_to_json
from matchmaker.interchange.exportable import UnexportableValue
from matchmaker.interchange.fields import FIELDS
from matchmaker.interchange.parse import split_weight
from matchmaker.models import Actor
from matchmaker.store import open_store

ACTOR = {"id": "x1", "kind": "ngo", "name": "Kood", "country": "EE"}


def _write(tmp_path, doc, name="doc.json"):
    path = tmp_path / name
    path.write_text(
        json.dumps({"format": "sandbox-matchmaker/1", **doc}, ensure_ascii=False), encoding="utf-8"
    )
    return path


def _import(store, path):
    return import_document(store.engine, read_files([path], store.resolver()))


# (section, field, a record holding exactly the limit): one character more must be refused
TEXT_FIELDS = [
    ("actors", "id"),
    ("actors", "name"),
    ("actors", "native_name"),
    ("actors", "city"),
    ("actors", "description"),
    ("actors", "website"),
    ("events", "id"),
    ("events", "name"),
    ("events", "city"),
    ("events", "venue"),
    ("events", "agenda"),
    ("decisions", "note"),
]


def _record(section: str, field: str, value: str) -> dict:
    base = {
        "actors": ACTOR,
        "events": {"id": "ev", "name": "Forum", "kind": "forum"},
        "decisions": {"a": "x1", "b": "x2"},
    }[section]
    return {**base, field: value}


def _doc(section: str, record: dict) -> dict:
    if section == "decisions":
        return {"actors": [ACTOR, {**ACTOR, "id": "x2"}], "decisions": [record]}
    return {section: [record]}


@pytest.mark.parametrize(("section", "field"), TEXT_FIELDS)
def test_text_at_its_limit_imports_and_one_character_more_is_refused(sqlite_store, tmp_path, section, field):
    limit = FIELDS[section][field].chars
    _import(sqlite_store, _write(tmp_path, _doc(section, _record(section, field, "x" * limit))))
    too_long = _write(tmp_path, _doc(section, _record(section, field, "y" * (limit + 1))), "long.json")
    with pytest.raises(InterchangeError) as caught:
        _import(sqlite_store, too_long)
    assert str(caught.value) == (
        f"{too_long}: $.{section}[0], field '{field}': is {limit + 1:,} characters long; at most {limit:,} allowed"
    )


@pytest.mark.parametrize("field", ["sectors", "languages", "roles"])
def test_list_fields_limit_both_each_item_and_the_number_of_items(sqlite_store, tmp_path, field):
    limit = FIELDS["actors"][field]
    with pytest.raises(
        InterchangeError, match=rf"field '{field}\[1\]': is {limit.chars + 1} characters long"
    ):
        _import(
            sqlite_store, _write(tmp_path, {"actors": [{**ACTOR, field: ["ok", "z" * (limit.chars + 1)]}]})
        )
    many = [f"v{i}" for i in range(limit.items + 1)]
    with pytest.raises(InterchangeError, match=rf"field '{field}': has more than {limit.items} entries"):
        _import(sqlite_store, _write(tmp_path, {"actors": [{**ACTOR, field: many}]}))
    assert sqlite_store.is_empty()


def test_skills_limit_the_label_and_the_count_before_any_lookup(sqlite_store, tmp_path):
    limit = FIELDS["actors"]["offers"]
    with pytest.raises(
        InterchangeError, match=r"field 'offers\[0\]': is 10,000,000 characters long; at most 200"
    ):
        _import(sqlite_store, _write(tmp_path, {"actors": [{**ACTOR, "offers": ["t" * 10_000_000]}]}))
    with pytest.raises(InterchangeError, match=r"field 'needs': has 100,000 skills; at most 300 allowed"):
        _import(sqlite_store, _write(tmp_path, {"actors": [{**ACTOR, "needs": ["x"] * 100_000}]}))
    csv_path = tmp_path / "actors.csv"
    csv_path.write_text("id,kind,name,country,offers\nx1,ngo,K,EE," + "w" * 201 + "=0.5\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"line 2, field 'offers\[0\]': is 201 characters long"):
        _import(sqlite_store, csv_path)
    assert limit.items * limit.chars < csv.field_size_limit()


def test_no_value_within_the_limits_can_outgrow_a_csv_cell():
    """An export must import again: the widest cell the limits allow (a full skill list with
    weights, plus the formula guard) stays under the CSV reader's field size limit."""
    widest_weight = len("=" + repr(0.12345678901234566))
    for section in FIELDS.values():
        for limit in section.values():
            items = limit.items or 1
            widest = items * (limit.chars + widest_weight) + (items - 1) + 1
            assert widest < csv.field_size_limit()


@pytest.mark.timeout(60)
def test_a_130_kb_skill_weight_cell_parses_in_linear_time(sqlite_store, tmp_path):
    """`a=111…1x` made the old pattern backtrack quadratically (> 240 s); now it is refused at once."""
    cell = "a=" + "1" * 130_000 + "x"
    assert split_weight(cell) == (cell, None)
    assert split_weight("a=" + "1" * 130_000) == ("a", float("1" * 130_000))
    path = tmp_path / "actors.csv"
    path.write_text(f"id,kind,name,country,offers\nx1,ngo,K,EE,{cell}\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"field 'offers\[0\]': is 130,003 characters long"):
        _import(sqlite_store, path)


def test_the_largest_values_accepted_export_and_import_again_in_both_spellings(sqlite_store, tmp_path):
    a = FIELDS["actors"]
    big = {
        **ACTOR,
        "id": "i" * a["id"].chars,
        "name": "=" + "n" * (a["name"].chars - 1),
        "native_name": "н" * a["native_name"].chars,
        "city": "c" * a["city"].chars,
        "description": "d\n" * (a["description"].chars // 2),
        "sectors": [f"{i:03}" + "s" * (a["sectors"].chars - 3) for i in range(a["sectors"].items)],
        "roles": [f"{i:03}" + "r" * (a["roles"].chars - 3) for i in range(a["roles"].items)],
        "offers": [
            {"skill": f"{i:03}" + "t" * (a["offers"].chars - 3), "weight": 0.1234567890123}
            for i in range(a["offers"].items)
        ],
        "needs": [f"{i:03}=0.5" + "u" * (a["needs"].chars - 7) for i in range(a["needs"].items)],
    }
    _import(sqlite_store, _write(tmp_path, {"actors": [big]}))
    original = network_to_json(sqlite_store.load_network())
    for fmt, out in (("json", tmp_path / "out.json"), ("csv", tmp_path / "out")):
        export_network(sqlite_store.load_network(), fmt, out)
        fresh = open_store(str(tmp_path / f"{fmt}.sqlite"))
        _import(fresh, out)
        assert network_to_json(fresh.load_network()) == original
        fresh.engine.dispose()


def test_export_refuses_a_stored_value_an_import_would_refuse(sqlite_store, tmp_path):
    _import(sqlite_store, _write(tmp_path, {"actors": [ACTOR]}))
    with sqlite_store.engine.begin() as connection:  # as an older version could have stored it
        connection.execute(update(Actor).where(Actor.id == "x1").values(sectors=["ok", "s" * 10_000]))
    for fmt, out in (("json", tmp_path / "x.json"), ("csv", tmp_path / "x")):
        with pytest.raises(UnexportableValue) as caught:
            export_network(sqlite_store.load_network(), fmt, out)
        assert str(caught.value) == (
            "actor 'x1', field 'sectors[1]': is 10,000 characters long; an import allows at most 100; "
            "edit it and export again"
        )
        assert not out.exists()


def test_csv_export_refuses_a_list_item_holding_its_separator(sqlite_store, tmp_path):
    """JSON carries "a;b" as one sector; CSV would read it back as two, so it says so instead."""
    _import(sqlite_store, _write(tmp_path, {"actors": [{**ACTOR, "sectors": ["e-health;fintech"]}]}))
    export_network(sqlite_store.load_network(), "json", tmp_path / "fine.json")
    with pytest.raises(UnexportableValue, match=r"field 'sectors\[0\]': holds ';'.*export as JSON instead"):
        export_network(sqlite_store.load_network(), "csv", tmp_path / "csv")
