"""Who may see which actor: the one rule every outward path applies.

Each actor is ``public`` (anyone), ``council`` (members of the Sandbox council only) or
``private`` (kept in this database, never shown beyond it). Everything that leaves the
database for other eyes — an export, a report, a snapshot, a suggestion, the map shown on a
projector — goes through this module, so the rule is written once:

* :func:`visible_network` is the network an *audience* may see: the actors of the levels it
  may see, only the ties, participations and decisions between those, and contact fields
  only when asked for. Exports (:func:`matchmaker.exports.export_store`) call it; reports and
  snapshots must too.
* :func:`suggestable_ids` / :func:`may_suggest` are the recommender's rule: a private actor
  is never suggested to anyone (it still gets its own suggestions: it appears to itself), and
  a council-only actor only when the app's user is a council member.

An *audience* is the set of visibility levels it may see; :func:`audience_for` turns the
app's setting (``public`` or ``council``) or an export's ``--include`` options into one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from matchmaker.records import ActorRecord, NetworkData
from matchmaker.vocab import VISIBILITY_LEVELS

__all__ = [
    "Audience",
    "PUBLIC",
    "COUNCIL",
    "EVERYONE",
    "USER_AUDIENCES",
    "DEFAULT_USER_AUDIENCE",
    "CONTACT_FIELDS",
    "PERSON_CONTACT_FIELDS",
    "LeftOut",
    "audience_for",
    "export_audience",
    "visible_network",
    "filter_network",
    "without_contacts",
    "may_suggest",
    "suggestable_ids",
]

Audience = frozenset[str]  # the visibility levels an audience may see

PUBLIC: Audience = frozenset({"public"})
COUNCIL: Audience = frozenset({"public", "council"})
EVERYONE: Audience = frozenset(VISIBILITY_LEVELS)

# the app's setting: who is using it (a council member sees council-only actors)
USER_AUDIENCES = {"public": PUBLIC, "council": COUNCIL}
DEFAULT_USER_AUDIENCE = "public"  # privacy by default: a council member says so in the settings

# how to reach someone: left out of everything shown or written unless asked for
CONTACT_FIELDS = ("email",)
# a person's own web page reaches them as surely as their address; an organisation's site does not
PERSON_CONTACT_FIELDS = ("website",)


def audience_for(user: str) -> Audience:
    """The levels the app's user may see: ``public`` (anyone) or ``council`` (a council member)."""
    try:
        return USER_AUDIENCES[user]
    except KeyError:
        raise ValueError(f"unknown audience {user!r}; choose from {', '.join(USER_AUDIENCES)}") from None


def export_audience(include: Iterable[str] = ()) -> Audience:
    """Public actors, plus each level named in ``include`` (``council``, ``private``)."""
    levels = set(include)
    unknown = levels - set(VISIBILITY_LEVELS)
    if unknown:
        raise ValueError(
            f"unknown visibility {sorted(unknown)[0]!r}; choose from {', '.join(VISIBILITY_LEVELS)}"
        )
    return PUBLIC | frozenset(levels)


@dataclass(frozen=True)
class LeftOut:
    """What :func:`filter_network` kept back, so a front end can say so."""

    actors: dict[str, int]  # visibility level -> actors left out
    ties: int
    participations: int
    decisions: int
    contacts: int  # actors whose contact fields were blanked

    @property
    def anything(self) -> bool:
        return bool(sum(self.actors.values()) or self.contacts)


def without_contacts(actor: ActorRecord) -> ActorRecord:
    """``actor`` with its contact fields (e-mail; a person's web page) blanked."""
    fields = CONTACT_FIELDS + (PERSON_CONTACT_FIELDS if actor.kind == "person" else ())
    blank = {name: None for name in fields if getattr(actor, name)}
    return replace(actor, **blank) if blank else actor


def filter_network(
    net: NetworkData, audience: Audience = PUBLIC, with_contacts: bool = False
) -> tuple[NetworkData, LeftOut]:
    """:func:`visible_network`, and a count of what it left out."""
    shown = [a for a in net.actors if a.visibility in audience]
    gone = {a.id for a in net.actors if a.visibility not in audience}  # usually the few
    hidden: dict[str, int] = {}
    for actor in net.actors:
        if actor.id in gone:
            hidden[actor.visibility] = hidden.get(actor.visibility, 0) + 1
    contacts = 0
    if not with_contacts:
        blanked = [without_contacts(a) for a in shown]
        contacts = sum(1 for before, after in zip(shown, blanked, strict=True) if before is not after)
        shown = blanked
    if gone:  # ties are named tuples (source, target, …): a million of them, so by index
        ties = [t for t in net.ties if t[0] not in gone and t[1] not in gone]
        participations = [p for p in net.participations if p.actor not in gone]
        decisions = [d for d in net.decisions if d.a not in gone and d.b not in gone]
    else:
        ties, participations, decisions = list(net.ties), list(net.participations), list(net.decisions)
    visible = NetworkData(
        actors=shown,
        ties=ties,
        events=list(net.events),
        participations=participations,
        decisions=decisions,
        skills=net.skills,
    )
    left_out = LeftOut(
        actors=hidden,
        ties=len(net.ties) - len(ties),
        participations=len(net.participations) - len(participations),
        decisions=len(net.decisions) - len(decisions),
        contacts=contacts,
    )
    return visible, left_out


def visible_network(
    net: NetworkData, audience: Audience = PUBLIC, with_contacts: bool = False
) -> NetworkData:
    """The part of ``net`` that ``audience`` may see.

    Actors whose visibility is in ``audience``; ties, participations and decisions only
    between those (a tie to a private actor would reveal it); every event (events are not
    personal). Contact fields are blanked unless ``with_contacts``. Skills are kept whole:
    they are the shared taxonomy.

    >>> from matchmaker.records import TieRecord
    >>> net = NetworkData(
    ...     actors=[
    ...         ActorRecord("a", "person", "Anu", "EE", email="anu@example.ee"),
    ...         ActorRecord("b", "startup", "Hidden", "UA", visibility="private"),
    ...     ],
    ...     ties=[TieRecord("a", "b", "knows")],
    ... )
    >>> seen = visible_network(net)
    >>> [(a.id, a.email) for a in seen.actors], seen.ties
    ([('a', None)], [])
    >>> [a.id for a in visible_network(net, EVERYONE, with_contacts=True).actors]
    ['a', 'b']
    """
    return filter_network(net, audience, with_contacts)[0]


def may_suggest(candidate: ActorRecord, audience: Audience, to: str | None = None) -> bool:
    """Whether ``candidate`` may be shown as a suggestion to the actor ``to`` by a user of ``audience``.

    Private actors are never suggested to anyone (only "to themselves", which a recommender
    never does anyway); council-only actors only when the user is a council member. The
    actor asking may be private or council-only itself: it still gets its own suggestions.
    """
    if to is not None and candidate.id == to:
        return True
    return candidate.visibility != "private" and candidate.visibility in audience


def suggestable_ids(actors: Iterable[ActorRecord], audience: Audience) -> frozenset[str]:
    """Ids of the actors a user of ``audience`` may be suggested (or shown as a broker on a warm path).

    The recommender masks every other candidate out, and must not explain a suggestion
    through an actor outside this set either.
    """
    return frozenset(a.id for a in actors if may_suggest(a, audience))
