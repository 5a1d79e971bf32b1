"""The skill taxonomy: ESCO digital skills plus the Sandbox's e-government vocabulary.

One concept, one id, labels in English, Estonian and Ukrainian. :class:`SkillResolver`
turns whatever a user or a file wrote (an id, a label in any of the three languages, an
alternative label, Cyrillic or its transliteration) into that id; text that matches no
concept becomes a free tag (``tag:<folded text>``) so nothing a user wrote is dropped.

ESCO is published by the European Commission: "This service uses the ESCO classification
of the European Commission".
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from functools import lru_cache

from matchmaker.paths import resource_path
from matchmaker.records import SkillRecord
from matchmaker.textnorm import fold

__all__ = ["SkillResolver", "bundled_skills", "tag_id", "tag_record", "TAG_PREFIX"]

TAG_PREFIX = "tag:"
SKILLS_FILE = ("taxonomy", "skills.csv")


@lru_cache(maxsize=1)
def bundled_skills() -> tuple[SkillRecord, ...]:
    """The taxonomy shipped in ``resources/taxonomy/skills.csv`` (built by ``scripts/build_taxonomy.py``)."""
    with resource_path(*SKILLS_FILE).open(encoding="utf-8", newline="") as handle:
        return tuple(
            SkillRecord(
                id=row["id"],
                source=row["source"],
                label_en=row["label_en"],
                label_et=row["label_et"] or None,
                label_uk=row["label_uk"] or None,
                alt_labels=tuple(json.loads(row["alt_labels"] or "[]")),
                broader=row["broader"] or None,
                uri=row["uri"] or None,
            )
            for row in csv.DictReader(handle)
        )


def tag_id(text: str) -> str:
    """The id a free tag gets: stable, so the same words in any script meet.

    >>> tag_id("Drone Mapping")
    'tag:drone mapping'
    """
    return TAG_PREFIX + fold(text)


def tag_record(text: str) -> SkillRecord:
    """A taxonomy entry for a free tag, labelled with the words the user wrote."""
    return SkillRecord(id=tag_id(text), source="tag", label_en=text.strip())


class SkillResolver:
    """Maps ids and labels in any of the three languages to skill ids.

    >>> r = SkillResolver([SkillRecord("egov:x-road", "egov", "X-Road data exchange",
    ...                                "X-tee andmevahetus", "Обмін даними X-Road")])
    >>> r.resolve("x-tee andmevahetus"), r.resolve("ОБМІН ДАНИМИ X-ROAD"), r.resolve("egov:x-road")
    ('egov:x-road', 'egov:x-road', 'egov:x-road')
    >>> r.resolve("underwater basket weaving") is None
    True
    """

    def __init__(self, skills: Iterable[SkillRecord]):
        self.skills: dict[str, SkillRecord] = {}
        self._by_label: dict[str, str] = {}
        self._seen: dict[str, str | None] = {}  # raw text -> id; an import repeats the same labels a lot
        for skill in skills:
            self.add(skill)

    def add(self, skill: SkillRecord) -> None:
        self.skills[skill.id] = skill
        self._seen.clear()
        for label in (skill.label_en, skill.label_et, skill.label_uk, *skill.alt_labels):
            if label:
                # first concept to claim a label keeps it: preferred labels come before alt labels
                self._by_label.setdefault(fold(label), skill.id)

    def resolve(self, text: str) -> str | None:
        """The id of the skill ``text`` names, or None when it names none."""
        if text in self._seen:
            return self._seen[text]
        stripped = text.strip()
        found = stripped if stripped in self.skills else self._by_label.get(fold(stripped))
        self._seen[text] = found
        return found

    def resolve_or_tag(self, text: str) -> tuple[str, SkillRecord | None]:
        """The skill id for ``text``; for unknown text a tag id and the new tag's record."""
        found = self.resolve(text)
        if found is not None:
            return found, None
        if text.strip().startswith(TAG_PREFIX):
            record = tag_record(text.strip()[len(TAG_PREFIX) :])
        else:
            record = tag_record(text)
        if record.id in self.skills:
            return record.id, None
        self.add(record)
        return record.id, record
