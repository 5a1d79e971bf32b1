"""A progress line on stderr for work that takes longer than a second (never on stdout).

``--json`` output stays one document on stdout; this writes only to stderr, and only when stderr
is a terminal (as git and pip do): a log or a script reading stderr gets the one-line messages
alone. The line is redrawn in place (``\\r``) at most five times a second. Nothing is shown for
work that ends within the first second.
"""

from __future__ import annotations

import sys
import time

from matchmaker.i18n import _

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

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.tty or now - self.start < self.after:
            return
        if done < total and self.last is not None and now - self.last < self.every:
            return
        self.last = now
        percent = 100 * done / total if total else 100
        line = _("{label}: {done:,} of {total:,} ({percent:.0f} %)").format(
            label=self.label, done=done, total=total, percent=percent
        )
        self.stream.write("\r" + line)
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """End the in-place line on a terminal (call when the work is over)."""
        if self.shown and self.tty:
            self.stream.write("\n")
            self.stream.flush()
