"""``teams``: build hackathon teams for an event, print, save or export them."""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, out, say, table
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _
from matchmaker.locale_format import number

__all__ = ["register"]


def _pair(text: str) -> tuple[str, str]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not all(parts):
        raise argparse.ArgumentTypeError(
            _("expected two actor ids separated by a comma, got {text!r}").format(text=text)
        )
    return parts[0], parts[1]


def register(subparsers) -> None:
    p = subparsers.add_parser("teams", help=_("build hackathon teams for an event"))
    p.add_argument("event", metavar="EVENT", help=_("event id or exact name"))
    p.add_argument("--size", default="4-5", metavar="MIN-MAX", help=_("team size range (default 4-5)"))
    p.add_argument("--teams", type=int, metavar="N", help=_("number of teams (default: from the size range)"))
    p.add_argument("--challenges", metavar="FILE", help=_("JSON or CSV file of challenges and their skills"))
    p.add_argument(
        "--mix",
        choices=("strangers", "ties"),
        default="strangers",
        help=_("mix strangers (penalise ties inside a team) or use ties (reward close members)"),
    )
    p.add_argument(
        "--keep-apart",
        action="append",
        type=_pair,
        default=[],
        metavar="A,B",
        help=_("two actor ids never in one team (repeatable)"),
    )
    p.add_argument(
        "--keep-together",
        action="append",
        type=_pair,
        default=[],
        metavar="A,B",
        help=_("two actor ids always in one team (repeatable)"),
    )
    p.add_argument("--seed", type=int, default=0, help=_("seed of the search (same seed, same teams)"))
    p.add_argument("--exact", action="store_true", help=_("prove the best plan by MILP (small events only)"))
    p.add_argument("--save", action="store_true", help=_("save the teams to the database"))
    p.add_argument("--csv", metavar="PATH", help=_("also write the teams as CSV"))
    p.add_argument("--json", action="store_true", help=_("print the teams as JSON"))
    p.set_defaults(func=run_teams)


def plan_document(plan) -> dict:
    return {
        "teams": [
            {
                "name": t.name,
                "challenge": t.challenge,
                "members": t.members,
                "score": t.score,
                "covers": t.covers,
                "lacks": t.lacks,
            }
            for t in plan.teams
        ],
        "unmet": plan.unmet,
        "objective": {"weakest": plan.objective[0], "total": plan.objective[1]},
    }


def _print_plan(plan, pool) -> None:
    people = pool.by_id()
    rows = []
    for team in plan.teams:
        names = ", ".join(f"{people[a].name} ({people[a].country})" for a in team.members)
        rows.append((team.name, number(team.score, 3), names, ", ".join(map(pool.label, team.lacks)) or "-"))
    out(table(rows, (_("team"), _("score"), _("members"), _("lacks"))))
    out(
        _("weakest team {w}, total {t}").format(
            w=number(plan.objective[0], 3), t=number(plan.objective[1], 3)
        )
    )
    for message in plan.unmet:
        say(_("unmet: {rule}").format(rule=message))


def run_teams(args: argparse.Namespace) -> int:
    from matchmaker.teams import (
        TeamRules,
        form_teams,
        form_teams_exact,
        load_pool,
        parse_size_range,
        plan_to_csv,
        read_challenges,
        save_plan,
    )

    low, high = parse_size_range(args.size)
    rules = TeamRules(
        min_size=low,
        max_size=high,
        teams=args.teams,
        tie_mode=args.mix,
        keep_apart=tuple(args.keep_apart),
        keep_together=tuple(args.keep_together),
    )
    store = store_from_args(args)
    pool = load_pool(store.load_network(), args.event)
    challenges = read_challenges(args.challenges, store.resolver()) if args.challenges else ()
    if args.exact:
        plan = form_teams_exact(pool, rules, challenges=challenges)
    else:
        plan = form_teams(pool, rules, challenges=challenges, seed=args.seed)
    if args.csv:
        plan_to_csv(plan, args.csv, pool)
    if args.save:
        save_plan(store, pool.event_id, plan)
    if args.json:
        emit_json(plan_document(plan))
    else:
        _print_plan(plan, pool)
    if args.save:
        say(_("{n} teams saved for {event}").format(n=len(plan.teams), event=pool.event_name))
    return 0
