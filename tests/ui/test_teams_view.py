"""The teams view as a host drives it: pick an event, build off the UI thread, drag, lock, undo, export, save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from matchmaker.teams import load_saved_plan
from matchmaker.ui.team_board_model import ACTOR_ROLE, TeamBoardModel
from matchmaker.ui.teams_view import TeamsView
from tests.ui.conftest import loaded_session

# the offscreen platform cannot resize a top-level window to fit its columns; not a fault of the view
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def view(qtbot, demo_store):
    widget = TeamsView(loaded_session(qtbot, demo_store))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.pool is not None, timeout=30_000)
    return widget


def build(qtbot, view):
    with qtbot.waitSignal(view.planReady, timeout=60_000):
        qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)


def team_of(view, actor_id):
    return next(i for i, c in enumerate(view.cards) if actor_id in c.member_ids())


def test_build_shows_every_participant_once_as_cards(qtbot, view):
    assert view.event_combo.count() > 0 and view.objective.text().startswith("Teams are built like CATME")
    assert not view.csv_button.isEnabled()
    build(qtbot, view)
    cards = [a for column in view.cards for a in column.member_ids()]
    assert sorted(cards) == sorted(p.id for p in view.pool.participants)
    assert all(4 <= len(c.member_ids()) <= 5 for c in view.cards)
    assert view.cards[0].score.text().startswith("Score ")
    assert view.csv_button.isEnabled() and not view.progress.isVisible()


def test_names_are_plain_text(qtbot, view):
    build(qtbot, view)
    column = view.cards[0]
    assert column.title.textFormat() == Qt.TextFormat.PlainText
    assert view.unmet.textFormat() == Qt.TextFormat.PlainText


def test_drop_moves_a_card_rescores_and_undo_puts_it_back(qtbot, view):
    build(qtbot, view)
    model = view.model
    source, target = view.cards[0].root(), view.cards[1].root()
    actor = model.index(0, 0, source).data(ACTOR_ROLE)
    size_before = len(view.plan.teams[1].members)
    mime = model.mimeData([model.index(0, 0, source)])
    # the model moves the card itself and reports no drop, so the list it came from removes nothing
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target)
    qtbot.waitUntil(lambda: actor in view.plan.teams[1].members)
    assert actor not in view.plan.teams[0].members
    assert team_of(view, actor) == 1
    assert len(view.plan.teams[1].members) == size_before + 1
    qtbot.waitUntil(lambda: view.cards[1].score.text() == f"Score {view.plan.teams[1].score:.2f}")
    view.undo_stack.undo()
    qtbot.waitUntil(lambda: team_of(view, actor) == 0)
    assert view.cards[0].member_ids()[0] == actor  # back where it was
    view.undo_stack.redo()
    assert team_of(view, actor) == 1


def test_lock_is_undoable(qtbot, view):
    build(qtbot, view)
    model = view.model
    member = model.index(0, 0, view.cards[2].root())
    actor = member.data(ACTOR_ROLE)
    assert model.setData(member, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert view.cards[2].locked_ids() == [actor]
    assert view.undo_stack.undoText().endswith(view.pool.by_id()[actor].name)
    view.undo_stack.undo()
    assert view.cards[2].locked_ids() == []


def test_the_board_model_passes_the_model_tester(qtbot, qtmodeltester, view):
    build(qtbot, view)
    qtmodeltester.check(view.model)
    assert isinstance(view.model, TeamBoardModel)


def test_moving_out_of_range_is_reported_as_unmet(qtbot, view):
    build(qtbot, view)
    small = min(range(len(view.cards)), key=lambda i: len(view.cards[i].member_ids()))
    for actor in view.cards[small].member_ids()[:1]:
        view.move_member(actor, (small + 1) % len(view.cards))
    qtbot.waitUntil(lambda: "outside 4–5" in view.unmet.text())


def test_locked_members_stay_put_on_rebuild(qtbot, view):
    build(qtbot, view)
    locked = view.cards[2].member_ids()[0]
    view.move_member(locked, 0)
    view.set_locked(locked, True)
    view.seed.setValue(5)
    build(qtbot, view)
    assert team_of(view, locked) == 0
    assert locked in view.plan.teams[0].locked


def test_cancel_keeps_the_old_teams(qtbot, view):
    build(qtbot, view)
    before = [c.member_ids() for c in view.cards]
    view.min_size.setValue(2)
    view.max_size.setValue(3)  # smaller teams: many more teams, a longer search
    with qtbot.waitSignal(view.failed, timeout=60_000) as blocker:
        view.build()
        view.cancel()
    assert blocker.args == ["cancelled"]
    assert [c.member_ids() for c in view.cards] == before
    assert view.build_button.isEnabled()


def test_export_csv_and_pdf(qtbot, view, tmp_path):
    build(qtbot, view)
    view.export_csv(str(tmp_path / "teams.csv"))
    view.export_pdf(str(tmp_path / "teams.pdf"))
    assert (tmp_path / "teams.csv").read_text(encoding="utf-8-sig").startswith("team,challenge")
    assert (tmp_path / "teams.pdf").read_bytes().startswith(b"%PDF")
    text = view.printable().toPlainText()
    assert view.plan.teams[0].name in text


def test_save_teams_to_the_store(qtbot, view, demo_store):
    build(qtbot, view)
    with qtbot.waitSignal(view.saved, timeout=30_000):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = load_saved_plan(demo_store, view.pool.event_id)
    assert [sorted(t.members) for t in saved] == [sorted(c.member_ids()) for c in view.cards]


def test_challenges_file_sets_covers_and_lacks(qtbot, view, tmp_path):
    path = tmp_path / "challenges.json"
    path.write_text(
        '[{"name": "Registry", "skills": ["X-Road data exchange", "Civic tech"]}]', encoding="utf-8"
    )
    view.load_challenges(str(path))
    build(qtbot, view)
    assert view.cards[0].title.text().endswith("Registry")
    assert all(set(t.covers) | set(t.lacks) == {"egov:x-road", "egov:civic-tech"} for t in view.plan.teams)


def test_bad_challenges_file_is_reported(qtbot, view, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"name": "A", "skills": ["no such skill at all"]}]', encoding="utf-8")
    with qtbot.waitSignal(view.failed):
        view.load_challenges(str(path))
    assert "field 'skills'" in view.status.text()
