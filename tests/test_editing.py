"""Actor edits in the core: validation, what changed, and undoing by the inverse change."""

from __future__ import annotations

import pytest

from matchmaker.editing import (
    ActorEditError,
    add_skill,
    apply_field_change,
    apply_skill_change,
    remove_skill,
    set_skill_weight,
    update_actor,
)
from matchmaker.errors import UnknownActorError
from matchmaker.interchange import import_document, read_files
from tests.sample_network import write_sample


@pytest.fixture
def store(sqlite_store, tmp_path):
    import_document(sqlite_store.engine, read_files([write_sample(tmp_path)], sqlite_store.resolver()))
    return sqlite_store


def actor(store, actor_id="ua-kyiv-health"):
    return store.find_actor(actor_id)


def test_update_returns_only_what_changed_and_writes_it(store):
    changes = update_actor(store, "ua-kyiv-health", city="Kharkiv", name="Zdorovia Online")
    assert [(c.field, c.before, c.after) for c in changes] == [("city", "Київ", "Kharkiv")]
    assert actor(store).city == "Kharkiv"


def test_undo_by_inverse_restores_the_old_value(store):
    (change,) = update_actor(store, "ua-kyiv-health", description="New words")
    apply_field_change(store, change.inverse())
    assert actor(store).description == "Мобільні сервіси для пацієнтів"
    apply_field_change(store, change)
    assert actor(store).description == "New words"


def test_list_fields_take_comma_separated_text(store):
    (change,) = update_actor(store, "ua-kyiv-health", sectors="e-health,  fintech ,e-health")
    assert change.after == ["e-health", "fintech"]
    assert actor(store).sectors == ("e-health", "fintech")


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("name", "   ", "cannot be empty"),
        ("kind", "spaceship", "must be one of"),
        ("country", "Estonia", "two-letter"),
        ("email", "not-an-address", "not an e-mail"),
        ("city", "x" * 121, "longer than 120"),
        ("sectors", ",".join(f"s{i}" for i in range(51)), "at most 50 allowed"),
        ("roles", "r" * 101, "longer than 100"),
        ("name", "Kood\x00", "NUL"),
        ("created_at", "2020", "not an editable field"),
    ],
)
def test_invalid_values_are_refused_with_the_field_named(store, field, value, fragment):
    with pytest.raises(ActorEditError, match=fragment) as info:
        update_actor(store, "ua-kyiv-health", **{field: value})
    assert info.value.field == field
    assert actor(store).name == "Zdorovia Online"


def test_country_is_upper_cased_and_empty_optional_fields_become_none(store):
    changes = update_actor(store, "ua-kyiv-health", country="ee", website="  ")
    assert {c.field: c.after for c in changes} == {"country": "EE"}
    update_actor(store, "ua-kyiv-health", email="")
    assert actor(store).email is None


def test_unknown_actor(store):
    with pytest.raises(UnknownActorError):
        update_actor(store, "nobody", city="Tartu")


def test_add_skill_by_label_in_any_language_and_undo(store):
    change = add_skill(store, "ee-kadri", "offer", "Обмін даними X-Road")
    assert (change.skill_id, change.before, change.after) == ("egov:x-road", None, 1.0)
    assert actor(store, "ee-kadri").offers == {"egov:x-road": 1.0}
    apply_skill_change(store, change.inverse())
    assert actor(store, "ee-kadri").offers == {}


def test_unknown_text_becomes_a_free_tag(store):
    change = add_skill(store, "ee-kadri", "need", "Underwater drones")
    assert change.skill_id == "tag:underwater drones"
    assert store.skills()["tag:underwater drones"].label_en == "Underwater drones"
    assert actor(store, "ee-kadri").needs == {"tag:underwater drones": 1.0}


def test_remove_and_reweight(store):
    before = actor(store, "ee-ria").needs
    ((skill_id, weight),) = before.items()
    assert weight == 0.5
    change = set_skill_weight(store, "ee-ria", "need", skill_id, 0.8)
    assert (change.before, change.after) == (0.5, 0.8)
    removed = remove_skill(store, "ee-ria", "need", skill_id)
    assert actor(store, "ee-ria").needs == {}
    apply_skill_change(store, removed.inverse())
    assert actor(store, "ee-ria").needs == {skill_id: 0.8}


@pytest.mark.parametrize(
    ("side", "text", "weight"), [("wish", "SQL", 1.0), ("offer", " ", 1.0), ("offer", "SQL", 1.5)]
)
def test_bad_skill_edits(store, side, text, weight):
    with pytest.raises(ActorEditError):
        add_skill(store, "ee-kadri", side, text, weight)
