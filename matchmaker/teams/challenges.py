"""Challenges files: ``[{"name": …, "skills": [labels or ids in en/et/uk]}]`` as JSON, or CSV.

CSV has the columns ``name`` and ``skills`` (skills separated by ``;``). Every skill must
name a skill of the taxonomy; an unknown one is an error that names file, place and field.
:func:`write_challenges` writes the JSON form (what the app's challenge editor saves and
``matchmaker teams --challenges`` reads), skills by their English label where that names them
unambiguously, else by id; like every file we write, it appears whole or not at all.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from matchmaker.atomic import atomic_file
from matchmaker.errors import InterchangeError
from matchmaker.i18n import _
from matchmaker.taxonomy import SkillResolver
from matchmaker.teams.problem import Challenge

__all__ = ["ChallengesFileError", "read_challenges", "write_challenges", "CHALLENGES_FORMAT"]

#: The format, in one line, for a dialog's hint.
CHALLENGES_FORMAT = '[{"name": "Registry API", "skills": ["X-Road data exchange", "Civic tech"]}]'


class ChallengesFileError(InterchangeError):
    """A challenges file is malformed; names the file, the place (line or JSON path) and the field."""


def _challenge(raw, path: str, where: str, resolver: SkillResolver) -> Challenge:
    if not isinstance(raw, dict):
        raise ChallengesFileError(path, where, None, _("expected an object with 'name' and 'skills'"))
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ChallengesFileError(path, where, "name", _("a challenge needs a name"))
    skills = raw.get("skills", [])
    if isinstance(skills, str):
        skills = [s for s in skills.split(";")]
    if not isinstance(skills, list) or not all(isinstance(s, str) for s in skills):
        raise ChallengesFileError(path, where, "skills", _("expected a list of skill names"))
    ids = []
    for text in (s.strip() for s in skills):
        if not text:
            continue
        found = resolver.resolve(text)
        if found is None:
            raise ChallengesFileError(
                path, where, "skills", _("{text!r} names no skill of the taxonomy").format(text=text)
            )
        if found not in ids:
            ids.append(found)
    return Challenge(name.strip(), tuple(ids))


def read_challenges(path: str | Path, resolver: SkillResolver) -> list[Challenge]:
    """Challenges from a ``.json`` or ``.csv`` file, skills resolved to ids."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ChallengesFileError(
            str(path), None, None, _("cannot read the file: {e}").format(e=error.strerror)
        ) from error
    except UnicodeDecodeError as error:
        raise ChallengesFileError(str(path), None, None, _("the file is not UTF-8 text")) from error
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        missing = [c for c in ("name", "skills") if c not in (reader.fieldnames or [])]
        if missing:
            raise ChallengesFileError(str(path), "line 1", missing[0], _("the header lacks this column"))
        return [_challenge(row, str(path), f"line {reader.line_num}", resolver) for row in reader]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ChallengesFileError(str(path), f"line {error.lineno}", None, error.msg) from error
    if isinstance(data, dict) and "challenges" in data:
        data = data["challenges"]
    if not isinstance(data, list):
        raise ChallengesFileError(str(path), "$", None, _("expected a list of challenges"))
    return [_challenge(raw, str(path), f"$[{i}]", resolver) for i, raw in enumerate(data)]


def write_challenges(path: str | Path, challenges: list[Challenge], resolver: SkillResolver) -> Path:
    """Write ``challenges`` as a JSON challenges file that :func:`read_challenges` reads back the same."""

    def name(skill_id: str) -> str:
        record = resolver.skills.get(skill_id)
        label = record.label_en if record is not None else None
        return label if label and resolver.resolve(label) == skill_id else skill_id

    data = [{"name": c.name, "skills": [name(s) for s in c.skills]} for c in challenges]
    path = Path(path)
    with atomic_file(path) as temporary:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
