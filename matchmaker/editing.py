"""Editing one actor: validated field updates and offer/need changes that report what changed.

Every function returns the change it made (``before`` and ``after``), so a front end can
undo it by applying the change's inverse: this is the store side of undo/redo. Nothing here
imports Qt; the profile view wraps each change in a ``QUndoCommand``.

Two editors of one actor (two laptops on one PostgreSQL server, or an import while the profile
is open): each save may name the ``expected_version`` it loaded (``ActorRecord.version``).
If someone else saved since, nothing is written and
:class:`~matchmaker.edit_conflict.EditConflictError` carries both versions; each change
returned carries the actor's new ``version`` to pass with the next save.

Examples
--------
>>> from matchmaker.store import open_store
>>> store = open_store("sqlite://")
>>> _ = store.clear_network()
>>> from matchmaker.interchange import Document, import_document
>>> from matchmaker.records import ActorRecord
>>> doc = Document(); doc.network.actors.append(ActorRecord("a1", "startup", "Kratt OÜ", "EE"))
>>> _ = import_document(store.engine, doc)
>>> [(c.after, c.version) for c in update_actor(store, "a1", city="Tartu", expected_version=1)]
[('Tartu', 2)]
>>> add_skill(store, "a1", "offer", "X-tee andmevahetus").skill_id
'egov:x-road'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from matchmaker.edit_conflict import EditConflictError, edit_conflict
from matchmaker.errors import MatchmakerError, UnknownActorError
from matchmaker.interchange.fields import ACTOR_LIMITS, ACTOR_MAX_LENGTH, COUNTRY_CODE, EMAIL_ADDRESS
from matchmaker.models import Actor, ActorSkill, Skill, utcnow
from matchmaker.records import SkillRecord
from matchmaker.store import Store
from matchmaker.vocab import ACTOR_KINDS, SIZES, SKILL_SIDES, STAGES, VISIBILITY_LEVELS

__all__ = [
    "ActorEditError",
    "EditConflictError",
    "FieldChange",
    "SkillChange",
    "EDITABLE_FIELDS",
    "update_actor",
    "apply_field_change",
    "add_skill",
    "remove_skill",
    "set_skill_weight",
    "apply_skill_change",
]

EDITABLE_FIELDS = (
    "name",
    "native_name",
    "kind",
    "country",
    "city",
    "sectors",
    "description",
    "languages",
    "website",
    "stage",
    "size",
    "roles",
    "email",
    "visibility",
)
_LIST_FIELDS = ("sectors", "languages", "roles")
_CHOICES = {"kind": ACTOR_KINDS, "stage": STAGES, "size": SIZES, "visibility": VISIBILITY_LEVELS}
_REQUIRED = ("name", "kind", "country", "visibility")


class ActorEditError(MatchmakerError):
    """An edit the data model refuses; names the field at fault."""

    def __init__(self, field: str, message: str):
        self.field, self.message = field, message
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one actor went from ``before`` to ``after``; ``version``: the actor's version after it."""

    actor_id: str
    field: str
    before: object
    after: object
    version: int | None = field(default=None, compare=False)

    def inverse(self) -> FieldChange:
        return FieldChange(self.actor_id, self.field, self.after, self.before)


@dataclass(frozen=True, slots=True)
class SkillChange:
    """One offer or need of one actor: weight ``before`` → ``after`` (None = absent); ``version`` as above."""

    actor_id: str
    side: str
    skill_id: str
    before: float | None
    after: float | None
    version: int | None = field(default=None, compare=False)

    def inverse(self) -> SkillChange:
        return SkillChange(self.actor_id, self.side, self.skill_id, self.after, self.before)


def _check_text(field: str, value: str, chars: int) -> None:
    """The limits an import applies (matchmaker.interchange.fields), and no NUL (PostgreSQL refuses it)."""
    if len(value) > chars:
        raise ActorEditError(field, f"is longer than {chars} characters")
    if "\x00" in value:
        raise ActorEditError(field, "holds a NUL character (\\x00)")


def _clean(field: str, value):
    """The value to store for ``field``, or :class:`ActorEditError`."""
    if field not in EDITABLE_FIELDS:
        raise ActorEditError(field, "is not an editable field")
    if field in _LIST_FIELDS:
        if isinstance(value, str):
            value = value.split(",")
        items = list(dict.fromkeys(v for v in (str(v).strip() for v in (value or ())) if v))
        limit = ACTOR_LIMITS[field]
        if len(items) > limit.items:
            raise ActorEditError(field, f"has {len(items)} entries; at most {limit.items} allowed")
        for item in items:
            _check_text(field, item, limit.chars)
        return items
    if value is not None and not isinstance(value, str):
        raise ActorEditError(field, f"expected text; got {type(value).__name__}")
    value = (value or "").strip() or None
    if value is None:
        if field in _REQUIRED:
            raise ActorEditError(field, "cannot be empty")
        return None
    _check_text(field, value, ACTOR_MAX_LENGTH[field])
    if field in _CHOICES and value not in _CHOICES[field]:
        raise ActorEditError(field, f"must be one of {', '.join(_CHOICES[field])}; got {value!r}")
    if field == "country":
        value = value.upper()
        if not COUNTRY_CODE.match(value):
            raise ActorEditError(field, f"must be a two-letter country code such as EE or UA; got {value!r}")
    if field == "email" and not EMAIL_ADDRESS.match(value):
        raise ActorEditError(field, f"is not an e-mail address: {value!r}")
    return value


def _comparable(field: str, value):
    return list(value or ()) if field in _LIST_FIELDS else value


def update_actor(
    store: Store, actor_id: str, *, expected_version: int | None = None, **fields
) -> list[FieldChange]:
    """Validate and write ``fields`` of one actor; returns only the fields whose value changed.

    ``expected_version`` is the version the editor loaded: if the stored actor has moved on
    since, nothing is written and :class:`EditConflictError` is raised — unless the stored
    values already are the ones being saved (nothing to overwrite). The write itself is a
    compare-and-set on the version, so two saves racing on PostgreSQL cannot both win.
    """
    cleaned = {name: _clean(name, value) for name, value in fields.items()}
    table = Actor.__table__
    with store.engine.begin() as conn:
        row = conn.execute(select(table).where(table.c.id == actor_id)).mappings().first()
        if row is None:
            raise UnknownActorError(f"no actor has the id {actor_id!r}")
        stored = row["version"]
        changes = [
            (name, _comparable(name, row[name]), value)
            for name, value in cleaned.items()
            if _comparable(name, row[name]) != value
        ]
        if not changes:
            return []
        yours = {name: after for name, _before, after in changes}
        written = expected_version in (None, stored) and _write_version(conn, actor_id, stored, **yours)
    if not written:
        raise edit_conflict(store, actor_id, stored if expected_version is None else expected_version, yours)
    return [FieldChange(actor_id, name, before, after, stored + 1) for name, before, after in changes]


def _write_version(conn, actor_id: str, stored: int, **values) -> bool:
    """Write ``values`` and the next version if the actor is still at ``stored``; False if it moved on."""
    table = Actor.__table__
    result = conn.execute(
        table.update()
        .where(table.c.id == actor_id, table.c.version == stored)
        .values(**values, version=stored + 1, updated_at=utcnow())
    )
    return result.rowcount == 1


def apply_field_change(store: Store, change: FieldChange, expected_version: int | None = None) -> None:
    """Write ``change.after`` (use ``change.inverse()`` to undo)."""
    update_actor(store, change.actor_id, expected_version=expected_version, **{change.field: change.after})


def _check_side(side: str) -> None:
    if side not in SKILL_SIDES:
        raise ActorEditError("side", f"must be one of {', '.join(SKILL_SIDES)}; got {side!r}")


def set_skill_weight(
    store: Store,
    actor_id: str,
    side: str,
    skill_id: str,
    weight: float | None,
    new_skill: SkillRecord | None = None,
    *,
    expected_version: int | None = None,
) -> SkillChange:
    """Give ``actor_id`` the skill on ``side`` with ``weight`` (None removes it).

    A change moves the actor's version on, like a field edit; ``expected_version`` as in
    :func:`update_actor` (the skill tables have no trigger: a million links per import would
    each fire it).
    """
    _check_side(side)
    if weight is not None and not 0 < weight <= 1:
        raise ActorEditError(side, f"weight must be in (0, 1]; got {weight}")
    links, actors = ActorSkill.__table__, Actor.__table__
    key = (links.c.actor_id == actor_id) & (links.c.skill_id == skill_id) & (links.c.side == side)
    with store.engine.begin() as conn:
        stored = conn.execute(select(actors.c.version).where(actors.c.id == actor_id)).scalar()
        if stored is None:
            raise UnknownActorError(f"no actor has the id {actor_id!r}")
        row = conn.execute(select(links.c.weight).where(key)).first()
        before = None if row is None else row[0]
        if before == weight:
            return SkillChange(actor_id, side, skill_id, before, weight, stored)
        written = expected_version in (None, stored) and _write_version(conn, actor_id, stored)
        if written:
            _write_link(conn, side, skill_id, new_skill)
            if weight is None:
                conn.execute(links.delete().where(key))
            elif before is None:
                conn.execute(
                    links.insert().values(actor_id=actor_id, skill_id=skill_id, side=side, weight=weight)
                )
            else:
                conn.execute(links.update().where(key).values(weight=weight))
    if not written:
        loaded = stored if expected_version is None else expected_version
        raise edit_conflict(store, actor_id, loaded, {f"{side}s": {skill_id: weight}})
    return SkillChange(actor_id, side, skill_id, before, weight, stored + 1)


def _write_link(conn, side: str, skill_id: str, new_skill: SkillRecord | None) -> None:
    """Make sure the skill exists: a free tag the user just typed is added to the taxonomy table."""
    skills = Skill.__table__
    if conn.execute(select(skills.c.id).where(skills.c.id == skill_id)).first() is not None:
        return
    if new_skill is None or new_skill.id != skill_id:
        raise ActorEditError(side, f"no skill has the id {skill_id!r}")
    conn.execute(
        skills.insert().values(
            id=new_skill.id,
            source=new_skill.source,
            label_en=new_skill.label_en,
            label_et=new_skill.label_et,
            label_uk=new_skill.label_uk,
            alt_labels=list(new_skill.alt_labels),
        )
    )


def add_skill(
    store: Store,
    actor_id: str,
    side: str,
    text: str,
    weight: float = 1.0,
    *,
    expected_version: int | None = None,
) -> SkillChange:
    """Add the skill ``text`` names (id, or label in any language; unknown text becomes a free tag)."""
    _check_side(side)
    if not text or not text.strip():
        raise ActorEditError(side, "is an empty skill label")
    _check_text(side, text.strip(), ACTOR_LIMITS["offers"].chars)
    skill_id, new_tag = store.resolver().resolve_or_tag(text)
    return set_skill_weight(
        store, actor_id, side, skill_id, weight, new_skill=new_tag, expected_version=expected_version
    )


def remove_skill(
    store: Store, actor_id: str, side: str, skill_id: str, *, expected_version: int | None = None
) -> SkillChange:
    """Take the skill off the actor's offers or needs."""
    return set_skill_weight(store, actor_id, side, skill_id, None, expected_version=expected_version)


def apply_skill_change(store: Store, change: SkillChange, expected_version: int | None = None) -> None:
    """Write ``change.after`` (use ``change.inverse()`` to undo)."""
    set_skill_weight(
        store, change.actor_id, change.side, change.skill_id, change.after, expected_version=expected_version
    )
