"""``matchmaker import SHEET --map MAP.json | --guess-map``: a spreadsheet with its own columns.

A CSV file named like one of our tables (``actors.csv``, ``ties.csv`` …) or a JSON file is the
interchange format and goes the usual way; an ``.xlsx`` file, or a CSV with other headers, is a
sheet: it needs a mapping of its columns to actor fields (:mod:`matchmaker.interchange.sheets`).
``--guess-map`` prints one to start from. Every problem is listed (row, column, field) on stderr
(in the JSON document with ``--json``) before anything is written; the import is all or nothing.
"""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, say
from matchmaker.errors import InterchangeError
from matchmaker.i18n import _

__all__ = ["is_sheet", "run_sheet_import"]


def is_sheet(path: str) -> bool:
    """Whether ``path`` is a spreadsheet to map, rather than one of the format's own files."""
    from matchmaker.interchange.sheets import is_sheet_file

    return is_sheet_file(path)


def _plan(store, path: str, sheet_map):
    from matchmaker.interchange.sheets import plan_sheet_import, read_with_map

    table = read_with_map(path, sheet_map)
    return plan_sheet_import(table, sheet_map, store.resolver(), store.load_network().actors)


def run_sheet_import(args: argparse.Namespace, store, retrying) -> int:
    from matchmaker.interchange import import_document
    from matchmaker.interchange.sheets import SheetMap, SheetProblemsError, guess_map, load_map, read_table

    if len(args.files) != 1:
        raise InterchangeError(args.files[0], None, None, _("import one spreadsheet at a time"))
    path = args.files[0]
    if args.guess_map:
        table = read_table(path)
        first = guess_map(table)
        emit_json(guess_map(table, _plan(store, path, first)).as_dict())
        return 0
    if not args.map:
        raise InterchangeError(
            path,
            None,
            None,
            _(
                "is a spreadsheet with its own columns; import it with --map MAP.json "
                "(--guess-map prints one to start from)"
            ),
        )
    store.refuse_database_files([args.map])
    sheet_map: SheetMap = load_map(args.map)
    plan = _plan(store, path, sheet_map)
    if not plan.ok:
        if args.json:
            emit_json(plan.as_dict() | {"imported": False})
        else:
            for problem in plan.problems:
                say(f"{path}: {problem.describe()}")
        raise SheetProblemsError(plan)
    report = retrying(lambda: import_document(store.engine, plan.document, dry_run=args.dry_run))
    return _show(args, plan, report)


def _show(args, plan, report) -> int:
    from matchmaker.cli.output import out, table

    if args.json:
        emit_json(plan.as_dict() | {"imported": not args.dry_run, "report": report.as_dict()})
    else:
        rows = [(_("new actors"), len(plan.created)), (_("merged into stored actors"), len(plan.merged))]
        out(table(rows, (_("rows"), _("count"))))
        if report.new_tags:
            say(_("{n} labels matched no skill and were kept as free tags").format(n=len(report.new_tags)))
    say(_("dry run: nothing was changed") if args.dry_run else _("import complete"))
    return 0
