"""Registration sheets as event hosts send them (XLSX made with openpyxl, CSV in several dialects),
and a small stored network they are imported into."""

from __future__ import annotations

import json
from pathlib import Path

STORED = {
    "format": "sandbox-matchmaker/1",
    "actors": [
        {
            "id": "ua-company-007",
            "kind": "company",
            "name": "Київстар",
            "country": "UA",
            "city": "Київ",
            "description": "Mobile operator",
            "website": "https://kyivstar.example",
            "sectors": ["telecom"],
            "offers": ["X-Road data exchange"],
        },
        {
            "id": "ee-university-001",
            "kind": "university",
            "name": "Tallinn University of Technology",
            "native_name": "Tallinna Tehnikaülikool",
            "country": "EE",
            "city": "Tallinn",
            "stage": "mature",
            "visibility": "council",
        },
    ],
}

HEADERS_EN = ["Organisation", "Type", "Country", "City", "We offer", "We need", "E-mail", "Comments"]
HEADERS_ET = ["Organisatsioon", "Tüüp", "Riik", "Linn", "Pakume", "Vajame", "E-post", "Märkused"]
HEADERS_UK = [
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
    ["Kratt Analytics OÜ", "Idufirma", "Eesti", "Tartu", "machine learning; Python", "cloud computing", "tere@kratt.example", ""],
    ["Мрія Діджитал", "Стартап", "Україна", "Львів", "mobile UX design", "", "hello@mriia.example", "met at Kyiv forum"],
]  # fmt: skip


def write_stored(folder: Path) -> Path:
    path = folder / "stored.json"
    path.write_text(json.dumps(STORED, ensure_ascii=False), encoding="utf-8")
    return path


def stored_store(store, folder: Path):
    """``store`` holding :data:`STORED`."""
    from matchmaker.interchange import import_document, read_files

    import_document(store.engine, read_files([write_stored(folder)], store.resolver()))
    return store


def write_xlsx(path: Path, headers: list, rows: list, title: str = "Registrations") -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, headers: list, rows: list, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    import csv
    import io

    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path
