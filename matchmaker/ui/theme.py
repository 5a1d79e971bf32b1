"""Light and dark palettes; "system" follows the desktop (``QStyleHints.colorScheme``).

The Fusion style with an explicit palette looks the same on every platform, which also
keeps screenshots reproducible.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

__all__ = ["apply_theme", "is_dark", "accent_colors"]

_DARK = {
    QPalette.ColorRole.Window: "#202327",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#181a1d",
    QPalette.ColorRole.AlternateBase: "#23272b",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#2b2f34",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f7fd1",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2f34",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8a8f95",
    QPalette.ColorRole.Link: "#6cb2ff",
    QPalette.ColorRole.Mid: "#3a3f45",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1d1f22",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f2f5f8",
    QPalette.ColorRole.Text: "#1d1f22",
    QPalette.ColorRole.Button: "#e9ebee",
    QPalette.ColorRole.ButtonText: "#1d1f22",
    QPalette.ColorRole.Highlight: "#1f6fbf",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1d1f22",
    QPalette.ColorRole.PlaceholderText: "#7a7f85",
    QPalette.ColorRole.Link: "#1f6fbf",
    QPalette.ColorRole.Mid: "#c9ccd1",
}


def _system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    app = QApplication.instance()
    return app is not None and app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(theme: str = "system") -> None:
    """Apply ``light``, ``dark`` or ``system`` to the running application."""
    app = QApplication.instance()
    if app is None:
        return
    app.setStyle("Fusion")
    dark = _system_is_dark() if theme == "system" else theme == "dark"
    palette = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7f85"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7f85"))
    app.setPalette(palette)


def accent_colors() -> dict[str, QColor]:
    """Colours shared by charts and chips: Estonia blue, Ukraine yellow, and neutrals."""
    dark = is_dark()
    return {
        "EE": QColor("#4f9be8" if dark else "#0072ce"),
        "UA": QColor("#f5c542" if dark else "#e0a800"),
        "other": QColor("#9aa3ad" if dark else "#7d8791"),
        "good": QColor("#4caf50"),
        "bad": QColor("#e05d5d"),
        "chip_offer": QColor("#1f4f7a" if dark else "#dcebfa"),
        "chip_need": QColor("#6b4e12" if dark else "#fdf0cf"),
    }
