"""Reading interchange files (JSON, or CSV tables) into one validated :class:`Document`."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from matchmaker.actor_fields import ACTOR_FIELDS as _ACTOR_SPEC
from matchmaker.errors import InterchangeError
from matchmaker.gc_pause import gc_paused
from matchmaker.interchange.document import FORMAT_ID, Document
from matchmaker.interchange.fields import (
    ACTOR_FIELDS,
    DECISION_FIELDS,
    EVENT_FIELDS,
    FIELDS,
    PARTICIPATION_FIELDS,
    TIE_FIELDS,
)
from matchmaker.interchange.formula_cells import unescape_formula
from matchmaker.interchange.json_text import NUL_MESSAGE, load_json
from matchmaker.interchange.parse import (
    parse_actor,
    parse_decision,
    parse_event,
    parse_participation,
    parse_tie,
    quick_tie,
)
from matchmaker.interchange.site import Site, describe
from matchmaker.interchange.typed_json import read_typed_json
from matchmaker.taxonomy import SkillResolver

__all__ = ["read_files", "claim_id", "CSV_TABLES"]

SECTIONS = ("actors", "ties", "events", "participations", "decisions")
CSV_TABLES = {
    "actors": (ACTOR_FIELDS, tuple(f.name for f in _ACTOR_SPEC if f.required and f.default is None)),
    "ties": (TIE_FIELDS, ("source", "target", "kind")),
    "events": (EVENT_FIELDS, ("id", "name", "kind")),
    "participations": (PARTICIPATION_FIELDS, ("event", "actor")),
    "decisions": (DECISION_FIELDS, ("a", "b")),
}


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InterchangeError(str(path), None, None, f"cannot be read: {error.strerror}") from None


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InterchangeError(
            str(path),
            f"line {line}",
            None,
            f"is not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8",
        ) from None


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = [path / f"{name}.csv" for name in CSV_TABLES if (path / f"{name}.csv").exists()]
            found += sorted(path.glob("*.json"))
            if not found:
                raise InterchangeError(
                    str(path), None, None, "holds no actors.csv, ties.csv, … nor a .json file"
                )
            files.extend(found)
        else:
            files.append(path)
    return files


def _json_records(path: Path, text: str) -> Iterator[tuple[str, dict, int]]:
    top = load_json(path, text)
    if not isinstance(top, dict):
        raise InterchangeError(str(path), "$", None, 'expected a JSON object with "format", "actors", …')
    if top.get("format") != FORMAT_ID:
        raise InterchangeError(
            str(path), "$", "format", f"expected {FORMAT_ID!r}; got {_shown(top.get('format'))}"
        )
    for key in top:
        if key != "format" and key not in SECTIONS:
            raise InterchangeError(
                str(path), "$", key, f"is not a known section; expected some of {', '.join(SECTIONS)}"
            )
    for section in SECTIONS:
        items = top.get(section, [])
        if not isinstance(items, list):
            raise InterchangeError(str(path), f"$.{section}", None, "expected a list of objects")
        for index, item in enumerate(items):
            if type(item) is not dict:
                raise InterchangeError(str(path), f"$.{section}[{index}]", None, "expected an object")
            yield section, item, index


def _shown(value) -> str:
    short = value is None or isinstance(value, bool | float) or (isinstance(value, str) and len(value) < 60)
    return repr(value) if short else describe(value)


def _csv_header(path: Path, reader) -> list[str]:
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise InterchangeError(str(path), "line 1", None, "is empty; expected a header row") from None
    except csv.Error as error:
        raise InterchangeError(str(path), "line 1", None, f"is not valid CSV ({error})") from None
    known, required = CSV_TABLES[path.stem.lower()]
    for index, name in enumerate(header):
        if name not in known:
            raise InterchangeError(
                str(path), "line 1", name, f"is not a known column; expected some of {', '.join(known)}"
            )
        if name in header[:index]:
            raise InterchangeError(str(path), "line 1", name, "is a column twice; which value would count?")
    for name in required:
        if name not in header:
            raise InterchangeError(str(path), "line 1", name, "is a required column and is missing")
    return header


def _wrong_length(path: Path, line: int, row: list[str], header: list[str], reader, text: str):
    """The error for a row whose value count differs from the header's, naming the first missing column.

    A last row that is short and has no newline after it is a file cut off while being
    written (a killed export, a full disk): say so, rather than import what happens to be there.
    """
    if len(row) > len(header):
        return InterchangeError(
            str(path), f"line {line}", None, f"has {len(row)} values; the header has {len(header)}"
        )
    missing = header[len(row)]
    if not text.endswith(("\n", "\r")) and next(reader, None) is None:
        return InterchangeError(
            str(path),
            f"line {line}",
            missing,
            f"the file ends in the middle of this row ({len(row)} of {len(header)} values, no newline "
            "at the end): it looks cut short; export or copy it again",
        )
    return InterchangeError(
        str(path),
        f"line {line}",
        missing,
        f"is missing: the row has {len(row)} values; the header has {len(header)}",
    )


def _csv_records(path: Path, text: str) -> Iterator[tuple[str, dict, int]]:
    section = path.stem.lower()
    if section not in CSV_TABLES:
        raise InterchangeError(
            str(path), None, None, f"is not one of {', '.join(n + '.csv' for n in CSV_TABLES)}"
        )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = _csv_header(path, reader)
    has_nul, guarded = "\x00" in text, "'" in text
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise _wrong_length(path, line, row, header, reader, text)
            if has_nul:
                for name, cell in zip(header, row, strict=True):
                    if "\x00" in cell:
                        raise InterchangeError(str(path), f"line {line}", name, NUL_MESSAGE)
            if guarded:
                row = [unescape_formula(cell) for cell in row]
            yield section, dict(zip(header, row, strict=True)), line
    except csv.Error as error:
        raise InterchangeError(
            str(path), f"line {reader.line_num}", None, f"is not valid CSV ({error})"
        ) from None


def read_files(
    paths: Iterable[str | Path],
    resolver: SkillResolver,
    progress: Callable[[str], None] | None = None,
    stage_ties: bool = True,
) -> Document:
    """Parse and validate every file; raise :class:`InterchangeError` at the first fault.

    With ``stage_ties`` a single big JSON file's ties are read by a child process into a scratch
    database for the writer (:mod:`~matchmaker.interchange.tie_stage`); a dry run, which writes
    nothing, is cheaper without (the child's sort and scratch file would be for nothing).
    """
    with gc_paused():
        return _read_files(paths, resolver, progress, stage_ties)


def _read_files(
    paths: Iterable[str | Path],
    resolver: SkillResolver,
    progress: Callable[[str], None] | None,
    stage_ties: bool,
) -> Document:
    doc = Document()
    net = doc.network
    files = _expand(paths)
    for path in files:
        if progress:
            progress(str(path))
        data = _read_bytes(path)
        is_json = path.suffix.lower() == ".json"
        # one file alone may keep its ties staged (a scratch database a child fills meanwhile):
        # with several, ties of other files would have to be put in order around them
        if is_json and read_typed_json(str(path), data, resolver, doc, stage_ties and len(files) == 1):
            continue  # the common, well-formed file: read in one typed pass
        text = _decode(path, data)
        del data
        file_no = {o.section: o.add_file(str(path), is_json) for o in _origins(doc)}
        records = _json_records(path, text) if is_json else _csv_records(path, text)
        text_values = not is_json

        def site_for(section: str, pos: int, path: Path = path, is_json: bool = is_json) -> Site:
            where = f"$.{section}[{pos}]" if is_json else f"line {pos}"
            return Site(str(path), where, not is_json, FIELDS[section])

        for section, raw, pos in records:
            if section == "ties":
                net.ties.append(quick_tie(raw, text_values) or parse_tie(raw, site_for(section, pos)))
                doc.tie_origins.append(file_no["ties"], pos)
                continue
            site = site_for(section, pos)
            if section == "actors":
                actor = parse_actor(raw, site, resolver, doc)
                claim_id(doc.actor_sources, actor.id, site, "actor")
                net.actors.append(actor)
                doc.note_actor_keys(raw)
            else:
                add_event_record(doc, section, raw, site, file_no.get(section, 0), pos)
    return doc


def add_event_record(doc: Document, section: str, raw: dict, site: Site, file_no: int, pos: int) -> None:
    """One record of ``events``, ``participations`` or ``decisions`` into ``doc`` (participations and
    decisions remember where they came from). Both readers, the careful one here and the typed
    one, add these sections this way."""
    net = doc.network
    if section == "events":
        event = parse_event(raw, site)
        claim_id(doc.event_sources, event.id, site, "event")
        net.events.append(event)
    elif section == "participations":
        net.participations.append(parse_participation(raw, site))
        doc.participation_origins.append(file_no, pos)
    else:
        net.decisions.append(parse_decision(raw, site))
        doc.decision_origins.append(file_no, pos)


def _origins(doc: Document):
    return (doc.tie_origins, doc.participation_origins, doc.decision_origins)


def claim_id(sources: dict[str, str], record_id: str, site: Site, what: str) -> None:
    here = f"{site.path}, {site.location}"
    if record_id in sources:
        raise site.fail("id", f"duplicate {what} id {record_id!r}; first defined at {sources[record_id]}")
    sources[record_id] = here
