"""Which actors are ranked next while every actor is ranked: the list found before first, then
the other ends of the best pairs seen so far, every actor exactly once, and the same rows
whatever the order and wherever they are ranked."""

from __future__ import annotations

import pytest

from matchmaker.match import PartnerRecommender, all_pairs
from matchmaker.match.all_pairs import PairRow, all_top_pairs
from matchmaker.match.ranking_order import InOrder, PromisingFirst
from tests.test_running_best import NET


def _row(actor: str, candidate: str, score: float) -> PairRow:
    return PairRow(actor, 1, candidate, score, "good", "partner")


def _drain(order, size: int) -> list[list[str]]:
    chunks = []
    while chunk := order.next_chunk(size):
        chunks.append(chunk)
    return chunks


def test_the_order_given_is_kept_and_a_lost_chunk_comes_again_first():
    order = InOrder(["a", "b", "c", "d", "e"])
    assert order.next_chunk(2) == ["a", "b"]
    order.again(["a", "b"])  # their worker died
    assert _drain(order, 3) == [["a", "b", "c"], ["d", "e"]]
    assert len(order) == 5


def test_the_list_found_before_comes_first_each_once_and_the_gone_left_out():
    order = PromisingFirst(
        ["ee-gov", "ua-both", "ua-one", "ee-twin", "filler-0"], first=["ua-one", "gone", "ee-twin", "ua-one"]
    )
    assert _drain(order, 3) == [["ua-one", "ee-twin", "ee-gov"], ["ua-both", "filler-0"]]


def test_the_other_ends_of_the_best_pairs_seen_are_ranked_next_best_first():
    ids = [f"a{i}" for i in range(8)]
    order = PromisingFirst(ids)
    assert order.next_chunk(2) == ["a0", "a1"]
    order.saw([_row("a0", "a5", 0.4), _row("a0", "a6", 0.9), _row("a1", "a7", 0.4), _row("a1", "a0", 2.0)])
    # a0 was handed out already: its score does not bring it back; a5 and a7 tie: the order given
    assert order.next_chunk(2) == ["a6", "a5"]
    order.saw([_row("a6", "a5", 5.0)])  # handed out: nothing changes
    assert _drain(order, 2) == [["a7", "a2"], ["a3", "a4"]]


def test_without_rows_the_order_given_is_kept():
    ids = [f"a{i}" for i in range(7)]
    assert [a for chunk in _drain(PromisingFirst(ids), 3) for a in chunk] == ids


@pytest.mark.parametrize("processes", [1, 2])
def test_every_actor_is_ranked_once_with_the_rows_asking_alone_gives(processes, monkeypatch):
    monkeypatch.setattr(all_pairs, "CHUNK", 2)  # many chunks, each steering the next
    model = PartnerRecommender().fit(NET)
    in_order = list(all_top_pairs(model, model.askers(), top=3, processes=1))
    order = PromisingFirst(model.askers())

    promising = list(all_top_pairs(model, order, top=3, processes=processes))

    actors = list(dict.fromkeys(r.actor for r in promising))
    assert sorted(actors) == sorted({r.actor for r in in_order})
    assert sorted(promising) == sorted(in_order)
    assert actors != list(dict.fromkeys(r.actor for r in in_order))  # the rows seen steered the order
    out = 2 * (1 if processes == 1 else all_pairs.AHEAD * processes)  # actors out before any answer
    first_chunk = [r for r in promising if r.actor in actors[:2]]
    best_unranked = max((r for r in first_chunk if r.candidate not in actors[:out]), key=lambda r: r.score)
    assert actors[out] == best_unranked.candidate  # drawn once the first chunk's rows were seen
