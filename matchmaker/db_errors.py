"""Database failures a user can act on, turned into one-line :class:`~matchmaker.errors.StoreError` s.

SQLite and PostgreSQL report a locked, read-only, damaged or unreachable database as driver
exceptions whose tracebacks tell a user nothing. Every engine we create translates them at the
source (SQLAlchemy's ``handle_error`` event), so the CLI prints one line and the app shows one
sentence, whichever command or view met the problem.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine, event

from matchmaker.errors import DatabaseBusyError, DatabaseReadOnlyError, StoreError
from matchmaker.i18n import _

__all__ = ["install_error_translation", "translate_error", "retry_when_busy"]

T = TypeVar("T")

# PostgreSQL SQLSTATEs meaning "another transaction was in the way": the whole transaction was
# rolled back and running it again is safe.
_PG_CONFLICTS = {"40P01", "40001", "55P03"}  # deadlock, serialization failure, lock_timeout


def translate_error(
    error: BaseException, where: str, wait_seconds: float, read_only_reason: str | None
) -> StoreError | None:
    """The :class:`StoreError` a user should see for the driver error ``error``, or None to keep it."""
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate in _PG_CONFLICTS:
        return DatabaseBusyError(
            _(
                "{db}: another program was changing the same records and the database gave up after "
                "{seconds:g} s; nothing was changed — try again when it has finished"
            ).format(db=where, seconds=wait_seconds)
        )
    module = type(error).__module__
    text = str(error).strip()
    if sqlstate == "42501":  # insufficient_privilege: a viewer's login on a shared server (docs/SERVER.md)
        return DatabaseReadOnlyError(
            _(
                "{db}: this PostgreSQL login may only read ({detail}); nothing was changed — ask the "
                "server's administrator for a member's login"
            ).format(db=where, detail=text.splitlines()[0] if text else sqlstate)
        )
    if module.startswith("psycopg") and sqlstate is None and type(error).__name__ == "OperationalError":
        return StoreError(
            _("cannot reach the PostgreSQL server for {db}: {detail}").format(
                db=where, detail=text.splitlines()[0] if text else type(error).__name__
            )
        )
    if not module.startswith("sqlite3"):
        return None
    lowered = text.lower()
    if "database is locked" in lowered or "database table is locked" in lowered:
        return DatabaseBusyError(
            _(
                "{db}: another program kept the database locked for more than {seconds:g} s; "
                "nothing was changed — try again when it has finished"
            ).format(db=where, seconds=wait_seconds)
        )
    if "readonly database" in lowered:
        reason = read_only_reason or _("the file or its folder cannot be written")
        return DatabaseReadOnlyError(
            _("{db} is open read-only ({reason}); nothing was changed").format(db=where, reason=reason)
        )
    if "file is not a database" in lowered:
        return StoreError(
            _("{db} is not a Sandbox Matchmaker database (it is not SQLite at all)").format(db=where)
        )
    if "malformed" in lowered or "corrupt" in lowered:
        return StoreError(
            _("{db} is damaged (SQLite: {detail}); restore it from a backup or an export").format(
                db=where, detail=text
            )
        )
    if "unable to open database" in lowered:
        return StoreError(_("{db} cannot be opened (SQLite: {detail})").format(db=where, detail=text))
    if "disk i/o error" in lowered or "disk is full" in lowered or "database or disk is full" in lowered:
        return StoreError(
            _("{db}: the disk refused the write (SQLite: {detail})").format(db=where, detail=text)
        )
    return None


def install_error_translation(
    engine: Engine, where: str, wait_seconds: float, read_only_reason: Callable[[], str | None]
) -> None:
    """Make every statement on ``engine`` raise a one-line :class:`StoreError` for what a user can fix."""

    @event.listens_for(engine, "handle_error")
    def _translate(context) -> None:
        replacement = translate_error(context.original_exception, where, wait_seconds, read_only_reason())
        if replacement is not None:
            raise replacement from context.original_exception


def retry_when_busy(work: Callable[[], T], wait: float, on_retry: Callable[[], None] | None = None) -> T:
    """``work()``, run again while another writer is in the way, for up to ``wait`` seconds in all.

    ``work`` must be one whole transaction (a :class:`DatabaseBusyError` means it was rolled
    back). SQLite has already waited its busy timeout before giving up, so it is not retried
    past ``wait``; PostgreSQL ends a deadlock by failing one side at once, and that side simply
    goes again after a short, jittered pause. ``on_retry`` is called before the first retry only.
    """
    deadline = time.monotonic() + wait
    pause = 0.05
    announced = False
    while True:
        try:
            return work()
        except DatabaseBusyError:
            if time.monotonic() + pause >= deadline:
                raise
        if on_retry is not None and not announced:  # once: a user needs to know, not to count
            on_retry()
            announced = True
        time.sleep(pause * random.uniform(0.5, 1.5))  # backing off from a live competitor: no signal to await
        pause = min(pause * 2, 2.0)
