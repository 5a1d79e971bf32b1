"""From a read sheet and its mapping to a validated :class:`~matchmaker.interchange.Document`.

:func:`plan_sheet_import` checks everything before anything is written and lists *every*
problem with its row, column and field (not just the first): columns the map does not cover,
cells that do not fit their field, formula and error cells, likely duplicates nobody decided
about. Only a plan without problems carries a document; the caller writes it through the one
import door (:func:`~matchmaker.interchange.import_document`, one transaction, with the
automatic backup), so a sheet goes in whole or not at all.

Rows become new actors (an id made from country and name: ``ua-kyivstar``), or are merged into a
stored actor or an earlier row as the map's ``merge`` says. A merge keeps what is stored and
adds what the row says: a filled cell replaces a single value (never the stored name, whose
other spelling is how the row was found), lists and skills are joined, an empty cell changes
nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from matchmaker.actor_fields import ACTOR_FIELD, ACTOR_FIELDS
from matchmaker.errors import InterchangeError
from matchmaker.i18n import _
from matchmaker.interchange.document import Document
from matchmaker.interchange.fields import ACTOR_LIMITS
from matchmaker.interchange.parse import parse_actor
from matchmaker.interchange.sheets.cell_values import CellProblem, cell_value
from matchmaker.interchange.sheets.duplicates import Duplicate, NameEntry, find_duplicates
from matchmaker.interchange.sheets.headers import IGNORE, MULTI_COLUMN_FIELDS
from matchmaker.interchange.sheets.sheet_map import NEW, SheetMap
from matchmaker.interchange.sheets.table import ErrorCell, FormulaCell, SheetRow, Table
from matchmaker.interchange.site import Site
from matchmaker.records import ActorRecord
from matchmaker.taxonomy import SkillResolver
from matchmaker.textnorm import fold_tokens

__all__ = ["Problem", "SheetPlan", "SheetProblemsError", "plan_sheet_import"]


@dataclass(frozen=True, slots=True)
class Problem:
    line: int | None  # the sheet's row; None for the mapping as a whole
    column: str | None  # the sheet's header
    field: str | None  # the actor field
    message: str

    def describe(self) -> str:
        parts = []
        if self.line is not None:
            parts.append(_("row {line}").format(line=self.line))
        if self.column is not None:
            parts.append(_("column {column!r}").format(column=self.column))
        if self.field is not None:
            parts.append(_("field {field}").format(field=self.field))
        return f"{', '.join(parts)}: {self.message}" if parts else self.message


@dataclass(slots=True)
class SheetPlan:
    table: Table
    sheet_map: SheetMap
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)  # every likely duplicate, decided or not
    document: Document | None = None  # only when there is no problem
    created: list[str] = field(default_factory=list)  # ids of new actors
    merged: dict[int, str] = field(default_factory=dict)  # sheet row -> the stored actor it updates

    @property
    def ok(self) -> bool:
        return not self.problems and self.document is not None

    def as_dict(self) -> dict:
        return {
            "file": self.table.path,
            "rows": len(self.table.rows),
            "problems": [dataclasses.asdict(p) | {"text": p.describe()} for p in self.problems],
            "duplicates": [
                {
                    "row": d.line,
                    "name": d.name,
                    "decision": self.sheet_map.merge.get(d.line),
                    "candidates": [dataclasses.asdict(c) for c in d.candidates],
                }
                for d in self.duplicates
            ],
            "new": list(self.created),
            "merged": {str(line): target for line, target in sorted(self.merged.items())},
        }


def _map_problems(table: Table, sheet_map: SheetMap) -> list[Problem]:
    problems = []
    for header in table.headers:
        if header not in sheet_map.columns:
            problems.append(
                Problem(
                    table.header_line, header, None, _("is not in the map; map it to a field or to ignore")
                )
            )
    for header, name in sheet_map.columns.items():
        if name != IGNORE and header not in table.headers:
            problems.append(Problem(None, header, name, _("the map names this column; the sheet has none")))
    for name in ACTOR_FIELD:
        headers = sheet_map.fields_of(name)
        if len(headers) > 1 and name not in MULTI_COLUMN_FIELDS:
            problems.append(
                Problem(
                    None, headers[1], name, _("{first!r} holds this field already").format(first=headers[0])
                )
            )
    if not sheet_map.fields_of("name"):
        problems.append(Problem(None, None, "name", _("no column is mapped to the name")))
    for name in ("kind", "country"):
        if not sheet_map.fields_of(name) and name not in sheet_map.defaults:
            problems.append(
                Problem(None, None, name, _("no column holds it and the map gives no default for it"))
            )
    for name, text in sheet_map.defaults.items():
        try:
            cell_value(name, text)
        except CellProblem as error:
            problems.append(Problem(None, None, name, _("the default: {error}").format(error=error)))
    return problems


def _new_id(country: str, name: str, taken: set[str], line: int) -> str:
    slug = "-".join(t.strip("+#") for t in fold_tokens(name) if t.strip("+#"))[:60].strip("-")
    base = f"{country.lower()}-{slug}" if slug else f"{country.lower()}-row-{line}"
    candidate, count = base, 1
    while candidate in taken:
        count += 1
        candidate = f"{base}-{count}"
    return candidate


class _Planner:
    def __init__(
        self,
        table: Table,
        sheet_map: SheetMap,
        resolver: SkillResolver,
        stored: Sequence[ActorRecord],
        duplicates: list[Duplicate] | None,
    ):
        self.table, self.map, self.resolver = table, sheet_map, resolver
        self.stored = {a.id: a for a in stored}
        self.taken = set(self.stored)  # ids in use: stored, and given to rows so far
        self.plan = SheetPlan(table, sheet_map)
        self.known_duplicates = duplicates
        self.doc = Document()
        self.records: dict[str, ActorRecord] = {}  # id -> record, in sheet order
        self.row_ids: dict[int, str] = {}  # sheet row -> the id its actor has
        self.columns = [(i, h, sheet_map.columns.get(h, IGNORE)) for i, h in enumerate(table.headers)]

    def problem(self, line, column, name, message) -> None:
        self.plan.problems.append(Problem(line, column, name, message))

    # -- one row ---------------------------------------------------------------------------------------
    def values(self, row: SheetRow) -> tuple[dict[str, str], dict[str, str]]:
        """``({field: text}, {field: header})`` of the row's filled, understood cells."""
        values: dict[str, list[str]] = {}
        where: dict[str, str] = {}
        for index, header, name in self.columns:
            cell = row.cell(index)
            if name == IGNORE or not cell:
                continue
            if isinstance(cell, FormulaCell):
                self.problem(
                    row.line,
                    header,
                    name,
                    _(
                        "is a formula ({text}); the import takes typed values, never formulas: "
                        "copy the column and paste it as values"
                    ).format(text=cell[:60]),
                )
                continue
            if isinstance(cell, ErrorCell):
                self.problem(
                    row.line, header, name, _("holds the spreadsheet error {error}").format(error=cell)
                )
                continue
            try:
                text = cell_value(name, cell, self.resolver)
            except CellProblem as error:
                self.problem(row.line, header, name, str(error))
                continue
            if text:
                values.setdefault(name, []).append(text)
                where.setdefault(name, header)
        return {name: ";".join(texts) for name, texts in values.items()}, where

    def parse(self, line: int, raw: dict[str, str], where: dict[str, str]) -> ActorRecord | None:
        """Validate ``raw`` by the format's own rules; every faulty field is a problem."""
        site = Site(self.table.path, f"row {line}", True, ACTOR_LIMITS)
        reported: set[str] = set()
        for _attempt in range(len(ACTOR_FIELDS) + 1):
            try:
                return parse_actor(raw, site, self.resolver, self.doc)
            except InterchangeError as error:
                name = (error.field or "").split("[")[0]
                if not name or name in reported or name not in raw:
                    if name not in reported:
                        self.problem(line, where.get(name), name or None, error.message)
                    return None
                reported.add(name)
                self.problem(line, where.get(name), name, error.message)
                del raw[name]
        return None

    def target(self, line: int, values: dict[str, str]) -> ActorRecord | None:
        """The record a row merges into (stored, or an earlier row's), None for a new actor."""
        decision = self.map.merge.get(line)
        explicit = values.get("id")
        if decision is None and explicit in self.stored:
            return self.records.get(explicit) or self.stored[explicit]
        if decision is None or decision == NEW:
            return None
        if decision.startswith("row ") and decision[4:].isdigit():
            earlier = self.row_ids.get(int(decision[4:]))
            if earlier is None or int(decision[4:]) >= line:
                self.problem(
                    line,
                    None,
                    None,
                    _("merges into {target}, which is no earlier row").format(target=decision),
                )
                return None
            return self.records[earlier]
        if decision in self.stored:
            return self.records.get(decision) or self.stored[decision]
        self.problem(
            line, None, None, _("merges into {target!r}, which is no stored actor").format(target=decision)
        )
        return None

    def row(self, row: SheetRow) -> None:
        values, where = self.values(row)
        if not values:
            return
        base = self.target(row.line, values)
        raw = dict(values)
        if base is not None:
            raw["id"] = base.id
            for name in ("kind", "name", "country", "visibility"):
                raw.setdefault(name, getattr(base, name))
        else:
            for name, text in self.map.defaults.items():
                raw.setdefault(name, cell_value(name, text))
            missing = [name for name in ("name", "kind", "country") if name not in raw]
            faulty = {p.field for p in self.plan.problems if p.line == row.line}
            for name in missing:
                if name not in faulty:
                    column = next(iter(self.map.fields_of(name)), None)
                    self.problem(row.line, column, name, _("is empty; a new actor needs it"))
                # a stand-in, so the row's other cells are checked too; the row is not imported
                raw[name] = _STAND_IN[name]
            if "id" not in raw:
                raw["id"] = _new_id(raw["country"], raw["name"], self.taken, row.line)
            elif raw.get("id") in self.records:
                first = next(line for line, i in self.row_ids.items() if i == raw["id"])
                self.problem(
                    row.line, where.get("id"), "id", _("row {line} has this id already").format(line=first)
                )
                return
        before = len(self.plan.problems)
        record = self.parse(row.line, raw, where)
        if record is None or (base is None and missing) or len(self.plan.problems) > before:
            return
        if base is not None:
            record = _merged(base, record, values)
            if base.id in self.stored:
                self.plan.merged[row.line] = base.id
        elif record.id not in self.records:
            self.plan.created.append(record.id)
        self.records[record.id] = record
        self.taken.add(record.id)
        self.row_ids[row.line] = record.id
        self.doc.actor_sources.setdefault(record.id, f"{self.table.path}, row {row.line}")

    # -- the sheet -------------------------------------------------------------------------------------
    def duplicates(self) -> None:
        if self.known_duplicates is not None:
            self.plan.duplicates = list(self.known_duplicates)
        else:
            self.plan.duplicates = self.find_duplicates()
        self.undecided_duplicates()

    def find_duplicates(self) -> list[Duplicate]:
        name_columns = [i for i, _h, n in self.columns if n in ("name", "native_name")]
        country_columns = [i for i, _h, n in self.columns if n == "country"]
        explicit_ids = [i for i, _h, n in self.columns if n == "id"]
        rows = []
        for row in self.table.rows:
            if any(row.cell(i) in self.stored for i in explicit_ids):
                continue  # the row names its stored actor itself
            country = None
            for i in country_columns:
                try:
                    country = cell_value("country", row.cell(i)) if row.cell(i) else country
                except CellProblem:
                    pass
            if country is None and "country" in self.map.defaults:
                try:
                    country = cell_value("country", self.map.defaults["country"])
                except CellProblem:
                    pass
            rows.append((row.line, tuple(str(row.cell(i)) for i in name_columns), country))
        stored = (
            NameEntry(a.id, tuple(n for n in (a.name, a.native_name) if n), a.country)
            for a in self.stored.values()
        )
        return find_duplicates(rows, stored)

    def undecided_duplicates(self) -> None:
        column = next((h for _i, h, n in self.columns if n == "name"), None)
        for duplicate in self.plan.duplicates:
            if duplicate.line in self.map.merge:
                continue
            best = duplicate.candidates[0]
            self.problem(
                duplicate.line,
                column,
                "name",
                _(
                    "{name!r} may be {other!r} ({target}, {reason}); decide in the map: "
                    '"merge": {{"{line}": "{target}"}} to merge, or "new"'
                ).format(
                    name=duplicate.name[:80],
                    other=best.name[:80],
                    target=best.target,
                    reason=_(best.reason),
                    line=duplicate.line,
                ),
            )

    def run(self) -> SheetPlan:
        self.plan.problems.extend(_map_problems(self.table, self.map))
        lines = {row.line for row in self.table.rows}
        for line in self.map.merge:
            if line not in lines:
                self.problem(line, None, None, _("the map's merge names this row; the sheet has no such row"))
        if self.plan.problems:
            return self.plan
        self.duplicates()
        for row in self.table.rows:
            self.row(row)
        if not self.plan.problems:
            self.doc.network.actors = list(self.records.values())
            self.plan.document = self.doc
        return self.plan


_IDENTITY = ("id", "name", "native_name")
_STAND_IN = {"name": "?", "kind": "company", "country": "EE"}


def _merged(base: ActorRecord, row: ActorRecord, given: dict[str, str]) -> ActorRecord:
    """``base`` with what the row gave: single values replaced, lists and skills joined.

    The stored name and native name stay: the sheet's other spelling is how the row was found.
    """
    changes: dict[str, object] = {}
    for spec in ACTOR_FIELDS:
        if spec.name in _IDENTITY or spec.name not in given:
            continue
        mine, theirs = getattr(base, spec.name), getattr(row, spec.name)
        if spec.value == "list":
            changes[spec.name] = tuple(dict.fromkeys((*mine, *theirs)))
        elif spec.value == "skills":
            joined = dict(mine)
            for skill, weight in theirs.items():
                joined[skill] = max(weight, joined.get(skill, 0.0))
            changes[spec.name] = joined
        else:
            changes[spec.name] = theirs
    return dataclasses.replace(base, **changes)


def plan_sheet_import(
    table: Table,
    sheet_map: SheetMap,
    resolver: SkillResolver,
    stored: Sequence[ActorRecord],
    *,
    duplicates: list[Duplicate] | None = None,
) -> SheetPlan:
    """Check ``table`` under ``sheet_map`` against the ``stored`` actors; a plan without problems holds
    the document to import. ``resolver`` learns the new free tags (give a fresh one each time).

    ``duplicates`` from an earlier plan of the same table, columns and stored actors skips the
    search for them (the wizard checks again after each merge decision, which changes none).
    """
    return _Planner(table, sheet_map, resolver, stored, duplicates).run()


class SheetProblemsError(InterchangeError):
    """A sheet whose rows or mapping have problems: nothing was imported. ``plan`` lists them all."""

    def __init__(self, plan: SheetPlan):
        self.plan = plan
        count = len(plan.problems)
        first = plan.problems[0]
        super().__init__(
            plan.table.path,
            None,
            None,
            _("{count} problem(s), nothing was imported; the first: {first}").format(
                count=count, first=first.describe()
            ),
        )
