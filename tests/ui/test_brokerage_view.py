"""The Brokerage view as a forum host drives it: picks, the exact schedule, agendas, a cancellation,
printouts and outcomes — on the hand-checked Tallinn forum of ``tests/meetings_forums.py``.

Two slots, one table. Ann–Olena both *must* (100) and Ivan–Bo both *would* (10) are the optimum
(110); Dia (Olena's colleague) asked for Bo (Ann's colleague), but both delegations are busy in
both slots. When Ann cancels, her slot frees both delegations and Dia–Bo moves in.
"""

from __future__ import annotations

import shutil
import subprocess
import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from matchmaker.meetings.storage import load_forum
from matchmaker.ui.brokerage_picks import PICK_COLUMN
from matchmaker.ui.meeting_style import kind_colour
from tests.meetings_forums import import_forum
from tests.ui.conftest import open_window
from tests.ui.file_dialog_driver import answer_file_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PICKS = """participant,wants_to_meet,pick
Ann Tamm,Olena Koval,must
Олена Коваль,ee-ann,must
ua-ivan,Bo Kask,would
ee-bo,ua-ivan,would
ua-ivan,Riigi Teenused,must
Riigi Teenused,ua-ivan,no
ua-dia,ee-bo,would
"""


@pytest.fixture
def forum_store(sqlite_store, tmp_path):
    import_forum(sqlite_store, tmp_path)
    return sqlite_store


@pytest.fixture
def view(qtbot, forum_store):
    window = open_window(qtbot, forum_store, "brokerage")
    view = window.embedded["brokerage"]
    view.select_event("forum-1")
    qtbot.waitUntil(lambda: view.data is not None and view.data.event.id == "forum-1", timeout=30_000)
    qtbot.waitUntil(lambda: view._suggested_for is not None, timeout=60_000)
    return view


def settled(qtbot, view, check) -> None:
    """Wait until the stored forum, read back after a write, satisfies ``check``."""
    qtbot.waitUntil(lambda: view.data is not None and check(view.data), timeout=30_000)


def row_of(view, who, whom) -> int:
    source = view.picks_model.row_of(who, whom)
    assert source >= 0, (who, whom)
    return view.picks_proxy.mapFromSource(view.picks_model.index(source, PICK_COLUMN)).row()


def test_suggestions_name_only_participants_never_a_colleague_or_the_organiser(qtbot, view):
    rows = view.picks_model.rows
    assert rows, "the recommender suggested nobody"
    members = set(view.data.people)
    assert "ee-org" not in members  # the organiser runs the session
    assert all(who in members and whom in members for who, whom, _b, _w in rows)
    assert not any(view.data.forum.colleagues(who, whom) for who, whom, _b, _w in rows)
    assert view.picks_model.headerData(4, Qt.Orientation.Horizontal) == "Pick"


def test_the_whole_forum_from_picks_to_outcomes(qtbot, qapp, view, forum_store, tmp_path):
    store, session = forum_store, view.session
    on_gui: list[str] = []
    gui = threading.main_thread()

    def note(_conn, _cursor, statement, *_args) -> None:
        if threading.current_thread() is gui:
            on_gui.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        _drive_the_forum(qtbot, view, store, session, tmp_path)
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    assert on_gui == [], on_gui[:3]  # every read and write ran on the database worker
    stored = load_forum(store, "forum-1")  # what another program reading the database sees
    assert stored.plan.method == "repair" and stored.plan.outcomes == {("ee-bo", "ua-ivan"): "agreement"}
    assert stored.forum.picks[("ua-dia", "ee-bo")] == "must"


def _drive_the_forum(qtbot, view, store, session, tmp_path) -> None:
    # the host reads the picks sheet in through the file dialog
    (tmp_path / "picks.csv").write_text(PICKS, encoding="utf-8")
    answer_file_dialog(tmp_path, tmp_path / "picks.csv")
    with qtbot.waitSignal(view.saved, timeout=30_000):
        qtbot.mouseClick(view.import_picks_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view, lambda d: len(d.forum.picks) == 7)
    assert view.status.text() == "7 pick(s) read."
    # a sheet's picks show in the table, with what they make of the pair
    row = row_of(view, "ee-ann", "ua-olena")
    assert view.picks_proxy.index(row, PICK_COLUMN).data() == "must meet"
    assert view.picks_proxy.index(row, PICK_COLUMN + 1).data() == "both must meet"
    # a pick changed in the table is stored (through the door)
    with qtbot.waitSignal(view.saved, timeout=30_000):
        view.picks_proxy.setData(view.picks_proxy.index(row_of(view, "ua-dia", "ee-bo"), PICK_COLUMN), "must")
    settled(qtbot, view, lambda d: d.forum.picks[("ua-dia", "ee-bo")] == "must")
    # a "no" asks first, then is final: the row can no longer be edited (a suggestion nobody picked yet)
    picks = view.data.forum.picks
    pair = next(
        (w, x) for w, x, _b, _r in view.picks_model.rows if (w, x) not in picks and (x, w) not in picks
    )
    view.picks_proxy.setData(view.picks_proxy.index(row_of(view, *pair), PICK_COLUMN), "no")
    assert view.writes.confirm_box is not None and "never be scheduled" in view.writes.confirm_box.text()
    with qtbot.waitSignal(view.saved, timeout=30_000):
        view.writes.confirm_box.button(view.writes.confirm_box.StandardButton.Yes).click()
    settled(qtbot, view, lambda d: d.forum.picks.get(pair) == "no")
    index = view.picks_proxy.index(row_of(view, *pair), PICK_COLUMN)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not view.picks_proxy.setData(index, "would")
    assert view.picks_proxy.index(index.row(), PICK_COLUMN + 1).data() == "never: a no is final"

    # the schedule: two slots, one table, built off the UI thread and saved
    view.tabs.setCurrentIndex(1)
    view.plan_tab.slots.setValue(2)
    view.plan_tab.tables.setValue(1)
    view.plan_tab.start.setText("14:00")
    with qtbot.waitSignal(view.saved, timeout=60_000):
        qtbot.mouseClick(view.plan_tab.build_button, Qt.MouseButton.LeftButton)
    assert "value 110 of at most 110 — optimal" in view.plan_tab.result.text()
    cells = {view.plan_tab.grid.meeting_at(s, 1)[:2] for s in (1, 2)}
    assert cells == {("ee-ann", "ua-olena"), ("ee-bo", "ua-ivan")}
    slot = next(s for s in (1, 2) if view.plan_tab.grid.meeting_at(s, 1)[0] == "ee-ann")
    item = view.plan_tab.grid.item(slot - 1, 0)
    assert item.text() == "Ann Tamm (EE)\nOlena Koval (UA)"
    assert item.background().color() == kind_colour("mutual-must")
    assert view.plan_tab.legend.labels["mutual-must"].text() == "both must meet (1)"
    why = {
        tuple(
            view.plan_tab.unscheduled.item(r, 0).data(Qt.ItemDataRole.UserRole)[:2]
        ): view.plan_tab.unscheduled.item(r, 3).text()
        for r in range(view.plan_tab.unscheduled.rowCount())
    }
    assert why[("ua-dia", "ee-bo")].startswith("every slot they share is taken")
    assert why[("ua-ivan", "ee-gov")] == "one of them said no"
    settled(qtbot, view, lambda d: d.plan is not None and d.plan.objective == 110)
    assert view.data.plan.bound == 110 and view.data.plan.start == "14:00"
    assert view.plan_tab.grid.verticalHeaderItem(0).text() == "1  14:00–14:20"

    # the agenda as it prints: Ann's meeting, and her colleague's she may join
    view.tabs.setCurrentIndex(2)
    view.agenda.select("ee-ann")
    rows = view.agenda.rows()
    mine = next(r for r in rows if r[5])
    assert mine[3] == "Olena Koval (UA)" and mine[4] == "both must meet"
    assert any("Bo Kask meets Ivan Petrenko (UA); you may join" in r[3] for r in rows)

    # printouts, with the proposed names
    from matchmaker.ui.brokerage_exports import proposed_name

    assert proposed_name(view.data.event.name, "agendas") == "tallinn-forum-agendas.pdf"
    for key, name in (("agendas", "agendas.pdf"), ("plan", "plan.pdf"), ("venue", "venue.xlsx")):
        with qtbot.waitSignal(view.exported, timeout=30_000):
            view.export(key, str(tmp_path / name))
    assert (tmp_path / "agendas.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "venue.xlsx").read_bytes().startswith(b"PK")

    # Ann cancels: her meeting goes, Dia–Bo takes the freed slot, Ivan–Bo stays where it was
    ivan_bo = next(m for m in view.schedule.meetings if m.a == "ee-bo")
    with qtbot.waitSignal(view.saved, timeout=30_000):
        view.agenda.cancelRequested.emit("ee-ann", 1)
    assert "1 meeting(s) dropped, 1 added;" in view.status.text()
    settled(qtbot, view, lambda d: d.plan.method == "repair")
    kept = {(m.slot, m.table, m.a, m.b) for m in view.data.plan.meetings}
    assert (ivan_bo.slot, ivan_bo.table, ivan_bo.a, ivan_bo.b) in kept
    assert {(m.a, m.b) for m in view.data.plan.meetings} == {("ee-bo", "ua-ivan"), ("ua-dia", "ee-bo")}
    assert view.data.forum.availability["ee-ann"] == frozenset()

    # after the forum: outcomes in bulk become the recommender's decisions
    view.tabs.setCurrentIndex(3)
    panel = view.outcomes
    target = next(
        r
        for r in range(panel.table.rowCount())
        if panel.table.item(r, 1).text() == "Bo Kask (EE)"
        and panel.table.item(r, 2).text() == "Ivan Petrenko (UA)"
    )
    panel.table.selectRow(target)
    qtbot.mouseClick(panel.bulk["agreement"], Qt.MouseButton.LeftButton)
    assert panel.table.item(target, 4).text() == "agreement" and panel.record_button.isEnabled()
    with qtbot.waitSignal(view.saved, timeout=30_000):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    decided = {(d.a, d.b): d.status for d in session.net.decisions}
    assert decided[("ee-bo", "ua-ivan")] == decided[("ua-ivan", "ee-bo")] == "agreement"
    settled(qtbot, view, lambda d: d.plan.outcomes == {("ee-bo", "ua-ivan"): "agreement"})


def test_build_runs_off_the_ui_thread_and_cancel_keeps_the_saved_plan(qtbot, view, monkeypatch, tmp_path):
    """A search that is still running when Cancel is pressed ends with nothing saved; the window kept
    turning meanwhile (the search ran on a worker and waited for the Cancel)."""
    import matchmaker.meetings as meetings

    ran_on = []

    def slow_plan(forum, rules, *, progress=None, cancelled=None, **_options):
        ran_on.append(threading.current_thread() is threading.main_thread())
        progress(1, 3)
        while not cancelled():
            threading.Event().wait(0.01)
        raise meetings.MeetingsCancelled("the schedule search was cancelled")

    monkeypatch.setattr(meetings, "plan_meetings", slow_plan)
    (tmp_path / "picks.csv").write_text(PICKS, encoding="utf-8")  # Build needs picks
    with qtbot.waitSignal(view.saved, timeout=30_000):
        view.writes.import_picks(str(tmp_path / "picks.csv"))
    settled(qtbot, view, lambda d: len(d.forum.picks) == 7)
    qtbot.mouseClick(view.plan_tab.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.plan_tab.progress.value() == 1, timeout=10_000)
    assert view.plan_tab.cancel_button.isEnabled() and not view.plan_tab.build_button.isEnabled()
    with qtbot.waitSignal(view.failed, timeout=10_000) as failed:
        qtbot.mouseClick(view.plan_tab.cancel_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["cancelled"] and ran_on == [False]
    assert view.status.text() == "Cancelled; the saved schedule was not changed."
    assert view.schedule is None and not view.plan_tab.cancel_button.isEnabled()


def test_a_bad_picks_sheet_is_one_line_naming_line_and_field(qtbot, view, tmp_path):
    (tmp_path / "bad.csv").write_text(
        "participant,wants_to_meet,pick\nee-ann,ua-olena,maybe\n", encoding="utf-8"
    )
    with qtbot.waitSignal(view.failed, timeout=30_000) as failed:
        view.writes.import_picks(str(tmp_path / "bad.csv"))
    assert "line 2" in failed.args[0] and "pick" in failed.args[0] and "\n" not in failed.args[0]
    assert view.data.forum.picks == {}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_agendas_render_to_png(qtbot, view, forum_store, tmp_path):
    """The agendas PDF renders with poppler (what a printer driver does), one page per participant."""
    from matchmaker.meetings import ForumRules, plan_meetings
    from matchmaker.meetings.storage import save_picks, save_plan

    save_picks(forum_store, "forum-1", [("ee-ann", "ua-olena", "must"), ("ua-olena", "ee-ann", "must")])
    data = load_forum(forum_store, "forum-1")
    rules = ForumRules(2, 1)
    save_plan(forum_store, "forum-1", rules, plan_meetings(data.forum, rules), start="14:00")
    view.session.derived.invalidate(view.listens_to)
    view._request_forum()
    settled(qtbot, view, lambda d: d.plan is not None)
    with qtbot.waitSignal(view.exported, timeout=30_000):
        view.export("agendas", str(tmp_path / "agendas.pdf"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(tmp_path / "agendas.pdf"), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(data.people)


def test_the_picks_model_passes_the_model_tester(qtbot, qtmodeltester, view):
    assert view.picks_model.rowCount() > 0
    qtmodeltester.check(view.picks_model, force_py=True)
