"""The export command's privacy options: who the file is for, and whether contact fields go with it.

By default an export holds public actors only, the ties between them, and no e-mail addresses
(:mod:`matchmaker.visibility`); ``--include council``, ``--include private`` and
``--with-contacts`` add the rest, on purpose. What was left out is said on stderr, so nobody
mistakes a filtered file for the whole network.
"""

from __future__ import annotations

import argparse

from matchmaker.cli.output import say
from matchmaker.i18n import _

__all__ = ["add_privacy_options", "privacy_options"]


def add_privacy_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include",
        action="append",
        choices=("council", "private"),
        default=[],
        metavar="LEVEL",
        help=_("also export council-only or private actors (council, private; repeat for both)"),
    )
    parser.add_argument(
        "--with-contacts",
        action="store_true",
        help=_("keep contact fields (e-mail; a person's web page), left out by default"),
    )


def _say_left_out(left_out) -> None:
    parts = []
    for level, label in (("council", _("council-only")), ("private", _("private"))):
        if left_out.actors.get(level):
            parts.append(_("{n} {level} actors").format(n=left_out.actors[level], level=label))
    if parts:
        say(
            _("left out {actors} with their {ties} ties (--include council / private to add them)").format(
                actors=_(" and ").join(parts), ties=left_out.ties
            )
        )
    if left_out.contacts:
        say(
            _("contact fields of {n} actors left out (--with-contacts to keep them)").format(
                n=left_out.contacts
            )
        )


def privacy_options(args: argparse.Namespace) -> dict:
    """Keyword arguments for :func:`matchmaker.exports.export_store` from the parsed options."""
    from matchmaker.visibility import export_audience

    return {
        "audience": export_audience(args.include),
        "with_contacts": args.with_contacts,
        "on_left_out": _say_left_out,
    }
