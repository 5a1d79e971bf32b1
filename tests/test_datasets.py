"""The converters of the real partnership records: what a bench or a researcher importing them relies on."""

from __future__ import annotations

import json
from datetime import date

import pytest

from matchmaker.cli import main
from matchmaker.datasets import cordis, crunchbase
from matchmaker.errors import InterchangeError

PARTICIPATIONS = """project,organisation,role,type,country,start_date,end_date
p1,o1,coordinator,HES,EL,2015-03-01,2018-02-28
p1,o2,participant,PRC,UK,2015-03-01,2018-02-28
p1,o3,participant,REC,EE,2015-03-01,2018-02-28
p2,o1,coordinator,HES,EL,2016-05-01,2019-04-30
p2,o4,participant,PUB,UA,2016-05-01,2019-04-30
p3,o2,coordinator,PRC,UK,2014-01-01,2016-12-31
p3,o3,participant,REC,EE,2014-01-01,2016-12-31
"""
PARTS = """project,programme_part
p1,SC1
p2,LEIT
p3,SC6
"""
ACQUISITIONS = """acquired_at,acquirer_permalink,acquirer_name,acquirer_category_list,acquirer_country_code,company_permalink,company_name,company_category_list,company_country_code,price_amount
2012-07-23,/organization/big,Big Co,Software|Media,USA,/organization/tiny,Tiny,Analytics,EST,
2013-02-01,/organization/big,Big Co,Software|Media,USA,/organization/other,Other,,,
"""


@pytest.fixture
def records(tmp_path):
    (tmp_path / "participations.csv").write_text(PARTICIPATIONS, encoding="utf-8")
    (tmp_path / "parts.csv").write_text(PARTS, encoding="utf-8")
    (tmp_path / "acquisitions.csv").write_text(ACQUISITIONS, encoding="utf-8")
    return tmp_path


def test_consortia_become_dated_partnerships_between_every_pair(records):
    doc = cordis.convert(str(records / "participations.csv"), str(records / "parts.csv"))
    ties = {(t["source"], t["target"]): t["since"] for t in doc["ties"]}
    # o2 and o3 met first in p3 (2014), again in p1: one tie, dated by the first project
    assert ties == {
        ("o1", "o2"): "2015-03-01",
        ("o1", "o3"): "2015-03-01",
        ("o2", "o3"): "2014-01-01",
        ("o1", "o4"): "2016-05-01",
    }
    assert all(t["kind"] == "partner" for t in doc["ties"])
    actors = {a["id"]: a for a in doc["actors"]}
    assert actors["o1"]["country"] == "GR" and actors["o2"]["country"] == "GB"  # CORDIS's EL and UK
    assert [actors[o]["kind"] for o in ("o1", "o2", "o3", "o4")] == [
        "university",
        "company",
        "ngo",
        "public_body",
    ]
    assert actors["o1"]["sectors"] == ["LEIT", "SC1"]


def test_sectors_come_only_from_projects_before_the_cut(records):
    doc = cordis.convert(
        str(records / "participations.csv"), str(records / "parts.csv"), before=date(2016, 1, 1)
    )
    actors = {a["id"]: a for a in doc["actors"]}
    assert actors["o1"]["sectors"] == ["SC1"]  # p2 (LEIT) started later: a time split must not read it
    assert "sectors" not in actors["o4"]
    assert len(doc["ties"]) == 4  # ties keep their dates; the split hides the later ones


def test_acquisitions_become_ties_from_acquirer_to_acquired(records):
    doc = crunchbase.convert(str(records / "acquisitions.csv"))
    assert [(t["source"], t["target"], t["kind"], t["since"]) for t in doc["ties"]] == [
        ("big", "tiny", "invested_in", "2012-07-23"),
        ("big", "other", "invested_in", "2013-02-01"),
    ]
    actors = {a["id"]: a for a in doc["actors"]}
    assert actors["big"] == {
        "id": "big",
        "kind": "company",
        "name": "Big Co",
        "country": "US",
        "sectors": ["Media", "Software"],
    }
    assert actors["tiny"]["country"] == "EE" and actors["other"]["country"] == "ZZ"  # unknown country


def test_a_missing_column_names_the_file_line_and_column(records):
    (records / "bad.csv").write_text("project,organisation,type\np1,o1,HES\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as error:
        cordis.convert(str(records / "bad.csv"))
    assert (
        str(error.value)
        == f"{records / 'bad.csv'}: line 1, field 'country': this column is missing from the header"
    )


def test_converted_records_import_and_evaluate_as_the_app_asks(records, capsys):
    out = records / "acq.json"
    assert crunchbase.main([str(records / "acquisitions.csv"), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "sandbox-matchmaker/1"
    db = str(records / "acq.sqlite")
    assert main(["--db", db, "import", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "recommend", "tiny", "--kind", "company", "--any-country", "--json"]) == 0
    suggestions = json.loads(capsys.readouterr().out)["tiny"]
    assert suggestions == [] or suggestions[0]["relation"] == "invested_in"
