"""Asking before a command destroys something: a typed answer at a terminal, or ``--yes``.

A command that erases a person or replaces the database asks first. Without a terminal to ask
at (a script, a pipe) it refuses unless ``--yes`` was given, rather than reading an answer
from whatever happens to be on its input.
"""

from __future__ import annotations

import sys

from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _

__all__ = ["ConfirmationNeeded", "confirmed"]


class ConfirmationNeeded(MatchmakerError):
    """A destructive command was run without a terminal and without ``--yes``."""


def confirmed(question: str, yes: bool) -> bool:
    """True when the user agreed (``--yes``, or ``y``/``yes`` typed at the terminal)."""
    if yes:
        return True
    from matchmaker.visible_controls import show_controls

    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise ConfirmationNeeded(
            _("{question} — not done: add --yes to confirm without a terminal").format(
                question=show_controls(question, keep_newlines=False)
            )
        )
    sys.stderr.write(show_controls(question + " " + _("[y/N]") + " "))
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", _("y"), _("yes"))
