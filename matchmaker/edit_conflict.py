"""The error a save meets when someone else saved the same actor after the editor loaded it.

Every actor row carries a ``version`` that moves on with each change (migration
``0005_actor_version``: a trigger, so imports and every other writer move it too). An editor
passes the version it loaded; when the stored one differs, nothing is written and
:class:`EditConflictError` carries both sides, so the front end can show them next to each
other and let the user choose, instead of the later save silently replacing the earlier.
"""

from __future__ import annotations

from collections.abc import Mapping

from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _
from matchmaker.records import ActorRecord

__all__ = ["EditConflictError", "edit_conflict"]


class EditConflictError(MatchmakerError):
    """Another client saved this actor after ``loaded_version`` was read; nothing was written.

    Attributes
    ----------
    actor_id : str
    loaded_version : int
        The version the editor loaded (and passed as ``expected_version``).
    saved_version : int
        The version stored now, written by the other client.
    yours : dict
        What this save tried to write: ``{field: value}`` for profile fields, and
        ``{"offers" | "needs": {skill_id: weight or None}}`` for an offer or need (None: remove).
    theirs : dict
        The same keys, with the values stored now (the other client's).
    saved : ActorRecord
        The whole actor as stored now (every field, offers and needs, ``version``), to show
        the other client's version in full and to start editing again from it.
    """

    def __init__(
        self,
        actor_id: str,
        loaded_version: int,
        saved: ActorRecord,
        yours: Mapping[str, object],
        theirs: Mapping[str, object],
    ):
        self.actor_id = actor_id
        self.loaded_version = loaded_version
        self.saved_version = saved.version
        self.saved = saved
        self.yours = dict(yours)
        self.theirs = dict(theirs)
        super().__init__(
            _(
                "{name}: someone else saved this actor meanwhile (version {saved}; you started from "
                "version {loaded}); your change to {fields} was not saved — compare both versions and "
                "save again"
            ).format(
                name=saved.name,
                saved=saved.version,
                loaded=loaded_version,
                fields=", ".join(sorted(self.yours)),
            )
        )


def edit_conflict(
    store, actor_id: str, loaded_version: int, yours: Mapping[str, object]
) -> EditConflictError:
    """The error for a refused save, with the stored side read afresh (one consistent read)."""
    from matchmaker.errors import UnknownActorError

    found = store.actors([actor_id])
    if not found:
        raise UnknownActorError(
            _("the actor {id!r} was removed by someone else meanwhile; nothing was saved").format(id=actor_id)
        )
    saved = found[0]
    theirs: dict[str, object] = {}
    for key, value in yours.items():
        if key in ("offers", "needs"):
            stored = getattr(saved, key)
            theirs[key] = {skill: stored.get(skill) for skill in value}
        else:
            stored = getattr(saved, key)
            theirs[key] = list(stored) if isinstance(stored, tuple) else stored
    return EditConflictError(actor_id, loaded_version, saved, yours, theirs)
