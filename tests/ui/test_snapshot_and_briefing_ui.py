"""File ▸ Merge snapshot… with its conflict dialog, and the briefings, driven in a real window."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from matchmaker.interchange import import_document, read_files
from matchmaker.snapshots.exchange import export_snapshot
from matchmaker.store import open_store
from matchmaker.ui.merge_conflicts_dialog import MergeConflictsDialog
from matchmaker.visibility import PUBLIC
from tests.sample_network import write_sample
from tests.ui.conftest import drain, open_window

# the offscreen platform cannot size a dialog to its hints; real window systems can
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def their_snapshot(tmp_path):
    """A colleague's laptop: the same network, Riigi moved to Narva and Olena to Kharkiv."""
    folder = tmp_path / "theirs"
    folder.mkdir()
    theirs = open_store(str(folder / "theirs.sqlite"))
    theirs.ensure_taxonomy()
    import_document(theirs.engine, read_files([write_sample(folder)], theirs.resolver()))
    theirs.update_actor_values("ee-ria", {"city": "Narva"})
    theirs.update_actor_values("ua-olena", {"city": "Kharkiv"})
    export_snapshot(theirs, folder / "snapshot.json")
    theirs.close()
    return folder / "snapshot.json"


def test_a_merge_asks_about_each_conflict_and_every_view_follows(qtbot, qapp, sample_store, their_snapshot):
    sample_store.update_actor_values("ee-ria", {"city": "Tartu"})  # changed here too: a conflict
    window = open_window(qtbot, sample_store, "profile")
    try:
        window.snapshots.look(str(their_snapshot))
        qtbot.waitUntil(lambda: isinstance(window.snapshots.dialog, MergeConflictsDialog), timeout=30_000)
        dialog = window.snapshots.dialog
        assert dialog.table.rowCount() == 1
        assert [dialog.table.item(0, c).text() for c in range(4)] == [
            "Riigi Infosüsteemide Keskus",
            dialog.table.item(0, 1).text(),
            "Tartu",
            "Narva",
        ]
        dialog.choose_all("ours")
        with qtbot.waitSignal(window.files.message, timeout=60_000) as said:
            dialog.merge_button.click()
        assert said.args[0].startswith("Merged:")
        assert window.session.actor("ee-ria").city == "Tartu"  # kept, as chosen
        assert window.session.actor("ua-olena").city == "Kharkiv"  # their edit came in
    finally:
        drain(qapp)


def test_cancelling_the_conflict_dialog_writes_nothing(qtbot, qapp, sample_store, their_snapshot):
    sample_store.update_actor_values("ee-ria", {"city": "Tartu"})
    window = open_window(qtbot, sample_store)
    try:
        window.snapshots.look(str(their_snapshot))
        qtbot.waitUntil(lambda: isinstance(window.snapshots.dialog, MergeConflictsDialog), timeout=30_000)
        window.snapshots.dialog.reject()
        drain(qapp)
        assert sample_store.find_actor("ua-olena").city == "Lviv"
    finally:
        drain(qapp)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("actor", [None, "ee-kadri"])
def test_briefings_from_the_window(qtbot, qapp, sample_window, tmp_path, actor):
    out = tmp_path / "brief.pdf"
    with qtbot.waitSignal(sample_window.files.message, timeout=120_000) as said:
        sample_window.briefings.write(str(out), actor, PUBLIC)
    drain(qapp)
    assert "Briefing saved" in said.args[0] and out.exists()
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True
    )
    from PySide6.QtGui import QImage

    (page,) = list(tmp_path.glob("p-*.png"))
    image = QImage(str(page))
    dark = sum(
        image.pixelColor(x, y).lightness() < 235
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    )
    assert dark > 50  # text and drawings, not a blank page


def test_the_profile_offers_a_briefing(qtbot, qapp, sample_window):
    sample_window.open_profile("ee-kadri")
    button = sample_window.profile.brief_button
    assert button.text() == "Briefing…"
    button.click()
    from matchmaker.ui.briefing_actions import BriefingOptions

    assert isinstance(sample_window.briefings.dialog, BriefingOptions)
    assert not sample_window.briefings.dialog.contacts.isChecked()  # no contacts unless asked
    sample_window.briefings.dialog.reject()
