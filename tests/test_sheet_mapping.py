"""Guessing a sheet's mapping from its headers in English, Estonian and Ukrainian, and the MAP.json file."""

from __future__ import annotations

import json

import pytest

from matchmaker.errors import InterchangeError
from matchmaker.interchange.sheets import guess_map, load_map, read_table
from matchmaker.interchange.sheets.countries import country_code
from matchmaker.interchange.sheets.headers import guess_mapping
from tests.sheet_files import HEADERS_EN, HEADERS_ET, HEADERS_UK, ROWS, write_xlsx

EXPECTED = ["name", "kind", "country", "city", "offers", "needs", "email", "ignore"]


@pytest.mark.parametrize("headers", [HEADERS_EN, HEADERS_ET, HEADERS_UK], ids=["en", "et", "uk"])
def test_the_mapping_is_guessed_in_three_languages(headers):
    assert list(guess_mapping(headers).values()) == EXPECTED


def test_longer_matches_win_and_a_field_goes_to_one_column():
    guessed = guess_mapping(["Organisation type", "Organisation name", "Company", "Skills", "Competences"])
    assert guessed == {
        "Organisation type": "kind",
        "Organisation name": "name",
        "Company": "ignore",  # the name is taken by the better header
        "Skills": "offers",
        "Competences": "offers",  # skills may come from several columns
    }


def test_free_text_headers_are_understood():
    guessed = guess_mapping(
        ["What can you offer?", "What are you looking for?", "Назва мовою оригіналу", "Веб-сайт"]
    )
    assert list(guessed.values()) == ["offers", "needs", "native_name", "website"]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Estonia", "EE"), ("Eesti", "EE"), ("Естонія", "EE"), ("EST", "EE"), ("ukraina", "UA"), ("Україна", "UA"),
     ("Ukraine", "UA"), ("Saksamaa", "DE"), ("Німеччина", "DE"), ("Poland", "PL"), ("Soome", "FI")],
)  # fmt: skip
def test_country_names_in_three_languages(text, code):
    assert country_code(text) == code


def test_guess_map_round_trips_through_a_map_file(tmp_path):
    table = read_table(write_xlsx(tmp_path / "reg.xlsx", HEADERS_UK, ROWS))
    guessed = guess_map(table)
    path = tmp_path / "map.json"
    path.write_text(json.dumps(guessed.as_dict(), ensure_ascii=False), encoding="utf-8")
    assert load_map(path) == guessed
    assert guessed.sheet == "Registrations"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"columns": {}}, "field 'format': expected a JSON object"),
        ({"format": "sandbox-matchmaker-sheet-map/1", "columns": {"Org": "organisation"}},
         "field 'columns.Org': 'organisation' is not an actor field"),
        ({"format": "sandbox-matchmaker-sheet-map/1", "columns": {}, "defaults": {"name": "X"}},
         "field 'defaults.name': cannot have a default"),
        ({"format": "sandbox-matchmaker-sheet-map/1", "columns": {}, "merge": {"two": "x"}},
         "field 'merge.two': expected a sheet row number"),
        ({"format": "sandbox-matchmaker-sheet-map/1", "columns": {}, "colums": {}}, "field 'colums': is not a known key"),
    ],
)  # fmt: skip
def test_a_wrong_map_is_refused_naming_the_key(tmp_path, document, message):
    path = tmp_path / "map.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InterchangeError) as refused:
        load_map(path)
    assert message in str(refused.value)
