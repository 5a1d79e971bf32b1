"""``recommend`` and ``evaluate``: partner suggestions, and how well they find hidden ties."""

from __future__ import annotations

import argparse
import os

from matchmaker.cli.output import emit_json, out, say
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _
from matchmaker.locale_format import number
from matchmaker.vocab import ACTOR_KINDS, TIE_KINDS

__all__ = ["register"]

JSON_KEYS = ("id", "name", "country", "score", "band", "reasons", "contributions", "relation", "warm_path")


def register(subparsers) -> None:
    p = subparsers.add_parser("recommend", help=_("suggest partners for one or more actors"))
    p.add_argument("actors", nargs="*", metavar="ACTOR", help=_("actor id or name, any script (see find)"))
    p.add_argument(
        "--all", action="store_true", help=_("every actor's suggestions, written to the file given by -o")
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=_("with --all: the CSV or JSON file (by its extension) to write"),
    )
    p.add_argument("--top", type=int, default=10, metavar="K", help=_("how many suggestions per actor"))
    p.add_argument("--kind", action="append", choices=ACTOR_KINDS, help=_("only candidates of this kind"))
    p.add_argument("--country", action="append", metavar="CC", help=_("only candidates from this country"))
    p.add_argument("--sector", action="append", metavar="S", help=_("only candidates in this sector"))
    p.add_argument(
        "--any-country", action="store_true", help=_("include candidates from the actor's own country")
    )
    p.add_argument(
        "--audience",
        choices=("public", "council"),
        default="public",
        help=_("who is asking: anyone (public) or a council member, who may also see council-only actors"),
    )
    p.add_argument("--json", action="store_true", help=_("print the suggestions as JSON"))
    p.set_defaults(func=run_recommend)

    p = subparsers.add_parser(
        "evaluate",
        help=_("hide the ties that formed later (or at random) and measure how well they are found again"),
    )
    p.add_argument("--tie-kind", default="partner", choices=TIE_KINDS, help=_("the relation to evaluate"))
    p.add_argument(
        "--split",
        choices=("random", "folds", "newcomers", "time", "rolling"),
        default="random",
        help=_(
            "hide ties at random, every tie once in one of --folds random parts (for small networks), "
            "everything of one of --folds parts of the actors in turn (each asks as a newcomer), "
            "every tie formed from --before on (the honest test), or the ties of each --every months "
            "from --before to --until, each cut knowing only what came before it"
        ),
    )
    p.add_argument(
        "--hide", type=float, default=0.2, metavar="FRACTION", help=_("share of ties to hide (random split)")
    )
    p.add_argument(
        "--folds",
        type=int,
        default=5,
        metavar="K",
        help=_(
            "folds and newcomers splits: how many parts the ties or actors are divided into (each hidden once)"
        ),
    )
    p.add_argument(
        "--repeats",
        type=int,
        default=1,
        metavar="R",
        help=_(
            "folds and newcomers splits: make the split R times with other random parts and average each "
            "actor's results (narrower intervals on a small network)"
        ),
    )
    p.add_argument(
        "--before",
        type=_day,
        metavar="DATE",
        help=_("time split: what was known before this day (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--until", type=_day, metavar="DATE", help=_("time split: ties formed before this day only")
    )
    p.add_argument(
        "--every",
        type=int,
        default=12,
        metavar="MONTHS",
        help=_("rolling split: months between one cut and the next"),
    )
    p.add_argument("--seed", type=int, default=0, metavar="N")
    p.add_argument(
        "--queries",
        choices=("all", "warm", "cold"),
        default="all",
        help=_("ask for every actor, only those with ties of the relation, or only those without"),
    )
    p.add_argument(
        "--query-side",
        choices=("both", "source", "target"),
        default="both",
        help=_("which end of a hidden tie asks (e.g. target: the acquired company asks for its acquirer)"),
    )
    p.add_argument(
        "--query-kind", action="append", choices=ACTOR_KINDS, help=_("only actors of this kind ask")
    )
    p.add_argument("--kind", action="append", choices=ACTOR_KINDS, help=_("only candidates of this kind"))
    p.add_argument("--country", action="append", metavar="CC", help=_("only candidates from this country"))
    p.add_argument(
        "--any-country", action="store_true", help=_("include candidates from the actor's own country")
    )
    p.add_argument(
        "--known-only",
        action="store_true",
        help=_(
            "count only partners that had a tie before the split (as protocols that rank the training record)"
        ),
    )
    p.add_argument(
        "--max-queries", type=int, default=1000, metavar="N", help=_("ask for at most this many actors")
    )
    p.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    p.set_defaults(func=run_evaluate)


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("expected a day as YYYY-MM-DD; got {value!r}").format(value=text)
        ) from None


def run_recommend(args: argparse.Namespace) -> int:
    if args.top < 1:
        say(_("--top must be at least 1"))
        return 2
    if args.all or args.output:
        from matchmaker.cli.recommend_all import run_recommend_all

        return run_recommend_all(args)
    if not args.actors:
        say(_("name at least one actor, or give --all -o FILE"))
        return 2
    from matchmaker.cli.recommend_kept import recommend_from_kept

    answer = recommend_from_kept(args)  # a network unchanged since its model was kept: no store
    if answer is None:
        answer = _recommend_from_store(args)
    _show_suggestions(answer, as_json=args.json)
    return 0


def _recommend_from_store(args: argparse.Namespace):
    """The full path: open the store, name the actors, fit (or read the kept fit, or update it)."""
    from matchmaker.cli.progress import StderrProgress
    from matchmaker.cli.recommend_kept import Recommendations, recommend_filters
    from matchmaker.match import PartnerRecommender, recommend_for

    store = store_from_args(args)
    learning = StderrProgress(_("learning from the network's history"))
    results = recommend_for(
        store,
        args.actors,
        recommender=PartnerRecommender(language=args.lang or "en", audience=args.audience),
        progress=learning,
        processes=os.cpu_count() or 1,
        **recommend_filters(args),
    )
    learning.close()
    return Recommendations(results, {a.id: (a.name, a.country) for a in store.actors(results)})


def _show_suggestions(answer, *, as_json: bool) -> None:
    """Print ``answer`` (a :class:`~matchmaker.cli.recommend_kept.Recommendations`) as JSON or as text."""
    results = answer.results
    if as_json:
        emit_json(
            {
                actor: [{key: getattr(s, key) for key in JSON_KEYS} for s in found]
                for actor, found in results.items()
            }
        )
        return
    from matchmaker.match.explain import RELATION_NAMES

    for actor_id, found in results.items():
        name, country = answer.heads[actor_id]
        about = _(RELATION_NAMES.get(found[0].relation, found[0].relation)) if found else ""
        out(
            _("Suggestions for {name} ({id}, {country}): {about}").format(
                name=name, id=actor_id, country=country, about=about
            )
            if about
            else _("Suggestions for {name} ({id}, {country})").format(name=name, id=actor_id, country=country)
        )
        if not found:
            out("  " + _("no candidates pass the filters"))
        for rank, s in enumerate(found, 1):
            out(
                f"{rank:>3}. "
                + _("{name} ({id}, {country}): score {score}, {band}").format(
                    name=s.name, id=s.id, country=s.country, score=number(s.score, 2), band=_(s.band)
                )
            )
            for reason in s.reasons:
                out(f"       - {reason}")
        out()


def _parts(args: argparse.Namespace) -> int:
    """How many fits the split makes: one per fold, one per rolling cut, else one."""
    if args.split in ("folds", "newcomers"):
        return args.folds * args.repeats
    if args.split == "rolling":
        from matchmaker.match.evaluate import split_rolling_cuts

        return len(split_rolling_cuts(args.before, args.until, args.every))
    return 1


def _say_evaluated(done: int, total: int, folds: int, rolling: bool = False) -> None:
    if folds == 1:
        say(_("evaluated {done} of {total} methods").format(done=done, total=total))
        return
    per_fold = total // folds
    fold, within = divmod(done - 1, per_fold)
    words = (
        _("cut {fold} of {folds}: evaluated {done} of {total} methods")
        if rolling
        else _("fold {fold} of {folds}: evaluated {done} of {total} methods")
    )
    say(words.format(fold=fold + 1, folds=folds, done=within + 1, total=per_fold))


def run_evaluate(args: argparse.Namespace) -> int:
    from matchmaker.match.evaluate import evaluate

    if args.split == "random" and not 0 < args.hide < 1:
        say(_("--hide must be a fraction between 0 and 1"))
        return 2
    if args.split in ("folds", "newcomers") and args.folds < 2:
        say(_("--folds must be at least 2"))
        return 2
    if args.repeats < 1:
        say(_("--repeats must be at least 1"))
        return 2
    if args.repeats > 1 and args.split not in ("folds", "newcomers"):
        say(_("--repeats applies to the folds and newcomers splits only"))
        return 2
    if args.split == "time" and args.before is None:
        say(_("a time split needs --before DATE"))
        return 2
    if args.split == "rolling" and (args.before is None or args.until is None or args.until <= args.before):
        say(_("a rolling split needs --before DATE and a later --until DATE"))
        return 2
    if args.split == "rolling" and args.every < 1:
        say(_("--every must be at least 1 month"))
        return 2
    if args.max_queries < 1:
        say(_("--max-queries must be at least 1"))
        return 2
    parts, rolling = _parts(args), args.split == "rolling"
    net = store_from_args(args).load_network()
    report = evaluate(
        net,
        split=args.split,
        hide=args.hide,
        folds=args.folds,
        repeats=args.repeats,
        before=args.before,
        until=args.until,
        every=args.every,
        seed=args.seed,
        tie_kind=args.tie_kind,
        queries=args.queries,
        query_side=args.query_side,
        query_kinds=args.query_kind,
        kinds=args.kind,
        countries=args.country,
        any_country=args.any_country,
        known_only=args.known_only,
        max_queries=args.max_queries,
        progress=lambda done, total: _say_evaluated(done, total, parts, rolling),
    )
    if args.json:
        emit_json(report.as_dict())
        return 0
    params = report.params
    out(
        _(
            "{hidden} {kind} ties hidden ({split} split); {queries} query actors, {cold} of them without such ties"
        ).format(
            hidden=params["hidden_ties"],
            kind=args.tie_kind,
            split=args.split,
            queries=params["query_actors"],
            cold=params["cold_queries"],
        )
    )
    out()
    out(report.markdown())
    out(_("weights ({source}):").format(source=report.weights_source))
    for slice_name, weights in report.weights.items():
        out(f"  {slice_name}")
        for name, weight in weights.items():
            out(f"    {name:<26} {weight:+.3f}")
    return 0
