"""``recommend`` and ``evaluate``: partner suggestions, and how well they find hidden ties."""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, out, say
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _
from matchmaker.vocab import ACTOR_KINDS, TIE_KINDS

__all__ = ["register"]

JSON_KEYS = ("id", "name", "country", "score", "band", "reasons", "contributions")


def register(subparsers) -> None:
    p = subparsers.add_parser("recommend", help=_("suggest partners for one or more actors"))
    p.add_argument("actors", nargs="+", metavar="ACTOR", help=_("actor id or name, any script (see find)"))
    p.add_argument("--top", type=int, default=10, metavar="K", help=_("how many suggestions per actor"))
    p.add_argument("--kind", action="append", choices=ACTOR_KINDS, help=_("only candidates of this kind"))
    p.add_argument("--country", action="append", metavar="CC", help=_("only candidates from this country"))
    p.add_argument("--sector", action="append", metavar="S", help=_("only candidates in this sector"))
    p.add_argument(
        "--any-country", action="store_true", help=_("include candidates from the actor's own country")
    )
    p.add_argument("--json", action="store_true", help=_("print the suggestions as JSON"))
    p.set_defaults(func=run_recommend)

    p = subparsers.add_parser("evaluate", help=_("hide some ties and measure how well they are found again"))
    p.add_argument("--hide", type=float, default=0.2, metavar="FRACTION", help=_("share of ties to hide"))
    p.add_argument("--seed", type=int, default=0, metavar="N")
    p.add_argument("--tie-kind", default="partner", choices=TIE_KINDS)
    p.add_argument(
        "--cross-border-only",
        action="store_true",
        help=_("rank only candidates from another country, as the app does"),
    )
    p.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    p.set_defaults(func=run_evaluate)


def run_recommend(args: argparse.Namespace) -> int:
    from matchmaker.match import PartnerRecommender, recommend_for

    if args.top < 1:
        say(_("--top must be at least 1"))
        return 2
    store = store_from_args(args)
    results = recommend_for(
        store,
        args.actors,
        top=args.top,
        recommender=PartnerRecommender(language=args.lang or "en"),
        kinds=args.kind,
        countries=args.country,
        sectors=args.sector,
        any_country=args.any_country,
    )
    if args.json:
        emit_json(
            {
                actor: [{key: getattr(s, key) for key in JSON_KEYS} for s in found]
                for actor, found in results.items()
            }
        )
        return 0
    names = {a.id: a for a in store.actors(results)}
    for actor_id, found in results.items():
        actor = names[actor_id]
        out(
            _("Partners for {name} ({id}, {country})").format(
                name=actor.name, id=actor.id, country=actor.country
            )
        )
        if not found:
            out("  " + _("no candidates pass the filters"))
        for rank, s in enumerate(found, 1):
            out(
                f"{rank:>3}. "
                + _("{name} ({id}, {country}): score {score:.2f}, {band}").format(
                    name=s.name, id=s.id, country=s.country, score=s.score, band=_(s.band)
                )
            )
            for reason in s.reasons:
                out(f"       - {reason}")
        out()
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from matchmaker.match.evaluate import evaluate

    if not 0 < args.hide < 1:
        say(_("--hide must be a fraction between 0 and 1"))
        return 2
    net = store_from_args(args).load_network()
    report = evaluate(
        net,
        hide=args.hide,
        seed=args.seed,
        tie_kind=args.tie_kind,
        any_country=not args.cross_border_only,
        progress=lambda done, total: say(
            _("evaluated {done} of {total} methods").format(done=done, total=total)
        ),
    )
    if args.json:
        emit_json(report.as_dict())
        return 0
    out(
        _("{hidden} {kind} ties hidden (seed {seed}); {queries} query actors").format(
            hidden=report.params["hidden_ties"],
            kind=args.tie_kind,
            seed=args.seed,
            queries=report.params["queries"],
        )
    )
    out()
    out(report.markdown())
    out(_("weights ({source}):").format(source=report.weights_source))
    for name, weight in report.weights.items():
        out(f"  {name:<16} {weight:+.3f}")
    return 0
