"""``backup list``, ``backup create`` and ``backup restore``: the rotating backups beside a SQLite database.

Backups are taken automatically before every import, ``demo --reset`` and ``person forget``
(:mod:`matchmaker.backups`); these commands show them, take one by hand, and put one back.
A PostgreSQL database is backed up by its server's administrator: the commands say so in one line.
"""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, out, say, table
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _
from matchmaker.locale_format import datetime_text, number

__all__ = ["register"]


def register(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=_("list, make or restore the backups beside the database"),
        description=_(
            "Backups are kept in backups/ beside a SQLite database: one is taken automatically before "
            "every import, demo --reset and person forget (the newest 10 are kept; set "
            "MATCHMAKER_BACKUPS_KEEP to change that, 0 to stop them). Backups made with 'create' are "
            "never rotated away."
        ),
    )
    commands = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    p = commands.add_parser("list", help=_("the backups of this database, newest first"))
    p.add_argument("--json", action="store_true", help=_("print the backups as JSON"))
    p.set_defaults(func=run_backup_list)

    p = commands.add_parser("create", help=_("take a backup now (kept until you delete it)"))
    p.add_argument("--json", action="store_true", help=_("print the new backup as JSON"))
    p.set_defaults(func=run_backup_create)

    p = commands.add_parser(
        "restore",
        help=_("put a backup back in place of the current network"),
        description=_(
            "Replaces the whole database with backup ID (from 'backup list', a unique start of it, or "
            "'latest'). The current state is backed up first, so a restore can be undone."
        ),
    )
    p.add_argument("backup_id", metavar="ID", help=_("the backup's id, a unique start of it, or 'latest'"))
    p.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    p.add_argument("--json", action="store_true", help=_("print what was restored as JSON"))
    p.set_defaults(func=run_backup_restore)


def _describe(backup) -> dict:
    from matchmaker.backups import backup_actor_count

    return {
        "id": backup.id,
        "reason": backup.reason,
        "taken_at": backup.taken_at.isoformat(),
        "size": backup.size,
        "actors": backup_actor_count(backup),
        "path": str(backup.path),
    }


def run_backup_list(args: argparse.Namespace) -> int:
    from matchmaker.backups import backup_folder, list_backups

    store = store_from_args(args)
    rows = [_describe(b) for b in list_backups(store.engine)]
    if args.json:
        emit_json({"backups": rows})
        return 0
    if not rows:
        say(
            _("no backups yet; they will be kept in {folder}").format(
                folder=backup_folder(store.database_file)
            )
        )
        return 0
    out(
        table(
            [
                (
                    r["id"],
                    _local_time(r["taken_at"]),
                    r["reason"],
                    "?" if r["actors"] is None else r["actors"],
                    number(r["size"] / 1e6, 1) + " MB",
                )
                for r in rows
            ],
            (_("id"), _("taken"), _("before"), _("actors"), _("size")),
        )
    )
    return 0


def _local_time(iso: str) -> str:
    from datetime import datetime

    return datetime_text(datetime.fromisoformat(iso).astimezone())


def run_backup_create(args: argparse.Namespace) -> int:
    from matchmaker.backups import create_backup

    store = store_from_args(args)
    backup = create_backup(store.engine)
    if args.json:
        emit_json(_describe(backup))
    else:
        out(str(backup.path))
    say(_("backup {id} taken").format(id=backup.id))
    return 0


def run_backup_restore(args: argparse.Namespace) -> int:
    from matchmaker.backups import backup_actor_count, find_backup, restore_backup
    from matchmaker.cli.confirm import confirmed

    store = store_from_args(args)
    store.check_writable()
    backup = find_backup(store.engine, args.backup_id)
    question = _(
        "Replace the whole database with backup {id} (taken {when}, before {reason}, {actors} actors)? "
        "The current state is backed up first"
    ).format(
        id=backup.id,
        when=_local_time(backup.taken_at.isoformat()),
        reason=backup.reason,
        actors=backup_actor_count(backup),
    )
    if not confirmed(question, args.yes):
        say(_("nothing was restored"))
        return 1
    restored = restore_backup(store, backup.id, wait=args.wait)
    if args.json:
        emit_json({"restored": _describe(restored.restored), "previous": _describe(restored.previous)})
    else:
        out(str(restored.restored.path))
    say(
        _("backup {id} restored; the state before it is backup {previous}").format(
            id=restored.restored.id, previous=restored.previous.id
        )
    )
    return 0
