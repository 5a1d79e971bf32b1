"""Reading an ordinary JSON interchange file in one typed pass (msgspec): far less Python a record.

The careful reader (:mod:`~matchmaker.interchange.json_text`, :mod:`~matchmaker.interchange.parse`)
builds a dict per record and checks each value in Python: ~15 µs a tie, most of a
1,000,000-tie import. Here msgspec decodes the bytes straight into typed structs and checks
types, tie kinds, choices and lengths in C; what is left (stripping, dates, skills) runs once
per actor or once per distinct value.

This path only ever *accepts*: for anything it is not sure of (a value it did not expect, a
value with spaces around it, a ``\\u003a`` escape, a repeated key, any fault at all) it returns
False and the careful reader reads the whole file again, accepting it after all or naming file,
place and field. Both give the same :class:`Document` for every file this one accepts (tests
prove it), so each message and each rule is written once, in the careful reader.

Repeated keys, which msgspec silently resolves to the last value, are found by counting: every
``:`` byte of a JSON text either separates a key from its value or lies inside a string, so the
file's colon count equals the pairs decoded plus the colons inside decoded strings exactly when
no object repeated a key (an escaped colon, ``\\u003a``, would break the count: such files go
to the careful reader).
"""

from __future__ import annotations

import copy
import re
import zlib
from operator import attrgetter
from typing import Any, Literal

import msgspec
from msgspec import UNSET, UnsetType

from matchmaker.errors import InterchangeError
from matchmaker.interchange import tie_stage
from matchmaker.interchange.document import FORMAT_ID, Document
from matchmaker.interchange.fields import FIELDS
from matchmaker.interchange.site import Site
from matchmaker.interchange.tie_stage import TieStager
from matchmaker.interchange.typed_actors import SkillIds, TypedActor, Unsure, actor_records
from matchmaker.interchange.typed_ties import TypedTie, tie_columns
from matchmaker.records import TieRecord
from matchmaker.taxonomy import SkillResolver

__all__ = ["read_typed_json"]

_Records = list[dict[str, Any]]


class _File(msgspec.Struct, forbid_unknown_fields=True):
    format: Literal[FORMAT_ID]  # type: ignore[valid-type]
    actors: list[TypedActor] | UnsetType = UNSET  # type: ignore[valid-type]
    ties: list[TypedTie] | UnsetType = UNSET
    events: _Records | UnsetType = UNSET
    participations: _Records | UnsetType = UNSET
    decisions: _Records | UnsetType = UNSET


class _FileTiesApart(_File, forbid_unknown_fields=True):
    """The file with its ties skipped (a child process reads them): ``msgspec.Raw`` only finds
    where the list ends."""

    ties: msgspec.Raw | UnsetType = UNSET


_SECTIONS = ("actors", "ties", "events", "participations", "decisions")
_DECODER = msgspec.json.Decoder(_File)
_TIES_APART = msgspec.json.Decoder(_FileTiesApart)
# NUL, lone surrogates (the careful reader refuses them by name) and escaped colons (see above)
_UNSURE_TEXT = re.compile(rb"\\u(?:0000|003[aA]|[dD][89a-fA-F][0-9a-fA-F]{2})")
_BOM = b"\xef\xbb\xbf"


def read_typed_json(
    path: str, data: bytes, resolver: SkillResolver, doc: Document, stage_ties: bool = False
) -> bool:
    """Add the records of the JSON text ``data`` to ``doc``; False, ``doc`` untouched, when unsure.

    With ``stage_ties`` a big file's ties are read by a child process meanwhile
    (:mod:`~matchmaker.interchange.tie_stage`) and ``doc`` holds them staged, not as records.
    An :class:`InterchangeError` can still come out of here, for faults only seen across
    records (an actor id defined twice), at the record the careful reader would name.
    """
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if _UNSURE_TEXT.search(data):
        return False
    stager = TieStager(path) if stage_ties and len(data) >= tie_stage.STAGE_CHILD_BYTES else None
    try:
        accepted = _read_typed(path, data, resolver, doc, stager)
    except BaseException:
        if stager is not None:
            stager.abandon()
        raise
    if not accepted and stager is not None:
        stager.abandon()
    return accepted


def _read_typed(
    path: str, data: bytes, resolver: SkillResolver, doc: Document, stager: TieStager | None
) -> bool:
    crc = zlib.crc32(data) if stager is not None else 0
    try:
        top = (_TIES_APART if stager is not None else _DECODER).decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return False
    try:
        staged = _Staged(path, top, _trial_copy(resolver))
        if stager is not None:
            staged.take_ties(stager, top.ties, crc)
    except (Unsure, InterchangeError):
        return False
    if _colons_decoded(top) + staged.tie_colons != data.count(b":"):
        if staged.staged_ties is not None:
            staged.staged_ties.discard()
        return False  # a key repeated in one object: the careful reader names it
    del top
    for tag in staged.scratch.new_tags.values():  # the free tags the trial created, in its order
        resolver.add(tag)
    staged.commit(doc)
    return True


def _trial_copy(resolver: SkillResolver) -> SkillResolver:
    """A resolver to try the file with: a free tag is added to the resolver that creates it, and
    one created by a read that then declines must not hide the tag from the careful reader."""
    trial = copy.copy(resolver)
    for name, value in vars(resolver).items():
        if isinstance(value, dict):
            setattr(trial, name, dict(value))
    return trial


def _colons_decoded(top: _File) -> int:
    """Colons in ``top`` written out again: one per key decoded plus those inside its strings.

    msgspec's encoder writes each decoded key once, omits absent (UNSET) fields and never
    escapes a colon, so this equals the file's own count exactly when no key was dropped.
    """
    count = 1 + sum(getattr(top, name) is not UNSET for name in _SECTIONS)  # "format" and the sections
    encode = msgspec.json.encode
    for name in _SECTIONS:
        if name == "ties":
            continue  # counted without writing a million ties out again: _Staged._stage_ties
        records = getattr(top, name)
        if records is not UNSET:
            for start in range(0, len(records), 50_000):  # a few MB at a time, not a second file
                count += encode(records[start : start + 50_000]).count(b":")
    return count


class _Staged:
    """The file's records, validated, not yet in the document."""

    def __init__(self, path: str, top: _File, resolver: SkillResolver) -> None:
        self.path = path
        self.scratch = Document()  # the free tags the actors' skills created
        self.actors = self._stage_actors([] if top.actors is UNSET else top.actors, resolver)
        self.ties: list[TieRecord] = []
        self.tie_colons = 0
        self.staged_ties = None
        if isinstance(top.ties, list):  # the ties decoded here; msgspec.Raw: a child stages them
            columns = tie_columns(top.ties)
            self.ties, self.tie_colons = columns.records(), columns.colons
        self.dict_sections: dict[str, _Records] = {}
        for name in ("events", "participations", "decisions"):
            records = getattr(top, name)
            if records is not UNSET:
                self.dict_sections[name] = records

    def _stage_actors(self, typed: list, resolver: SkillResolver) -> tuple[list, list]:
        limits = FIELDS["actors"]
        path = self.path

        def site_of(index: int) -> Site:
            return Site(path, f"$.actors[{index}]", False, limits)

        return actor_records(typed, site_of, SkillIds(resolver), self.scratch)

    def take_ties(self, stager: TieStager, raw: msgspec.Raw | UnsetType, crc: int) -> None:
        """The ties the child staged; read here, from ``raw``, when the child failed or read
        other bytes than ``data`` (CRC-32 ``crc``: the file was rewritten meanwhile)."""
        staged = stager.result()  # raises Unsure as the child was
        if staged is not None and staged.crc != crc:
            staged.discard()
            staged = None
        if staged is not None:
            self.staged_ties, self.tie_colons = staged, staged.colons
        elif raw is not UNSET:
            try:
                columns = tie_columns(msgspec.json.decode(raw, type=list[TypedTie]))
            except (msgspec.DecodeError, msgspec.ValidationError):
                raise Unsure from None
            self.ties, self.tie_colons = columns.records(), columns.colons

    def commit(self, doc: Document) -> None:
        """Add everything to ``doc`` in the careful reader's order (so its first fault is ours)."""
        from matchmaker.interchange.read import claim_id

        net = doc.network
        records, keys = self.actors
        sources = doc.actor_sources
        ids = list(map(attrgetter("id"), records))
        if len(set(ids)) == len(ids) and sources.keys().isdisjoint(ids):
            place = f"{self.path}, $.actors[".replace("{", "{{").replace("}", "}}") + "{}]"
            sources.update(zip(ids, map(place.format, range(len(ids))), strict=True))
        else:  # an id defined twice: the careful rule names the first repeat
            limits = FIELDS["actors"]
            for index, actor_id in enumerate(ids):
                claim_id(sources, actor_id, Site(self.path, f"$.actors[{index}]", False, limits), "actor")
        net.actors.extend(records)
        doc.note_actor_key_list(keys)
        doc.new_tags.update(self.scratch.new_tags)
        file_no = doc.tie_origins.add_file(self.path, True)
        if self.staged_ties is not None:
            doc.staged_ties = self.staged_ties
            doc.tie_origins.extend(file_no, range(self.staged_ties.count))
        else:
            net.ties.extend(self.ties)
            doc.tie_origins.extend(file_no, range(len(self.ties)))
        for name, records in self.dict_sections.items():
            self._commit_dicts(doc, name, records)

    def _commit_dicts(self, doc: Document, name: str, records: _Records) -> None:
        from matchmaker.interchange.read import add_event_record

        origins = {"participations": doc.participation_origins, "decisions": doc.decision_origins}.get(name)
        file_no = origins.add_file(self.path, True) if origins is not None else 0
        limits = FIELDS[name]
        for index, raw in enumerate(records):
            add_event_record(
                doc, name, raw, Site(self.path, f"$.{name}[{index}]", False, limits), file_no, index
            )
