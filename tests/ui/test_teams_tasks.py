"""The event host's task, end to end in the window: write a challenge in the app, build, lock a
member, move another, undo both, export PDF and CSV under the proposed names."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit

from matchmaker.teams import read_challenges
from matchmaker.ui.team_board_model import ACTOR_ROLE
from matchmaker.ui.team_challenges import ChallengeEditor

# the offscreen platform: no window resizing to fit, no popup positioning for the completer
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_teams(qtbot, window):
    view = window.show_view("teams")
    qtbot.waitUntil(lambda: view.pool is not None, timeout=60_000)
    return view


def write_challenge(qtbot, editor: ChallengeEditor, name: str, skills: list[str]) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name, name)
    for skill in skills:
        editor.skills.entry.setText(skill)
        qtbot.keyClick(editor.skills.entry, Qt.Key.Key_Return)


def click_lock(qtbot, view, team: int, row: int) -> str:
    """Press the Lock toggle at the right end of a member's row, as a host would."""
    card = view.cards[team]
    index = view.model.index(row, 0, card.root())
    rect = card.members.visualRect(index)
    qtbot.mouseClick(
        card.members.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 12, rect.center().y())
    )
    return index.data(ACTOR_ROLE)


def export_through_dialog(qtbot, view, button, folder):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    proposed = dialog.findChild(QLineEdit, "fileNameEdit").text()
    target = folder / proposed
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    return proposed, target


def test_the_hosts_task_from_challenge_to_printed_teams(qtbot, window, tmp_path):
    view = open_teams(qtbot, window)
    assert view.empty_hint.isVisible() and "No teams yet" in view.empty_hint.text()

    # a challenge written in the app, with the profile's completer (an Estonian label too)
    qtbot.mouseClick(view.challenges_button, Qt.MouseButton.LeftButton)
    editor = view.dialog
    assert isinstance(editor, ChallengeEditor) and editor.isVisible()
    write_challenge(qtbot, editor, "Registry API", ["X-tee andmevahetus", "Civic tech"])
    assert editor.skills.chip_labels() == ["X-Road data exchange", "Civic tech"]
    editor.skills.entry.setText("no such skill")
    qtbot.keyClick(editor.skills.entry, Qt.Key.Key_Return)
    assert "names no skill" in editor.message.text()
    assert editor.save_file(str(tmp_path / "challenges"))  # the file the command line reads
    saved = read_challenges(tmp_path / "challenges.json", window.session.resolver())
    assert [(c.name, c.skills) for c in saved] == [("Registry API", ("egov:x-road", "egov:civic-tech"))]
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert [c.name for c in view.challenges] == ["Registry API"]
    assert "Registry API" in view.challenges_summary.text()

    with qtbot.waitSignal(view.planReady, timeout=60_000):
        qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    assert not view.empty_hint.isVisible()
    assert all(c.title.text().endswith("Registry API") for c in view.cards)
    assert all(
        "egov:" not in c.covers.text() + c.lacks.text() for c in view.cards
    )  # skills in words, even those nobody has
    # every team visible at once: the cards wrap into rows inside the board's width
    qtbot.waitUntil(lambda: len({card.y() for card in view.cards}) > 1)
    assert all(c.geometry().right() <= view.board_widget.width() for c in view.cards)

    locked = click_lock(qtbot, view, 0, 0)
    assert view.cards[0].locked_ids() == [locked]
    assert window.undo_stack.undoText() == f"Lock {window.session.name(locked)}"
    card = view.cards[0]
    assert card.lock_delegate.lock_text(True) == "Locked"

    moved = view.model.index(1, 0, view.cards[0].root()).data(ACTOR_ROLE)
    mime = view.model.mimeData([view.model.index(1, 0, view.cards[0].root())])
    view.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, view.cards[1].root())
    qtbot.waitUntil(lambda: moved in view.cards[1].member_ids())

    window.activateWindow()  # the offscreen platform does not give it back when the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo: the move
    assert moved in view.cards[0].member_ids() and moved not in view.cards[1].member_ids()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # ... and the lock
    assert view.cards[0].locked_ids() == []
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.cards[0].locked_ids() == [locked]  # redo locks again

    event = view.pool.event_name
    day = date.today().isoformat()
    proposed, pdf = export_through_dialog(qtbot, view, view.pdf_button, tmp_path)
    assert proposed == f"{event} {day} teams.pdf"
    proposed, csv_path = export_through_dialog(qtbot, view, view.csv_button, tmp_path)
    assert proposed == f"{event} {day} teams.csv"
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the byte order mark
    text = data.decode("utf-8-sig")
    assert "team_covers" in text.splitlines()[0] and "Registry API" in text and "email" not in text

    printed = view.printable().toPlainText()
    assert f"printed {date.today().isoformat()}" in printed
    assert "Score " in printed and "Covers: X-Road data exchange" in printed and "Lacks: " in printed
    assert "@" not in printed  # no contacts unless asked for
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
            check=True,
        )
        page = QImage(str(next(tmp_path.glob("page*.png"))))
        dark = sum(
            1
            for y in range(0, page.height(), 4)
            for x in range(0, page.width(), 4)
            if page.pixelColor(x, y).lightness() < 128
        )
        assert dark > 200  # text on the page, not a blank sheet


def test_contacts_only_when_asked_and_only_from_public_profiles(qtbot, window, tmp_path):
    view = open_teams(qtbot, window)
    with qtbot.waitSignal(view.planReady, timeout=60_000):
        qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    members = {a for c in view.cards for a in c.member_ids()}
    actors = {a.id: a for a in window.session.net.actors if a.id in members}
    assert view.contacts() is None
    view.with_contacts.setChecked(True)
    contacts = view.contacts()
    assert contacts and all(actors[i].visibility == "public" for i in contacts)
    hidden = [a for a in actors.values() if a.email and a.visibility != "public"]
    view.export_csv(str(tmp_path / "teams.csv"))
    text = (tmp_path / "teams.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith(",email")
    assert all(address in text for address in contacts.values())
    assert all(a.email not in text for a in hidden)
    printed = view.printable().toPlainText()
    assert next(iter(contacts.values())) in printed


def test_xlsx_keeps_the_names_and_guards_formulas(qtbot, window, tmp_path):
    from openpyxl import load_workbook

    view = open_teams(qtbot, window)
    with qtbot.waitSignal(view.planReady, timeout=60_000):
        qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    view.export_xlsx(str(tmp_path / "teams.xlsx"))
    sheet = load_workbook(tmp_path / "teams.xlsx").active
    header = [c.value for c in sheet[1]]
    names = {row[header.index("name")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert names == {window.session.name(a) for c in view.cards for a in c.member_ids()}
