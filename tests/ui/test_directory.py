"""The directory as a user drives it: type in the search, filter, pick a row, open the profile."""

from __future__ import annotations

from PySide6.QtCore import Qt

from matchmaker.ui.actor_table_model import ACTOR_ID_ROLE
from tests.ui.conftest import type_text


def visible_names(window) -> list[str]:
    model = window.directory.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def type_search(qtbot, window, text: str) -> None:
    window.directory.search.clear()
    type_text(window.directory.search, text)


def test_cyrillic_and_old_spelling_find_the_same_actors(qtbot, window):
    type_search(qtbot, window, "Київ")
    cyrillic = visible_names(window)
    type_search(qtbot, window, "kiev")
    assert visible_names(window) == cyrillic
    assert 0 < len(cyrillic) < len(window.session.net.actors)
    assert "of" in window.directory.count_label.text()


def test_ctrl_f_focuses_the_search_from_any_view(qtbot, window):
    window.show_view("insights")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "directory"
    assert window.directory.search.hasFocus() or window.focusWidget() is window.directory.search


def test_country_and_kind_filters(qtbot, window):
    directory = window.directory
    directory.country_filter.setCurrentIndex(directory.country_filter.findData("EE"))
    directory.kind_filter.setCurrentIndex(directory.kind_filter.findData("startup"))
    model = directory.model
    assert model.rowCount() > 0
    ids = [model.index(r, 0).data(ACTOR_ID_ROLE) for r in range(model.rowCount())]
    assert all(
        window.session.actor(i).country == "EE" and window.session.actor(i).kind == "startup" for i in ids
    )


def test_selecting_a_row_shows_the_actor_in_the_profile(qtbot, sample_window):
    window = sample_window
    type_search(qtbot, window, "Kadri")
    assert visible_names(window) == ["Kadri Tamm"]
    qtbot.keyClick(window.directory.search, Qt.Key.Key_Return)  # Enter moves to the first row
    qtbot.keyClick(window.directory.table, Qt.Key.Key_Return)  # Enter on a row opens its profile
    assert window.current_view() == "profile"
    assert window.profile.title.text() == "Kadri Tamm"
    assert window.session.current_id == "ee-kadri"


def test_multi_select(qtbot, sample_window):
    table = sample_window.directory.table
    table.selectAll()
    assert len(sample_window.directory.selected_ids()) == 4
