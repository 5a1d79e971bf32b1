"""``report``: a printed briefing (PDF) on one actor, or on the whole network, in the chosen language.

The PDF is drawn by Qt's own PDF writer (:mod:`matchmaker.ui.briefing_pdf`) in an offscreen
``QGuiApplication`` made inside this command — the only command that loads Qt, and only once it
has checked its arguments. What is printed is what the audience may see: public actors without
contacts unless ``--include`` / ``--with-contacts`` say otherwise.
"""

from __future__ import annotations

import argparse

from matchmaker.cli.export_options import add_privacy_options, privacy_options
from matchmaker.cli.output import emit_json, out, say
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _

__all__ = ["register"]


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help=_("a PDF briefing on one actor, or on the whole network"))
    p.add_argument("actor", nargs="?", metavar="ACTOR", help=_("the actor to brief on (none: the network)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=_("the PDF file to write"))
    p.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "et", "uk"),
        help=_("language of the briefing (default: the language of the messages)"),
    )
    p.add_argument("--top", type=int, default=5, metavar="K", help=_("how many partner suggestions"))
    p.add_argument("--json", action="store_true", help=_("print what was written as JSON"))
    add_privacy_options(p)
    p.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from matchmaker.exports import refuse_database_target
    from matchmaker.i18n import current_language, set_language

    if args.report_lang:
        set_language(args.report_lang)
    language = current_language()
    store = store_from_args(args)
    refuse_database_target(store, args.output)
    options = privacy_options(args)
    audience, with_contacts = options["audience"], options["with_contacts"]
    net = store.load_network()
    if args.actor:
        from matchmaker.briefings.actor_brief import actor_brief, check_visible

        actor_id = store.find_actor(args.actor).id
        check_visible(net, actor_id, audience)
        say(_("fitting the recommender for the suggestions…"))
        brief = actor_brief(
            net, actor_id, audience=audience, with_contacts=with_contacts, language=language, top=args.top
        )
    else:
        from matchmaker.briefings.network_brief import network_brief

        brief = network_brief(net, audience=audience)
    from matchmaker.ui.briefing_pdf import ensure_gui_application, write_actor_brief, write_network_brief

    ensure_gui_application()
    written = (write_actor_brief if args.actor else write_network_brief)(brief, args.output)
    if args.json:
        emit_json({"written": str(written), "language": language})
    else:
        out(str(written))
    return 0
