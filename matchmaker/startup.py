"""Opening the store the app works on, seeding the demo only on the very first start."""

from __future__ import annotations

from matchmaker.paths import is_default_database, resolve_database_url
from matchmaker.store import Store, open_store

__all__ = ["open_app_store"]


def open_app_store(db: str | None = None, wait: float | None = None) -> tuple[Store, bool]:
    """The store for the app, and whether the demo network was just seeded into it.

    Only the default database, opened for the first time (no schema yet), gets the demo:
    a new file named with ``--db`` starts an empty network. The app holds the database alone
    (``role="app"``); if another window already does, the store comes back read-only.
    """
    store = open_store(db, role="app", wait=wait)
    if is_default_database(resolve_database_url(db)) and store.created and store.is_empty():
        from matchmaker.demo import seed_demo

        try:
            seed_demo(store)
        except BaseException:
            store.close()
            raise
        return store, True
    return store, False
