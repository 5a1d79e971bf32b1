"""The mapping of a sheet's columns to actor fields, and what to do with rows that are already stored.

Written as JSON (``matchmaker import FILE --map MAP.json``; ``--guess-map`` prints one to start
from; the wizard keeps one per header set)::

    {"format": "sandbox-matchmaker-sheet-map/1",
     "columns": {"Organisation": "name", "Type": "kind", "Riik": "country",
                 "We offer": "offers", "Phone": "ignore"},
     "defaults": {"kind": "company", "visibility": "council"},
     "merge": {"7": "ua-company-012", "9": "row 4", "12": "new"},
     "sheet": "Registrations", "header_row": 1, "encoding": "cp1257", "delimiter": ";"}

``columns`` maps every header to an actor field (:mod:`matchmaker.actor_fields`) or ``ignore``;
``defaults`` fill a field for new actors whose row leaves it empty; ``merge`` settles likely
duplicates by sheet row: into a stored actor (its id), into an earlier row of the sheet
(``row N``), or ``new``. The other keys are optional and say how to read the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from matchmaker.actor_fields import ACTOR_FIELD
from matchmaker.errors import InterchangeError
from matchmaker.i18n import _
from matchmaker.interchange.sheets.headers import IGNORE

__all__ = ["MAP_FORMAT", "NEW", "SheetMap", "load_map"]

MAP_FORMAT = "sandbox-matchmaker-sheet-map/1"
NEW = "new"
_KEYS = ("format", "columns", "defaults", "merge", "sheet", "header_row", "encoding", "delimiter")
_DEFAULTABLE = ("kind", "country", "visibility", "stage", "size", "city", "languages", "sectors", "roles")


@dataclass(slots=True)
class SheetMap:
    columns: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    merge: dict[int, str] = field(default_factory=dict)  # sheet row -> actor id, "row N" or "new"
    sheet: str | None = None
    header_row: int | None = None
    encoding: str | None = None
    delimiter: str | None = None

    def fields_of(self, name: str) -> list[str]:
        """The headers mapped to field ``name``, in the map's order."""
        return [header for header, target in self.columns.items() if target == name]

    def as_dict(self) -> dict:
        out: dict = {"format": MAP_FORMAT, "columns": dict(self.columns)}
        if self.defaults:
            out["defaults"] = dict(self.defaults)
        if self.merge:
            out["merge"] = {str(line): target for line, target in sorted(self.merge.items())}
        for key in ("sheet", "header_row", "encoding", "delimiter"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


def _fail(path: str, key: str | None, message: str) -> InterchangeError:
    return InterchangeError(path, "$", key, message)


def _text_dict(path: str, top: dict, key: str) -> dict[str, str]:
    value = top.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise _fail(path, key, _("expected an object of texts"))
    return value


def map_from_dict(top: object, path: str = "map") -> SheetMap:
    """Check a mapping read from JSON; raise :class:`InterchangeError` naming the key at fault."""
    if not isinstance(top, dict) or top.get("format") != MAP_FORMAT:
        raise _fail(
            path, "format", _('expected a JSON object with "format": {format!r}').format(format=MAP_FORMAT)
        )
    for key in top:
        if key not in _KEYS:
            raise _fail(
                path, key, _("is not a known key; expected some of {keys}").format(keys=", ".join(_KEYS))
            )
    columns = _text_dict(path, top, "columns")
    for header, target in columns.items():
        if target != IGNORE and target not in ACTOR_FIELD:
            raise _fail(
                path,
                f"columns.{header}",
                _("{target!r} is not an actor field; expected one of {fields}, or ignore").format(
                    target=target, fields=", ".join(ACTOR_FIELD)
                ),
            )
    defaults = _text_dict(path, top, "defaults")
    for name in defaults:
        if name not in _DEFAULTABLE:
            raise _fail(
                path,
                f"defaults.{name}",
                _("cannot have a default; fields that can: {fields}").format(fields=", ".join(_DEFAULTABLE)),
            )
    merge: dict[int, str] = {}
    for line, target in _text_dict(path, top, "merge").items():
        if not line.isdigit():
            raise _fail(path, f"merge.{line}", _("expected a sheet row number"))
        merge[int(line)] = target
    sheet_map = SheetMap(columns=columns, defaults=defaults, merge=merge)
    for key, kind in (("sheet", str), ("header_row", int), ("encoding", str), ("delimiter", str)):
        value = top.get(key)
        if value is not None and (type(value) is not kind or (kind is int and value < 1)):
            raise _fail(path, key, _("has the wrong type of value"))
        setattr(sheet_map, key, value)
    return sheet_map


def load_map(path: str | Path) -> SheetMap:
    """Read a MAP.json file."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InterchangeError(
            str(path), None, None, _("cannot be read: {reason}").format(reason=error.strerror)
        ) from None
    except UnicodeDecodeError:
        raise InterchangeError(str(path), None, None, _("is not UTF-8 text")) from None
    try:
        top = json.loads(text)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            str(path), f"line {error.lineno}", None, _("is not valid JSON ({error})").format(error=error.msg)
        ) from None
    return map_from_dict(top, str(path))
