"""Editing one actor: validated field updates and offer/need changes that report what changed.

The rules come from :mod:`matchmaker.actor_fields` (what each field may hold); the writes are
the store's (:meth:`Store.update_actor_values`, :meth:`Store.set_skill_weight`). Every function
returns the change it made (``before`` and ``after``), so a front end can undo it by applying the
change's inverse: this is the store side of undo/redo. Nothing here imports Qt; the profile view
wraps each change in a ``QUndoCommand``.

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

from matchmaker.actor_fields import ACTOR_FIELD, COUNTRY_CODE, EMAIL_ADDRESS, ActorField, editable_fields
from matchmaker.countries import is_country_code
from matchmaker.edit_conflict import EditConflictError
from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _
from matchmaker.records import SkillRecord
from matchmaker.store import Store
from matchmaker.taxonomy import SkillResolver
from matchmaker.vocab import SKILL_SIDES

__all__ = [
    "ActorEditError",
    "EditConflictError",
    "FieldChange",
    "SkillChange",
    "EDITABLE_FIELDS",
    "clean_value",
    "update_actor",
    "apply_field_change",
    "add_skill",
    "remove_skill",
    "set_skill_weight",
    "apply_skill_change",
]

EDITABLE_FIELDS = tuple(f.name for f in editable_fields())


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
    """The limits an import applies (matchmaker.actor_fields), and no NUL (PostgreSQL refuses it)."""
    if len(value) > chars:
        raise ActorEditError(field, _("is longer than {chars} characters").format(chars=chars))
    if "\x00" in value:
        raise ActorEditError(field, _("holds a NUL character (\\x00)"))


def _clean_list(spec: ActorField, value) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    items = list(dict.fromkeys(v for v in (str(v).strip() for v in (value or ())) if v))
    if len(items) > spec.limit.items:
        raise ActorEditError(
            spec.name,
            _("has {n} entries; at most {limit} allowed").format(n=len(items), limit=spec.limit.items),
        )
    for item in items:
        _check_text(spec.name, item, spec.limit.chars)
    return items


def clean_value(field: str, value):
    """The value to store for ``field`` (by the rules of :mod:`matchmaker.actor_fields`), or
    :class:`ActorEditError`. Pure: the profile checks an entry with it before anything is written.

    >>> clean_value("country", " ua "), clean_value("sectors", "e-health, fintech ,e-health")
    ('UA', ['e-health', 'fintech'])
    """
    spec = ACTOR_FIELD.get(field)
    if spec is None or not spec.editable:
        raise ActorEditError(field, _("is not an editable field"))
    if spec.is_list:
        return _clean_list(spec, value)
    if value is not None and not isinstance(value, str):
        raise ActorEditError(field, _("expected text; got {kind}").format(kind=type(value).__name__))
    value = (value or "").strip() or None
    if value is None:
        if spec.required:
            raise ActorEditError(field, _("cannot be empty"))
        return None
    _check_text(field, value, spec.limit.chars)
    if spec.choices and value not in spec.choices:
        raise ActorEditError(
            field,
            _("must be one of {choices}; got {value!r}").format(choices=", ".join(spec.choices), value=value),
        )
    if spec.value == "country":
        value = value.upper()
        if not COUNTRY_CODE.match(value):
            raise ActorEditError(
                field,
                _("must be a two-letter country code such as EE or UA; got {value!r}").format(value=value),
            )
        if not is_country_code(value):
            raise ActorEditError(field, _("names no country we know: {value!r}").format(value=value))
    if spec.value == "email" and not EMAIL_ADDRESS.match(value):
        raise ActorEditError(field, _("is not an e-mail address: {value!r}").format(value=value))
    return value


def update_actor(
    store: Store, actor_id: str, *, expected_version: int | None = None, **fields
) -> list[FieldChange]:
    """Validate and write ``fields`` of one actor; returns only the fields whose value changed.

    ``expected_version`` is the version the editor loaded: if the stored actor has moved on
    since, nothing is written and :class:`EditConflictError` is raised — unless the stored
    values already are the ones being saved (nothing to overwrite).
    """
    cleaned = {name: clean_value(name, value) for name, value in fields.items()}
    before, version = store.update_actor_values(actor_id, cleaned, expected_version)
    return [
        FieldChange(actor_id, name, before[name], cleaned[name], version)
        for name in cleaned
        if name in before
    ]


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
    """Give ``actor_id`` the skill on ``side`` with ``weight`` (None removes it); ``expected_version``
    as in :func:`update_actor` (an offer or need moves the actor's version like a field)."""
    _check_side(side)
    if weight is not None and not 0 < weight <= 1:
        raise ActorEditError(side, f"weight must be in (0, 1]; got {weight}")
    before, version = store.set_skill_weight(actor_id, side, skill_id, weight, new_skill, expected_version)
    return SkillChange(actor_id, side, skill_id, before, weight, version)


def add_skill(
    store: Store,
    actor_id: str,
    side: str,
    text: str,
    weight: float = 1.0,
    resolver: SkillResolver | None = None,
    *,
    expected_version: int | None = None,
) -> SkillChange:
    """Add the skill ``text`` names (id, or label in any language; unknown text becomes a free tag).

    ``resolver`` is the one to name skills with (the app keeps one per network: building it folds
    every label); by default the store's.
    """
    _check_side(side)
    if not text or not text.strip():
        raise ActorEditError(side, "is an empty skill label")
    _check_text(side, text.strip(), ACTOR_FIELD["offers"].limit.chars)
    skill_id, new_tag = (resolver or store.resolver()).resolve_or_tag(text)
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
