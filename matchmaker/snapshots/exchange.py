"""Snapshot export and merge against a store: what the CLI's ``snapshot`` commands and File ▸ Merge
snapshot… call.

A merge reads this copy's state and writes the merged one in **one transaction** holding the
write lock (so nothing changes between the read and the write), after an automatic backup
(:func:`matchmaker.backups.before_bulk_write`). With conflicts and no decision for them, nothing is
written: the caller lists them and asks (``--ours``/``--theirs``, or the dialog's choice per field).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from matchmaker.errors import MatchmakerError, UnknownSkillError
from matchmaker.i18n import _
from matchmaker.snapshots.merge_rules import Conflict, later_wins, merge_states
from matchmaker.snapshots.state import ReplicaState, is_skill_field
from matchmaker.visibility import CONTACT_FIELDS, PERSON_CONTACT_FIELDS, PUBLIC, Audience, LeftOut

__all__ = ["MergeReport", "SnapshotConflictsError", "export_snapshot", "merge_snapshot"]

Choices = Mapping[tuple, str]  # Conflict.ident -> "ours" | "theirs"


class SnapshotConflictsError(MatchmakerError):
    """Both copies changed some fields and nobody said which to keep; nothing was written."""

    def __init__(self, report: MergeReport) -> None:
        self.report = report
        super().__init__(
            _("{n} fields were changed on both sides; nothing was merged — choose --ours or --theirs").format(
                n=len(report.conflicts)
            )
        )


@dataclass
class MergeReport:
    """What a merge did (or, dry, would do): counts, the conflicts and how each was decided."""

    dry_run: bool
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    decisions: dict[tuple, str] = field(default_factory=dict)
    deleted_over_edits: list[tuple[str, object]] = field(default_factory=list)
    backup: str | None = None

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "added": self.added,
            "changed": self.changed,
            "deleted": self.deleted,
            "conflicts": [
                {
                    "entity": c.entity,
                    "key": list(c.key) if isinstance(c.key, tuple) else c.key,
                    "field": c.field,
                    "ours": _plain(c.ours.value),
                    "theirs": _plain(c.theirs.value),
                    "ours_changed_at": c.ours.clock.changed_at or None,
                    "theirs_changed_at": c.theirs.clock.changed_at or None,
                    "kept": self.decisions.get(c.ident),
                }
                for c in self.conflicts
            ],
            "deleted_over_edits": [
                [e, list(k) if isinstance(k, tuple) else k] for e, k in self.deleted_over_edits
            ],
            "backup": self.backup,
        }


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


def _scope_ids(store, net, community: int | None, event: str | None) -> set[str] | None:
    if event is not None:
        found = store.find_event(event)
        return {p.actor for p in net.participations if p.event == found.id}
    if community is not None:
        from matchmaker.graph.build import build_graph
        from matchmaker.graph.communities import detect_communities

        communities = detect_communities(build_graph(net))
        match = [c for c in communities if c.id == community]
        if not match:
            raise MatchmakerError(
                _("there is no community {n}; `matchmaker communities` lists them (0 to {last})").format(
                    n=community, last=len(communities) - 1
                )
            )
        return set(match[0].members)
    return None


def _filtered(state: ReplicaState, shown: dict, with_contacts: bool, scope: set[str] | None) -> ReplicaState:
    keep = {k for k in shown if scope is None or k in scope}
    out = ReplicaState(tombstones=dict(state.tombstones), events=dict(state.events), skills={})
    for key in keep:
        record = dict(state.actors[key])
        if not with_contacts:
            hidden = CONTACT_FIELDS + (PERSON_CONTACT_FIELDS if shown[key].kind == "person" else ())
            for name in hidden:
                record.pop(name, None)  # left out, not blanked: the other copy keeps its own
        out.actors[key] = record
        for name in record:
            skill_id = name.partition(":")[2]
            if is_skill_field(name) and skill_id in state.skills:
                out.skills[skill_id] = state.skills[skill_id]
    out.ties = {k: r for k, r in state.ties.items() if k[0] in keep and k[1] in keep}
    out.participations = {k: r for k, r in state.participations.items() if k[1] in keep}
    return out


def export_snapshot(
    store,
    out: str | Path,
    *,
    audience: Audience = PUBLIC,
    with_contacts: bool = False,
    community: int | None = None,
    event: str | None = None,
    on_left_out: Callable[[LeftOut], None] | None = None,
) -> dict:
    """Write what ``audience`` may see (of one community or event, if named) to ``out``; returns counts."""
    from matchmaker.exports import refuse_database_target
    from matchmaker.snapshots.clock_store import replica_id
    from matchmaker.snapshots.snapshot_file import snapshot_json, write_snapshot
    from matchmaker.snapshots.state_store import load_state
    from matchmaker.visibility import filter_network

    refuse_database_target(store, out)
    net = store.load_network()
    visible, left_out = filter_network(net, audience, with_contacts)
    scope_ids = _scope_ids(store, net, community, event)
    with store.engine.connect() as conn:
        state = load_state(conn)
        replica = replica_id(conn) if not store.read_only else "read-only"
        conn.commit()
    shown = {a.id: a for a in visible.actors}
    filtered = _filtered(state, shown, with_contacts, scope_ids)
    scope = {
        "audience": sorted(audience),
        "with_contacts": with_contacts,
        "community": community,
        "event": event,
    }
    write_snapshot(snapshot_json(filtered, replica, scope), out)
    if on_left_out is not None and left_out.anything:
        on_left_out(left_out)
    return {
        "actors": len(filtered.actors),
        "ties": len(filtered.ties),
        "tombstones": len(filtered.tombstones),
    }


def _check_skills(local: ReplicaState, theirs: ReplicaState, known: set[str], path: str) -> None:
    for key, record in theirs.actors.items():
        for name in record:
            skill_id = name.partition(":")[2]
            if is_skill_field(name) and skill_id not in known and skill_id not in theirs.skills:
                raise UnknownSkillError(
                    _("{path}: actor {actor}: field '{field}': no such skill here or in the snapshot").format(
                        path=path, actor=key, field=name
                    )
                )


def _count(report: MergeReport, before: ReplicaState, after: ReplicaState) -> None:
    for name, old, new in (("actors", before.actors, after.actors), ("ties", before.ties, after.ties)):
        report.added[name] = sum(1 for k in new if k not in old)
        report.deleted[name] = sum(1 for k in old if k not in new)
        report.changed[name] = sum(
            1
            for k, r in new.items()
            if k in old and any(old[k].get(n) is None or old[k][n].value != v.value for n, v in r.items())
        )
    report.added["events"] = sum(1 for k in after.events if k not in before.events)


def merge_snapshot(
    store,
    path: str | Path,
    *,
    dry_run: bool = False,
    prefer: str | None = None,
    choices: Choices | None = None,
) -> MergeReport:
    """Merge the snapshot at ``path`` into the store, field by field (docs/FORMAT.md, "Snapshots").

    Conflicts are decided by ``choices`` (per field), else by ``prefer`` (``ours``/``theirs`` for
    all, or ``later``: the later change wins, the same result whichever copy merges which); one
    left undecided raises :class:`SnapshotConflictsError` with the report, having written nothing.
    A dry run decides nothing and writes nothing: it reports what would happen.
    """
    from matchmaker.db import take_write_lock
    from matchmaker.snapshots.snapshot_file import read_snapshot
    from matchmaker.snapshots.state_store import apply_state

    store.refuse_database_files([path])
    theirs, _header = read_snapshot(path)
    report = MergeReport(dry_run=dry_run)
    choices = dict(choices or {})

    def decide(conflict: Conflict) -> str:
        chosen = choices.get(conflict.ident, prefer) or "undecided"
        if chosen == "later":
            chosen = later_wins(conflict)
        report.decisions[conflict.ident] = chosen
        return "theirs" if chosen == "theirs" else "ours"

    if not dry_run:
        store.check_writable()
    known = set(store.skills())
    if dry_run or prefer is None:  # a look first: undecided conflicts stop the merge before the backup
        with store.engine.connect() as conn, conn.begin() as transaction:
            outcome = _plan(conn, theirs, decide, report, known, str(path))
            transaction.rollback()  # a look only: the backup below reads the file, so let go first
        if dry_run:
            return report
        _refuse_undecided(report, outcome)
    from matchmaker.backups import before_bulk_write

    backup = before_bulk_write(store.engine, "merge")
    report.backup = backup.id if backup is not None else None
    with store.engine.connect() as conn, conn.begin():
        take_write_lock(conn)  # read again under the lock: what we write over is what we read
        outcome = _plan(conn, theirs, decide, report, known, str(path))
        _refuse_undecided(report, outcome)  # someone changed a field meanwhile: ask again
        apply_state(conn, outcome.before, outcome.state)
    return report


def _plan(conn, theirs: ReplicaState, decide, report: MergeReport, known: set[str], path: str):
    from matchmaker.snapshots.state_store import load_state

    ours = load_state(conn)
    _check_skills(ours, theirs, known, path)
    report.decisions.clear()
    outcome = merge_states(ours, theirs, decide)
    outcome.before = ours
    report.conflicts = outcome.conflicts
    report.deleted_over_edits = outcome.deleted_over_edits
    _count(report, ours, outcome.state)
    return outcome


def _refuse_undecided(report: MergeReport, outcome) -> None:
    if any(report.decisions[c.ident] == "undecided" for c in outcome.conflicts):
        raise SnapshotConflictsError(report)
