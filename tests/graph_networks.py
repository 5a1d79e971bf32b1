"""Tiny hand-built networks the graph tests share, with answers worked out by hand.

``bridge_world``: an Estonian govtech triangle (e1, e2, e3) and a Ukrainian e-health
triangle (u1, u2, u3), joined only through the Estonian person ``b``, who knows e1, e2,
u1 and u2. Every EE–UA shortest path runs through ``b``. Ties are dated 2023 inside the
triangles and 2024 across the border.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from matchmaker.records import ActorRecord, EventRecord, NetworkData, ParticipationRecord, TieRecord

__all__ = ["bridge_world", "load_into", "planted_communities"]


def bridge_world() -> NetworkData:
    actors = [
        ActorRecord(f"e{i}", "company", f"Estonian {i}", "EE", city="Tallinn", sectors=("govtech",))
        for i in (1, 2, 3)
    ]
    actors += [
        ActorRecord(f"u{i}", "startup", f"Ukrainian {i}", "UA", city="Kyiv", sectors=("e-health",))
        for i in (1, 2, 3)
    ]
    actors.append(ActorRecord("b", "person", "Broker Birgit", "EE", sectors=("govtech", "e-health")))
    inside = date(2023, 3, 1)
    ties = [
        TieRecord(a, c, "partner", inside, 2.0)
        for a, c in (("e1", "e2"), ("e2", "e3"), ("e1", "e3"), ("u1", "u2"), ("u2", "u3"), ("u1", "u3"))
    ]
    across = date(2024, 6, 1)
    ties += [TieRecord("b", x, "knows", across, 1.0) for x in ("e1", "e2", "u1", "u2")]
    events = [
        EventRecord(
            "hack", "Sandbox Hack", "hackathon", "Tallinn", "EE", date(2024, 5, 20), date(2024, 5, 21)
        )
    ]
    participations = [ParticipationRecord("hack", a) for a in ("b", "e1", "u1")]
    return NetworkData(actors=actors, ties=ties, events=events, participations=participations)


def load_into(store, net: NetworkData, tmp_path: Path) -> None:
    """Write ``net`` into ``store`` through the interchange format, as a user's import would."""
    from matchmaker.interchange import export_network, import_document, read_files

    path = tmp_path / "network.json"
    export_network(net, "json", path)
    import_document(store.engine, read_files([path], store.resolver()))


def planted_communities(
    sizes=(30, 35, 40, 45, 50, 55), p_in: float = 0.2, p_out: float = 0.03, isolated: int = 6, seed: int = 0
) -> tuple[NetworkData, dict[str, int]]:
    """A generated network whose communities are known: ``(network, {actor id: planted community})``.

    Ties fall inside a community with probability ``p_in``, between two with ``p_out`` (with the
    defaults about 60 % of the ties stay inside, a little more than the demo's 44 %); actors
    alternate between Estonia and Ukraine; ``isolated`` extra actors have no tie at all.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    planted = np.repeat(np.arange(len(sizes)), sizes)
    n = len(planted)
    upper = np.triu(rng.random((n, n)) < np.where(planted[:, None] == planted[None, :], p_in, p_out), 1)
    ids = [f"p{i:03d}" for i in range(n)]
    actors = [
        ActorRecord(
            ids[i], "startup", f"Planted {i}", "EE" if i % 2 else "UA", sectors=(f"sector {planted[i]}",)
        )
        for i in range(n)
    ]
    actors += [ActorRecord(f"lone{k}", "person", f"Lone {k}", "UA") for k in range(isolated)]
    ties = [
        TieRecord(ids[i], ids[j], "knows", date(2024, 1, 1)) for i, j in zip(*np.nonzero(upper), strict=True)
    ]
    return NetworkData(actors=actors, ties=ties), {ids[i]: int(planted[i]) for i in range(n)}
