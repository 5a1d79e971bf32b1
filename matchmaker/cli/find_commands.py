"""``find``: actors by name, native name, city or skill, in any script or spelling, best first.

The order and the matching rules are those of :mod:`matchmaker.search` (exact name, then a
name's words, the native name, the city, then a skill label in any language). Whatever ``find``
lists alone, or first by its whole name, is what every command taking an ACTOR accepts.
"""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, out, say, table
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import N_, _, ngettext
from matchmaker.vocab import ACTOR_KINDS
from matchmaker.vocab_labels import label

__all__ = ["register"]

# why an actor was found, as the table shows it
FIELD_LABELS = {
    "id": N_("id"),
    "exact": N_("whole name"),
    "name": N_("name"),
    "native_name": N_("native name"),
    "city": N_("city"),
    "skill": N_("skill"),
    "several": N_("several fields"),
}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "find",
        help=_("find actors by name, native name, city or skill, in any script or spelling"),
        description=_(
            "Lists the actors TEXT finds, best first: the whole name, then words of the name, the "
            "native name, the city, then a skill label in English, Estonian or Ukrainian. Cyrillic and "
            "Latin spellings meet (Київ, Kyiv, Kiev), Estonian letters fold (Parnu finds Pärnu), and "
            "words of five letters or more may carry one typo."
        ),
    )
    p.add_argument("text", metavar="TEXT", help=_("what to look for"))
    p.add_argument("--kind", choices=ACTOR_KINDS, help=_("only actors of this kind"))
    p.add_argument(
        "--limit", type=int, default=20, metavar="N", help=_("show at most N actors (default 20; 0: all)")
    )
    p.add_argument("--json", action="store_true", help=_("print the matches as JSON"))
    p.set_defaults(func=run_find)


def run_find(args: argparse.Namespace) -> int:
    from matchmaker.search import load_search

    if args.limit < 0:
        say(_("--limit must not be negative"))
        return 2
    store = store_from_args(args)
    hits = load_search(store.engine, store.database_file).search(args.text, kind=args.kind)
    shown = hits[: args.limit] if args.limit else hits
    if args.json:
        emit_json({"query": args.text, "total": len(hits), "matches": [h.as_dict() for h in shown]})
        return 0
    if not hits:
        say(_("no actor matches {text!r}").format(text=args.text))
        return 0
    rows = [
        (
            h.id,
            h.name if not h.native_name or h.native_name == h.name else f"{h.name} / {h.native_name}",
            label("kind", h.kind),
            h.country,
            _(FIELD_LABELS[h.field]),
            h.matched if h.field in ("city", "skill") else "",
        )
        for h in shown
    ]
    out(table(rows, (_("id"), _("name"), _("kind"), _("country"), _("matched"), "")))
    if len(shown) < len(hits):
        more = len(hits) - len(shown)
        say(
            ngettext(
                "{n} more actor; --limit 0 shows all", "{n} more actors; --limit 0 shows all", more
            ).format(n=more)
        )
    return 0
