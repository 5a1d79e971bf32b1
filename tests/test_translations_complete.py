"""Issue 15: every visible string is marked for translation and translated into Estonian and Ukrainian.

The same checks as ``scripts/update_translations.py --check`` (run it to see and fix what fails):
no ``.ts`` entry unfinished or obsolete, no ``.po`` entry untranslated or fuzzy, both up to date
with the code; and an AST check that the texts the UI and the CLI show are wrapped in
``tr()``/``translate`` or ``_``/``ngettext``, so a new English literal cannot slip past the extraction.
"""

from __future__ import annotations

import ast
import gettext
import importlib.util
import sys
from pathlib import Path

import pytest

from matchmaker.po_catalogue import compile_mo, read_po

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


update_translations = _load_script()


@pytest.mark.parametrize("language", ["et", "uk"])
def test_every_ui_string_is_translated_in_the_ts_file(language):
    assert update_translations.ts_gaps(language) == []


@pytest.mark.parametrize("language", ["et", "uk"])
def test_every_core_and_cli_message_is_translated_in_the_po_file(language):
    assert update_translations.po_gaps(language) == []


def test_the_check_notices_an_unfinished_entry_and_a_string_not_extracted(tmp_path, monkeypatch):
    """The checks above can fail: a .ts entry marked unfinished and a new tr() are both reported."""
    ts = tmp_path / "matchmaker_et.ts"
    text = update_translations.ts_path("et").read_text(encoding="utf-8")
    ts.write_text(text.replace("<translation>", '<translation type="unfinished">', 1), encoding="utf-8")
    source = tmp_path / "extra_view.py"
    source.write_text(
        'from PySide6.QtWidgets import QWidget\nclass X(QWidget):\n    t = lambda s: s.tr("A new label")\n'
    )
    monkeypatch.setattr(update_translations, "ts_path", lambda language: ts)
    real_sources = update_translations.ui_sources()
    monkeypatch.setattr(update_translations, "ui_sources", lambda: [*real_sources, source])
    gaps = update_translations.ts_gaps("et")
    assert any(": unfinished " in gap for gap in gaps)
    assert any("not extracted yet" in gap and "A new label" in gap for gap in gaps)


def test_the_check_notices_a_fuzzy_or_empty_po_entry(tmp_path, monkeypatch):
    po = tmp_path / "matchmaker.po"
    text = update_translations.po_path("uk").read_text(encoding="utf-8")
    first = text.index("\nmsgid ", text.index("Plural-Forms"))
    po.write_text(text[:first] + "\n#, fuzzy" + text[first:], encoding="utf-8")
    monkeypatch.setattr(update_translations, "po_path", lambda language: po)
    assert any(": fuzzy " in gap for gap in update_translations.po_gaps("uk"))


@pytest.mark.parametrize("language", ["et", "uk"])
def test_the_compiled_catalogue_holds_every_translation(language):
    catalogue = read_po(update_translations.po_path(language))
    import io

    compiled = gettext.GNUTranslations(io.BytesIO(compile_mo(catalogue.entries, catalogue.header)))
    for entry in catalogue.entries:
        if entry.plural is None:
            assert compiled.gettext(entry.msgid) == entry.msgstr[0]


def test_ukrainian_counts_take_three_forms():
    from matchmaker.i18n import ngettext, set_language

    set_language("uk")
    try:
        forms = {
            n: ngettext("{n} more actor; --limit 0 shows all", "{n} more actors; --limit 0 shows all", n)
            .format(n=n)
            .split(";")[0]
            for n in (1, 3, 5, 11, 21, 22)
        }
    finally:
        set_language("en")
    assert forms == {
        1: "ще 1 учасник",
        3: "ще 3 учасники",
        5: "ще 5 учасників",
        11: "ще 11 учасників",
        21: "ще 21 учасник",
        22: "ще 22 учасники",
    }


# ---------------------------------------------------------------- marked for translation (AST)

#: Qt calls whose (positional) string arguments a user reads.
UI_TEXT_CALLS = {
    "setText", "setWindowTitle", "addAction", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "addTab", "setTabText", "setTabToolTip", "addMenu",
    "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels", "addItems", "showMessage",
    "setInformativeText", "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText",
    "setCancelButtonText", "information", "warning", "critical", "question", "about",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QMessageBox", "QProgressDialog",
}  # fmt: skip
#: Calls where only the first argument is text (the rest is data: a combo item's value, a form's field).
UI_FIRST_ARG_CALLS = {"addItem", "addRow", "insertItem"}
TRANSLATING = {"tr", "translate", "_", "ngettext", "N_", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
MARKER = "# not translated:"  # a line that shows a literal on purpose says why


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def literal_texts(node: ast.expr):
    """String literals that reach the screen through ``node`` unless translated (words, not symbols)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if any(ch.isalpha() for ch in node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        for value in node.values:
            yield from literal_texts(value)
    elif isinstance(node, ast.BinOp):
        yield from literal_texts(node.left)
        yield from literal_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from literal_texts(node.body)
        yield from literal_texts(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from literal_texts(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for value in node.elts:
            yield from literal_texts(value)
    elif isinstance(node, ast.Call) and _name(node.func) not in TRANSLATING:
        if isinstance(node.func, ast.Attribute):  # "Text {x}".format(...), " ".join(...)
            yield from literal_texts(node.func.value)


def untranslated_literals(path: Path, positional: set[str], first_only: set[str], keywords: set[str]):
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args = node.args if name in positional else node.args[:1] if name in first_only else []
        args = [*args, *(k.value for k in node.keywords if k.arg in keywords)]
        for arg in args:
            for literal in literal_texts(arg):
                if MARKER not in lines[literal.lineno - 1]:
                    found.append(f"{path.relative_to(ROOT)}:{literal.lineno}: {literal.value!r}")
    return found


def test_every_string_the_ui_shows_is_wrapped_in_tr():
    found = []
    for path in sorted((ROOT / "matchmaker" / "ui").rglob("*.py")):
        found += untranslated_literals(path, UI_TEXT_CALLS, UI_FIRST_ARG_CALLS, {"text", "toolTip"})
    assert found == []


CLI_TEXT_CALLS = {"print", "error", "exit", "write", "echo", "secho", "ArgumentParser", "add_argument_group"}
CLI_TEXT_KEYWORDS = {"help", "description", "epilog", "title", "prompt"}


def test_every_cli_message_and_help_is_marked_for_gettext():
    found = []
    for path in sorted((ROOT / "matchmaker" / "cli").rglob("*.py")):
        found += untranslated_literals(path, CLI_TEXT_CALLS, set(), CLI_TEXT_KEYWORDS)
    assert found == []


def test_the_marking_check_catches_an_english_literal(tmp_path):
    ui = tmp_path / "view.py"
    ui.write_text('label.setText("Save")\nQLabel(f"{n} actors", self)\nlabel.setText(self.tr("Save"))\n')
    cli = tmp_path / "cli.py"
    cli.write_text('print("no actor found", file=sys.stderr)\np.add_argument("--x", help="the x")\n')
    ROOT_backup = globals()["ROOT"]
    globals()["ROOT"] = tmp_path
    try:
        ui_found = untranslated_literals(ui, UI_TEXT_CALLS, UI_FIRST_ARG_CALLS, set())
        cli_found = untranslated_literals(cli, CLI_TEXT_CALLS, set(), CLI_TEXT_KEYWORDS)
    finally:
        globals()["ROOT"] = ROOT_backup
    assert ui_found == ["view.py:1: 'Save'", "view.py:2: ' actors'"]
    assert cli_found == ["cli.py:1: 'no actor found'", "cli.py:2: 'the x'"]
