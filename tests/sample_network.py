"""A small hand-made network in the interchange format, shared by the store and CLI tests."""

import json
from pathlib import Path

SAMPLE = {
    "format": "sandbox-matchmaker/1",
    "actors": [
        {
            "id": "ee-ria",
            "kind": "public_body",
            "name": "Riigi Infosüsteemide Keskus",
            "country": "EE",
            "city": "Tallinn",
            "sectors": ["digital identity"],
            "languages": ["et", "en"],
            "visibility": "public",
            "offers": ["X-Road data exchange", "Digitaalne identiteet (e-ID)"],
            "needs": [{"skill": "mobile UX design", "weight": 0.5}],
        },
        {
            "id": "ua-kyiv-health",
            "kind": "startup",
            "name": "Zdorovia Online",
            "native_name": "Здоров'я Онлайн",
            "country": "UA",
            "city": "Київ",
            "sectors": ["e-health", "mobile services"],
            "stage": "seed",
            "size": "11-50",
            "description": "Мобільні сервіси для пацієнтів",
            "email": "hello@zdorovia.example",
            "offers": ["mobile UX design", "drone mapping"],
            "needs": ["X-Road data exchange"],
        },
        {
            "id": "ee-kadri",
            "kind": "person",
            "name": "Kadri Tamm",
            "country": "EE",
            "city": "Tartu",
            "roles": ["council_member", "expert"],
            "languages": ["et", "en", "uk"],
        },
        {
            "id": "ua-olena",
            "kind": "person",
            "name": "Olena Kovalenko",
            "native_name": "Олена Коваленко",
            "country": "UA",
            "city": "Lviv",
            "roles": ["founder"],
        },
    ],
    "ties": [
        {"source": "ee-kadri", "target": "ee-ria", "kind": "advises", "since": "2023-02-01"},
        {
            "source": "ua-olena",
            "target": "ua-kyiv-health",
            "kind": "works_at",
            "since": "2022-01-01",
            "weight": 2,
        },
        {"source": "ee-kadri", "target": "ua-olena", "kind": "partner", "since": "2025-04-15", "weight": 1.5},
    ],
    "events": [
        {
            "id": "hack-kyiv-2025",
            "name": "Sandbox Hack Kyiv",
            "kind": "hackathon",
            "city": "Kyiv",
            "country": "UA",
            "start": "2025-05-10",
            "end": "2025-05-11",
            "venue": "Unit.City, hall B",
            "agenda": "48 hours on paperless health certificates; demos and jury on Sunday",
        }
    ],
    "participations": [
        {"event": "hack-kyiv-2025", "actor": "ee-kadri", "role": "mentor"},
        {"event": "hack-kyiv-2025", "actor": "ua-olena"},
    ],
}


def write_sample(folder: Path, document: dict | None = None, name: str = "sample.json") -> Path:
    path = Path(folder) / name
    path.write_text(json.dumps(document or SAMPLE, ensure_ascii=False), encoding="utf-8")
    return path
