"""Which participants attend as one organisation's delegation.

A person who ``works_at`` an organisation belongs to its delegation, and so does the
organisation itself when it takes part. ``member_of`` counts only towards an organisation
that takes part in the event and is not an NGO: a member of a start-up or a public body sits
at its table, but members of an association are its membership, not a travelling party (the
demo's foundation, an NGO, has forty-one members; its staff are tied by ``works_at``).
Only groups of two or more matter.

Delegates attend together: one delegation is never in two meetings in the same slot, so its
people are never split across two tables at once (colleagues may join each other's meeting;
each agenda shows the colleague's meeting). Two colleagues are never scheduled with each other.

>>> from matchmaker.records import TieRecord
>>> groups = delegations_of({"ana", "bo", "cy", "di"}, [TieRecord("ana", "org", "works_at"),
...     TieRecord("bo", "org", "member_of"), TieRecord("cy", "club", "member_of"),
...     TieRecord("di", "club", "member_of")], {"org": "startup", "club": "ngo"})
>>> [sorted(group) for group in groups]
[['ana', 'bo', 'org']]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from matchmaker.records import TieRecord

__all__ = ["delegations_of", "DELEGATE_TIES"]

DELEGATE_TIES = ("works_at", "member_of")


def delegations_of(
    people: set[str], ties: Iterable[TieRecord], organisations_present: Mapping[str, str]
) -> tuple[frozenset[str], ...]:
    """Delegations (groups of two or more), in a stable order.

    ``people`` are the participants who are persons (an organisation that is a member of an
    association is not its delegate); ``ties`` need only be those leaving them;
    ``organisations_present`` are the participants that are organisations.
    """
    groups: dict[str, set[str]] = {}
    for tie in ties:
        if tie.source not in people or tie.source == tie.target:
            continue
        sent = tie.kind == "member_of" and organisations_present.get(tie.target, "ngo") != "ngo"
        if tie.kind == "works_at" or sent:
            groups.setdefault(tie.target, set()).add(tie.source)
    for organisation, group in groups.items():
        if organisation in organisations_present:
            group.add(organisation)
    unique = {frozenset(g) for g in groups.values() if len(g) > 1}
    return tuple(sorted(unique, key=lambda g: sorted(g)))
