"""The spreadsheet import wizard as a host drives it: File ▸ Import… on a registration workbook,
preview, columns guessed and remembered, duplicates merged, problems blocking Finish, and the new
actors in the Directory."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.sheet_files import HEADERS_ET, HEADERS_UK, ROWS, stored_store, write_csv, write_xlsx
from tests.ui.conftest import drain, open_window

# the offscreen platform says so for every dialog window; nothing of ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def stored_window(qtbot, qapp, sqlite_store, tmp_path):
    window = open_window(qtbot, stored_store(sqlite_store, tmp_path))
    yield window
    drain(qapp)


def directory_names(window) -> list[str]:
    model = window.directory.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def open_wizard(qtbot, window, path):
    window.files.import_files([str(path)])
    wizard = window.files.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.preview.isComplete(), timeout=30_000)
    return wizard


def next_page(qtbot, wizard):
    wizard.next()
    if wizard.currentPage() is wizard.review:
        qtbot.waitUntil(lambda: not wizard.review.checking, timeout=30_000)


def fields(wizard) -> list[str]:
    return [combo.currentData() for combo in wizard.mapping.combos]


def test_a_workbook_is_mapped_checked_and_imported_into_the_directory(qtbot, stored_window, tmp_path):
    rows = [*ROWS, ["Kyivstar", "Компанія", "Україна", "", "", "cloud computing", "", ""]]
    wizard = open_wizard(qtbot, stored_window, write_xlsx(tmp_path / "reg.xlsx", HEADERS_UK, rows))
    assert wizard.preview.table.rowCount() == 3 and wizard.preview.table.item(1, 0).text() == "Мрія Діджитал"

    next_page(qtbot, wizard)
    assert fields(wizard) == ["name", "kind", "country", "city", "offers", "needs", "email", "ignore"]

    next_page(qtbot, wizard)
    review = wizard.review
    assert review.duplicates.rowCount() == 1 and review.duplicates.item(0, 1).text() == "Kyivstar"
    assert review.decisions[4].currentData() == "ua-company-007"  # merge into the stored Київстар
    assert "Київстар" in review.decisions[4].currentText()
    assert review.problems.rowCount() == 0 and review.isComplete()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    with qtbot.waitSignal(stored_window.session.loaded, timeout=60_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert directory_names(stored_window) == [
        "Kratt Analytics OÜ",
        "Tallinn University of Technology",
        "Київстар",
        "Мрія Діджитал",
    ]
    assert stored_window.session.actor("ua-company-007").needs  # the merged row added its need
    assert "2 added, 1 updated" in stored_window.statusBar().currentMessage()


def test_problems_block_finish_until_the_mapping_is_fixed(qtbot, stored_window, tmp_path):
    rows = [
        ["Kratt OÜ", "Idufirma", "Narnia", "", "", "", "", ""],
        ["Mets OÜ", "Ettevõte", "Eesti", "", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "reg.csv", HEADERS_ET, rows, delimiter=";")
    wizard = open_wizard(qtbot, stored_window, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    review = wizard.review
    assert review.problems.rowCount() == 1 and not review.isComplete()
    assert [review.problems.item(0, c).text() for c in range(2)] == ["2", "Riik (country)"]
    assert "Narnia" in review.problems.item(0, 2).text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    wizard.back()  # ignore the country column; every new actor is Estonian
    wizard.mapping.combos[2].setCurrentIndex(wizard.mapping.combos[2].findData("ignore"))
    wizard.mapping.country.setCurrentIndex(wizard.mapping.country.findData("EE"))
    next_page(qtbot, wizard)
    assert review.isComplete() and review.problems.rowCount() == 0
    with qtbot.waitSignal(stored_window.session.loaded, timeout=60_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert stored_window.session.actor("ee-kratt-ou").country == "EE"

    again = open_wizard(qtbot, stored_window, path)  # the same headers: the mapping is remembered
    next_page(qtbot, again)
    assert fields(again)[2] == "ignore" and again.mapping.country.currentData() == "EE"
    again.reject()


def test_choosing_create_new_for_a_duplicate(qtbot, stored_window, tmp_path):
    path = write_csv(
        tmp_path / "reg.csv", ["Organisation", "Type", "Country"], [["TalTech", "university", "EE"]]
    )
    wizard = open_wizard(qtbot, stored_window, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    combo = wizard.review.decisions[2]
    assert combo.currentData() == "ee-university-001"
    combo.setCurrentIndex(combo.findData("new"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not wizard.review.checking, timeout=30_000)
    assert wizard.review.plan.created == ["ee-taltech"]
    wizard.reject()


def test_an_unreadable_workbook_says_why_and_goes_no_further(qtbot, stored_window, tmp_path):
    path = tmp_path / "reg.xlsx"
    path.write_bytes(b"not a zip at all")
    stored_window.files.import_files([str(path)])
    wizard = stored_window.files.wizard
    qtbot.waitUntil(lambda: not wizard.reading, timeout=30_000)
    assert "is not a readable XLSX workbook" in wizard.preview.info.text()
    assert not wizard.preview.isComplete()
    wizard.reject()
