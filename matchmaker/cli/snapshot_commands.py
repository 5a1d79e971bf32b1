"""``snapshot export`` and ``snapshot merge``: carrying a copy of the network to another laptop and back.

Merge rules are in docs/FORMAT.md ("Snapshots"). Conflicts (a field changed on both laptops) are
listed; ``--ours``/``--theirs``/``--later`` decide them all, and without one nothing is written.
"""

from __future__ import annotations

import argparse

from matchmaker.cli.export_options import add_privacy_options, privacy_options
from matchmaker.cli.output import emit_json, out, say, table
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _

__all__ = ["register"]


def register(subparsers) -> None:
    p = subparsers.add_parser("snapshot", help=_("export a snapshot of the network, or merge one in"))
    commands = p.add_subparsers(dest="snapshot_command", metavar="export|merge", required=True)

    e = commands.add_parser("export", help=_("write a snapshot (with change times) to merge elsewhere"))
    e.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the snapshot file to write"))
    scope = e.add_mutually_exclusive_group()
    scope.add_argument("--community", type=int, metavar="N", help=_("only community N (see `communities`)"))
    scope.add_argument("--event", metavar="EVENT", help=_("only the participants of one event"))
    scope.add_argument(
        "--public-only",
        action="store_true",
        help=_("public records only, without contacts, whatever --include / --with-contacts say"),
    )
    e.add_argument("--json", action="store_true", help=_("print what was written as JSON"))
    add_privacy_options(e)
    e.set_defaults(func=run_export)

    m = commands.add_parser("merge", help=_("merge a snapshot into this database, field by field"))
    m.add_argument("file", metavar="FILE", help=_("a snapshot written by `snapshot export`"))
    m.add_argument(
        "--dry-run", action="store_true", help=_("list what would change and the conflicts; write nothing")
    )
    decide = m.add_mutually_exclusive_group()
    decide.add_argument(
        "--ours",
        dest="prefer",
        action="store_const",
        const="ours",
        help=_("keep this copy's value in every conflict"),
    )
    decide.add_argument(
        "--theirs",
        dest="prefer",
        action="store_const",
        const="theirs",
        help=_("take the snapshot's value in every conflict"),
    )
    decide.add_argument(
        "--later",
        dest="prefer",
        action="store_const",
        const="later",
        help=_("the later change wins every conflict (the same result whichever copy merges which)"),
    )
    m.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    m.set_defaults(func=run_merge, prefer=None)


def run_export(args: argparse.Namespace) -> int:
    from matchmaker.snapshots.exchange import export_snapshot

    store = store_from_args(args)
    options = privacy_options(args)
    if args.public_only:
        if args.include or args.with_contacts:
            from matchmaker.errors import MatchmakerError

            raise MatchmakerError(_("--public-only cannot go with --include or --with-contacts"))
        from matchmaker.visibility import PUBLIC

        options.update(audience=PUBLIC, with_contacts=False)
    counts = export_snapshot(store, args.output, community=args.community, event=args.event, **options)
    if args.json:
        emit_json({"written": args.output, **counts})
    else:
        out(args.output)
        say(_("{actors} actors, {ties} ties, {tombstones} deletions").format(**counts))
    return 0


def _shown(value) -> str:
    if value is None:
        return _("(empty)")
    if isinstance(value, list):
        return "; ".join(map(str, value)) or _("(empty)")
    return str(value)


def _conflict_rows(report) -> list[tuple]:
    rows = []
    for c in report.as_dict()["conflicts"]:
        key = " → ".join(c["key"]) if isinstance(c["key"], list) else c["key"]
        rows.append((key, c["field"], _shown(c["ours"]), _shown(c["theirs"]), c["kept"]))
    return rows


def run_merge(args: argparse.Namespace) -> int:
    from matchmaker.cli.data_commands import _retrying
    from matchmaker.snapshots.exchange import SnapshotConflictsError, merge_snapshot

    store = store_from_args(args)
    try:
        report = _retrying(
            args, lambda: merge_snapshot(store, args.file, dry_run=args.dry_run, prefer=args.prefer)
        )
    except SnapshotConflictsError as error:
        if args.json:
            emit_json({"merged": False, **error.report.as_dict()})
        else:
            out(
                table(
                    _conflict_rows(error.report), (_("record"), _("field"), _("ours"), _("theirs"), _("kept"))
                )
            )
        raise
    document = report.as_dict()
    if args.json:
        emit_json({"merged": not args.dry_run, **document})
    else:
        rows = [
            (
                name,
                document["added"].get(name, 0),
                document["changed"].get(name, 0),
                document["deleted"].get(name, 0),
            )
            for name in ("actors", "ties")
        ]
        out(table(rows, (_("records"), _("added"), _("changed"), _("deleted"))))
        if report.conflicts:
            out()
            out(table(_conflict_rows(report), (_("record"), _("field"), _("ours"), _("theirs"), _("kept"))))
        for entity, key in report.deleted_over_edits:
            say(
                _("{what} {key} was deleted on one side after being edited on the other: deleted").format(
                    what=entity, key=key
                )
            )
    say(_("dry run: nothing was changed") if args.dry_run else _("merge complete"))
    return 0
