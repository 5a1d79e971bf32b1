"""Issue 11: an edit in the profile reaches every view that shows what it changed, and undo takes it
back everywhere — the community label, the broker list, the suggestions, the directory."""

from __future__ import annotations

from dataclasses import replace

from matchmaker.countries import country_name
from matchmaker.graph.brokers import cross_border_brokers
from matchmaker.graph.build import build_graph
from matchmaker.graph.communities import detect_communities
from matchmaker.records import NetworkData
from matchmaker.ui.derived import TOP_BROKERS
from matchmaker.ui.profile import community_labels


def with_country(net: NetworkData, actor_id: str, country: str) -> NetworkData:
    actors = [replace(a, country=country) if a.id == actor_id else a for a in net.actors]
    return NetworkData(actors, net.ties, net.events, net.participations, net.decisions, net.skills)


def expected(net: NetworkData, actor_id: str) -> tuple[str, list[tuple[str, float]]]:
    """What the views must show, worked out from the records by the core alone."""
    G = build_graph(net)
    names = {a.id: f"{a.name} ({a.country})" for a in net.actors}
    brokers = [(names[a], round(s, 9)) for a, s in cross_border_brokers(G, top=TOP_BROKERS)]
    return community_labels(detect_communities(G, seed=0)).get(actor_id, ""), brokers


def shown_brokers(window) -> list[tuple[str, float]]:
    return [(name, round(score, 9)) for name, score, _c in window.insights.brokers.items]


def pick_actor(net: NetworkData) -> tuple[str, str]:
    """A top broker whose move to the other country changes its community's label."""
    for actor_id, _score in cross_border_brokers(build_graph(net), top=TOP_BROKERS):
        actor = next(a for a in net.actors if a.id == actor_id)
        other = "UA" if actor.country == "EE" else "EE"
        if expected(net, actor_id)[0] != expected(with_country(net, actor_id, other), actor_id)[0]:
            return actor_id, other
    raise AssertionError("no broker whose move changes its community label")


def views_show(qtbot, window, actor_id: str, net: NetworkData, country: str) -> None:
    label, brokers = expected(net, actor_id)
    window.open_profile(actor_id)
    profile = window.profile
    qtbot.waitUntil(lambda: profile.community_label() == label, timeout=60_000)
    name = country_name(country)
    assert profile.edits["country"].code() == country and profile.edits["country"].currentText() == name
    assert name in profile.subtitle.text()
    directory = window.directory.model
    assert directory.index(directory.row_of(actor_id), 3).data() == country
    window.show_view("insights")
    qtbot.waitUntil(lambda: shown_brokers(window) == brokers, timeout=60_000)
    window.show_view("matches")
    matches = window.matches
    qtbot.waitUntil(
        lambda: (
            bool(matches.suggestions)
            and matches.status.text().endswith("best first")
            and all(window.session.actor(s.id).country != country for s in matches.suggestions)
        ),
        timeout=120_000,
    )


def test_a_country_edit_reaches_every_view_and_undo_takes_it_back(qtbot, window):
    session = window.session
    before = NetworkData(
        list(session.net.actors),
        session.net.ties,
        session.net.events,
        session.net.participations,
        session.net.decisions,
        session.net.skills,
    )
    actor_id, other = pick_actor(before)
    country = session.actor(actor_id).country
    views_show(qtbot, window, actor_id, before, country)

    window.open_profile(actor_id)
    edit = window.profile.edits["country"]
    edit.setEditText(other.lower())  # a code typed in lower case names its country; stored upper-case
    with qtbot.waitSignal(session.changed, timeout=30_000):
        edit.lineEdit().editingFinished.emit()
    after = session.store.load_network()
    assert next(a for a in after.actors if a.id == actor_id).country == other
    views_show(qtbot, window, actor_id, after, other)

    with qtbot.waitSignal(session.changed, timeout=30_000):
        window.undo_stack.undo()
    views_show(qtbot, window, actor_id, before, country)
