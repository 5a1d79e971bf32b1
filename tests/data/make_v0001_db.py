"""Makes ``v0001.sqlite``: a database as the first migration left it, with a little data.

Kept so the upgrade test opens a file made by the first schema version, as a user's would be.
Run once: ``python tests/data/make_v0001_db.py``.
"""

from pathlib import Path

from matchmaker.db import create_store_engine, upgrade_schema

OUT = Path(__file__).with_name("v0001.sqlite")

STATEMENTS = [
    "INSERT INTO skill (id, source, label_en, label_et, label_uk, alt_labels) VALUES "
    "('egov:old-skill', 'egov', 'Old skill', 'Vana oskus', 'Стара навичка', '[]')",
    "INSERT INTO actor (id, kind, name, native_name, country, city, sectors, languages, roles, visibility, "
    "created_at, updated_at) VALUES ('ua-1', 'startup', 'Shvydko', 'Швидко', 'UA', 'Kyiv', '[\"e-health\"]', "
    "'[\"uk\", \"en\"]', '[]', 'public', '2024-05-01 10:00:00.000000', '2024-05-01 10:00:00.000000')",
    "INSERT INTO actor (id, kind, name, country, city, sectors, languages, roles, visibility, created_at, "
    "updated_at) VALUES ('ee-1', 'public_body', 'Riigi Andmeamet', 'EE', 'Tallinn', '[]', '[\"et\"]', '[]', "
    "'council', '2024-05-01 10:00:00.000000', '2024-05-01 10:00:00.000000')",
    "INSERT INTO actor_skill (actor_id, skill_id, side, weight) VALUES ('ua-1', 'egov:old-skill', 'offer', 1.0)",
    "INSERT INTO tie (source, target, kind, since, weight) VALUES ('ua-1', 'ee-1', 'partner', '2024-06-01', 2.0)",
    'INSERT INTO event (id, name, kind, city, country, start, "end") VALUES '
    "('hack-2024', 'Sandbox Hack 2024', 'hackathon', 'Tallinn', 'EE', '2024-09-01', '2024-09-02')",
    "INSERT INTO participation (event_id, actor_id, role) VALUES ('hack-2024', 'ua-1', 'participant')",
    "INSERT INTO match_decision (actor_a, actor_b, status, suggested_at, updated_at, note) VALUES "
    "('ee-1', 'ua-1', 'met', '2024-07-01 09:00:00.000000', '2024-07-02 09:00:00.000000', 'coffee in Kyiv')",
]

if __name__ == "__main__":
    OUT.unlink(missing_ok=True)
    engine = create_store_engine(f"sqlite:///{OUT}")
    upgrade_schema(engine, "0001")
    with engine.begin() as conn:
        for statement in STATEMENTS:
            conn.exec_driver_sql(statement)
    engine.dispose()  # the last connection closing folds the WAL back into the file
    print(OUT)
