"""Writing the store out in the interchange format (one JSON file, or a folder of CSV tables).

Skills are written as taxonomy ids (stable across languages), free tags as the words the user
wrote, so an export imported into an empty store gives back the same network.
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

from matchmaker.interchange.document import FORMAT_ID
from matchmaker.interchange.fields import (
    ACTOR_FIELDS,
    DECISION_FIELDS,
    EVENT_FIELDS,
    PARTICIPATION_FIELDS,
    TIE_FIELDS,
)
from matchmaker.records import NetworkData, SkillRecord

__all__ = ["export_network", "network_to_json"]


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
        row = {k: _value(getattr(a, k)) for k in ACTOR_FIELDS if k not in ("offers", "needs")}
        row["offers"], row["needs"] = skills(a.offers), skills(a.needs)
        actors.append(row)
    return {
        "actors": actors,
        "ties": [{k: _value(getattr(t, k)) for k in TIE_FIELDS} for t in net.ties],
        "events": [{k: _value(getattr(e, k)) for k in EVENT_FIELDS} for e in net.events],
        "participations": [{k: getattr(p, k) for k in PARTICIPATION_FIELDS} for p in net.participations],
        "decisions": [{k: _value(getattr(d, k)) for k in DECISION_FIELDS} for d in net.decisions],
    }


def network_to_json(net: NetworkData) -> dict:
    """The network as one ``sandbox-matchmaker/1`` JSON document."""

    def weighted(name: str, weight: float):
        return name if weight == 1.0 else {"skill": name, "weight": weight}

    doc = {"format": FORMAT_ID, **_sections(net, weighted)}
    for actor in doc["actors"]:
        for key in [
            k for k, v in actor.items() if v in (None, [], "") and k not in ("id", "kind", "name", "country")
        ]:
            del actor[key]
    return doc


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def export_network(net: NetworkData, fmt: str, out: str | Path) -> list[Path]:
    """Write ``net`` as ``json`` (one file) or ``csv`` (a folder of tables); returns the files written."""
    out = Path(out)
    if fmt == "json":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            json.dump(network_to_json(net), handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        return [out]
    if fmt != "csv":
        raise ValueError(f"unknown export format {fmt!r}")
    out.mkdir(parents=True, exist_ok=True)
    sections = _sections(net, lambda name, w: name if w == 1.0 else f"{name}={w:g}")
    fields = {
        "actors": ACTOR_FIELDS,
        "ties": TIE_FIELDS,
        "events": EVENT_FIELDS,
        "participations": PARTICIPATION_FIELDS,
        "decisions": DECISION_FIELDS,
    }
    written = []
    for name, rows in sections.items():
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(fields[name])
            writer.writerows([_csv_cell(row[k]) for k in fields[name]] for row in rows)
        written.append(path)
    return written
