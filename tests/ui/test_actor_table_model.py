"""The directory's item model: Qt's model tester, cross-script search, sorting, speed at 100,000 rows."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from matchmaker.records import ActorRecord
from matchmaker.ui.actor_table_model import ACTOR_ID_ROLE, ActorTableModel

ACTORS = [
    ActorRecord(
        "a",
        "startup",
        "Zdorovia Online",
        "UA",
        native_name="Здоров'я Онлайн",
        city="Київ",
        sectors=("e-health",),
    ),
    ActorRecord("b", "company", "Kyiv Smart City", "UA", city="Kyiv", sectors=("smart city",)),
    ActorRecord(
        "c", "public_body", "Riigi Infosüsteemi Amet", "EE", city="Tallinn", sectors=("digital identity",)
    ),
    ActorRecord("d", "person", "Tõnu Põder", "EE", city="Pärnu"),
    ActorRecord("e", "university", "Kharkiv Polytechnic", "UA", city="Харків"),
]


def names(model: ActorTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_passes_the_qt_model_tester_through_filters_and_sorts(qtbot):
    model = ActorTableModel(ACTORS)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_filter("kyiv")
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter("", kind="person")
    model.set_actors(ACTORS[:2])
    model.replace_actor(ActorRecord("a", "startup", "Renamed", "UA"))
    model.set_filter("")
    assert model.rowCount() == 2


def test_kyiv_kiev_and_cyrillic_find_the_same_actors():
    model = ActorTableModel(ACTORS)
    found = {}
    for query in ("Київ", "kiev", "KYIV", "kyi"):
        model.set_filter(query)
        found[query] = sorted(names(model))
    assert found["Київ"] == ["Kyiv Smart City", "Zdorovia Online"]
    assert found["kiev"] == found["Київ"] == found["KYIV"] == found["kyi"]


def test_diacritics_and_native_names_are_ignored_or_matched():
    model = ActorTableModel(ACTORS)
    model.set_filter("tonu parnu")
    assert names(model) == ["Tõnu Põder"]
    model.set_filter("здоров")
    assert names(model) == ["Zdorovia Online"]
    model.set_filter("kharkov")  # an old exonym, and the city written in Cyrillic
    assert names(model) == ["Kharkiv Polytechnic"]


def test_kind_and_country_filters_combine_with_text():
    model = ActorTableModel(ACTORS)
    model.set_filter("", country="EE")
    assert sorted(names(model)) == ["Riigi Infosüsteemi Amet", "Tõnu Põder"]
    model.set_filter("kyiv", kind="company", country="UA")
    assert names(model) == ["Kyiv Smart City"]


def test_sorting_and_actor_ids():
    model = ActorTableModel(ACTORS)
    model.sort(3, Qt.SortOrder.AscendingOrder)  # country
    assert [model.index(r, 3).data() for r in range(5)] == ["EE", "EE", "UA", "UA", "UA"]
    assert model.index(0, 0).data(ACTOR_ID_ROLE) in ("c", "d")
    assert model.row_of("zzz") is None


def test_a_keystroke_over_100000_actors_stays_fast():
    actors = [
        ActorRecord(
            f"id{i}",
            "startup",
            f"Company {i}",
            "UA" if i % 2 else "EE",
            city="Київ" if i % 7 == 0 else "Tartu",
            sectors=("fintech",),
        )
        for i in range(100_000)
    ]
    model = ActorTableModel(actors)
    start = time.perf_counter()
    for query in ("k", "ky", "kyi", "kyiv", "kyiv c", "kyiv co"):
        model.set_filter(query)
    per_keystroke = (time.perf_counter() - start) / 6
    assert model.rowCount() == len([i for i in range(100_000) if i % 7 == 0])
    assert per_keystroke < 0.25, f"{per_keystroke * 1000:.0f} ms per keystroke"
