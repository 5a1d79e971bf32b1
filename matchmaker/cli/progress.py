"""A progress line on stderr for work that takes longer than a second (never on stdout).

``--json`` output stays one document on stdout; this writes only to stderr, and only when stderr
is a terminal (as git and pip do): a log or a script reading stderr gets the one-line messages
alone. The line is redrawn in place (``\\r``) at most five times a second. Nothing is shown for
work that ends within the first second. Once its pace is known (:mod:`matchmaker.time_left`), the
line also says about how many minutes are left: ranking every actor of a large network takes
minutes.
"""

from __future__ import annotations

import sys
import time

from matchmaker.i18n import _, ngettext
from matchmaker.time_left import TimeLeft, minutes_to_say

__all__ = ["StderrProgress"]


class StderrProgress:
    """``progress(done, total)`` callable printing ``label: done of total (percent)`` on stderr."""

    def __init__(self, label: str, *, after: float = 1.0, every: float | None = None, stream=None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.after = after
        self.every = 0.2 if every is None else every
        self.start = time.monotonic()
        self.last = None
        self.shown = False
        self.width = 0  # the longest line drawn: a shorter one is padded to cover it
        self.time_left = TimeLeft()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        left = self.time_left.seconds(done, total)  # the pace counts from the first report
        if not self.tty or now - self.start < self.after:
            return
        if done < total and self.last is not None and now - self.last < self.every:
            return
        self.last = now
        line = _line(self.label, done, total, left)
        self.stream.write("\r" + line.ljust(self.width))
        self.width = max(self.width, len(line))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """End the in-place line on a terminal (call when the work is over)."""
        if self.shown and self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _line(label: str, done: int, total: int, left: float | None) -> str:
    """``label: done of total (percent)``, with the time left once it is known."""
    values = {"label": label, "done": done, "total": total, "percent": 100 * done / total if total else 100}
    if left is None:
        return _("{label}: {done:,} of {total:,} ({percent:.0f} %)").format(**values)
    minutes = minutes_to_say(left)
    if minutes == 0:
        return _("{label}: {done:,} of {total:,} ({percent:.0f} %), less than a minute left").format(**values)
    return ngettext(
        "{label}: {done:,} of {total:,} ({percent:.0f} %), about {minutes} minute left",
        "{label}: {done:,} of {total:,} ({percent:.0f} %), about {minutes} minutes left",
        minutes,
    ).format(minutes=minutes, **values)
