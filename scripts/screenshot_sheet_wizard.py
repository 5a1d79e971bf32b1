"""Screenshots of the spreadsheet import wizard's pages for docs/screenshots/ (run under Xvfb or offscreen).

``python scripts/screenshot_sheet_wizard.py [OUT_DIR]``: makes a registration workbook in Ukrainian
headers whose rows include two demo organisations spelled another way (``Medsoft Rishennia``
for ``ТОВ «Медсофт Рішення»``, ``TADG`` for ``Tallinn Academy of Digital Governance``) and one
row with an unknown country, opens the wizard over a copy of the demo network and saves each page.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HEADERS = [
    "Організація",
    "Тип",
    "Країна",
    "Місто",
    "Пропонуємо",
    "Потребуємо",
    "Електронна пошта",
    "Примітки",
]
ROWS = [
    ["Мрія Діджитал", "Стартап", "Україна", "Львів", "mobile UX design; Python", "cloud computing", "hello@mriia.example", ""],
    ["Medsoft Rishennia", "Компанія", "Україна", "Київ", "e-health", "", "", "came last year too"],
    ["TADG", "Університет", "Естонія", "Tallinn", "", "machine learning", "", ""],
    ["Kratt Analytics OÜ", "Стартап", "Eesti", "Tartu", "machine learning", "", "tere@kratt.example", ""],
    ["Harbour Labs", "Компанія", "Narnia", "", "", "", "", ""],
]  # fmt: skip


def main(out: Path) -> None:
    import openpyxl
    from PySide6.QtWidgets import QApplication

    from matchmaker.demo import seed_demo
    from matchmaker.store import open_store
    from matchmaker.ui.main_window import MainWindow
    from matchmaker.ui.screenshots import wait_until_idle

    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    store = open_store(str(folder / "demo.sqlite"), role="app")
    seed_demo(store)
    book = openpyxl.Workbook()
    book.active.title = "Реєстрація"
    book.active.append(HEADERS)
    for row in ROWS:
        book.active.append(row)
    book.save(folder / "registrations.xlsx")

    window = MainWindow(store)
    window.show()
    wait_until_idle(window)
    window.files.import_files([str(folder / "registrations.xlsx")])
    wizard = window.files.wizard
    out.mkdir(parents=True, exist_ok=True)
    wait_until_idle(window)
    wizard.grab().save(str(out / "import-preview.png"))
    wizard.next()
    wait_until_idle(window)
    wizard.grab().save(str(out / "import-columns.png"))
    wizard.next()
    wait_until_idle(window)
    wizard.grab().save(str(out / "import-review.png"))
    wizard.reject()
    window.close()
    store.close()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
