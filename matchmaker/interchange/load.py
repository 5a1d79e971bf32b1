"""Writing a validated :class:`Document` to the store: all of it, or nothing.

Rows go in through SQLAlchemy Core ``INSERT … ON CONFLICT DO UPDATE`` in batches (no ORM
objects: ~10x faster), so importing the same id again updates it. Every reference (tie
ends, participants, decision pairs) must exist in the file or already in the store;
the first that does not aborts the whole import with the place it was written.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import repeat
from operator import attrgetter, itemgetter

from sqlalchemy import Connection, Engine, Table, select

from matchmaker.actor_fields import ACTOR_FIELD, column_fields
from matchmaker.db import take_write_lock
from matchmaker.errors import InterchangeError, MatchmakerError
from matchmaker.gc_pause import gc_paused
from matchmaker.interchange.bulk_rows import (
    BATCH,
    bulk_upsert,
    chunks,
    copy_staged_text,
    copy_staged_ties,
    count_rows,
    foreign_keys_checked_after,
    indexes_built_after,
    keys_built_after,
    references_checked_by_us,
    roomy_cache,
    staged_tie_keys,
    staged_ties_attached,
)
from matchmaker.interchange.document import Document, Origins
from matchmaker.interchange.tie_stage import COPY_TEXT, SCRATCH_DATABASE, iso_day_texts, one_per_tie
from matchmaker.models import Actor, ActorSkill, Event, MatchDecision, Participation, Skill, Tie, utcnow

__all__ = ["ImportReport", "ImportCancelled", "import_document", "upsert_rows"]

Progress = Callable[[int, int], None]  # (done, total) in rows


class ImportCancelled(MatchmakerError):
    """The user cancelled the import; nothing was written."""


@dataclass
class ImportReport:
    """What an import changed (or, for a dry run, would change)."""

    dry_run: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    new_tags: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def _insert(connection: Connection, table: Table):
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def upsert_rows(
    connection: Connection,
    table: Table,
    rows: list[dict],
    keys: Iterable[str],
    on_row: Callable[[int], None] | None = None,
) -> None:
    """Insert ``rows``; a row whose ``keys`` already exist updates the other columns."""
    if not rows:
        return
    keys = tuple(keys)
    stmt = _insert(connection, table)
    columns = [c for c in rows[0] if c not in keys and c != "created_at"]
    stmt = (
        stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in columns})
        if columns
        else stmt.on_conflict_do_nothing(index_elements=keys)
    )
    for chunk in chunks(rows):
        connection.execute(stmt, chunk)
        if on_row:
            on_row(len(chunk))


MANY_IDS = 5_000  # more ids than this are looked up by reading the stored column once


def _existing(connection: Connection, column, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are stored in ``column``: asked 500 at a time, or for many ids (a big
    import's 100,000 actors: 200 queries, each compiled anew) by reading the column once."""
    ids = list(ids)
    if len(ids) > MANY_IDS:
        stored = connection.exec_driver_sql(f"SELECT {column.name} FROM {column.table.name}")
        return set(ids).intersection(stored.scalars())
    found: set[str] = set()
    for chunk in chunks(ids, 500):
        found.update(connection.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def _check_refs(connection: Connection, doc: Document) -> None:
    net = doc.network
    actor_ids = set(doc.actor_sources)
    event_ids = set(doc.event_sources)
    if doc.staged_ties is not None:
        wanted_actors = doc.staged_ties.ends()
    else:
        wanted_actors = set(map(itemgetter(0), net.ties))  # ties are named tuples: (source, target, …)
        wanted_actors.update(map(itemgetter(1), net.ties))
    wanted_actors |= (
        {p.actor for p in net.participations} | {d.a for d in net.decisions} | {d.b for d in net.decisions}
    )
    actor_ids |= _existing(connection, Actor.__table__.c.id, wanted_actors - actor_ids)
    event_ids |= _existing(
        connection, Event.__table__.c.id, {p.event for p in net.participations} - event_ids
    )

    def dangling(origins: Origins, index: int, fld: str, value: str, what: str) -> InterchangeError:
        path, location = origins.describe(index)
        return InterchangeError(
            path, location, fld, f"refers to {what} {value!r}, which is neither in the file nor in the store"
        )

    if not wanted_actors <= actor_ids:  # only then is it worth finding the first record at fault
        for i, tie in enumerate(doc.tie_records(file_order=True)):
            for fld in ("source", "target"):
                if getattr(tie, fld) not in actor_ids:
                    raise dangling(doc.tie_origins, i, fld, getattr(tie, fld), "actor")
    for i, part in enumerate(net.participations):
        if part.event not in event_ids:
            raise dangling(doc.participation_origins, i, "event", part.event, "event")
        if part.actor not in actor_ids:
            raise dangling(doc.participation_origins, i, "actor", part.actor, "actor")
    for i, dec in enumerate(net.decisions):
        for fld in ("a", "b"):
            if getattr(dec, fld) not in actor_ids:
                raise dangling(doc.decision_origins, i, fld, getattr(dec, fld), "actor")


def _link_rows(doc: Document) -> list[tuple]:
    """Skill links in primary-key order (actor, skill, side): B-tree inserts in key order touch
    few pages. Actors in id order, and each actor's few links sorted on their own, instead of
    sorting two million tuples at the end."""
    rows: list[tuple] = []
    add = rows.extend
    for a in sorted(doc.network.actors, key=attrgetter("id")):
        offers, needs = a.offers, a.needs
        links = [*zip(offers, repeat("offer"), offers.values()), *zip(needs, repeat("need"), needs.values())]
        links.sort()
        actor_id = a.id
        add([(actor_id, skill_id, side, weight) for skill_id, side, weight in links])
    return rows


# the actor table's columns: the stored actor fields (matchmaker.actor_fields), plus the timestamps
ACTOR_COLUMNS = (*(f.name for f in column_fields()), "created_at", "updated_at")


class _JsonLists(dict):
    """A list field's stored JSON text, made once per distinct value (sectors and languages
    repeat across a network: a handful of ``json.dumps`` calls instead of one per actor)."""

    def __missing__(self, items: tuple[str, ...]) -> str:
        text = self[items] = json.dumps(list(items))
        return text


def _actor_rows(doc: Document, now, sqlite: bool) -> list[tuple]:
    """Actor rows in the driver's own form: JSON lists as text, and on SQLite the naive UTC
    timestamp text SQLAlchemy's DateTime stores (so the ORM reads them back unchanged).
    Built a column at a time (C-level ``map``/``zip``), not a Python step per actor."""
    stamp = now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now
    actors = doc.network.actors
    columns = []
    for f in column_fields():
        column = map(attrgetter(f.name), actors)
        columns.append(map(_JsonLists().__getitem__, column) if f.is_list else column)
    return list(zip(*columns, repeat(stamp), repeat(stamp)))


def _keys_of(doc: Document) -> Callable[[int], frozenset[str]]:
    """Which keys actor record ``i`` was written with (every key for a document built in code)."""
    if not doc.actor_keys:
        return lambda _i: ALL_ACTOR_KEYS
    return doc.actor_keys.__getitem__


ALL_ACTOR_KEYS = frozenset(f.name for f in ACTOR_FIELD.values())


def _write_actors(
    connection: Connection, doc: Document, existing: set[str], rows: list[tuple], tick: Callable[[int], None]
) -> None:
    """New actors go in whole; an actor already stored gets only the fields its record names.

    A key the record lacks (a JSON object without ``city``, a CSV file without a ``stage``
    column) leaves the stored value alone; an explicit empty value (``null``, ``""``, ``[]``,
    an empty cell) clears it. The same holds for offers and needs (their links are replaced
    only when the record names them), so a partial record never blanks what it did not mention.
    """
    table = Actor.__table__
    if not existing:
        with indexes_built_after(connection, table):
            bulk_upsert(connection, table, ACTOR_COLUMNS, None, rows, tick, keep=("created_at",))
    else:
        keys_of = _keys_of(doc)
        bulk_upsert(connection, table, ACTOR_COLUMNS, None, (r for r in rows if r[0] not in existing), tick)
        shapes: dict[frozenset[str], list[tuple]] = defaultdict(list)
        for i, row in enumerate(rows):
            if row[0] in existing:
                shapes[keys_of(i)].append(row)
        for keys, group in shapes.items():
            _update_named_columns(connection, table, keys, group)
            tick(len(group))
    links = ActorSkill.__table__
    for side, key in (("offer", "offers"), ("need", "needs")):
        keys_of = _keys_of(doc)
        named = sorted(
            a.id for i, a in enumerate(doc.network.actors) if a.id in existing and key in keys_of(i)
        )
        for chunk in chunks(named, 500):
            connection.execute(links.delete().where(links.c.actor_id.in_(chunk), links.c.side == side))
    # every link is new: the re-imported actors' links on each side they name were just deleted,
    # an actor that does not name a side brings no links for it, and one actor lists a skill once
    with foreign_keys_checked_after(connection, links), keys_built_after(connection, links):
        bulk_upsert(connection, links, ("actor_id", "skill_id", "side", "weight"), None, _link_rows(doc))


def _update_named_columns(
    connection: Connection, table: Table, keys: frozenset[str], rows: list[tuple]
) -> None:
    """``UPDATE`` the columns in ``keys`` (and ``updated_at``) of actors stored already."""
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    positions = [i for i, name in enumerate(ACTOR_COLUMNS) if name in keys and name != "id"]
    positions.append(ACTOR_COLUMNS.index("updated_at"))
    sets = ", ".join(f"{ACTOR_COLUMNS[i]} = {mark}" for i in positions)
    sql = f"UPDATE {table.name} SET {sets} WHERE id = {mark}"
    for chunk in chunks(rows, BATCH * 4):
        connection.exec_driver_sql(sql, [tuple(row[i] for i in positions) + (row[0],) for row in chunk])


def _tie_rows(ties: list, unique: bool = True, day_as_text: bool = False) -> list[tuple]:
    """The tie records as rows, grouped by source; with ``unique``, one row per tie
    (:func:`~matchmaker.interchange.tie_stage.one_per_tie`: the last one written winning;
    without: repeats stay in file order, for an upsert to resolve).

    With ``day_as_text`` (SQLite) each row carries its day as the ISO text SQLAlchemy's ``Date``
    stores, made once per distinct day: the driver's adapter for a ``date`` is a Python call
    per row, 1.7 s of a million-tie import (more than building the rows anew a column at a
    time, ~0.4 s). Otherwise the records themselves are the rows (no tuple built per tie).

    Sorted by source alone: the unique index (source, target, kind) then takes each actor's
    ~10 ties on neighbouring pages, as a full sort would give (inserting them in file order
    takes twice as long), and sorting on one string instead of whole tuples is 3-4x cheaper.
    The sort is stable, so repeats keep their file order.
    """
    rows = one_per_tie(ties) if unique else ties
    if day_as_text:
        days = list(map(itemgetter(3), rows))
        text = iso_day_texts(days)
        rows = zip(
            map(itemgetter(0), rows),
            map(itemgetter(1), rows),
            map(itemgetter(2), rows),
            map(text.__getitem__, days),
            map(itemgetter(4), rows),
            strict=True,
        )
    return sorted(rows, key=itemgetter(0))


def _write_tie_rows(
    connection: Connection, doc: Document, before: int, sqlite: bool, tick: Callable[[int], None]
) -> None:
    """The ties as rows through the driver. On SQLite an upsert resolves repeated ties as they
    come (the unique index is checked on every insert anyway, and rows are inserted in order,
    so the first of a repeat gives the row its id and the last its values, as the dictionary
    did); COPY into PostgreSQL needs them unique."""
    tie_rows = _tie_rows(doc.tie_records(), unique=not sqlite, day_as_text=sqlite)
    with _tie_constraints_built_after(connection):
        bulk_upsert(
            connection, Tie.__table__, TIE_COLUMNS, TIE_KEY if before or sqlite else None, tie_rows, tick
        )


TIE_COLUMNS = ("source", "target", "kind", "since", "weight")
TIE_KEY = ("source", "target", "kind")


@contextmanager
def _tie_constraints_built_after(connection: Connection) -> Iterator[None]:
    """Into an empty tie table: its indexes, foreign keys and (PostgreSQL) keys built or
    checked once after the load, not row by row."""
    table = Tie.__table__
    with (
        indexes_built_after(connection, table),
        foreign_keys_checked_after(connection, table),
        keys_built_after(connection, table),
    ):
        yield


def _write(connection: Connection, doc: Document, report: ImportReport, tick: Callable[[int], None]) -> None:
    net = doc.network
    now = utcnow()
    existing_actors = _existing(connection, Actor.__table__.c.id, doc.actor_sources)
    report.added["actors"] = len(doc.actor_sources) - len(existing_actors)
    report.updated["actors"] = len(existing_actors)

    tags = [
        {"id": t.id, "source": t.source, "label_en": t.label_en, "alt_labels": []}
        for t in doc.new_tags.values()
    ]
    _insert_new(connection, Skill.__table__, tags)
    report.new_tags = sorted(doc.new_tags)

    _write_actors(
        connection, doc, existing_actors, _actor_rows(doc, now, connection.dialect.name == "sqlite"), tick
    )

    # ties: the biggest table, copied inside SQLite from a child's scratch database, streamed
    # into PostgreSQL's COPY from the child's COPY text, or through the driver directly
    sqlite = connection.dialect.name == "sqlite"
    before = count_rows(connection, Tie.__table__)
    staged = doc.staged_ties
    # (written() waits for the child to finish writing the ties, if it has not)
    if sqlite and staged is not None and staged.written(SCRATCH_DATABASE):  # by a child, meanwhile
        with indexes_built_after(connection, Tie.__table__):
            copy_staged_ties(connection, tick)
    elif not sqlite and staged is not None and staged.written(COPY_TEXT):
        with _tie_constraints_built_after(connection):
            copy_staged_text(
                connection, Tie.__table__, TIE_COLUMNS, TIE_KEY if before else None, staged.copy_path, tick
            )
    else:
        _write_tie_rows(connection, doc, before, sqlite, tick)
    report.added["ties"] = count_rows(connection, Tie.__table__) - before
    report.updated["ties"] = doc.tie_count() - report.added["ties"]

    sections = (
        (
            "events",
            Event.__table__,
            ["id"],
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "kind": e.kind,
                    "city": e.city,
                    "country": e.country,
                    "start": e.start,
                    "end": e.end,
                    "venue": e.venue,
                    "agenda": e.agenda,
                }
                for e in net.events
            ],
        ),
        (
            "participations",
            Participation.__table__,
            ["event_id", "actor_id"],
            list(
                {
                    (p.event, p.actor): {"event_id": p.event, "actor_id": p.actor, "role": p.role}
                    for p in net.participations
                }.values()
            ),
        ),
        (
            "decisions",
            MatchDecision.__table__,
            ["actor_a", "actor_b"],
            list(
                {
                    (d.a, d.b): {
                        "actor_a": d.a,
                        "actor_b": d.b,
                        "status": d.status,
                        "note": d.note,
                        "suggested_at": d.suggested_at or now,
                        "updated_at": d.updated_at or now,
                    }
                    for d in net.decisions
                }.values()
            ),
        ),
    )
    for name, table, keys, rows in sections:
        before = count_rows(connection, table)
        upsert_rows(connection, table, rows, keys, tick)
        report.added[name] = count_rows(connection, table) - before
        report.updated[name] = len(rows) - report.added[name]


def _dry_report(connection: Connection, doc: Document, report: ImportReport) -> None:
    """What :func:`_write` would report, found by reading only: a dry run writes nothing at all.

    Counts follow the writer's rules: a record whose key is stored already is an update, and
    records repeating a key within the file count once as added (the last one wins).
    """
    net = doc.network
    existing = _existing(connection, Actor.__table__.c.id, doc.actor_sources)
    report.added["actors"] = len(doc.actor_sources) - len(existing)
    report.updated["actors"] = len(existing)
    report.new_tags = sorted(doc.new_tags)

    def stored_among(keys: set[tuple], table: Table, *columns: str) -> int:
        """How many of ``keys`` are stored: each stored row looked up in ``keys`` as it is read
        (the driver's own tuples), no set of a million stored keys built beside the file's."""
        if not keys or not count_rows(connection, table):
            return 0
        cursor = connection.connection.driver_connection.cursor()
        try:
            cursor.execute(f"SELECT {', '.join(columns)} FROM {table.name}")
            return sum(map(keys.__contains__, cursor))  # rows are tuples on both drivers
        finally:
            cursor.close()

    staged = doc.staged_ties
    if staged is not None and connection.dialect.name == "sqlite" and staged.written():
        distinct, stored = staged_tie_keys(connection)  # inside SQLite, from the attached scratch file
    else:
        tie_keys = set(map(itemgetter(0, 1, 2), doc.tie_records()))  # (source, target, kind) of each
        distinct, stored = len(tie_keys), stored_among(tie_keys, Tie.__table__, "source", "target", "kind")
    report.added["ties"] = distinct - stored
    report.updated["ties"] = doc.tie_count() - report.added["ties"]
    stored_events = _existing(connection, Event.__table__.c.id, [e.id for e in net.events])
    report.added["events"] = len(net.events) - len(stored_events)
    report.updated["events"] = len(stored_events)
    for name, table, columns, keys in (
        (
            "participations",
            Participation.__table__,
            ("event_id", "actor_id"),
            {(p.event, p.actor) for p in net.participations},
        ),
        ("decisions", MatchDecision.__table__, ("actor_a", "actor_b"), {(d.a, d.b) for d in net.decisions}),
    ):
        report.added[name] = len(keys) - stored_among(keys, table, *columns)
        report.updated[name] = len(keys) - report.added[name]


def _insert_new(connection: Connection, table: Table, rows: list[dict]) -> None:
    if rows:
        connection.execute(_insert(connection, table).on_conflict_do_nothing(), rows)


def _clear(connection: Connection) -> None:
    """Delete the whole network (the bundled taxonomy stays), children before parents."""
    from matchmaker.models import (
        LayoutPosition,
        Meeting,
        MeetingAvailability,
        MeetingPick,
        MeetingPlan,
        Team,
        TeamMember,
    )

    for model in (
        Meeting,
        MeetingPlan,
        MeetingPick,
        MeetingAvailability,
        LayoutPosition,
        TeamMember,
        Team,
        MatchDecision,
        Participation,
        Tie,
        ActorSkill,
        Event,
        Actor,
    ):
        connection.execute(model.__table__.delete())
    connection.execute(Skill.__table__.delete().where(Skill.__table__.c.source == "tag"))


def _begin_on_sqlite_now(connection: Connection) -> None:
    """Open SQLite's transaction before the first statement, not at the first INSERT.

    Python's sqlite3 driver emits ``BEGIN`` only in front of INSERT/UPDATE/DELETE, so the
    ``DROP INDEX`` of :func:`indexes_built_after` (the first write into an empty store) ran
    outside the transaction and committed at once: a cancelled or failed import then left
    the store without its indexes, and the next import failed on them.
    """
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        if not raw.in_transaction:
            raw.execute("BEGIN")


def import_document(
    engine: Engine,
    doc: Document,
    *,
    dry_run: bool = False,
    replace: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Write ``doc`` in one transaction; a dry run checks it against the store and writes nothing.

    With ``replace`` the existing network is removed first, in the same transaction.
    """
    net = doc.network
    total = len(net.actors) + doc.tie_count() + len(net.events) + len(net.participations) + len(net.decisions)
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if cancelled and cancelled():
            raise ImportCancelled("the import was cancelled; nothing was changed")
        if progress:
            progress(done, total)

    report = ImportReport(dry_run=dry_run)
    if dry_run and not replace:  # read only: no backup, no write lock, no rows written and rolled back
        with engine.connect() as connection, staged_ties_attached(connection, doc.staged_ties):
            _check_refs(connection, doc)
            _dry_report(connection, doc, report)
        return report
    if not dry_run:  # a rotating backup of what is about to be replaced or merged into (SQLite)
        from matchmaker.backups import before_bulk_write

        before_bulk_write(engine, "replace" if replace else "import")
    links = sum(len(a.offers) + len(a.needs) for a in net.actors)
    with (
        engine.connect() as connection,
        references_checked_by_us(connection),
        staged_ties_attached(connection, doc.staged_ties),
        roomy_cache(connection, total + links),
        gc_paused(),
    ):
        transaction = connection.begin()
        _begin_on_sqlite_now(connection)
        try:
            take_write_lock(connection)  # concurrent imports take turns; what we read stays true
            if replace:
                _clear(connection)
            _check_refs(connection, doc)
            _write(connection, doc, report, tick)
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return report
