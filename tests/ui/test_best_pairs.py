"""The Matches view's best pairs across borders: found off the UI thread, cancellable, opening profiles and Matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from matchmaker.ui.tasks import wait_for_all_tasks
from tests.ui.conftest import drain


def open_best_pairs(qtbot, window):
    window.show_view("matches")
    matches = window.matches
    matches.tabs.setCurrentWidget(matches.best_pairs)
    return matches.best_pairs


def test_the_networks_best_cross_border_pairs_are_listed_with_names_bands_and_reasons(qtbot, window):
    panel = open_best_pairs(qtbot, window)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    assert panel.cancel.isEnabled()
    qtbot.waitUntil(lambda: len(panel.pairs) > 0 and panel.find.isEnabled(), timeout=120_000)

    session = window.session
    assert panel.table.rowCount() == len(panel.pairs)
    assert all(p.actor_country != p.partner_country for p in panel.pairs)
    assert [p.score for p in panel.pairs] == sorted((p.score for p in panel.pairs), reverse=True)
    first = panel.pairs[0]
    assert panel.table.item(0, 0).text() == session.actor(first.actor).name
    assert panel.table.item(0, 2).text() == session.actor(first.partner).name
    assert panel.table.item(0, 1).text() in ("Estonia", "Ukraine")
    assert any(p.reason for p in panel.pairs)
    assert panel.find.isEnabled() and not panel.cancel.isEnabled()

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.matches_for, Qt.MouseButton.LeftButton)
    assert session.current_id == first.actor
    assert window.matches.tabs.currentIndex() == 0

    window.matches.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.open_second, Qt.MouseButton.LeftButton)
    assert window.current_view() == "profile"
    assert session.current_id == first.partner


def test_cancel_stops_the_ranking_and_leaves_the_list_as_it_was(qtbot, qapp, window):
    panel = open_best_pairs(qtbot, window)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.maximum() > 0, timeout=120_000)  # ranking under way
    assert panel.progress.isVisible()
    qtbot.mouseClick(panel.cancel, Qt.MouseButton.LeftButton)

    assert panel.find.isEnabled() and not panel.cancel.isEnabled()
    assert panel.status.text() == "Cancelled."
    assert wait_for_all_tasks()
    qapp.processEvents()  # a result queued before the cancel must not be shown
    assert panel.pairs == []


def test_the_pairs_found_come_back_with_the_unchanged_network_and_go_stale_with_an_edit(
    qtbot, qapp, demo_store, monkeypatch
):
    """Ranking every actor takes minutes on a big network: the list found is kept beside the
    database and shown again on the next opening, without ranking anyone, until the network
    changes; then the next ranking takes that list's actors first (its list so far is close to
    the final one at once)."""
    from matchmaker import kept
    from matchmaker.match import all_pairs, kept_check
    from tests.ui.conftest import open_window

    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)  # the demo is small: keep as for a big network
    monkeypatch.setattr(kept_check, "kept_model_for", lambda *_args: None)  # but fit in memory (quicker)
    first = open_window(qtbot, demo_store)
    panel = open_best_pairs(qtbot, first)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.pairs) > 0 and panel.find.isEnabled(), timeout=120_000)
    found = [(p.actor, p.partner, p.reason) for p in panel.pairs]
    drain(qapp)
    first.close()
    rank_everyone = all_pairs.best_cross_border_pairs

    def no_ranking(*_args, **_kwargs):
        raise AssertionError("the network was ranked again")

    monkeypatch.setattr(all_pairs, "best_cross_border_pairs", no_ranking)
    again = open_window(qtbot, demo_store)
    panel = open_best_pairs(qtbot, again)
    qtbot.waitUntil(lambda: [(p.actor, p.partner, p.reason) for p in panel.pairs] == found, timeout=60_000)
    assert panel.table.rowCount() == len(found)
    assert panel.table.item(0, 0).text() == again.session.actor(found[0][0]).name
    assert "for this very network" in panel.status.text()

    again.open_profile(found[0][0])  # an edit: the list shown is older than the network now
    city = again.profile.edits["city"]
    city.setText("Narva" if city.text() != "Narva" else "Tartu")
    with qtbot.waitSignal(again.session.changed, timeout=30_000):
        city.editingFinished.emit()
    assert "has changed since" in panel.status.text()
    drain(qapp)
    again.close()

    third = open_window(qtbot, demo_store)  # the edited network: nothing kept for it
    panel = open_best_pairs(qtbot, third)
    drain(qapp)
    assert panel.pairs == [] and panel.table.rowCount() == 0

    asked_first = []

    def ranked_watching_the_order(model, **options):
        asked_first.append(list(options["first"]))
        return rank_everyone(model, **options)

    monkeypatch.setattr(all_pairs, "best_cross_border_pairs", ranked_watching_the_order)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.pairs) > 0 and panel.find.isEnabled(), timeout=120_000)
    earlier_actors = list(dict.fromkeys(actor for a, b, _reason in found for actor in (a, b)))
    assert asked_first == [earlier_actors]
    drain(qapp)


def _kept_and_watched(monkeypatch) -> list:
    """Networks kept as a big network's model would be (so workers can open it), in small chunks;
    returns the list each ranking's start (:class:`~matchmaker.match.spawned_pairs.WorkersStarted`) goes to."""
    from matchmaker import kept
    from matchmaker.match import spawned_pairs

    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)
    monkeypatch.setattr(spawned_pairs, "CHUNK", 5)
    started: list = []
    spawned = spawned_pairs.spawned_top_pairs
    monkeypatch.setattr(
        spawned_pairs,
        "spawned_top_pairs",
        lambda *args, **kwargs: spawned(*args, started=started.append, **kwargs),
    )
    return started


def test_the_pairs_found_on_worker_processes_are_those_one_process_finds(
    qtbot, qapp, kept_demo_store, monkeypatch
):
    import multiprocessing

    from matchmaker.match.all_pairs import best_cross_border_pairs
    from matchmaker.ui.best_pairs import LIMIT
    from tests.ui.conftest import open_window

    started = _kept_and_watched(monkeypatch)
    window = open_window(qtbot, kept_demo_store)
    panel = open_best_pairs(qtbot, window)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.pairs) > 0 and panel.find.isEnabled(), timeout=120_000)

    assert [s.on_workers for s in started] == [True]
    assert not started[0].imported_qt
    model = window.session.cached("recommender")
    assert panel.pairs == best_cross_border_pairs(model, limit=LIMIT, language=window.session.language)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("how", ["cancel", "close the window"])
def test_stopping_a_ranking_on_workers_leaves_no_process_behind(
    qtbot, qapp, kept_demo_store, monkeypatch, how
):
    import multiprocessing

    from tests.ui.conftest import open_window

    started = _kept_and_watched(monkeypatch)
    window = open_window(qtbot, kept_demo_store)
    panel = open_best_pairs(qtbot, window)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.maximum() > 0, timeout=120_000)  # the workers rank
    assert started[0].on_workers and len(multiprocessing.active_children()) == 2

    if how == "cancel":
        qtbot.mouseClick(panel.cancel, Qt.MouseButton.LeftButton)
        assert panel.status.text() == "Cancelled."
    else:
        window.close()
    assert wait_for_all_tasks()
    assert multiprocessing.active_children() == []
    drain(qapp)


def test_while_every_actor_is_ranked_the_panel_says_about_how_many_minutes_are_left(
    qtbot, window, monkeypatch
):
    """The pace since the first chunk gives the time left in whole minutes; it goes with the bar."""
    import re

    from matchmaker import time_left
    from matchmaker.match import all_pairs

    monkeypatch.setattr(all_pairs, "CHUNK", 50)  # several reports on the demo network
    moments = iter(range(0, 10**9, 100))  # each estimate read a hundred seconds after the last
    monkeypatch.setattr(time_left, "_now", lambda: next(moments))

    window.set_language("en")  # as the app starts: English plurals from its catalogue
    panel = open_best_pairs(qtbot, window)
    said = []  # what the panel's label says, in order (other strips' labels aside)
    label = panel.time_left
    real_set_text = type(label).setText
    monkeypatch.setattr(label, "setText", lambda text: (said.append(text), real_set_text(label, text)))
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.pairs) > 0 and panel.find.isEnabled(), timeout=120_000)
    assert said and re.fullmatch(r"about \d+ minutes? left", said[0])  # 50 actors a hundred seconds
    assert said[-1] == "less than a minute left"  # the last chunk: nothing left
    assert panel.time_left.text() == ""  # done: the estimate goes with the bar


def test_the_pairs_found_so_far_show_while_ranking_and_cancel_brings_back_the_list_before(
    qtbot, window, monkeypatch
):
    """On a big network the ranking takes minutes: the best pairs among the actors ranked so
    far are listed meanwhile (without reasons yet), and Cancel shows the earlier list again."""
    import time

    from matchmaker.match import all_pairs

    panel = open_best_pairs(qtbot, window)
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.pairs) > 0 and panel.find.isEnabled(), timeout=120_000)
    before = panel.pairs
    reasons_before = [panel.table.item(row, 5).text() for row in range(panel.table.rowCount())]

    monkeypatch.setattr(all_pairs, "CHUNK", 20)
    monkeypatch.setattr(all_pairs, "INTERIM_SECONDS", 0.0)
    monkeypatch.setattr(all_pairs, "ROWS_AT_ONCE", 20)
    ranked_alone = all_pairs._rank_chunk
    monkeypatch.setattr(all_pairs, "_rank_chunk", lambda ids: (time.sleep(0.05), ranked_alone(ids))[1])
    qtbot.mouseClick(panel.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text().startswith("The best pairs among the "), timeout=120_000)
    assert panel.cancel.isEnabled() and panel.progress.isVisible()  # still ranking
    shown = panel.table.rowCount()
    assert shown == len(panel.pairs) > 0
    assert all(panel.table.item(row, 5).text() == "" for row in range(shown))  # reasons come at the end
    assert panel.status.text().endswith("actors ranked so far; the reasons come when every actor is ranked.")

    qtbot.mouseClick(panel.cancel, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Cancelled."
    assert panel.pairs == before
    assert [panel.table.item(row, 5).text() for row in range(panel.table.rowCount())] == reasons_before
    assert wait_for_all_tasks()
