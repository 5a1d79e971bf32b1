"""Matches: ranked partners for the selected actor; recorded outcomes feed back into the ranking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from matchmaker.ui.screenshots import showcase_actor


def open_matches(qtbot, window):
    window.session.set_current(showcase_actor(window.session))
    window.show_view("matches")
    qtbot.waitUntil(lambda: len(window.matches.suggestions) > 0, timeout=120_000)
    return window.matches


def card(matches, row: int):
    return matches.list.itemWidget(matches.list.item(row))


def test_suggestions_are_ranked_banded_and_explained(qtbot, window):
    matches = open_matches(qtbot, window)
    scores = [s.score for s in matches.suggestions]
    assert scores[0] == max(scores)  # best first; the rest is diversified, not strictly sorted
    assert {s.band for s in matches.suggestions} <= {"strong", "good", "possible"}
    me = window.session.actor(window.session.current_id)
    assert all(window.session.actor(s.id).country != me.country for s in matches.suggestions)
    assert all(s.reasons for s in matches.suggestions)
    assert matches.list.count() == len(matches.suggestions)
    assert not matches.weights.is_empty()
    assert me.name in matches.title.text()


def test_declined_candidate_disappears_and_the_outcome_is_stored(qtbot, window):
    matches = open_matches(qtbot, window)
    me, first = window.session.current_id, matches.suggestions[0].id
    button = card(matches, 0).findChild(QPushButton, "outcome_declined")
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            matches.suggestions
            and first not in matches.suggested_ids()
            and "suggestion" in matches.status.text()
        ),
        timeout=120_000,
    )
    stored = {(d.a, d.b): d.status for d in window.session.store.load_network().decisions}
    assert stored[(me, first)] == "declined"
    assert window.undo_stack.undoText() == f"Record Declined: {window.session.name(first)}"

    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        window.undo_stack.undo()  # the declined partner can be found again
    qtbot.waitUntil(lambda: first in matches.suggested_ids(), timeout=120_000)
    assert (me, first) not in {(d.a, d.b) for d in window.session.store.load_network().decisions}


def test_including_the_own_country_widens_the_pool(qtbot, window):
    matches = open_matches(qtbot, window)
    me = window.session.actor(window.session.current_id)
    matches.any_country.setChecked(True)
    matches.kind_filter.setCurrentIndex(matches.kind_filter.findData("person"))
    qtbot.waitUntil(
        lambda: (
            matches.suggestions
            and all(window.session.actor(s.id).kind == "person" for s in matches.suggestions)
        ),
        timeout=120_000,
    )
    assert me.name in matches.title.text()


def test_show_on_map_switches_to_the_network(qtbot, window):
    matches = open_matches(qtbot, window)
    qtbot.mouseClick(card(matches, 1).findChild(QPushButton, "show_on_map"), Qt.MouseButton.LeftButton)
    assert window.current_view() == "network"
