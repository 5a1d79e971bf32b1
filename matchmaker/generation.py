"""The network's generation: a token that changes with every committed write to the network.

Derived data that is slow to rebuild at 100,000 actors (the loaded records, the fitted
recommender: :mod:`matchmaker.kept`) is kept beside the database under this token and is used
only while the token is unchanged. The token lives in the one row of ``network_generation``
(migration ``0006_network_generation``) and is moved on inside the very transaction that
writes: every statement through a store's engine is watched, and a transaction that wrote to
one of the network's tables gets a new token just before it commits. So every kind of change
— an import, a profile edit, a recorded outcome, a merge, a person forgotten — is seen,
whichever module wrote it, and a rolled-back write moves nothing. SQLite's ``PRAGMA
data_version`` would not do: it is per connection and says nothing across processes' restarts.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is imported by whoever has an engine: the kept files' readers need none
    from sqlalchemy import Engine

__all__ = [
    "NETWORK_TABLES",
    "NetworkSeal",
    "generation_read_at",
    "network_generation",
    "seal_network",
    "track_generation",
]

# the tables load_network reads; layout positions, saved teams and meetings change no derived data
NETWORK_TABLES = frozenset(
    {"actor", "actor_skill", "tie", "event", "participation", "match_decision", "skill"}
)
_WRITE = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|COPY)\s+\"?(\w+)", re.IGNORECASE
)
_FLAG = "matchmaker_network_written"


def _watch(conn, _cursor, statement: str, _parameters, _context, _executemany) -> None:
    found = _WRITE.match(statement)
    if found and found.group(1).lower() in NETWORK_TABLES:
        conn.info[_FLAG] = True


def _move_on(conn) -> None:
    if conn.info.pop(_FLAG, False):
        conn.exec_driver_sql(
            "UPDATE network_generation SET counter = counter + 1, token = "
            + ("?" if conn.dialect.paramstyle == "qmark" else "%s"),
            (secrets.token_hex(16),),
        )
        conn.info.pop(_FLAG, None)


def _forget(conn) -> None:
    conn.info.pop(_FLAG, None)


def track_generation(engine: Engine) -> None:
    """Move the token on in every transaction on ``engine`` that writes to the network (once per engine).

    Installed once the schema is at the newest revision (the table exists).
    """
    from sqlalchemy import event

    if event.contains(engine, "commit", _move_on):
        return
    event.listen(engine, "before_cursor_execute", _watch)
    event.listen(engine, "commit", _move_on)
    event.listen(engine, "rollback", _forget)


def network_generation(engine: Engine) -> str | None:
    """The current token as ``"counter-token"``; None for a database without the table."""
    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT counter, token FROM network_generation WHERE id = 1").first()
    except Exception:  # an older schema opened read-only: nothing can be kept for it
        return None
    return None if row is None else f"{row[0]}-{row[1]}"


class NetworkSeal:
    """What a loaded network held when it was read at a generation: the items of its lists.

    Derived data kept under that generation (the fitted recommender) was made from exactly those
    records, so a network still holding them needs no row-by-row comparison with it: at 100,000
    actors and a million ties that comparison took seconds. The items are shared, not copied,
    and the records are immutable, so comparing the lists with the ones kept here is a pass over
    pointers when nothing was replaced — and an ordinary comparison of values when something was
    (the app puts a re-read actor into its network in place), which is as safe as it is slower.
    """

    __slots__ = ("generation", "_parts")

    def __init__(self, net, generation: str):
        self.generation = generation
        self._parts = self._of(net)

    @staticmethod
    def _of(net) -> tuple:
        return (
            list(net.actors),
            list(net.ties),
            list(net.events),
            list(net.participations),
            list(net.decisions),
            dict(net.skills),
        )

    def holds(self, net) -> bool:
        """Whether ``net`` holds exactly what it held when sealed."""
        return all(
            now == then
            for now, then in zip(
                (net.actors, net.ties, net.events, net.participations, net.decisions, net.skills),
                self._parts,
                strict=True,
            )
        )


def seal_network(net, generation: str) -> None:
    """Mark ``net`` as read at ``generation`` (it holds the network as it was then)."""
    net.seal = NetworkSeal(net, generation)


def generation_read_at(net) -> str | None:
    """The generation ``net`` was read at, while it still holds what it held then; else None."""
    seal = getattr(net, "seal", None)
    return seal.generation if isinstance(seal, NetworkSeal) and seal.holds(net) else None
