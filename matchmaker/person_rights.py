"""A person's rights over what the network keeps about them: see all of it, or have it erased.

:func:`export_person` writes everything stored about one actor into one JSON file (a subject
access request): the record with its contact fields, offers and needs, ties, participations,
team places, decisions both ways with their notes, meeting picks both ways, availability and
meetings, the kept map position — plus which backups still hold them, and which other
records mention their name in free text.

:func:`forget_person` erases them: every one of those rows goes in one transaction with
SQLite's ``secure_delete`` on (freed space is overwritten with zeros), then the file is
rewritten without free pages (``VACUUM``) and its write-ahead log emptied, so the name's
bytes are gone from the database file and its journal. PostgreSQL gets ``VACUUM FULL`` of the
tables touched; its write-ahead log, replicas and the server's backups are outside the app's
reach (docs/SECURITY.md). A backup is taken first (``backups/``, see :mod:`matchmaker.backups`)
so a mistaken forget can be undone; ``purge_backups`` instead erases the person from every
backup too, and takes none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine

from matchmaker.backups import Backup, BackupsUnavailableError, before_bulk_write, list_backups
from matchmaker.db import take_write_lock
from matchmaker.i18n import N_, _
from matchmaker.records import ActorRecord
from matchmaker.store_people import (
    compact_postgresql,
    compact_sqlite,
    erase_person_rows,
    person_mentions,
    person_rows,
)

__all__ = [
    "DOSSIER_FORMAT",
    "ForgetReport",
    "describe_removed",
    "forget_preview",
    "export_person",
    "forget_person",
    "person_dossier",
]

DOSSIER_FORMAT = "sandbox-matchmaker-person/1"


def _backups_of(engine: Engine) -> list[Backup]:
    try:
        return list_backups(engine)
    except BackupsUnavailableError:
        return []


def _backup_holds(backup: Backup, actor_id: str) -> bool:
    import sqlite3
    from urllib.parse import quote

    source = sqlite3.connect(f"file:{quote(str(backup.path))}?mode=ro", uri=True)
    try:
        return source.execute("SELECT 1 FROM actor WHERE id = ?", (actor_id,)).fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        source.close()


def person_dossier(store, actor: ActorRecord) -> dict:
    """Everything stored about ``actor``, as one JSON-ready document."""
    with store.engine.connect() as conn:
        rows = person_rows(conn, actor.id)
        mentions = person_mentions(conn, actor.id, [actor.name, actor.native_name or ""])
    record = rows.pop("actor")[0]
    position = rows.pop("layout_position")
    return {
        "format": DOSSIER_FORMAT,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "actor": record,
        **rows,
        "layout_position": position[0] if position else None,
        "mentioned_in": mentions,
        "backups_holding_them": [b.id for b in _backups_of(store.engine) if _backup_holds(b, actor.id)],
    }


def export_person(store, actor: ActorRecord, out: str | Path) -> Path:
    """Write :func:`person_dossier` to ``out`` (whole or not at all; never onto the database)."""
    import json

    from matchmaker.atomic import atomic_file
    from matchmaker.exports import refuse_database_target

    refuse_database_target(store, out)
    dossier = person_dossier(store, actor)
    with atomic_file(out) as temporary, temporary.open("w", encoding="utf-8") as handle:
        json.dump(dossier, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return Path(out)


@dataclass
class ForgetReport:
    """What :func:`forget_person` removed, and what it could not reach."""

    actor_id: str
    name: str
    removed: dict[str, int] = field(default_factory=dict)  # table -> rows
    backup: Backup | None = None  # taken before: it still holds the person
    backups_purged: list[str] = field(default_factory=list)  # backup ids the person was erased from
    backups_holding: list[str] = field(default_factory=list)  # backup ids that still hold them
    journal_cleared: bool = True  # SQLite: the write-ahead log was emptied
    not_compacted: list[str] = field(default_factory=list)  # PostgreSQL tables VACUUM FULL refused
    mentions: list[dict] = field(default_factory=list)  # other records naming them, left as they are

    def as_dict(self) -> dict:
        return {
            "actor": self.actor_id,
            "name": self.name,
            "removed": self.removed,
            "backup": self.backup.id if self.backup else None,
            "backups_purged": self.backups_purged,
            "backups_holding": self.backups_holding,
            "journal_cleared": self.journal_cleared,
            "not_compacted": self.not_compacted,
            "mentions": self.mentions,
        }


def _erase(engine: Engine, actor_id: str) -> dict[str, int]:
    """One transaction, with SQLite overwriting what it frees."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        driver = conn.connection.driver_connection if sqlite else None
        if driver is not None:
            previous = driver.execute("PRAGMA secure_delete").fetchone()[0]
            driver.execute("PRAGMA secure_delete=ON")
        try:
            with conn.begin():
                take_write_lock(conn)
                return erase_person_rows(conn, actor_id)
        finally:
            if driver is not None:
                driver.execute(f"PRAGMA secure_delete={int(previous)}")


def _purge_backup(backup: Backup, actor_id: str) -> bool:
    """Erase the person from one backup file in place (it is an ordinary SQLite database); True if it held them."""
    if not _backup_holds(backup, actor_id):
        return False
    engine = create_engine(f"sqlite:///{backup.path}")
    try:
        _erase(engine, actor_id)
        compact_sqlite(engine)
    finally:
        engine.dispose()
    return True


def forget_person(store, actor: ActorRecord, *, purge_backups: bool = False) -> ForgetReport:
    """Erase ``actor`` and every row about them; see the module docstring for what is reached."""
    store.check_writable()
    engine = store.engine
    report = ForgetReport(actor.id, actor.name)
    with engine.connect() as conn:
        report.mentions = person_mentions(conn, actor.id, [actor.name, actor.native_name or ""])
    if not purge_backups:
        report.backup = before_bulk_write(engine, "forget")
    report.removed = _erase(engine, actor.id)
    from matchmaker.kept import discard_kept

    discard_kept(store.database_file)  # the kept network and model still name the person
    if engine.dialect.name == "sqlite":
        if store.database_file is not None:
            report.journal_cleared = compact_sqlite(engine)
    elif engine.dialect.name == "postgresql":
        touched = sorted(report.removed)
        report.not_compacted = compact_postgresql(engine, touched)
    for backup in _backups_of(engine):
        if purge_backups:
            if _purge_backup(backup, actor.id):
                report.backups_purged.append(backup.id)
        elif _backup_holds(backup, actor.id):
            report.backups_holding.append(backup.id)
    return report


def forget_preview(store, actor: ActorRecord) -> dict[str, int]:
    """What :func:`forget_person` would remove besides the record, table -> rows (for the question
    asked first, by the command line and the app alike)."""
    dossier = person_dossier(store, actor)
    sections = {
        "actor_skill": len(dossier["skills"]),
        "tie": len(dossier["ties"]),
        "participation": len(dossier["participations"]),
        "team_member": len(dossier["team_places"]),
        "match_decision": len(dossier["decisions"]),
        "meeting_pick": len(dossier["meeting_picks"]),
        "meeting_availability": len(dossier["meeting_availability"]),
        "meeting": len(dossier["meetings"]),
        "layout_position": int(dossier["layout_position"] is not None),
    }
    return {table: count for table, count in sections.items() if count}


def describe_removed(removed: dict[str, int]) -> str:
    """``1 record, 3 ties, 1 participation, …`` for a confirmation or a report line."""
    labels = {
        "actor": N_("record"),
        "actor_skill": N_("offers and needs"),
        "tie": N_("ties"),
        "participation": N_("participations"),
        "team_member": N_("team places"),
        "match_decision": N_("decisions"),
        "meeting_pick": N_("meeting picks"),
        "meeting_availability": N_("availability"),
        "meeting": N_("meetings"),
        "layout_position": N_("map position"),
        "skill": N_("free tags"),
    }
    shown = sorted(removed.items(), key=lambda item: list(labels).index(item[0]) if item[0] in labels else 99)
    return ", ".join(f"{count} {_(labels.get(table, table))}" for table, count in shown)
