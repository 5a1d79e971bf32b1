"""Issue 11: an actor field is declared once. A new field added to ``matchmaker.actor_fields`` alone
(plus the column its migration would add) is read by the importer, kept by the store, checked and
written by a profile edit, shown by the profile's form, carried by the graph and written by every
export — with no other line of code.

The field is added in a fresh interpreter before anything else is imported, as if the line were in
the source; the column is added the way its Alembic migration would add it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import csv, json, sys
from pathlib import Path

from matchmaker import actor_fields as fields

linkedin = fields.ActorField("linkedin", "text", fields.Limit(60))
fields.ACTOR_FIELDS = (*fields.ACTOR_FIELDS, linkedin)  # the one line a new field takes
fields.ACTOR_FIELD["linkedin"] = linkedin

from sqlalchemy import Column, String, text  # the migration's part: a column
from matchmaker.models import Actor
Actor.__table__.append_column(Column("linkedin", String(60)))

from matchmaker.editing import ActorEditError, update_actor
from matchmaker.errors import InterchangeError
from matchmaker.graph.build import build_graph
from matchmaker.interchange import export_network, import_document, read_files
from matchmaker.store import open_store

db, folder = sys.argv[1], Path(sys.argv[2])
store = open_store(db)
with store.engine.begin() as conn:
    conn.execute(text("ALTER TABLE actor ADD COLUMN linkedin VARCHAR(60)"))
(folder / "actors.csv").write_text("id,kind,name,country,linkedin\na1,startup,Kratt,EE,kratt-ou\n", encoding="utf-8")
import_document(store.engine, read_files([folder / "actors.csv"], store.resolver()))
out = {"imported": store.find_actor("a1").linkedin}
(folder / "bad.json").write_text(json.dumps({"format": "sandbox-matchmaker/1", "actors": [
    {"id": "a2", "kind": "startup", "name": "B", "country": "EE", "linkedin": "x" * 61}]}), encoding="utf-8")
try:
    read_files([folder / "bad.json"], store.resolver())
except InterchangeError as error:
    out["refused"] = str(error)
(change,) = update_actor(store, "a1", linkedin="  kratt-estonia ")
out["edited"] = [change.before, change.after, store.load_network().actors[0].linkedin]
try:
    update_actor(store, "a1", linkedin="y" * 61)
except ActorEditError as error:
    out["edit refused"] = str(error)
net = store.load_network()
out["graph"] = build_graph(net).nodes["a1"]["linkedin"]
export_network(net, "json", folder / "out.json")
out["json"] = json.loads((folder / "out.json").read_text(encoding="utf-8"))["actors"][0]["linkedin"]
export_network(net, "csv", folder / "tables")
with (folder / "tables" / "actors.csv").open(encoding="utf-8-sig") as handle:
    out["csv"] = next(csv.DictReader(handle))["linkedin"]
again = read_files([folder / "out.json"], store.resolver()).network.actors[0]
out["json again"] = again.linkedin

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
app = QApplication([])
from matchmaker.ui.profile_form import ProfileForm
form = ProfileForm(QWidget(), lambda field, value: None)
form.show_actor(net.actors[0])
editor = form.editors["linkedin"]
out["form"] = [type(editor).__name__, form.labels["linkedin"].text(), editor.text()]
print(json.dumps(out))
"""


def test_a_field_added_in_one_place_goes_through_import_edit_and_export(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "db.sqlite"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["imported"] == "kratt-ou"
    assert "field 'linkedin'" in out["refused"] and "at most 60" in out["refused"]
    assert out["edited"] == ["kratt-ou", "kratt-estonia", "kratt-estonia"]
    assert out["edit refused"].startswith("linkedin: is longer than 60")
    assert out["graph"] == out["json"] == out["csv"] == out["json again"] == "kratt-estonia"
    assert out["form"] == ["QLineEdit", "Linkedin", "kratt-estonia"]
