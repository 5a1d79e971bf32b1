"""``person export`` and ``person forget``: a person's right to see, and to erase, what is kept about them.

``person export ACTOR -o FILE.json`` writes everything stored about one actor (see
:mod:`matchmaker.person_rights`); ``person forget ACTOR`` erases it after asking (``--yes``
to skip the question; without a terminal ``--yes`` is required). ACTOR is named like
everywhere else: id, name, or what ``matchmaker find`` finds uniquely.
"""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, out, say
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _, ngettext

__all__ = ["register"]


def register(subparsers) -> None:
    person = subparsers.add_parser(
        "person",
        help=_("everything kept about one person: export it, or erase it"),
        description=_(
            "A person's rights over the network's data: 'export' writes everything stored about "
            "one actor into a JSON file; 'forget' erases the actor and every record about them."
        ),
    )
    commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    p = commands.add_parser("export", help=_("write everything stored about ACTOR to a JSON file"))
    p.add_argument("actor", metavar="ACTOR", help=_("id, name, or what `matchmaker find` finds"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.json", help=_("the file to write"))
    p.add_argument("--json", action="store_true", help=_("print what was written as JSON"))
    p.set_defaults(func=run_person_export)

    p = commands.add_parser(
        "forget",
        help=_("erase ACTOR and every record about them"),
        description=_(
            "Removes the actor with their offers and needs, ties, participations, team places, "
            "decisions and notes, meeting picks, availability and meetings, and map position; "
            "deleted text is overwritten and the database file rewritten, so it is gone from the "
            "file. A backup is taken first (backups/ beside the database) unless --purge-backups, "
            "which erases the person from every backup as well."
        ),
    )
    p.add_argument("actor", metavar="ACTOR", help=_("id, name, or what `matchmaker find` finds"))
    p.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    p.add_argument(
        "--purge-backups",
        action="store_true",
        help=_("also erase the person from every backup (and take no backup first)"),
    )
    p.add_argument("--json", action="store_true", help=_("print what was removed as JSON"))
    p.set_defaults(func=run_person_forget)


def run_person_export(args: argparse.Namespace) -> int:
    from matchmaker.person_rights import export_person

    store = store_from_args(args)
    actor = store.find_actor(args.actor)
    written = export_person(store, actor, args.output)  # refuses the database's own files first
    if args.json:
        emit_json({"actor": actor.id, "written": str(written)})
    else:
        out(str(written))
    say(_("everything stored about {name} ({id}) was written").format(name=actor.name, id=actor.id))
    return 0


def _what_goes(store, actor) -> str:
    from matchmaker.person_rights import describe_removed, forget_preview

    return describe_removed(forget_preview(store, actor)) or _("nothing else")


def run_person_forget(args: argparse.Namespace) -> int:
    from matchmaker.cli.confirm import confirmed
    from matchmaker.person_rights import describe_removed, forget_person

    store = store_from_args(args)
    store.check_writable()
    actor = store.find_actor(args.actor)
    question = _("Erase {name} ({id}) and every record about them ({what})? This cannot be undone").format(
        name=actor.name, id=actor.id, what=_what_goes(store, actor)
    )
    if args.purge_backups:
        question += _(", not even from the backups")
    if not confirmed(question, args.yes):
        say(_("nothing was erased"))
        return 1
    report = forget_person(store, actor, purge_backups=args.purge_backups)
    if args.json:
        emit_json(report.as_dict())
    else:
        out(
            _("erased {name} ({id}): {what}").format(
                name=actor.name, id=actor.id, what=describe_removed(report.removed)
            )
        )
    _notes(report)
    return 0


def _notes(report) -> None:
    """What the user must know: where the person still is, and what could not be reached."""
    if report.backup is not None:
        older = max(len(report.backups_holding) - 1, 0)
        where = (
            ngettext(
                "the backup taken just before ({id}) and {n} older one still hold them",
                "the backup taken just before ({id}) and {n} older ones still hold them",
                older,
            )
            if older
            else _("the backup taken just before ({id}) still holds them")
        )
        say(
            where.format(id=report.backup.id, n=older)
            + _("; backups are rotated away as new ones are made, or forget again with --purge-backups")
        )
    elif report.backups_holding:
        say(
            _("{n} backups still hold them: {ids}").format(
                n=len(report.backups_holding), ids=", ".join(report.backups_holding)
            )
        )
    if report.backups_purged:
        say(_("erased from {n} backups as well").format(n=len(report.backups_purged)))
    if not report.journal_cleared:
        say(
            _(
                "another program is reading the database, so its journal (-wal) could not be emptied "
                "yet; it will be when that program closes the database"
            )
        )
    if report.not_compacted:
        say(
            _(
                "PostgreSQL: VACUUM FULL was refused for {tables} (it needs the table owner and no "
                "other client using them); ask the server administrator to run it"
            ).format(tables=", ".join(report.not_compacted))
        )
    for mention in report.mentions[:10]:
        say(
            _(
                "still mentioned by name: {record} {id}, field {field} — edit it by hand if it should go"
            ).format(record=mention["record"], id=mention["id"], field=mention["field"])
        )
