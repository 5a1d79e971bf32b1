"""One door for every export of the store, shared by ``matchmaker export`` and the File menu.

Before anything is read, the target is checked against the database itself: ``export -o``
given the database's own file name (or its ``-wal``/``-shm`` companions, or a folder holding
it) would otherwise replace the network with its own export. The check compares paths only
(resolved, and by inode with ``stat``): the database file is never opened outside SQLite,
since closing any descriptor of it drops SQLite's locks for the whole process.

What is written is what the audience may see (:func:`matchmaker.visibility.visible_network`):
by default public actors only, the ties between them, and no contact fields; council-only and
private actors and e-mail addresses go out only when asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matchmaker.atomic import WriteError
from matchmaker.visibility import PUBLIC, Audience, LeftOut, filter_network

__all__ = ["EXPORT_FORMATS", "export_store", "refuse_database_target"]

EXPORT_FORMATS = ("json", "csv", "gexf", "graphml")


def refuse_database_target(store, out: str | Path) -> None:
    """Raise when writing ``out`` would touch the store's own database files, or replace the folder holding them."""
    store.refuse_database_files([out])
    database = store.database_file
    if database is not None and database.resolve().is_relative_to(Path(out).resolve()):
        raise WriteError(f"{out}: holds the database this command works on; choose another folder")


def export_store(
    store,
    fmt: str,
    out: str | Path,
    *,
    audience: Audience = PUBLIC,
    with_contacts: bool = False,
    on_left_out: Callable[[LeftOut], None] | None = None,
) -> list[Path]:
    """Write what ``audience`` may see of the store's network to ``out`` as ``fmt`` (one of
    :data:`EXPORT_FORMATS`); returns the files written.

    ``audience`` is a set of visibility levels (:func:`matchmaker.visibility.export_audience`);
    contact fields are written only ``with_contacts``. ``on_left_out`` is told what was kept
    back, when anything was. Raises :class:`WriteError` (target refused or not writable) or
    :class:`~matchmaker.interchange.exportable.UnexportableValue`; the target is left as it
    was on any failure."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    refuse_database_target(store, out)
    net, left_out = filter_network(store.load_network(), audience, with_contacts)
    if fmt in ("json", "csv"):
        from matchmaker.interchange import export_network

        written = export_network(net, fmt, out)
    else:
        from matchmaker.graph.export import export_graph
        from matchmaker.i18n import current_language

        written = export_graph(store, fmt, out, net, language=current_language())
    if on_left_out is not None and left_out.anything:
        on_left_out(left_out)
    return written
