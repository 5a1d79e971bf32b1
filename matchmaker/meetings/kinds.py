"""What each participant said about a pair, and what a meeting of that pair is worth.

The one place where the value of a meeting is defined. A pair's *kind* follows from the two
picks (``must``, ``would``, ``no`` or none); its *value* is what the scheduler maximises:

=================  =====  ==========================================
kind               value  picks
=================  =====  ==========================================
``mutual-must``      100  both said *must*
``must-would``        30  one *must*, the other *would*
``mutual-would``      10  both said *would*
``must``               3  one *must*, the other said nothing
``would``              1  one *would*, the other said nothing
=================  =====  ==========================================

Each step is worth at least three of the next (the issue's "≫"). Why three: a meeting uses
one slot of each of its two people, so placing it can push out at most one meeting of each of
them; with a ratio above two, no exchange of one better meeting for two worse ones can ever
look like a gain. A *no* on either side is final: the pair is never scheduled.

>>> pair_kind("must", "would"), pair_kind("would", None), pair_kind("must", "no")
('must-would', 'would', None)
>>> MEETING_VALUES["mutual-must"] > 2 * MEETING_VALUES["must-would"]
True
"""

from __future__ import annotations

from matchmaker.i18n import N_

__all__ = [
    "PICKS",
    "MEETING_KINDS",
    "MEETING_VALUES",
    "KIND_LABELS",
    "pair_kind",
    "oriented_kind",
]

PICKS = ("must", "would", "no")

MEETING_KINDS = ("mutual-must", "must-would", "mutual-would", "must", "would")

MEETING_VALUES: dict[str, int] = {
    "mutual-must": 100,
    "must-would": 30,
    "mutual-would": 10,
    "must": 3,
    "would": 1,
}

#: Shown in agendas and the CLI; translated when displayed.
KIND_LABELS = {
    "mutual-must": N_("both must meet"),
    "must-would": N_("must + would meet"),
    "mutual-would": N_("both would meet"),
    "must": N_("must meet (one side)"),
    "would": N_("would meet (one side)"),
}


def pair_kind(first: str | None, second: str | None) -> str | None:
    """The kind of a pair from its two picks (order does not matter); None: never scheduled."""
    if "no" in (first, second):
        return None
    picks = sorted(p for p in (first, second) if p)  # "must" < "would"
    return {
        ("must", "must"): "mutual-must",
        ("must", "would"): "must-would",
        ("would", "would"): "mutual-would",
        ("must",): "must",
        ("would",): "would",
    }.get(tuple(picks))


def oriented_kind(pick_ab: str | None, pick_ba: str | None) -> tuple[str, bool] | None:
    """The pair's kind and whether to swap (a, b) so that ``a`` is the keener side.

    A one-sided pair is named from the side that asked; a must/would pair from the *must* side.

    >>> oriented_kind(None, "must"), oriented_kind("would", "must"), oriented_kind("no", "must")
    (('must', True), ('must-would', True), None)
    """
    kind = pair_kind(pick_ab, pick_ba)
    if kind is None:
        return None
    rank = {"must": 2, "would": 1, None: 0}
    return kind, rank[pick_ba] > rank[pick_ab]
