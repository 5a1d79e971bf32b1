"""Tooltips show names exactly as written: markup in a name is text, never drawn.

A tooltip cannot be told "plain text"; Qt draws it as rich text when
``Qt.mightBeRichText`` says so, as a QLabel in auto mode does. These tests render each
tooltip the way Qt decides to and compare the characters shown with the name.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QToolButton

from matchmaker.records import ActorRecord
from matchmaker.ui.actor_table_model import ActorTableModel
from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.profile_chips import SkillChip

NAMES = [
    "<img src=file:///etc/hostname>",
    "<b>bold</b> & <i>co</i>",
    "<a href='https://evil.example'>click</a>",
    "Tom & Jerry <3",
    "two\nlines <b>x</b>",
    "Kood OÜ",
    "&lt;not an entity&gt;",
]


def shown(tooltip: str) -> tuple[str, QTextDocument]:
    """What Qt shows for ``tooltip``: rich text when it guesses so, else the text itself."""
    doc = QTextDocument()
    if QtGui.mightBeRichText(tooltip):
        doc.setHtml(tooltip)
    else:
        doc.setPlainText(tooltip)
    return doc.toPlainText(), doc


@pytest.mark.parametrize("name", NAMES)
def test_the_directory_tooltip_shows_the_name_as_written(qapp, name):
    model = ActorTableModel([ActorRecord("a1", "ngo", name, "EE", city=name)])
    for column in range(model.columnCount()):
        tooltip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        if model.COLUMNS[column] in ("name", "city"):
            text, doc = shown(tooltip)
            assert text == name
            assert "<img" not in doc.toHtml().replace("&lt;img", "")  # no image element was made
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == name


def test_ordinary_names_keep_an_ordinary_tooltip():
    assert plain_tooltip("Zdorovia Online") == "Zdorovia Online"
    assert plain_tooltip("Tom & Jerry") == "Tom & Jerry"


@pytest.mark.parametrize("name", NAMES)
def test_skill_chip_tooltips_show_a_free_tag_as_written(qtbot, name):
    chip = SkillChip("tag:x", name, QColor("#ddd"), tooltip=name)
    qtbot.addWidget(chip)
    assert shown(chip.toolTip())[0] == name
    (remove,) = chip.findChildren(QToolButton)
    assert shown(remove.toolTip())[0] == f"Remove {name}"
