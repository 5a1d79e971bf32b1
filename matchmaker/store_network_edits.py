"""The store's writes that add or delete whole records: an actor, a tie; each leaving clocks or a tombstone.

:class:`~matchmaker.store.Store` takes these from :class:`NetworkEdits`. Every write records the
field clocks (:mod:`matchmaker.snapshots.clock_store`) in its own transaction, and a deletion
leaves a tombstone, so a snapshot merge carries it to the other laptop instead of bringing the
record back from there.
"""

from __future__ import annotations

from sqlalchemy import select

from matchmaker.actor_fields import column_fields
from matchmaker.errors import UnknownActorError
from matchmaker.models import Actor, ActorSkill, Tie, utcnow
from matchmaker.records import ActorRecord, TieRecord
from matchmaker.snapshots.clock_store import record_deletion, record_edits
from matchmaker.snapshots.state import tie_key_text

__all__ = ["NetworkEdits"]


def _tie_where(table, source: str, target: str, kind: str):
    return (table.c.source == source) & (table.c.target == target) & (table.c.kind == kind)


class NetworkEdits:
    """Mixed into :class:`~matchmaker.store.Store` (which provides ``engine``)."""

    def add_actor(self, actor: ActorRecord) -> None:
        """Insert a new actor (its fields already validated) with its offers and needs."""
        names = [f.name for f in column_fields()]
        row = {n: list(v) if isinstance(v := getattr(actor, n), tuple) else v for n in names}
        now = utcnow()
        with self.engine.begin() as conn:
            conn.execute(Actor.__table__.insert().values(created_at=now, updated_at=now, **row))
            skills = [
                {"actor_id": actor.id, "skill_id": s, "side": side, "weight": w}
                for side, mapping in (("offer", actor.offers), ("need", actor.needs))
                for s, w in mapping.items()
            ]
            if skills:
                conn.execute(ActorSkill.__table__.insert(), skills)
            fields = [n for n in names if n != "id"] + [d["side"] + ":" + d["skill_id"] for d in skills]
            record_edits(conn, "actor", actor.id, fields)

    def delete_actor(self, actor_id: str) -> None:
        """Delete an actor and its ties; tombstones go with them."""
        ties = Tie.__table__
        with self.engine.begin() as conn:
            touching = conn.execute(
                select(ties.c.source, ties.c.target, ties.c.kind).where(
                    (ties.c.source == actor_id) | (ties.c.target == actor_id)
                )
            ).all()
            if conn.execute(Actor.__table__.delete().where(Actor.__table__.c.id == actor_id)).rowcount != 1:
                raise UnknownActorError(f"no actor has the id {actor_id!r}")
            from matchmaker.snapshots.clock_store import forget_clocks

            forget_clocks(conn, "tie", [tie_key_text(tuple(t)) for t in touching])  # gone with the actor
            record_deletion(conn, "actor", actor_id)

    def put_tie(self, tie: TieRecord) -> None:
        """Add the tie, or change its date and weight; the fields that changed get new clocks."""
        table = Tie.__table__
        where = _tie_where(table, tie.source, tie.target, tie.kind)
        with self.engine.begin() as conn:
            row = conn.execute(select(table.c.since, table.c.weight).where(where)).first()
            if row is None:
                conn.execute(table.insert().values(**tie._asdict()))
                changed = ["since", "weight"]
            else:
                changed = [
                    n for n, old in zip(("since", "weight"), row, strict=True) if getattr(tie, n) != old
                ]
                if changed:
                    conn.execute(table.update().where(where).values(since=tie.since, weight=tie.weight))
            record_edits(conn, "tie", tie_key_text((tie.source, tie.target, tie.kind)), changed)

    def delete_tie(self, source: str, target: str, kind: str) -> bool:
        """Delete one tie (leaving a tombstone); False when there was none."""
        table = Tie.__table__
        with self.engine.begin() as conn:
            if conn.execute(table.delete().where(_tie_where(table, source, target, kind))).rowcount == 0:
                return False
            record_deletion(conn, "tie", tie_key_text((source, target, kind)))
        return True
