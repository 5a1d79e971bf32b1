"""A parsed, validated file set, ready to be written to the store."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from matchmaker.records import NetworkData, SkillRecord

__all__ = ["FORMAT_ID", "Document", "Origins"]

FORMAT_ID = "sandbox-matchmaker/1"


class Origins:
    """Where each record of one section came from, kept compactly (a million ties fit in a few MB).

    ``pos`` is the CSV line number, or the index in the JSON list.
    """

    def __init__(self, section: str) -> None:
        self.section = section
        self._files: list[tuple[str, bool]] = []  # (path, is_json)
        self._file_no = array("l")
        self._pos = array("l")

    def add_file(self, path: str, is_json: bool) -> int:
        self._files.append((path, is_json))
        return len(self._files) - 1

    def append(self, file_no: int, pos: int) -> None:
        self._file_no.append(file_no)
        self._pos.append(pos)

    def extend(self, file_no: int, positions: range) -> None:
        """Records at ``positions`` of one file, in one step (a million JSON ties: no Python loop)."""
        self._file_no.extend(array("l", [file_no]) * len(positions))
        self._pos.extend(array("l", positions))

    def describe(self, index: int) -> tuple[str, str]:
        """``(path, location)`` of record ``index`` of this section."""
        path, is_json = self._files[self._file_no[index]]
        pos = self._pos[index]
        return path, (f"$.{self.section}[{pos}]" if is_json else f"line {pos}")


@dataclass(slots=True)
class Document:
    """Records from one or more files; ``sources`` remembers where each id was defined.

    ``actor_keys[i]`` is the set of keys actor record ``i`` was written with (a JSON object's
    keys, a CSV file's columns): an actor already in the store keeps every field its record
    does not name, so a partial record changes only what it says. An empty list (a document
    built in code) means every record is complete.
    """

    network: NetworkData = field(default_factory=NetworkData)
    new_tags: dict[str, SkillRecord] = field(default_factory=dict)
    actor_sources: dict[str, str] = field(default_factory=dict)  # id -> "file, place"
    event_sources: dict[str, str] = field(default_factory=dict)
    tie_origins: Origins = field(default_factory=lambda: Origins("ties"))
    participation_origins: Origins = field(default_factory=lambda: Origins("participations"))
    decision_origins: Origins = field(default_factory=lambda: Origins("decisions"))
    actor_keys: list[frozenset[str]] = field(default_factory=list)
    # a big file's ties, read by a child process into a scratch database (tie_stage.StagedTies);
    # then ``network.ties`` is empty and the writer copies them inside SQLite
    staged_ties: Any = None
    _key_sets: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)

    def tie_count(self) -> int:
        return len(self.network.ties) + (self.staged_ties.count if self.staged_ties is not None else 0)

    def tie_records(self, file_order: bool = False) -> list:
        """Every tie as a record (staged ones read back from their scratch database, by source
        unless in ``file_order``: see :meth:`~matchmaker.interchange.tie_stage.StagedTies.records`)."""
        if self.staged_ties is None:
            return self.network.ties
        return self.staged_ties.records(file_order)

    def note_actor_keys(self, raw: Iterable[str]) -> None:
        """Remember which keys the actor record just read holds (one shared set per distinct shape)."""
        keys = frozenset(raw)
        self.actor_keys.append(self._key_sets.setdefault(keys, keys))

    def note_actor_key_list(self, key_sets: list[frozenset[str]]) -> None:
        """:meth:`note_actor_keys` for many records at once (one shared set per distinct shape)."""
        shared = self._key_sets
        self.actor_keys.extend(shared.setdefault(keys, keys) for keys in key_sets)
