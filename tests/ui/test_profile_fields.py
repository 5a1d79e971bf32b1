"""The profile's fields as a user fills them: the country picked from a list by name, every entry
checked beside the field as it is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from matchmaker.countries import country_names, find_country
from tests.ui.conftest import type_text

# the completer's popup on the offscreen platform
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def show(window, actor_id: str):
    window.open_profile(actor_id)
    return window.profile


def type_country(qtbot, box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    box.lineEdit().del_()
    type_text(box.lineEdit(), text)


def test_the_country_is_picked_by_name_and_round_trips(qtbot, sample_window):
    window, store = sample_window, sample_window.session.store
    profile = show(window, "ua-kyiv-health")
    box = profile.edits["country"]
    assert box.currentText() == "Ukraine" and box.code() == "UA"  # a name, never the bare code
    assert box.findText("Estonia") >= 0 and box.count() >= 240
    type_country(qtbot, box, "Eston")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = box.completer().completionModel()
    assert [shown.index(r, 0).data() for r in range(shown.rowCount())] == ["Estonia"]
    with qtbot.waitSignal(window.session.changed):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        box.lineEdit().editingFinished.emit()
    assert store.find_actor("ua-kyiv-health").country == "EE"  # never "ES" (Spain)
    assert box.currentText() == "Estonia"
    assert "Estonia" in profile.subtitle.text()
    with qtbot.waitSignal(window.session.changed):
        window.undo_stack.undo()
    assert store.find_actor("ua-kyiv-health").country == "UA"
    assert box.currentText() == "Ukraine"


def test_a_full_name_typed_in_any_language_saves_its_code(qtbot, sample_window):
    window, store = sample_window, sample_window.session.store
    profile = show(window, "ee-kadri")
    box = profile.edits["country"]
    type_country(qtbot, box, "Україна")
    with qtbot.waitSignal(window.session.changed):
        box.lineEdit().editingFinished.emit()
    assert store.find_actor("ee-kadri").country == "UA"


def test_text_that_names_no_country_is_refused_beside_the_field(qtbot, sample_window):
    window, store = sample_window, sample_window.session.store
    profile = show(window, "ua-kyiv-health")
    box = profile.edits["country"]
    type_country(qtbot, box, "Odesa")
    box.lineEdit().editingFinished.emit()
    assert profile.form.message("country") == "Country names no country: “Odesa”; pick one from the list"
    assert not profile.form.messages["country"].isHidden()
    assert store.find_actor("ua-kyiv-health").country == "UA"
    assert window.undo_stack.count() == 0


def test_country_names_follow_the_language(qtbot, sample_window):
    window = sample_window
    window.session.set_language("et")
    profile = show(window, "ua-kyiv-health")
    assert profile.edits["country"].currentText() == "Ukraina"
    assert "Ukraina" in profile.subtitle.text()
    window.session.set_language("uk")
    assert profile.edits["country"].currentText() == "Україна"


def test_every_field_is_checked_as_it_is_typed(qtbot, sample_window):
    window, store = sample_window, sample_window.session.store
    profile = show(window, "ee-kadri")
    name = profile.edits["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert profile.form.message("name") == "Name cannot be empty"  # before anything is saved
    qtbot.keyClicks(name, "K" * 301)
    assert profile.form.message("name") == "Name is longer than 300 characters"
    name.setText("Kadri")
    qtbot.keyClicks(name, " Tamm")
    assert profile.form.message("name") == ""
    website = profile.edits["languages"]
    website.setFocus()
    qtbot.keyClicks(website, ", " + ", ".join(f"l{i}" for i in range(31)))
    assert profile.form.message("languages").startswith("Languages has ")
    email = profile.edits["email"]
    email.setFocus()
    qtbot.keyClicks(email, "kadri@")
    assert "is not an e-mail address" in profile.form.message("email")
    qtbot.keyClicks(email, "example.ee")
    assert profile.form.message("email") == ""
    with qtbot.waitSignal(window.session.changed):
        qtbot.keyClick(email, Qt.Key.Key_Return)
    assert store.find_actor("ee-kadri").email == "kadri@example.ee"


def test_country_lookup_never_guesses_from_the_first_letters():
    assert find_country("Estonia") == "EE" and find_country("Eesti") == "EE"
    assert find_country("Spain") == "ES" and find_country("Odesa") is None and find_country("OD") is None
    names = dict(country_names("uk"))
    assert names["EE"] == "Естонія" and names["UA"] == "Україна"
