"""Opening the store the app works on, seeding the demo only on the very first start."""

from __future__ import annotations

from matchmaker.db import create_store_engine, schema_revision
from matchmaker.paths import is_default_database, resolve_database_url
from matchmaker.store import Store, open_store

__all__ = ["open_app_store"]


def open_app_store(db: str | None = None) -> tuple[Store, bool]:
    """The store for the app, and whether the demo network was just seeded into it.

    Only the default database, opened for the first time (no schema yet), gets the demo:
    a new file named with ``--db`` starts an empty network.
    """
    url = resolve_database_url(db)
    first_start = is_default_database(url) and schema_revision(create_store_engine(url)) is None
    store = open_store(db)
    if first_start and store.is_empty():
        from matchmaker.demo import seed_demo

        seed_demo(store)
        return store, True
    return store, False
