"""Centralities agree with networkx's definitions on small graphs."""

from __future__ import annotations

import networkx as nx
import pytest

from matchmaker.graph import centrality as cm


def test_betweenness_matches_networkx_exactly():
    G = nx.karate_club_graph()
    ours, theirs = cm.betweenness(G), nx.betweenness_centrality(G)
    assert ours == pytest.approx(theirs)


def test_sampled_betweenness_is_seeded_and_unbiased():
    G = nx.karate_club_graph()
    assert cm.betweenness(G, k=10, seed=1) == cm.betweenness(G, k=10, seed=1)
    assert cm.betweenness(G, k=10, seed=1) != cm.betweenness(G, k=10, seed=2)
    # Scaled like networkx's k-sample estimate: averaged over many seeds it approaches the exact value.
    runs = [cm.betweenness(G, k=10, seed=s) for s in range(200)]
    mean = {n: sum(r[n] for r in runs) / len(runs) for n in G}
    assert mean == pytest.approx(nx.betweenness_centrality(G), abs=0.02)


def test_large_graphs_are_sampled_by_default(monkeypatch):
    monkeypatch.setattr(cm, "EXACT_BETWEENNESS_LIMIT", 10)
    monkeypatch.setattr(cm, "DEFAULT_SAMPLES", 5)
    G = nx.path_graph(30)
    assert cm.betweenness(G) != cm.betweenness(G, k=30)


def test_pagerank_and_kcore_and_degree():
    G = nx.karate_club_graph()
    pr = cm.pagerank(G)
    assert pr == pytest.approx(nx.pagerank(G, weight="weight", tol=1e-10), abs=1e-6)
    assert cm.core_number(G) == {n: float(k) for n, k in nx.core_number(G).items()}
    assert cm.degree(G) == nx.degree_centrality(G)


@pytest.mark.parametrize("measure", cm.MEASURES)
def test_dispatcher_names_every_measure(measure):
    G = nx.star_graph(4)
    scores = cm.centrality(G, measure)
    assert set(scores) == set(G)
    assert max(scores, key=scores.get) == 0 or measure == "kcore"


def test_unknown_measure():
    with pytest.raises(ValueError, match="unknown centrality"):
        cm.centrality(nx.Graph(), "fame")
