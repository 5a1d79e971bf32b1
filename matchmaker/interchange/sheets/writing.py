"""Writing a sheet through the one import door, as the app does it on its database worker.

The wizard showed a plan made from the records it had; the write reads the file again and plans
it again against what the database holds *now* (another client may have saved or added actors
since), and refuses if anything is no longer clean. Then the document goes through
:func:`~matchmaker.interchange.import_document`: one transaction, after the automatic backup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matchmaker.interchange.load import ImportReport, import_document
from matchmaker.interchange.sheets.plan import SheetProblemsError, plan_sheet_import
from matchmaker.interchange.sheets.sheet_map import SheetMap

__all__ = ["write_sheet"]


def write_sheet(
    store,
    path: str | Path,
    sheet_map: SheetMap,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import ``path`` under ``sheet_map`` into ``store``, all or nothing."""
    from matchmaker.interchange.sheets import read_with_map

    store.refuse_database_files([path])
    store.check_writable()
    table = read_with_map(path, sheet_map)
    plan = plan_sheet_import(table, sheet_map, store.resolver(), store.load_network().actors)
    if not plan.ok:
        raise SheetProblemsError(plan)
    return import_document(store.engine, plan.document, progress=progress, cancelled=cancelled)
