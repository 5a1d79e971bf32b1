"""Issue 16 in the app: exports ask for whom, private actors are marked and never suggested, a save
over someone else's shows both versions, a person can be exported or forgotten, backups restored."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from matchmaker.editing import update_actor
from matchmaker.store import open_store
from matchmaker.ui.actor_table_model import ACTOR_ID_ROLE
from tests.ui.conftest import open_window
from tests.ui.file_dialog_driver import answer_file_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def private_store(sample_store):
    """The sample network with Olena private (and her e-mail on record), Kadri council-only."""
    update_actor(sample_store, "ua-olena", visibility="private", email="olena@example.ua")
    update_actor(sample_store, "ee-kadri", visibility="council")
    return sample_store


@pytest.fixture
def window(qtbot, private_store):
    return open_window(qtbot, private_store)


def export_through_the_menu(qtbot, window, tmp_path, audience: str, contacts: bool):
    files = window.files
    window.actions["export_json"].trigger()
    options = files.options_dialog
    assert options.choices["public"].isChecked() and not options.contacts.isChecked()  # the safe default
    options.choices[audience].setChecked(True)
    options.contacts.setChecked(contacts)
    out = tmp_path / f"{audience}-{contacts}.json"
    answer_file_dialog(tmp_path, out)
    with qtbot.waitSignal(files.message, timeout=30_000) as message:
        options.accept()
    return json.loads(out.read_text(encoding="utf-8")), message.args[0]


def test_the_export_asks_for_whom_and_leaves_out_what_they_may_not_see(qtbot, window, tmp_path):
    doc, said = export_through_the_menu(qtbot, window, tmp_path, "public", False)
    ids = {a["id"] for a in doc["actors"]}
    assert "ua-olena" not in ids and "ee-kadri" not in ids and "ee-ria" in ids
    assert not any(a.get("email") for a in doc["actors"])
    assert "2 actor(s) not for this audience left out" in said
    doc, _said = export_through_the_menu(qtbot, window, tmp_path, "council", False)
    assert {"ee-kadri"} <= {a["id"] for a in doc["actors"]} and "ua-olena" not in {
        a["id"] for a in doc["actors"]
    }
    doc, _said = export_through_the_menu(qtbot, window, tmp_path, "everything", True)
    olena = next(a for a in doc["actors"] if a["id"] == "ua-olena")
    assert olena["email"] == "olena@example.ua"


def test_private_and_council_actors_are_marked_in_the_directory_and_on_the_map(qtbot, window):
    from matchmaker.ui.map_data import actor_tooltip

    model = window.directory.model
    by_id = {model.index(r, 0).data(ACTOR_ID_ROLE): r for r in range(model.rowCount())}
    olena = model.index(by_id["ua-olena"], 0)
    assert olena.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Private: kept in this database only" in olena.data(Qt.ItemDataRole.ToolTipRole)
    assert "Council only" in model.index(by_id["ee-kadri"], 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(by_id["ee-ria"], 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert "Private" in actor_tooltip(window.session.actor("ua-olena"))
    assert "Private" not in actor_tooltip(window.session.actor("ee-ria"))


def test_the_apps_recommender_never_suggests_a_private_or_council_actor(qtbot, demo_store):
    from tests.ui.conftest import loaded_session

    session = loaded_session(qtbot, demo_store)
    hidden = {a.id for a in session.net.actors if a.visibility != "public"}
    assert hidden, "the demo has private actors: the test can fail"
    models = []
    session.compute("recommender", models.append)
    qtbot.waitUntil(lambda: bool(models), timeout=120_000)
    suggested = set()
    for actor in session.net.actors[::6]:
        suggested |= {s.id for s in models[0].recommend(actor.id, top=30, any_country=True)}
    assert suggested and not suggested & hidden


def save_elsewhere(store, actor_id, **fields) -> None:
    """Another client (a second connection to the same file) saves the actor."""
    other = open_store(str(store.database_file))
    try:
        version = other.find_actor(actor_id).version
        update_actor(other, actor_id, expected_version=version, **fields)
    finally:
        other.close()


def conflict_on_city(qtbot, window, store):
    window.open_profile("ee-ria")
    save_elsewhere(store, "ee-ria", city="Tartu")
    city = window.profile.edits["city"]
    city.setText("Narva")
    city.editingFinished.emit()
    qtbot.waitUntil(lambda: window.profile.conflict_dialog is not None, timeout=30_000)
    return window.profile.conflict_dialog


def test_a_conflict_shows_both_versions_and_keep_mine_saves_over_theirs(qtbot, window, private_store):
    dialog = conflict_on_city(qtbot, window, private_store)
    assert dialog.rows == [("City", "Narva", "Tartu")]
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["City", "Narva", "Tartu"]
    assert private_store.find_actor("ee-ria").city == "Tartu"  # nothing overwritten before the choice
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        dialog.keep_button.click()
    assert private_store.find_actor("ee-ria").city == "Narva"
    assert window.profile.edits["city"].text() == "Narva"


def test_a_conflict_take_the_saved_one_writes_nothing(qtbot, window, private_store):
    dialog = conflict_on_city(qtbot, window, private_store)
    dialog.take_button.click()
    assert private_store.find_actor("ee-ria").city == "Tartu"
    assert window.profile.edits["city"].text() == "Tartu"
    assert window.profile.error.text() == "The saved version was kept."


def test_a_conflict_on_a_skill_names_the_skill(qtbot, window, private_store):
    from matchmaker.editing import add_skill

    window.open_profile("ee-ria")
    other = open_store(str(private_store.database_file))
    try:
        add_skill(
            other, "ee-ria", "offer", "drone mapping", expected_version=other.find_actor("ee-ria").version
        )
    finally:
        other.close()
    window.profile.offers.addRequested.emit("mobile UX design")
    qtbot.waitUntil(lambda: window.profile.conflict_dialog is not None, timeout=30_000)
    (field, yours, saved), *_ = window.profile.conflict_dialog.rows
    assert field == "Offers: Mobile UX design" and yours == "✓" and saved == "—"


def test_export_everything_about_a_person_from_the_profile(qtbot, window, tmp_path):
    window.open_profile("ua-olena")
    rights = window.profile.person_rights
    out = tmp_path / "olena.json"
    answer_file_dialog(tmp_path, out)
    with qtbot.waitSignal(rights.exported, timeout=30_000):
        rights.export_action.trigger()
    dossier = json.loads(out.read_text(encoding="utf-8"))
    assert dossier["actor"]["id"] == "ua-olena" and dossier["actor"]["email"] == "olena@example.ua"


def test_forget_a_person_asks_naming_what_goes_then_erases_them(qtbot, window, private_store):
    window.open_profile("ua-olena")
    rights = window.profile.person_rights
    rights.forget_action.trigger()
    qtbot.waitUntil(lambda: rights.confirm_box is not None, timeout=30_000)
    text = rights.confirm_box.text()
    assert "Olena" in text and "ties" in text and "participations" in text
    assert window.session.actor("ua-olena") is not None  # nothing yet: it only asked
    with qtbot.waitSignal(rights.forgotten, timeout=60_000):
        rights.confirm_box.button(rights.confirm_box.StandardButton.Yes).click()
    assert window.session.actor("ua-olena") is None
    assert all("ua-olena" not in (t.source, t.target) for t in window.session.net.ties)
    assert "still holds them" in rights.last_box.text()
    with pytest.raises(Exception, match="ua-olena"):
        private_store.find_actor("ua-olena")


def test_backups_list_and_restore_with_a_confirmation(qtbot, window, private_store):
    window.actions["backups"].trigger()
    dialog = window.backups_dialog
    qtbot.waitUntil(lambda: dialog.status.text() != "" or dialog.table.rowCount() > 0, timeout=30_000)
    before = dialog.table.rowCount()
    dialog.create_button.click()  # Ria is in Tallinn in this backup
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1, timeout=30_000)
    count = dialog.table.rowCount()
    save_elsewhere(private_store, "ee-ria", city="Tartu")
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert "Replace the whole network" in dialog.confirm_box.text()
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        dialog.confirm_box.button(dialog.confirm_box.StandardButton.Yes).click()
    assert private_store.find_actor("ee-ria").city == "Tallinn"
    qtbot.waitUntil(lambda: window.session.actor("ee-ria").city == "Tallinn", timeout=30_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == count + 1, timeout=30_000)  # the state before, kept
