"""Writing the store out in the interchange format (one JSON file, or a folder of CSV tables).

Skills are written as taxonomy ids (stable across languages), free tags as the words the user
wrote, so an export imported into an empty store gives back the same network. Files appear
whole or not at all (:mod:`matchmaker.atomic`); CSV cells that a spreadsheet would run as a
formula are guarded with an apostrophe (:mod:`~matchmaker.interchange.formula_cells`), and
the tables start with a UTF-8 byte order mark so Excel reads "Malõšev" and "Київ" right.
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

from matchmaker.actor_fields import ACTOR_FIELDS, column_fields
from matchmaker.atomic import atomic_file, atomic_folder
from matchmaker.interchange.document import FORMAT_ID
from matchmaker.interchange.exportable import check_exportable
from matchmaker.interchange.fields import FIELDS
from matchmaker.interchange.formula_cells import FORMULA_STARTS, escape_formula
from matchmaker.records import NetworkData, SkillRecord

__all__ = ["CSV_TABLE_FILES", "export_network", "network_to_json"]

CSV_TABLE_FILES = tuple(f"{section}.csv" for section in FIELDS)
_GUARD_WORTHY = frozenset(("'", *FORMULA_STARTS))  # first characters escape_formula may act on


def _skill_name(skill_id: str, skills: dict[str, SkillRecord]) -> str:
    skill = skills.get(skill_id)
    return skill.label_en if skill is not None and skill.source == "tag" else skill_id


def _value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _sections(net: NetworkData, weighted_skill) -> dict[str, list[dict]]:
    def skills(mapping: dict[str, float]) -> list:
        return [weighted_skill(_skill_name(s, net.skills), w) for s, w in sorted(mapping.items())]

    actors = []
    for a in net.actors:
        row = {f.name: _value(getattr(a, f.name)) for f in column_fields()}
        row["offers"], row["needs"] = skills(a.offers), skills(a.needs)
        actors.append(row)
    return {
        "actors": actors,
        "ties": [{k: _value(getattr(t, k)) for k in FIELDS["ties"]} for t in net.ties],
        "events": [{k: _value(getattr(e, k)) for k in FIELDS["events"]} for e in net.events],
        "participations": [{k: getattr(p, k) for k in FIELDS["participations"]} for p in net.participations],
        "decisions": [{k: _value(getattr(d, k)) for k in FIELDS["decisions"]} for d in net.decisions],
    }


def network_to_json(net: NetworkData) -> dict:
    """The network as one ``sandbox-matchmaker/1`` JSON document."""

    def weighted(name: str, weight: float):
        return name if weight == 1.0 else {"skill": name, "weight": weight}

    doc = {"format": FORMAT_ID, **_sections(net, weighted)}
    always = {f.name for f in ACTOR_FIELDS if f.required and f.default is None}
    for actor in doc["actors"]:
        for key in [k for k, v in actor.items() if v in (None, [], "") and k not in always]:
            del actor[key]
    return doc


def _csv_cell(value) -> str:
    if value is None:
        return ""
    text = ";".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return escape_formula(text) if text[:1] in _GUARD_WORTHY else text


def _csv_skill(name: str, weight: float) -> str:
    """``label`` or ``label=0.5``; a label holding '=' always carries its weight, so the reader
    (which takes the number after the last '=') gives the label back whole."""
    return name if weight == 1.0 and "=" not in name else f"{name}={weight!r}"


def export_network(net: NetworkData, fmt: str, out: str | Path) -> list[Path]:
    """Write ``net`` as ``json`` (one file) or ``csv`` (a folder of tables); returns the files written.

    Raises :class:`~matchmaker.interchange.exportable.UnexportableValue` before writing
    anything when the store holds a value an import would refuse.
    """
    if fmt not in ("json", "csv"):
        raise ValueError(f"unknown export format {fmt!r}")
    out = Path(out)
    check_exportable(net, fmt)
    if fmt == "json":
        with atomic_file(out) as temporary, temporary.open("w", encoding="utf-8") as handle:
            json.dump(network_to_json(net), handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        return [out]
    sections = _sections(net, _csv_skill)
    with atomic_folder(out, CSV_TABLE_FILES) as folder:
        for name, rows in sections.items():
            fields = tuple(FIELDS[name])
            with (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(fields)
                writer.writerows([_csv_cell(row[k]) for k in fields] for row in rows)
    return [out / name for name in CSV_TABLE_FILES]
