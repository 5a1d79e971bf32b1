"""Screenshot mode: every main view rendered to a PNG once its background work has finished."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QImage

from matchmaker.ui.launch import launch
from matchmaker.ui.screenshots import SCREENSHOT_VIEWS


@pytest.mark.slow
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_screenshot_mode_writes_every_view(demo_store_path, tmp_path, capsys):
    db = tmp_path / "copy.sqlite"
    shutil.copy(demo_store_path, db)
    assert launch(db=str(db), screenshot_dir=str(tmp_path / "shots")) == 0
    for view in SCREENSHOT_VIEWS:
        image = QImage(str(tmp_path / "shots" / f"{view}.png"))
        assert not image.isNull() and image.width() >= 1000, view
        # a rendered view has many colours, a blank page a handful
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
        }
        assert len(colours) > 5, view
    assert "directory.png" in capsys.readouterr().out
