"""``import --dry-run`` reports exactly what the import would change, and writes nothing at all."""

from __future__ import annotations

import json

from sqlalchemy import event

from matchmaker.interchange import import_document, read_files
from tests.sample_network import SAMPLE, write_sample


def _second_file(tmp_path):
    changed = json.loads(json.dumps(SAMPLE))
    changed["actors"].append({"id": "ee-new", "kind": "startup", "name": "Uus", "country": "EE"})
    changed["ties"].append({"source": "ee-new", "target": "ee-ria", "kind": "knows"})
    changed["ties"].append({"source": "ee-new", "target": "ee-ria", "kind": "knows", "weight": 2})
    changed["participations"] = changed.get("participations", []) * 2
    return write_sample(tmp_path, changed, "second.json")


def test_the_dry_run_report_is_the_import_report(store, tmp_path):
    for path in (write_sample(tmp_path), _second_file(tmp_path)):
        doc = read_files([path], store.resolver())
        dry = import_document(store.engine, doc, dry_run=True)
        real = import_document(store.engine, doc)
        assert (dry.added, dry.updated, dry.new_tags) == (real.added, real.updated, real.new_tags)
        assert dry.dry_run and not real.dry_run


def test_a_dry_run_sends_no_write_to_the_database(store, tmp_path):
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    doc = read_files([_second_file(tmp_path)], store.resolver())
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        import_document(store.engine, doc, dry_run=True)
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    writes = [s for s in statements if s.lstrip().split()[0].upper() not in ("SELECT", "BEGIN", "PRAGMA")]
    assert statements and writes == []
