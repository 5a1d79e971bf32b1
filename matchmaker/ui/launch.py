"""Starting the desktop app: QApplication, the store, the main window."""

from __future__ import annotations

import sys

__all__ = ["launch"]


def launch(db: str | None = None, screenshot_dir: str | None = None, language: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from matchmaker.startup import open_app_store
    from matchmaker.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sandbox Matchmaker")
    app.setOrganizationName("Digital Society Sandbox")
    store, _seeded = open_app_store(db)
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    if screenshot_dir:
        from pathlib import Path

        Path(screenshot_dir).mkdir(parents=True, exist_ok=True)
        app.processEvents()
        window.grab().save(str(Path(screenshot_dir) / "main.png"))
        return 0
    return app.exec()
