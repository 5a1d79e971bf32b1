"""``path``, ``communities``, ``brokers`` and ``layout``: the network analytics on the command line."""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, out, say, table
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _
from matchmaker.locale_format import number, percent

__all__ = ["register"]


def register(subparsers) -> None:
    p = subparsers.add_parser("path", help=_("warmest chains of introductions from one actor to another"))
    p.add_argument("source", metavar="A", help=_("actor id or name to start from, any script (see find)"))
    p.add_argument("target", metavar="B", help=_("actor id or name to reach, any script (see find)"))
    p.add_argument(
        "--top", type=int, default=3, metavar="K", help=_("how many alternative chains (default 3)")
    )
    p.add_argument(
        "--avoid",
        action="append",
        default=[],
        metavar="ACTOR",
        help=_("an actor no chain may pass through (repeatable)"),
    )
    p.add_argument(
        "--max-hops", type=int, default=5, metavar="N", help=_("longest chain, in ties (default 5)")
    )
    p.add_argument("--json", action="store_true", help=_("print the chains as JSON"))
    p.set_defaults(func=run_path)

    p = subparsers.add_parser(
        "communities", help=_("clusters of the network, labelled by sector and country")
    )
    p.add_argument(
        "--resolution",
        type=float,
        default=1.0,
        metavar="R",
        help=_("above 1: more, smaller communities (default 1)"),
    )
    p.add_argument("--seed", type=int, default=0, metavar="N", help=_("random seed (default 0)"))
    p.add_argument("--json", action="store_true", help=_("print the communities as JSON"))
    p.set_defaults(func=run_communities)

    p = subparsers.add_parser("brokers", help=_("actors who hold the Estonian and Ukrainian sides together"))
    p.add_argument("--top", type=int, default=10, metavar="K", help=_("how many brokers (default 10)"))
    p.add_argument("--json", action="store_true", help=_("print the brokers as JSON"))
    p.set_defaults(func=run_brokers)

    p = subparsers.add_parser("layout", help=_("compute and save the canvas layout"))
    p.add_argument(
        "--iterations", type=int, default=300, metavar="N", help=_("force iterations (default 300)")
    )
    p.add_argument("--seed", type=int, default=0, metavar="N", help=_("random seed (default 0)"))
    p.add_argument("--json", action="store_true", help=_("print what was saved as JSON"))
    p.set_defaults(func=run_layout)


def _graph(store):
    from matchmaker.graph.build import build_graph

    return build_graph(store.load_network())


def run_path(args: argparse.Namespace) -> int:
    from matchmaker.graph.paths import warm_intro_paths

    store = store_from_args(args)
    source, target = store.find_actor(args.source), store.find_actor(args.target)
    avoid = [store.find_actor(key).id for key in args.avoid]
    G = _graph(store)
    if source.id in avoid or target.id in avoid:
        say(_("the first and the last actor cannot be avoided"))
        return 1
    paths = warm_intro_paths(G, source.id, target.id, top=args.top, avoid=avoid, max_hops=args.max_hops)
    if args.json:
        emit_json({"paths": [{"actors": p.actors, "cost": p.cost} for p in paths]})
    else:
        for p in paths:
            out(" → ".join(G.nodes[a]["name"] for a in p.actors) + f"  ({number(p.cost, 2)})")
    if not paths:
        say(
            _("no chain of at most {n} ties links {a} and {b}").format(
                n=args.max_hops, a=source.name, b=target.name
            )
        )
    return 0


def run_communities(args: argparse.Namespace) -> int:
    from matchmaker.graph.communities import detect_communities

    communities = detect_communities(
        _graph(store_from_args(args)), resolution=args.resolution, seed=args.seed
    )
    if args.json:
        emit_json(
            {
                "communities": [
                    {
                        "id": c.id,
                        "label": c.label,
                        "members": c.members,
                        "cross_border_share": c.cross_border_share,
                        "sectors": c.sectors,
                        "countries": c.countries,
                    }
                    for c in communities
                ]
            }
        )
        return 0
    rows = [
        (c.id, c.label, len(c.members), percent(c.cross_border_share))
        for c in communities
        if len(c.members) > 1
    ]
    out(table(rows, (_("id"), _("community"), _("members"), _("cross-border ties"))))
    alone = sum(1 for c in communities if len(c.members) == 1)
    if alone:
        say(_("{n} actors have no ties and form no community").format(n=alone))
    return 0


def run_brokers(args: argparse.Namespace) -> int:
    from matchmaker.graph.brokers import cross_border_brokers

    G = _graph(store_from_args(args))
    brokers = [
        {"id": a, "name": G.nodes[a]["name"], "score": score}
        for a, score in cross_border_brokers(G, top=args.top)
    ]
    if args.json:
        emit_json({"brokers": brokers})
    else:
        out(
            table(
                [(b["id"], b["name"], number(b["score"], 3)) for b in brokers],
                (_("id"), _("name"), _("share of EE–UA paths")),
            )
        )
    return 0


def run_layout(args: argparse.Namespace) -> int:
    from matchmaker.graph.layout import force_layout

    store = store_from_args(args)
    G = _graph(store)
    saved = {n: xy for n, xy in store.load_positions().items() if n in G}
    pos = force_layout(G, pos=saved or None, iterations=args.iterations, seed=args.seed)
    count = store.save_positions(pos)
    if args.json:
        emit_json({"saved": count, "iterations": args.iterations})
    say(_("saved the positions of {n} actors").format(n=count))
    return 0
