"""The store a command works on, named by the global ``--db`` option."""

from __future__ import annotations

import argparse

__all__ = ["store_from_args"]


def store_from_args(args: argparse.Namespace):
    """Open the database ``--db`` names (or the default); imported late so ``--help`` stays fast."""
    from matchmaker.store import open_store

    return open_store(args.db)
