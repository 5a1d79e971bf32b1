"""The best pairs shown while every actor is ranked: right for the actors ranked so far, and the
final list the same whatever the order."""

from __future__ import annotations

import random

import pytest

from matchmaker.match import PartnerRecommender, all_pairs
from matchmaker.match.all_pairs import PairRow, all_top_pairs, best_cross_border_pairs
from matchmaker.match.running_best import RunningBestPairs
from tests.match_networks import UX, VOTING, actor, filler, network


def _expected(rows, limit, per_actor):
    """The list by its definition: each pair's better direction (equal scores: the smaller
    ids), best first, an actor at most ``per_actor`` times."""
    best = {}
    for row in rows:
        key = frozenset((row.actor, row.candidate))
        if key not in best or (-row.score, row.actor, row.candidate) < (
            -best[key].score,
            best[key].actor,
            best[key].candidate,
        ):
            best[key] = row
    chosen, seen = [], {}
    for row in sorted(best.values(), key=lambda r: (-r.score, r.actor, r.candidate)):
        if per_actor is not None and max(seen.get(row.actor, 0), seen.get(row.candidate, 0)) >= per_actor:
            continue
        seen[row.actor] = seen.get(row.actor, 0) + 1
        seen[row.candidate] = seen.get(row.candidate, 0) + 1
        chosen.append(row)
        if len(chosen) == limit:
            break
    return chosen


def _rows(seed: int, actors: int = 60, count: int = 1500) -> list[PairRow]:
    """Random suggestions with many equal scores (few distinct values) and both directions of
    many pairs."""
    pick = random.Random(seed)
    names = [f"a{i:02d}" for i in range(actors)]
    rows = []
    for _ in range(count):
        a, b = pick.sample(names, 2)
        rows.append(PairRow(a, 1, b, pick.choice([0.1, 0.2, 0.3, 0.5, 0.8, 0.9]), "good", "partner"))
    return rows


@pytest.mark.parametrize("per_actor", [None, 1, 2, 5])
@pytest.mark.parametrize("seed", range(4))
def test_the_list_so_far_is_the_best_of_the_rows_so_far_whatever_their_order(seed, per_actor):
    rows = _rows(seed)
    running = RunningBestPairs(limit=20, per_actor=per_actor, leaders=25)  # a floor rises early
    shuffled = random.Random(seed).sample(rows, len(rows))
    for start in range(0, len(shuffled), 100):
        running.add(shuffled[start : start + 100])
        assert running.pairs() == _expected(shuffled[: start + 100], 20, per_actor)
    assert running.pairs() == _expected(rows, 20, per_actor)  # the order they came in changed nothing


def test_a_cap_that_leaves_the_leaders_too_few_still_gives_the_full_list():
    # one actor holds every high score: capped at one pair, the list must reach far below them
    rows = [PairRow("hub", 1, f"b{i}", 1.0 - i / 1000, "strong", "partner") for i in range(200)]
    rows += [PairRow(f"c{i}", 1, f"d{i}", 0.1 - i / 10_000, "possible", "partner") for i in range(30)]
    running = RunningBestPairs(limit=10, per_actor=1, leaders=10)
    running.add(rows)
    listed = running.pairs()
    assert listed == _expected(rows, 10, 1)
    assert [r.actor for r in listed] == ["hub"] + [f"c{i}" for i in range(9)]


NET = network(
    [
        actor("ee-gov", "EE", [VOTING], [UX], kind="public_body"),
        actor("ua-both", "UA", [UX], [VOTING]),
        actor("ua-one", "UA", [UX], []),
        actor("ee-twin", "EE", [UX], [VOTING]),
        *filler(),
    ],
    ties=[
        ("ee-gov", "filler-0", "partner"),
        ("ee-gov", "filler-1", "partner"),
        ("filler-1", "filler-2", "partner"),
        ("ua-one", "filler-5", "partner"),
    ],
)


def test_the_pairs_so_far_are_told_while_ranking_and_the_final_list_ignores_the_order(monkeypatch):
    monkeypatch.setattr(all_pairs, "INTERIM_SECONDS", 0.0)  # tell every batch
    monkeypatch.setattr(all_pairs, "ROWS_AT_ONCE", 5)
    model = PartnerRecommender().fit(NET)
    told, counts = [], []
    final = best_cross_border_pairs(
        model,
        limit=4,
        interim=lambda pairs, ranked, total: (told.append(pairs), counts.append((ranked, total))),
    )
    assert len(told) >= 3  # the list grew as actors were ranked
    askers = len(model.askers())
    assert all(total == askers for _ranked, total in counts)
    assert [ranked for ranked, _total in counts] == sorted(ranked for ranked, _total in counts)
    assert counts[-1][0] > counts[0][0]
    assert all(pair.reason == "" for listed in told for pair in listed)  # reasons wait for the end
    assert [(p.actor, p.partner, p.score) for p in told[-1]] == [(p.actor, p.partner, p.score) for p in final]
    assert any(p.reason for p in final)
    others_first = best_cross_border_pairs(model, limit=4, first=[a.id for a in reversed(NET.actors)])
    assert others_first == final
    rows = list(all_top_pairs(model, model.askers(), processes=1))
    assert [(p.actor, p.partner) for p in final] == [
        (r.actor, r.candidate) for r in _expected(rows, 4, all_pairs.PER_ACTOR)
    ]
