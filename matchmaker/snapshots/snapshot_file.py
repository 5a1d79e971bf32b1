"""The snapshot file (``sandbox-matchmaker-snapshot``, version 1): written whole or not at all, and
read so that a wrong, truncated, oversized or ill-typed file is refused in one line.

The layout is described in docs/FORMAT.md ("Snapshots"). Reading checks every value by the same
rules a profile edit obeys (:func:`matchmaker.editing.clean_value`), so nothing a merge writes
could not have been typed in the app.
"""

from __future__ import annotations

import json
import math
import os
from datetime import date
from pathlib import Path

from matchmaker.actor_fields import column_fields
from matchmaker.errors import InterchangeError
from matchmaker.i18n import _
from matchmaker.snapshots.clock import Clock, now_text
from matchmaker.snapshots.state import ReplicaState, Version, is_skill_field

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_SNAPSHOT_BYTES",
    "read_snapshot",
    "snapshot_json",
    "write_snapshot",
]

FORMAT = "sandbox-matchmaker-snapshot"
FORMAT_VERSION = 1
# a 100,000-actor network with every clock is ~150 MiB; past this it is not one of ours
MAX_SNAPSHOT_BYTES = int(os.environ.get("MATCHMAKER_SNAPSHOT_MAX_BYTES", 512 * 1024 * 1024))
_MAX_REPLICAS = 1000  # version-vector entries: one per laptop that ever edited the field
_TIE_FIELDS = ("since", "weight")


def _clocks_json(record: dict) -> dict:
    return {n: v.clock.as_json() for n, v in record.items() if v.clock != Clock.EMPTY}


def _value_json(value):
    return list(value) if isinstance(value, tuple) else value


def snapshot_json(state: ReplicaState, replica: str, scope: dict) -> dict:
    """The document for ``state`` (already filtered to what may leave the database)."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "replica": replica,
        "exported_at": now_text(),
        "scope": scope,
        "skills": [state.skills[k] for k in sorted(state.skills)],
        "actors": [
            {
                "id": key,
                "fields": {
                    n: _value_json(v.value)
                    for n, v in sorted(r.items())
                    if v.value is not None or v.clock != Clock.EMPTY
                },
                "clocks": _clocks_json(r),
            }
            for key, r in sorted(state.actors.items())
        ],
        "ties": [
            {
                "source": k[0],
                "target": k[1],
                "kind": k[2],
                "fields": {n: v.value for n, v in r.items()},
                "clocks": _clocks_json(r),
            }
            for k, r in sorted(state.ties.items())
        ],
        "tombstones": [
            {"entity": e, "key": list(k) if e == "tie" else k, "clock": c.as_json()}
            for (e, k), c in sorted(state.tombstones.items(), key=str)
        ],
        "events": [state.events[k] for k in sorted(state.events)],
        "participations": [
            {"event": e, "actor": a, "role": role} for (e, a), role in sorted(state.participations.items())
        ],
    }


def write_snapshot(document: dict, out: str | Path) -> Path:
    """Write ``document`` atomically (a temporary file beside ``out``, fsync, rename)."""
    from matchmaker.atomic import write_file

    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return write_file(out, lambda stream: stream.write(data))


class _Reader:
    """Checks one parsed document; every failure names the file, the JSON path and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str | None, field: str | None, message: str) -> InterchangeError:
        return InterchangeError(str(self.path), where, field, message)

    def expect(self, value, kind, where: str, field: str | None = None):
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            names = {list: "a list", dict: "an object", str: "text"}
            raise self.fail(where, field, _("expected {kind}").format(kind=names.get(kind, kind.__name__)))
        return value

    def clock(self, raw, where: str, field: str) -> Clock:
        if not (isinstance(raw, list) and len(raw) == 3):
            raise self.fail(where, field, _("a clock is [changed_at, origin, {replica: edits}]"))
        changed_at, origin, vv = raw
        if not (
            isinstance(changed_at, str)
            and len(changed_at) <= 40
            and isinstance(origin, str)
            and len(origin) <= 64
        ):
            raise self.fail(where, field, _("a clock's time and replica must be short texts"))
        if not isinstance(vv, dict) or len(vv) > _MAX_REPLICAS:
            raise self.fail(where, field, _("a clock's version vector must be an object of replicas"))
        for replica, edits in vv.items():
            if (
                len(replica) > 64
                or not isinstance(edits, int)
                or isinstance(edits, bool)
                or not 0 <= edits < 2**53
            ):
                raise self.fail(where, field, _("a clock's version vector must count edits (whole numbers)"))
        return Clock.of(vv, changed_at, origin)

    def clocks(self, raw: dict, where: str) -> dict[str, Clock]:
        raw = self.expect(raw.get("clocks", {}), dict, where, "clocks")
        return {name: self.clock(value, where, name) for name, value in raw.items()}

    def weight(self, value, where: str, field: str) -> float | None:
        if value is None:
            return None
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not (math.isfinite(value) and 0 < value <= 1)
        ):
            raise self.fail(where, field, _("a weight must be a number above 0 and at most 1"))
        return float(value)

    def actor(self, raw, where: str) -> tuple[str, dict]:
        from matchmaker.editing import ActorEditError, clean_value

        self.expect(raw, dict, where)
        key = self.expect(raw.get("id"), str, where, "id")
        if not key or len(key) > 200 or any(ord(c) < 32 for c in key):
            raise self.fail(where, "id", _("an actor id is 1 to 200 characters without control characters"))
        fields = self.expect(raw.get("fields", {}), dict, where, "fields")
        clocks = self.clocks(raw, where)
        columns = {f.name for f in column_fields()} - {"id"}
        record = {}
        for name, value in fields.items():
            if is_skill_field(name):
                if len(name) > 300:
                    raise self.fail(where, name, _("the skill id is too long"))
                record[name] = Version(self.weight(value, where, name), clocks.get(name, Clock.EMPTY))
            elif name in columns:
                try:
                    clean = clean_value(name, value)
                except ActorEditError as error:
                    raise self.fail(where, name, str(error.args[-1] if error.args else error)) from None
                record[name] = Version(
                    tuple(clean) if isinstance(clean, list) else clean, clocks.get(name, Clock.EMPTY)
                )
            else:
                raise self.fail(where, name, _("is not a field of an actor"))
        return key, record

    def tie(self, raw, where: str):
        from matchmaker.vocab import TIE_KINDS

        self.expect(raw, dict, where)
        key = tuple(self.expect(raw.get(n), str, where, n) for n in ("source", "target", "kind"))
        if key[2] not in TIE_KINDS:
            raise self.fail(where, "kind", _("must be one of {kinds}").format(kinds=", ".join(TIE_KINDS)))
        fields = self.expect(raw.get("fields", {}), dict, where, "fields")
        clocks = self.clocks(raw, where)
        since = fields.get("since")
        if since is not None:
            try:
                date.fromisoformat(self.expect(since, str, where, "since"))
            except ValueError:
                raise self.fail(where, "since", _("must be a date such as 2024-05-31")) from None
        weight = fields.get("weight", 1.0)
        if (
            not isinstance(weight, int | float)
            or isinstance(weight, bool)
            or not (math.isfinite(weight) and weight > 0)
        ):
            raise self.fail(where, "weight", _("must be a positive number"))
        record = {
            "since": Version(since, clocks.get("since", Clock.EMPTY)),
            "weight": Version(float(weight), clocks.get("weight", Clock.EMPTY)),
        }
        return key, record


def _text(path: Path) -> str:
    try:
        size = os.stat(path).st_size
        if size > MAX_SNAPSHOT_BYTES:
            raise InterchangeError(
                str(path),
                None,
                None,
                _("is {size} MiB, more than a snapshot may be ({limit} MiB)").format(
                    size=size // 2**20, limit=MAX_SNAPSHOT_BYTES // 2**20
                ),
            )
        data = path.read_bytes()
    except OSError as error:
        raise InterchangeError(
            str(path), None, None, _("cannot be read: {why}").format(why=error.strerror)
        ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InterchangeError(str(path), None, None, _("is not a snapshot (not UTF-8 text)")) from None


def read_snapshot(path: str | Path) -> tuple[ReplicaState, dict]:
    """The state a snapshot file holds and its header (format, version, replica, scope, exported_at)."""
    from matchmaker.interchange.json_text import load_json

    path = Path(path)
    top = load_json(path, _text(path))
    reader = _Reader(path)
    if not isinstance(top, dict) or top.get("format") != FORMAT:
        raise reader.fail(None, None, _("is not a Sandbox Matchmaker snapshot"))
    version = top.get("version")
    if version != FORMAT_VERSION:
        raise reader.fail(
            None,
            "version",
            _("is snapshot version {found}; this program reads version {ours} (update it?)").format(
                found=version, ours=FORMAT_VERSION
            ),
        )
    state = ReplicaState()
    for section in ("skills", "actors", "ties", "tombstones", "events", "participations"):
        reader.expect(top.get(section, []), list, f"$.{section}")
    for i, raw in enumerate(top.get("actors", [])):
        key, record = reader.actor(raw, f"$.actors[{i}]")
        state.actors[key] = record
    for i, raw in enumerate(top.get("ties", [])):
        key, record = reader.tie(raw, f"$.ties[{i}]")
        state.ties[key] = record
    for i, raw in enumerate(top.get("tombstones", [])):
        where = f"$.tombstones[{i}]"
        reader.expect(raw, dict, where)
        entity = raw.get("entity")
        key = raw.get("key")
        if entity == "actor" and isinstance(key, str):
            pass
        elif (
            entity == "tie"
            and isinstance(key, list)
            and len(key) == 3
            and all(isinstance(k, str) for k in key)
        ):
            key = tuple(key)
        else:
            raise reader.fail(
                where, "key", _("a tombstone names an actor id or a tie's [source, target, kind]")
            )
        state.tombstones[(entity, key)] = reader.clock(raw.get("clock"), where, "clock")
    for i, raw in enumerate(top.get("skills", [])):
        where = f"$.skills[{i}]"
        reader.expect(raw, dict, where)
        row = {n: raw.get(n) for n in ("id", "source", "label_en", "label_et", "label_uk")}
        if not all(isinstance(row[n], str) and 0 < len(row[n]) <= 300 for n in ("id", "label_en")):
            raise reader.fail(where, "id", _("a skill needs an id and an English label"))
        row["source"] = "tag"
        state.skills[row["id"]] = row
    _events(reader, top, state)
    return state, {k: top.get(k) for k in ("format", "version", "replica", "scope", "exported_at")}


def _events(reader: _Reader, top: dict, state: ReplicaState) -> None:
    from matchmaker.interchange.fields import FIELDS
    from matchmaker.interchange.parse import parse_event, parse_participation
    from matchmaker.interchange.site import Site

    for i, raw in enumerate(top.get("events", [])):
        site = Site(str(reader.path), f"$.events[{i}]", False, FIELDS["events"])
        event = parse_event(reader.expect(raw, dict, site.location), site)
        state.events[event.id] = {
            n: (v.isoformat() if isinstance(v, date) else v)
            for n, v in (
                (n, getattr(event, n))
                for n in ("id", "name", "kind", "city", "country", "start", "end", "venue", "agenda")
            )
        }
    for i, raw in enumerate(top.get("participations", [])):
        site = Site(str(reader.path), f"$.participations[{i}]", False, FIELDS["participations"])
        p = parse_participation(reader.expect(raw, dict, site.location), site)
        state.participations[(p.event, p.actor)] = p.role
