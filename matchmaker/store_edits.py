"""The store's writes of one actor's profile: a field, an offer or a need, each moving the actor's version.

:class:`~matchmaker.store.Store` takes these methods from :class:`ActorEdits`. Every actor row
carries a ``version`` (migration ``0005_actor_version``); a save names the version its editor
loaded, and the write is a compare-and-set on it, so of two saves from the same version exactly one
wins and the other gets :class:`~matchmaker.edit_conflict.EditConflictError` with both sides. The
rules for what a value may be are :mod:`matchmaker.editing`'s; this is only the SQL. Each write also
moves the field clocks a snapshot merge compares (:mod:`matchmaker.snapshots.clock_store`).
"""

from __future__ import annotations

from sqlalchemy import select

from matchmaker.actor_fields import column_fields
from matchmaker.errors import UnknownActorError, UnknownSkillError
from matchmaker.models import Actor, ActorSkill, Skill, utcnow
from matchmaker.records import SkillRecord
from matchmaker.snapshots.clock_store import record_edits

__all__ = ["ActorEdits"]


def _move_version(conn, actor_id: str, stored: int, **values) -> bool:
    """Write ``values`` and the next version if the actor is still at ``stored``; False if it moved on."""
    table = Actor.__table__
    result = conn.execute(
        table.update()
        .where(table.c.id == actor_id, table.c.version == stored)
        .values(**values, version=stored + 1, updated_at=utcnow())
    )
    return result.rowcount == 1


def _ensure_skill(conn, side: str, skill_id: str, new_skill: SkillRecord | None) -> None:
    """Make sure the skill exists: a free tag the user just typed is added to the skills table."""
    skills = Skill.__table__
    if conn.execute(select(skills.c.id).where(skills.c.id == skill_id)).first() is not None:
        return
    if new_skill is None or new_skill.id != skill_id:
        raise UnknownSkillError(f"{side}: no skill has the id {skill_id!r}")
    conn.execute(
        skills.insert().values(
            id=new_skill.id,
            source=new_skill.source,
            label_en=new_skill.label_en,
            label_et=new_skill.label_et,
            label_uk=new_skill.label_uk,
            alt_labels=list(new_skill.alt_labels),
        )
    )


class ActorEdits:
    """Mixed into :class:`~matchmaker.store.Store` (which provides ``engine`` and ``actors``)."""

    def update_actor_values(
        self, actor_id: str, values: dict[str, object], expected_version: int | None = None
    ) -> tuple[dict[str, object], int]:
        """Write the (validated) ``values`` of one actor in one transaction; returns the earlier value
        of each field that changed (list fields as lists) and the actor's version after the write.

        Unchanged fields are not written (nothing changed: the version stays). ``expected_version``
        is the version the editor loaded: if the actor moved on since, nothing is written and
        :class:`~matchmaker.edit_conflict.EditConflictError` carries both sides. The write is a
        compare-and-set on the version, so two saves racing on PostgreSQL cannot both win.
        """
        table = Actor.__table__
        lists = {f.name for f in column_fields() if f.is_list}

        def comparable(name: str, value):
            return list(value or ()) if name in lists else value

        with self.engine.begin() as conn:
            row = conn.execute(select(table).where(table.c.id == actor_id)).mappings().first()
            if row is None:
                raise UnknownActorError(f"no actor has the id {actor_id!r}")
            stored = row["version"]
            before = {
                name: comparable(name, row[name])
                for name, value in values.items()
                if comparable(name, row[name]) != value
            }
            if not before:
                return {}, stored
            yours = {name: values[name] for name in before}
            written = expected_version in (None, stored) and _move_version(conn, actor_id, stored, **yours)
            if written:  # the clocks a snapshot merge compares (matchmaker.snapshots)
                record_edits(conn, "actor", actor_id, yours)
        if not written:
            raise self._conflict(actor_id, stored if expected_version is None else expected_version, yours)
        return before, stored + 1

    def set_skill_weight(
        self,
        actor_id: str,
        side: str,
        skill_id: str,
        weight: float | None,
        new_skill: SkillRecord | None = None,
        expected_version: int | None = None,
    ) -> tuple[float | None, int]:
        """Give the actor the skill on ``side`` ("offer" or "need") with ``weight`` (None removes it),
        adding ``new_skill`` (a free tag) to the skills first if the store lacks it; returns the
        weight it had before (None: it had not the skill) and the actor's version after.

        A change moves the actor's version on, like a field edit (the skill tables have no trigger:
        a million links per import would each fire it); ``expected_version`` as in
        :meth:`update_actor_values`.
        """
        links, actors = ActorSkill.__table__, Actor.__table__
        key = (links.c.actor_id == actor_id) & (links.c.skill_id == skill_id) & (links.c.side == side)
        with self.engine.begin() as conn:
            stored = conn.execute(select(actors.c.version).where(actors.c.id == actor_id)).scalar()
            if stored is None:
                raise UnknownActorError(f"no actor has the id {actor_id!r}")
            row = conn.execute(select(links.c.weight).where(key)).first()
            before = None if row is None else row[0]
            if before == weight:
                return before, stored
            written = expected_version in (None, stored) and _move_version(conn, actor_id, stored)
            if written:
                _ensure_skill(conn, side, skill_id, new_skill)
                if weight is None:
                    conn.execute(links.delete().where(key))
                elif before is None:
                    conn.execute(
                        links.insert().values(actor_id=actor_id, skill_id=skill_id, side=side, weight=weight)
                    )
                else:
                    conn.execute(links.update().where(key).values(weight=weight))
                record_edits(conn, "actor", actor_id, [f"{side}:{skill_id}"])
        if not written:
            loaded = stored if expected_version is None else expected_version
            raise self._conflict(actor_id, loaded, {f"{side}s": {skill_id: weight}})
        return before, stored + 1

    def _conflict(self, actor_id: str, loaded_version: int, yours: dict):
        from matchmaker.edit_conflict import edit_conflict

        return edit_conflict(self, actor_id, loaded_version, yours)
