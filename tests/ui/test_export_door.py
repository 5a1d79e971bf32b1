"""The File menu exports through the same door as ``matchmaker export``, with the same refusals."""

from __future__ import annotations

import pytest

from matchmaker.errors import DatabaseFileError
from matchmaker.ui.file_actions import export_task


def test_the_file_menu_refuses_the_database_and_writes_elsewhere(sqlite_store, tmp_path):
    database = sqlite_store.engine.url.database
    with pytest.raises(DatabaseFileError, match="is the database this command works on"):
        export_task(sqlite_store, "json", database)(None, None)
    assert export_task(sqlite_store, "json", str(tmp_path / "fine.json"))(None, None) == [
        tmp_path / "fine.json"
    ]
