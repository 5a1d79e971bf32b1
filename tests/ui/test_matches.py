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
    # in words, never codes: stages, kinds, and the country on each card
    text = " ".join(r for s in matches.suggestions for r in s.reasons)
    for code in ("pre_seed", "series_a", "public_body", "_"):
        assert code not in text
    meta = card(matches, 0).findChildren(type(matches.title))[1].text()
    assert "Estonia" in meta or "Ukraine" in meta


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


def decide(qtbot, window, matches, candidate: str, status: str) -> None:
    row = matches.suggested_ids().index(candidate)
    button = card(matches, row).findChild(QPushButton, f"outcome_{status}")
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_decline_undo_then_find_the_declined_partner_again_and_restore_it(qtbot, window):
    """The start-up's task: decline a partner, take it back (Ctrl+Z), decline it again, find it among
    the recorded outcomes, and put it back among the suggestions."""
    matches = open_matches(qtbot, window)
    me, first = window.session.current_id, matches.suggestions[0].id
    name = window.session.name(first)
    before = len(matches.outcomes.decisions())
    decide(qtbot, window, matches, first, "declined")
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
    assert window.undo_stack.undoText() == f"Record Declined: {name}"
    assert matches.tabs.tabText(1) == f"Recorded outcomes ({before + 1})"
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    qtbot.waitUntil(lambda: first in matches.suggested_ids(), timeout=120_000)
    assert first not in matches.outcomes.shown()
    assert (me, first) not in {(d.a, d.b) for d in window.session.store.load_network().decisions}

    decide(qtbot, window, matches, first, "declined")
    qtbot.waitUntil(lambda: matches.suggestions and first not in matches.suggested_ids(), timeout=120_000)
    matches.tabs.setCurrentWidget(matches.outcomes)
    matches.outcomes.set_filter("declined")
    listed = matches.outcomes.table
    rows = {
        listed.topLevelItem(r).text(0): listed.topLevelItem(r).text(2)
        for r in range(listed.topLevelItemCount())
    }
    assert rows[name] == "Declined" and set(rows.values()) == {"Declined"}
    matches.outcomes.select(first)
    assert matches.outcomes.restore_button.isEnabled()
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(matches.outcomes.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first in matches.suggested_ids(), timeout=120_000)
    assert first not in matches.outcomes.shown()
    assert (me, first) not in {(d.a, d.b) for d in window.session.store.load_network().decisions}
    assert window.undo_stack.undoText() == f"Restore {name} as a suggestion"

    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        window.undo_stack.undo()  # the restore is undone: declined again
    qtbot.waitUntil(lambda: first in matches.outcomes.shown(), timeout=30_000)
    stored = {(d.a, d.b): d.status for d in window.session.store.load_network().decisions}
    assert stored[(me, first)] == "declined"


def test_every_recommender_feature_has_a_readable_label():
    from matchmaker.match.features import FEATURE_NAMES
    from matchmaker.ui.matches import FEATURE_LABELS, feature_label

    assert set(FEATURE_NAMES) <= set(FEATURE_LABELS), set(FEATURE_NAMES) - set(FEATURE_LABELS)
    labels = [feature_label(name) for name in FEATURE_NAMES]
    assert len(set(labels)) == len(labels)  # no two bars read alike
    assert all("_" not in label and len(label) <= 30 for label in labels)


def test_recorded_outcomes_of_every_actor_are_listed_and_filtered(qtbot, demo_store):
    from matchmaker.ui.outcome_list import RecordedOutcomes
    from tests.ui.conftest import loaded_session

    session = loaded_session(qtbot, demo_store)
    recorded = [d for d in session.net.decisions if d.status != "suggested"]
    assert recorded  # the demo network holds outcomes: the test can fail
    widget = RecordedOutcomes(session)
    qtbot.addWidget(widget)
    session.set_current(recorded[0].a)
    widget.refresh()
    assert len(widget.shown()) == sum(1 for d in recorded if d.a == recorded[0].a)
    assert widget.table.isColumnHidden(4)
    widget.scope.setCurrentIndex(widget.scope.findData("all"))
    assert len(widget.shown()) == len(recorded) and not widget.table.isColumnHidden(4)
    widget.set_filter("declined")
    declined = [d for d in recorded if d.status == "declined"]
    assert len(widget.shown()) == len(declined) > 0
    rows = [widget.table.topLevelItem(r) for r in range(widget.table.topLevelItemCount())]
    assert {row.text(2) for row in rows} == {"Declined"}
    assert {row.text(4) for row in rows} == {session.name(d.a) for d in declined}
    with qtbot.waitSignal(widget.restoreRequested) as request:
        widget.select(declined[0].b, declined[0].a)
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    assert request.args == [declined[0].a, declined[0].b]
