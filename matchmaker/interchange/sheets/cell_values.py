"""One sheet cell → the text the interchange parser reads for an actor field.

Countries and the words of closed vocabularies are turned into codes here (``Eesti`` → ``EE``,
``Ülikool`` → ``university``); lists and skills are split on ``;``, line breaks and commas (a skill
label that holds a comma, such as ``manage data, information and digital content``, is kept whole
when the whole names a skill) and joined with ``;``, the format's list separator. A value that
cannot be understood raises :class:`CellProblem` with a message for the user.

>>> cell_value("country", "Україна"), cell_value("kind", "Idufirma"), cell_value("sectors", "GovTech, e-health")
('UA', 'startup', 'GovTech;e-health')
"""

from __future__ import annotations

import re

from matchmaker.actor_fields import ACTOR_FIELD
from matchmaker.i18n import _
from matchmaker.interchange.sheets.choices import choice_code
from matchmaker.interchange.sheets.countries import country_code
from matchmaker.taxonomy import SkillResolver

__all__ = ["CellProblem", "cell_value", "split_items"]

_SEPARATORS = re.compile(r"[;\n\r]+")


class CellProblem(ValueError):
    """A cell whose value does not fit its field; the message says what would."""


def split_items(text: str, resolver: SkillResolver | None = None) -> list[str]:
    """Items of a list cell: split on ``;`` and line breaks, then on commas unless the piece names a skill.

    >>> split_items("Python, Java; X-Road\\nAI")
    ['Python', 'Java', 'X-Road', 'AI']
    """
    items: list[str] = []
    for piece in _SEPARATORS.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if "," in piece and not (resolver and resolver.resolve(piece)):
            items.extend(part.strip() for part in piece.split(",") if part.strip())
        else:
            items.append(piece)
    return items


def cell_value(name: str, text: str, resolver: SkillResolver | None = None) -> str:
    """The text for field ``name`` from a non-empty cell ``text``."""
    field = ACTOR_FIELD[name]
    if field.value == "country":
        code = country_code(text)
        if code is None:
            raise CellProblem(
                _("{text!r} names no country we know; write it as Estonia, Eesti, Естонія or EE").format(
                    text=text[:60]
                )
            )
        return code
    if field.value == "choice":
        code = choice_code(name, text)
        if code is None:
            raise CellProblem(
                _("{text!r} is not one of {choices}").format(text=text[:60], choices=", ".join(field.choices))
            )
        return code
    if field.value in ("list", "skills"):
        items = split_items(text, resolver if field.value == "skills" else None)
        # a ';' inside an item would split it again in the parser: the comma is the nearest meaning
        return ";".join(item.replace(";", ",") for item in items)
    return text
