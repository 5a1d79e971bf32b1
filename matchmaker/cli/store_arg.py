"""The store a command works on, named by the global ``--db`` option (and ``--wait``).

A command opens its store as a *command*: it works alongside other commands, and reads a
database open in the app read-only (a write is then refused in one line naming the app's
process). :func:`close_stores` runs when the command ends, so nothing stays locked behind it.
"""

from __future__ import annotations

import argparse

__all__ = ["store_from_args", "close_stores"]

_opened: list = []


def store_from_args(args: argparse.Namespace):
    """Open the database ``--db`` names (or the default); imported late so ``--help`` stays fast."""
    from matchmaker.store import open_store

    store = open_store(args.db, wait=getattr(args, "wait", None))
    _opened.append(store)
    return store


def close_stores() -> None:
    """Close every store this command opened (connections, then its lock beside the database)."""
    while _opened:
        _opened.pop().close()
