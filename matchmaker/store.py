"""The network store: one object over the database that every front end shares.

Reads for analysis come back as plain records in bulk (``load_network``); small edits go
through short transactions here. SQL lives behind this class (and the bulk writer it uses,
:mod:`matchmaker.interchange.load`): the algorithm packages take records, never a store, and the
UI never builds SQL. Actor rows are read by the fields of :mod:`matchmaker.actor_fields`. Opening (who may
write, read-only fallbacks, the guard and the journal watch) is :mod:`matchmaker.db_access`'s
job; a store opened by :func:`open_store` must be :meth:`Store.close` d to let others write.
"""

from __future__ import annotations

import os
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Engine, delete, func, insert, or_, select

from matchmaker.actor_fields import column_fields
from matchmaker.errors import (
    DatabaseFileError,
    DatabaseReadOnlyError,
    UnknownEventError,
)
from matchmaker.i18n import _
from matchmaker.models import (
    Actor,
    ActorSkill,
    Event,
    LayoutPosition,
    MatchDecision,
    Participation,
    Skill,
    Team,
    TeamMember,
    Tie,
    utcnow,
)
from matchmaker.paths import database_companion
from matchmaker.records import (
    ActorRecord,
    DecisionRecord,
    EventRecord,
    NetworkData,
    ParticipationRecord,
    SkillRecord,
    TieRecord,
)
from matchmaker.store_edits import ActorEdits
from matchmaker.store_network_edits import NetworkEdits
from matchmaker.taxonomy import SkillResolver, bundled_skills

if TYPE_CHECKING:
    from matchmaker.db_access import OpenedDatabase

__all__ = ["SavedTeam", "Store", "open_store"]


class SavedTeam(NamedTuple):
    """A team as the store keeps it: no scores (the team builder rescores it)."""

    name: str
    challenge: str | None
    members: list[str]
    locked: list[str]


def open_store(db: str | None = None, *, role: str = "command", wait: float | None = None) -> Store:
    """Open (creating and migrating if needed) the database and make sure the taxonomy is in it.

    ``role`` is ``"app"`` for a window that keeps the database open (it holds it alone, and a
    second window or a command then gets it read-only) or ``"command"``; ``wait`` is how many
    seconds a write waits for another writer (default :data:`matchmaker.db.BUSY_WAIT_SECONDS`).
    """
    from matchmaker.db_access import open_database

    opened = open_database(db, role=role, wait=wait)
    store = Store(opened.engine, opened)
    if opened.guard is not None:  # a store dropped without close() must not keep others read-only
        weakref.finalize(store, opened.guard.release)
    if not store.read_only:
        try:
            store.ensure_taxonomy()
        except BaseException:
            store.close()
            raise
    return store


def _insert_missing(dialect: str, table):
    """An INSERT that leaves rows another process inserted meanwhile alone (two first opens at once)."""
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        return table.insert()
    return insert(table).on_conflict_do_nothing(index_elements=["id"])


def _actor_record_reader() -> Callable[[object, dict[str, float], dict[str, float]], ActorRecord]:
    """A function making an :class:`ActorRecord` from an actor row and its skills; the columns read
    are the stored fields of :mod:`matchmaker.actor_fields` (JSON lists become tuples)."""
    fields = column_fields()
    plain = tuple(f.name for f in fields if not f.is_list)
    lists = tuple(f.name for f in fields if f.is_list)

    def record(r, offers: dict[str, float], needs: dict[str, float]) -> ActorRecord:
        values = {name: r[name] for name in plain}
        for name in lists:
            values[name] = tuple(r[name] or ())
        return ActorRecord(**values, offers=offers, needs=needs, version=r["version"])

    return record


class Store(ActorEdits, NetworkEdits):
    def __init__(self, engine: Engine, opened: OpenedDatabase | None = None):
        self.engine = engine
        self._opened = opened

    # -- access ---------------------------------------------------------------------------------
    @property
    def read_only_reason(self) -> str | None:
        """Why this store may only read (another window holds the database, file permissions), or None."""
        return self._opened.read_only_reason if self._opened else None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def created(self) -> bool:
        """True when this opening made the database's schema (a new, empty database)."""
        return bool(self._opened and self._opened.created)

    @property
    def database_file(self) -> Path | None:
        """The SQLite file this store works on (None for PostgreSQL and in-memory databases)."""
        from matchmaker.db import database_file_of

        return database_file_of(self.engine)

    def refuse_database_files(self, paths: Iterable[str | os.PathLike]) -> None:
        """Raise if any of ``paths`` is this database or one of its journal files.

        Reading or writing it as an ordinary file (an import, an export target, a challenges
        file picked by mistake) would open it outside SQLite and drop SQLite's locks.
        """
        for path in paths:
            companion = database_companion(path, self.database_file)
            if companion is not None:
                raise DatabaseFileError(
                    _(
                        "{path}: is the database this command works on ({name}); it is never read or "
                        "written as an ordinary file: choose another file"
                    ).format(path=path, name=companion.name)
                )

    def check_writable(self) -> None:
        """Raise :class:`DatabaseReadOnlyError` now, before slow work whose write would be refused."""
        if self.read_only:
            raise DatabaseReadOnlyError(
                _("{db} is open read-only ({reason}); nothing was changed").format(
                    db=self.database_file, reason=self.read_only_reason
                )
            )

    def on_lost(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(message)`` once if the database's journal files are deleted under us."""
        if self._opened and self._opened.watch:
            self._opened.watch.on_lost(listener)

    def close(self) -> None:
        """Close the connections and let other windows and commands write again; safe to call twice."""
        opened, self._opened = self._opened, None
        if opened is not None:
            opened.close()
        else:
            self.engine.dispose()

    # -- taxonomy -------------------------------------------------------------------------------
    def ensure_taxonomy(self) -> int:
        """Insert the bundled skills the database lacks; returns how many were added."""
        table = Skill.__table__
        with self.engine.begin() as conn:
            have = set(conn.execute(select(table.c.id)).scalars())
            rows = [
                {
                    "id": s.id,
                    "source": s.source,
                    "label_en": s.label_en,
                    "label_et": s.label_et,
                    "label_uk": s.label_uk,
                    "alt_labels": list(s.alt_labels),
                    "broader": s.broader,
                    "uri": s.uri,
                }
                for s in bundled_skills()
                if s.id not in have
            ]
            if rows:
                conn.execute(_insert_missing(conn.dialect.name, table), rows)
        return len(rows)

    def skills(self) -> dict[str, SkillRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(Skill.__table__)).mappings()
            return {
                r["id"]: SkillRecord(
                    r["id"],
                    r["source"],
                    r["label_en"],
                    r["label_et"],
                    r["label_uk"],
                    tuple(r["alt_labels"] or ()),
                    r["broader"],
                    r["uri"],
                )
                for r in rows
            }

    def resolver(self) -> SkillResolver:
        return SkillResolver(self.skills().values())

    # -- reading --------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(Actor.__table__.c.id).limit(1)).first() is None

    def load_network(self) -> NetworkData:
        """The whole network as records.

        A big network unchanged since it was last loaded comes from the copy kept beside the
        database (:mod:`matchmaker.kept`, keyed by the network's generation); otherwise it is
        read from rows and kept for next time.
        """
        from matchmaker.generation import seal_network
        from matchmaker.kept import kept_or_made

        return kept_or_made(
            self.engine,
            self.database_file,
            "network",
            self.load_network_rows,
            size=lambda net: len(net.actors),
            described=seal_network,  # what the kept recommender is checked against (match.kept_check)
        )

    def load_network_rows(self) -> NetworkData:
        """The whole network read from the database's rows (bulk Core selects, no ORM objects)."""
        net = NetworkData(skills=self.skills())
        with self.engine.connect() as conn:
            offers: dict[str, dict[str, float]] = defaultdict(dict)
            needs: dict[str, dict[str, float]] = defaultdict(dict)
            links = ActorSkill.__table__.c
            for actor_id, skill_id, side, weight in conn.execute(
                select(links.actor_id, links.skill_id, links.side, links.weight).order_by(
                    links.actor_id, links.skill_id
                )
            ):
                (offers if side == "offer" else needs)[actor_id][skill_id] = weight
            record = _actor_record_reader()
            net.actors = [
                record(r, offers.get(r["id"], {}), needs.get(r["id"], {}))
                for r in conn.execute(select(Actor.__table__).order_by(Actor.__table__.c.id)).mappings()
            ]
            t = Tie.__table__.c
            net.ties = [
                TieRecord(*row)
                for row in conn.execute(select(t.source, t.target, t.kind, t.since, t.weight).order_by(t.id))
            ]
            e = Event.__table__.c
            net.events = [
                EventRecord(*row)
                for row in conn.execute(
                    select(
                        e.id, e.name, e.kind, e.city, e.country, e.start, e.end, e.venue, e.agenda
                    ).order_by(e.start, e.id)
                )
            ]
            p = Participation.__table__.c
            net.participations = [
                ParticipationRecord(*row)
                for row in conn.execute(
                    select(p.event_id, p.actor_id, p.role).order_by(p.event_id, p.actor_id)
                )
            ]
            d = MatchDecision.__table__.c
            net.decisions = [
                DecisionRecord(*row)
                for row in conn.execute(
                    select(d.actor_a, d.actor_b, d.status, d.note, d.suggested_at, d.updated_at).order_by(
                        d.id
                    )
                )
            ]
        return net

    def find_actor(self, key: str) -> ActorRecord:
        """The actor ``key`` names: its id, else its exact name, else what ``matchmaker find`` finds uniquely.

        Lower-case or Cyrillic spellings, transliterations, old place names and one typo all
        resolve (:mod:`matchmaker.search`); several candidates give an ``AmbiguousActorError``
        that lists the best of them.
        """
        a = Actor.__table__.c
        with self.engine.connect() as conn:
            row = conn.execute(select(a.id).where(a.id == key)).first()
            if row is None:  # the cheap exact lookups first: most keys are ids or names
                rows = conn.execute(select(a.id).where(or_(a.name == key, a.native_name == key))).all()
                row = rows[0] if len(rows) == 1 else None
        if row is None:
            from matchmaker.search import resolve_actor

            return self.actors([resolve_actor(self.engine, key, self.database_file)])[0]
        return self.actors([row[0]])[0]

    def actors(self, ids: Iterable[str]) -> list[ActorRecord]:
        """Records for the given ids, in the order given (unknown ids are skipped)."""
        ids = list(ids)
        found: dict[str, ActorRecord] = {}
        a, links = Actor.__table__, ActorSkill.__table__
        record = _actor_record_reader()
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                skills: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
                for actor_id, skill_id, side, weight in conn.execute(
                    select(links).where(links.c.actor_id.in_(chunk))
                ):
                    skills[(actor_id, side)][skill_id] = weight
                for r in conn.execute(select(a).where(a.c.id.in_(chunk))).mappings():
                    found[r["id"]] = record(
                        r, skills.get((r["id"], "offer"), {}), skills.get((r["id"], "need"), {})
                    )
        return [found[i] for i in ids if i in found]

    def decisions(self) -> list[DecisionRecord]:
        """Every recorded suggestion and outcome, in the order they were first recorded."""
        d = MatchDecision.__table__.c
        with self.engine.connect() as conn:
            return [
                DecisionRecord(*row)
                for row in conn.execute(
                    select(d.actor_a, d.actor_b, d.status, d.note, d.suggested_at, d.updated_at).order_by(
                        d.id
                    )
                )
            ]

    def find_event(self, key: str) -> EventRecord:
        """The event whose id, or else exact name, is ``key``."""
        e = Event.__table__.c
        columns = (e.id, e.name, e.kind, e.city, e.country, e.start, e.end, e.venue, e.agenda)
        with self.engine.connect() as conn:
            rows = (
                conn.execute(select(*columns).where(e.id == key)).all()
                or conn.execute(select(*columns).where(e.name == key)).all()
            )
        if not rows:
            raise UnknownEventError(_("no event has the id or name {key!r}").format(key=key))
        if len(rows) > 1:
            raise UnknownEventError(
                _("{key!r} names {n} events; give the id instead").format(key=key, n=len(rows))
            )
        return EventRecord(*rows[0])

    def load_positions(self) -> dict[str, tuple[float, float]]:
        """Every saved canvas position, ``{actor id: (x, y)}``."""
        p = LayoutPosition.__table__.c
        with self.engine.connect() as conn:
            return {actor_id: (x, y) for actor_id, x, y in conn.execute(select(p.actor_id, p.x, p.y))}

    def saved_teams(self, event_id: str) -> list[SavedTeam]:
        """The event's saved teams, in the order saved (members sorted by id)."""
        team, member = Team.__table__, TeamMember.__table__
        with self.engine.connect() as conn:
            teams = conn.execute(
                select(team.c.id, team.c.name, team.c.challenge)
                .where(team.c.event_id == event_id)
                .order_by(team.c.id)
            ).all()
            rows = conn.execute(
                select(member.c.team_id, member.c.actor_id, member.c.locked)
                .where(member.c.team_id.in_([t[0] for t in teams]))
                .order_by(member.c.actor_id)
            ).all()
        members, locked = defaultdict(list), defaultdict(list)
        for team_id, actor_id, is_locked in rows:
            members[team_id].append(actor_id)
            if is_locked:
                locked[team_id].append(actor_id)
        return [SavedTeam(name, challenge, members[tid], locked[tid]) for tid, name, challenge in teams]

    def stats(self) -> dict:
        """Counts by actor kind, country and tie kind, for ``matchmaker stats``."""
        a, t = Actor.__table__.c, Tie.__table__.c
        with self.engine.connect() as conn:

            def grouped(column) -> dict[str, int]:
                return dict(sorted(conn.execute(select(column, func.count()).group_by(column)).all()))

            return {
                "actors": conn.execute(select(func.count()).select_from(Actor.__table__)).scalar_one(),
                "ties": conn.execute(select(func.count()).select_from(Tie.__table__)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(Event.__table__)).scalar_one(),
                "participations": conn.execute(
                    select(func.count()).select_from(Participation.__table__)
                ).scalar_one(),
                "decisions": conn.execute(
                    select(func.count()).select_from(MatchDecision.__table__)
                ).scalar_one(),
                "actors_by_kind": grouped(a.kind),
                "actors_by_country": grouped(a.country),
                "ties_by_kind": grouped(t.kind),
            }

    # -- writing --------------------------------------------------------------------------------
    def clear_network(self) -> None:
        """Remove every actor, tie, event and decision (the taxonomy stays)."""
        from matchmaker.interchange import Document, import_document

        import_document(self.engine, Document(), replace=True)

    def record_decision(self, a: str, b: str, status: str, note: str | None = None) -> DecisionRecord | None:
        """Record (or move along) what became of the suggestion of ``b`` to ``a``; returns what was
        recorded before (None: nothing), which :meth:`restore_decision` puts back (undo)."""
        from matchmaker.interchange.load import upsert_rows
        from matchmaker.vocab import DECISION_STATUSES

        if status not in DECISION_STATUSES:
            raise ValueError(f"unknown decision status {status!r}")
        now = utcnow()
        with self.engine.begin() as conn:
            d = MatchDecision.__table__.c
            existing = conn.execute(
                select(d.actor_a, d.actor_b, d.status, d.note, d.suggested_at, d.updated_at).where(
                    d.actor_a == a, d.actor_b == b
                )
            ).first()
            row = {
                "actor_a": a,
                "actor_b": b,
                "status": status,
                "note": note,
                "suggested_at": existing[4] if existing else now,
                "updated_at": now,
            }
            upsert_rows(conn, MatchDecision.__table__, [row], ["actor_a", "actor_b"])
        return DecisionRecord(*existing) if existing else None

    def restore_decision(self, a: str, b: str, previous: DecisionRecord | None) -> None:
        """Put back what :meth:`record_decision` replaced: ``previous``, or no record at all."""
        from matchmaker.interchange.load import upsert_rows

        table = MatchDecision.__table__
        with self.engine.begin() as conn:
            if previous is None:
                conn.execute(table.delete().where(table.c.actor_a == a, table.c.actor_b == b))
                return
            row = {
                "actor_a": a,
                "actor_b": b,
                "status": previous.status,
                "note": previous.note,
                "suggested_at": previous.suggested_at or utcnow(),
                "updated_at": previous.updated_at or utcnow(),
            }
            upsert_rows(conn, table, [row], ["actor_a", "actor_b"])

    def save_positions(self, pos: dict[str, tuple[float, float]]) -> int:
        """Insert or update canvas positions in one transaction; returns how many were saved.

        Positions of actors the store does not hold (e.g. deleted meanwhile) are skipped.
        """
        from matchmaker.interchange.load import upsert_rows

        with self.engine.begin() as conn:
            known = set(conn.execute(select(Actor.__table__.c.id)).scalars())
            rows = [{"actor_id": a, "x": float(x), "y": float(y)} for a, (x, y) in pos.items() if a in known]
            upsert_rows(conn, LayoutPosition.__table__, rows, ["actor_id"])
        return len(rows)

    def save_teams(self, event_id: str, teams: Iterable[SavedTeam]) -> list[int]:
        """Replace the event's saved teams with ``teams`` (one transaction); returns the new team ids."""
        team, member = Team.__table__, TeamMember.__table__
        ids = []
        with self.engine.begin() as conn:
            old = select(team.c.id).where(team.c.event_id == event_id)
            conn.execute(delete(member).where(member.c.team_id.in_(old)))
            conn.execute(delete(team).where(team.c.event_id == event_id))
            for saved in teams:
                new_id = conn.execute(
                    insert(team)
                    .values(event_id=event_id, name=saved.name, challenge=saved.challenge)
                    .returning(team.c.id)
                ).scalar_one()
                ids.append(new_id)
                if saved.members:
                    conn.execute(
                        insert(member),
                        [
                            {"team_id": new_id, "actor_id": a, "locked": a in saved.locked}
                            for a in saved.members
                        ],
                    )
        return ids
