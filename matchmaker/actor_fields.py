"""Every field of an actor, declared once: what it holds, whether it is required, how long it may be.

The rest is derived from :data:`ACTOR_FIELDS`: the record class
(:class:`~matchmaker.records.ActorRecord`), the importer's parser and row writer
(:mod:`matchmaker.interchange`), the store's record reader, the profile editor's rules
(:mod:`matchmaker.editing`) and its form, the graph's node attributes
(:func:`~matchmaker.graph.build.build_graph`) and the exports. A new field is one more line here
(plus the migration that adds its column: the schema belongs to Alembic).

Kinds of value (``ActorField.value``):

``id``       required text without control characters; never edited
``text``     one line of text (``description``: many lines)
``choice``   one word of a closed vocabulary (:mod:`matchmaker.vocab`)
``country``  a two-letter ISO 3166-1 code, stored upper-case
``email``    an e-mail address
``list``     several short texts (JSON list; ``;``-separated in CSV)
``skills``   skill ids with weights (the ``actor_skill`` table, not a column)

Examples
--------
>>> [f.name for f in ACTOR_FIELDS if f.required]
['id', 'kind', 'name', 'country', 'visibility']
>>> ACTOR_FIELD["sectors"].limit
Limit(chars=100, items=50)
>>> [f.name for f in ACTOR_FIELDS if not f.on_graph]
['id', 'description', 'website', 'email']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matchmaker.vocab import ACTOR_KINDS, SIZES, STAGES, VISIBILITY_LEVELS

__all__ = [
    "ACTOR_FIELD",
    "ACTOR_FIELDS",
    "COUNTRY_CODE",
    "EMAIL_ADDRESS",
    "VALUE_KINDS",
    "ActorField",
    "Limit",
    "column_fields",
    "editable_fields",
    "graph_fields",
]

COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
EMAIL_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
VALUE_KINDS = ("id", "text", "choice", "country", "email", "list", "skills")


@dataclass(frozen=True, slots=True)
class Limit:
    """Most characters in one value (in each item, for a list) and, for lists, most items."""

    chars: int
    items: int | None = None

    @property
    def is_list(self) -> bool:
        return self.items is not None


@dataclass(frozen=True, slots=True)
class ActorField:
    """One field of an actor. ``default`` is what an actor without it holds (``None``, or ``()``
    for a list); ``editable`` fields are changed in the profile; ``on_graph`` fields become node
    attributes of the tie graph (and so reach GEXF/GraphML exports: e-mail addresses never do)."""

    name: str
    value: str
    limit: Limit
    required: bool = False
    choices: tuple[str, ...] = ()
    default: object = None
    editable: bool = True
    on_graph: bool = True

    def __post_init__(self) -> None:
        if not self.name.isidentifier():  # it is an attribute of ActorRecord and a column
            raise ValueError(f"actor field {self.name!r}: the name must be a Python identifier")
        if self.value not in VALUE_KINDS:
            raise ValueError(f"actor field {self.name!r}: unknown kind of value {self.value!r}")
        if (self.value in ("list", "skills")) != self.limit.is_list:
            raise ValueError(
                f"actor field {self.name!r}: a list needs a limit on its items, nothing else does"
            )

    @property
    def is_list(self) -> bool:
        return self.value == "list"

    @property
    def is_column(self) -> bool:
        """Stored in the actor table (offers and needs live in ``actor_skill``)."""
        return self.value != "skills"

    @property
    def empty(self):
        """The value of an actor that has none: ``()`` for lists, ``{}`` for skills, else ``default``."""
        return () if self.is_list else {} if self.value == "skills" else self.default


_CODE = Limit(40)  # a closed-vocabulary word or a code written as text
_NAME = Limit(300)
_SKILLS = Limit(200, items=300)  # a skill label or id; the longest bundled label has ~100 characters

ACTOR_FIELDS: tuple[ActorField, ...] = (
    ActorField("id", "id", Limit(200), required=True, editable=False, on_graph=False),
    ActorField("kind", "choice", _CODE, required=True, choices=ACTOR_KINDS),
    ActorField("name", "text", _NAME, required=True),
    ActorField("native_name", "text", _NAME),
    ActorField("country", "country", _CODE, required=True),
    ActorField("city", "text", Limit(120)),
    ActorField("sectors", "list", Limit(100, items=50)),
    ActorField("description", "text", Limit(20_000), on_graph=False),
    ActorField("languages", "list", Limit(35, items=30)),  # BCP 47 tags are at most 35 characters
    ActorField("website", "text", Limit(500), on_graph=False),
    ActorField("stage", "choice", _CODE, choices=STAGES),
    ActorField("size", "choice", _CODE, choices=SIZES),
    ActorField("roles", "list", Limit(100, items=30)),
    ActorField("email", "email", Limit(320), on_graph=False),  # RFC 3696
    ActorField("visibility", "choice", _CODE, required=True, choices=VISIBILITY_LEVELS, default="public"),
    ActorField("offers", "skills", _SKILLS, editable=False),  # edited as chips, one skill at a time
    ActorField("needs", "skills", _SKILLS, editable=False),
)
ACTOR_FIELD: dict[str, ActorField] = {f.name: f for f in ACTOR_FIELDS}


def column_fields() -> tuple[ActorField, ...]:
    """The fields stored in the actor table's own columns, in declaration order."""
    return tuple(f for f in ACTOR_FIELDS if f.is_column)


def editable_fields() -> tuple[ActorField, ...]:
    """The fields a profile edit may change (one value each; skills have their own edits)."""
    return tuple(f for f in ACTOR_FIELDS if f.editable)


def graph_fields() -> tuple[ActorField, ...]:
    """The fields that become node attributes of the tie graph."""
    return tuple(f for f in ACTOR_FIELDS if f.on_graph)
