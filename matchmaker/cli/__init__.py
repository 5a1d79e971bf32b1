"""The ``matchmaker`` command: opens the app, or runs one subcommand.

Each subcommand lives in its own module with ``register(subparsers)``; the module sets
``func`` on its parser. User errors (:class:`MatchmakerError`, including every database that
cannot be opened or written, see :mod:`matchmaker.db_errors`) print one line on stderr and
exit 2; ``--json`` output is one JSON document on stdout. Output piped into a reader that stops
early (``| head``) ends the command quietly, as ``SIGPIPE`` would.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from matchmaker import __version__
from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _, ngettext, set_language

__all__ = ["main", "build_parser"]

# One line per command module; each adds its subcommands.
COMMAND_MODULES = [
    "matchmaker.cli.data_commands",
    "matchmaker.cli.find_commands",
    "matchmaker.cli.team_commands",
    "matchmaker.cli.match_commands",
    "matchmaker.cli.graph_commands",
    "matchmaker.cli.meeting_commands",
    "matchmaker.cli.person_commands",
    "matchmaker.cli.backup_commands",
    "matchmaker.cli.snapshot_commands",
    "matchmaker.cli.report_commands",
]


def _speak_argparse_in_our_language() -> None:
    """argparse's own words ("usage:", "options", "invalid choice", "the following arguments are
    required") come from its module-level ``_``/``ngettext`` (gettext's global domain); pointing
    them at our catalogue makes ``--help`` and its errors one language with ours."""
    argparse._ = _
    argparse.ngettext = ngettext


def _language_asked(argv: list[str]) -> str | None:
    """``--lang X`` / ``--lang=X`` before parsing: every help text is translated when the parser is built."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="matchmaker",
        description=_("Sandbox Matchmaker: the Estonia–Ukraine Digital Society Sandbox network, offline."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=_("database file or postgresql:// URL (default: MATCHMAKER_DB or the user data folder)"),
    )
    parser.add_argument(
        "--wait",
        metavar="SECONDS",
        type=float,
        help=_("how long a write waits for another program writing to the database (default 60)"),
    )
    parser.add_argument(
        "--screenshot", metavar="DIR", help=_("render each main view to PNG files in DIR and exit")
    )
    parser.add_argument(
        "--lang", choices=("en", "et", "uk"), help=_("language of the app and of the messages")
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _open_app(args: argparse.Namespace) -> int:
    from matchmaker.ui.launch import launch

    return launch(db=args.db, screenshot_dir=args.screenshot, language=args.lang)


def main(argv: list[str] | None = None) -> int:
    asked = _language_asked(sys.argv[1:] if argv is None else argv)
    if asked in ("en", "et", "uk"):
        set_language(asked)
    _speak_argparse_in_our_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.wait is not None and args.wait < 0:
        parser.error(_("--wait must be a number of seconds, 0 or more"))
    if args.lang:
        set_language(args.lang)
    handler = getattr(args, "func", _open_app)
    from matchmaker.cli.store_arg import close_stores

    try:
        code = int(handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except MatchmakerError as error:
        print(_("error: {message}").format(message=error), file=sys.stderr)
        return 2
    except BrokenPipeError:
        _drop_stdout()
        return 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader went away
    except KeyboardInterrupt:
        print(_("interrupted"), file=sys.stderr)
        return 130
    finally:
        close_stores()


def _drop_stdout() -> None:
    """Point stdout at the null device: the interpreter flushes it once more at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real descriptor (e.g. captured by a test)
        pass
