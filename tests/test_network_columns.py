"""A network pickled as columns comes back equal, record for record (the kept copy relies on it)."""

from __future__ import annotations

import pickle
from datetime import date

from matchmaker.records import ActorRecord, NetworkData, TieRecord


def test_the_demo_network_survives_a_pickle_round_trip(demo_store):
    net = demo_store.load_network_rows()
    again = pickle.loads(pickle.dumps(net, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == net
    assert [a.version for a in again.actors] == [a.version for a in net.actors]
    assert type(again.ties[0]) is TieRecord


def test_unknown_tie_ends_missing_days_weights_and_empty_skills_come_back():
    net = NetworkData(
        actors=[
            ActorRecord(
                "a", "startup", "A", "EE", sectors=("x", "y"), offers={"s1": 0.5, "s2": 1.0}, version=7
            ),
            ActorRecord("b", "person", "Б", "UA", native_name="Бе", needs={"s1": 1.0}),
        ],
        ties=[
            TieRecord("a", "b", "knows", None, 2.5),
            TieRecord("b", "zz-elsewhere", "partner", date(2024, 2, 29), 1.0),
        ],
    )
    again = pickle.loads(pickle.dumps(net))
    assert again == net
    assert again.actors[0].version == 7 and again.actors[1].offers == {}
