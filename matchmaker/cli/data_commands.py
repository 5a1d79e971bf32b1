"""``import``, ``export``, ``stats`` and ``demo``: getting data in and out of the store."""

from __future__ import annotations

import argparse

from matchmaker.cli.export_options import add_privacy_options, privacy_options
from matchmaker.cli.output import emit_json, out, say, table
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import N_, _
from matchmaker.locale_format import percent
from matchmaker.vocab_labels import label

RECORD_NAMES = {  # the rows of `stats`
    "actors": N_("actors"),
    "ties": N_("ties"),
    "events": N_("events"),
    "participations": N_("participations"),
    "decisions": N_("decisions"),
}

__all__ = ["register"]


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help=_("import JSON, CSV or spreadsheet files (all or nothing)"))
    p.add_argument("files", nargs="+", metavar="FILE", help=_("a .json file, CSV tables or a folder of them"))
    p.add_argument("--dry-run", action="store_true", help=_("report what would change and change nothing"))
    p.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    p.add_argument(
        "--map",
        metavar="MAP.json",
        help=_("a spreadsheet (.xlsx, or CSV with its own columns): how its columns map"),
    )
    p.add_argument(
        "--guess-map",
        action="store_true",
        help=_("print a guessed mapping of a spreadsheet's columns as JSON"),
    )
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("export", help=_("export the network"))
    p.add_argument("--format", required=True, choices=("json", "csv", "gexf", "graphml"))
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help=_("file to write (json, gexf, graphml) or folder (csv)"),
    )
    p.add_argument("--json", action="store_true", help=_("print what was written as JSON"))
    add_privacy_options(p)
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("stats", help=_("counts by actor kind, country and tie kind"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_stats)

    p = subparsers.add_parser("demo", help=_("load the bundled demo network"))
    p.add_argument("--reset", action="store_true", help=_("replace the current network with the demo"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_demo)


def _report_text(report) -> str:
    rows = [(name, report.added.get(name, 0), report.updated.get(name, 0)) for name in report.added]
    return table(rows, (_("records"), _("added"), _("updated")))


def _retrying(args: argparse.Namespace, work):
    """Run one whole write again while another writer is in the way (up to ``--wait`` seconds)."""
    from matchmaker.db import BUSY_WAIT_SECONDS
    from matchmaker.db_errors import retry_when_busy

    return retry_when_busy(
        work,
        BUSY_WAIT_SECONDS if args.wait is None else args.wait,
        on_retry=lambda: say(_("another program is writing to the database; trying again")),
    )


def run_import(args: argparse.Namespace) -> int:
    from matchmaker.cli.sheet_import import is_sheet, run_sheet_import
    from matchmaker.interchange import import_document, read_files

    store = store_from_args(args)
    store.refuse_database_files(args.files)
    if not args.dry_run and not args.guess_map:
        store.check_writable()  # before parsing what could not be written anyway
    if args.map or args.guess_map or any(is_sheet(path) for path in args.files):
        return run_sheet_import(args, store, lambda work: _retrying(args, work))
    from matchmaker.cli.progress import StderrProgress

    doc = read_files(args.files, store.resolver(), stage_ties=not args.dry_run)
    progress = StderrProgress(_("checking") if args.dry_run else _("writing"))
    report = _retrying(
        args, lambda: import_document(store.engine, doc, dry_run=args.dry_run, progress=progress)
    )
    progress.close()
    if args.json:
        emit_json(report.as_dict())
    else:
        out(_report_text(report))
        if report.new_tags:
            say(_("{n} labels matched no skill and were kept as free tags").format(n=len(report.new_tags)))
    say(_("dry run: nothing was changed") if args.dry_run else _("import complete"))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from matchmaker.exports import export_store

    store = store_from_args(args)
    written = export_store(store, args.format, args.output, **privacy_options(args))
    if args.json:
        emit_json({"written": [str(p) for p in written]})
    else:
        for path in written:
            out(str(path))
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from matchmaker.graph.stats import cross_border_share_by_year

    store = store_from_args(args)
    stats = store.stats()
    stats["cross_border_share_by_year"] = cross_border_share_by_year(store.load_network())
    if args.json:
        emit_json(stats)
        return 0
    out(
        table(
            [(_(RECORD_NAMES[k]), stats[k]) for k in RECORD_NAMES],
            (_("records"), _("count")),
        )
    )
    for key, title, vocabulary in (
        ("actors_by_kind", _("actor kind"), "kind"),
        ("actors_by_country", _("country"), "country"),
        ("ties_by_kind", _("tie kind"), "tie"),
    ):
        out()
        rows = [(label(vocabulary, code), n) for code, n in sorted(stats[key].items(), key=lambda kv: -kv[1])]
        out(table(rows, (title, _("count"))))
    out()
    out(
        table(
            [(year, percent(share)) for year, share in stats["cross_border_share_by_year"].items()],
            (_("year"), _("cross-border share of new ties")),
        )
    )
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from matchmaker.demo import seed_demo

    store = store_from_args(args)
    if not args.reset and not store.is_empty():
        say(_("the database already holds a network; use --reset to replace it with the demo"))
        return 1
    store.check_writable()
    report = _retrying(args, lambda: seed_demo(store))
    if args.json:
        emit_json(report.as_dict())
    else:
        out(_report_text(report))
    say(_("demo network loaded"))
    return 0
