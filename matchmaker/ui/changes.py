"""What a mutation changed, as flags: the one message every view and every cached result listens to.

After a write, :class:`~matchmaker.ui.session.Session` emits ``changed(Changes, actor_ids)`` once
(Anki's ``OpChanges``). A view declares what it shows (``listens_to``) and refreshes when a change
touches it; a cached analysis declares what invalidates it. ``NETWORK`` means the network was
replaced wholesale (an import, another database): it touches everyone.

>>> (Changes.ACTORS | Changes.DECISIONS).touches(Changes.DECISIONS)
True
>>> Changes.LAYOUT.touches(Changes.ACTORS | Changes.TIES)
False
>>> Changes.NETWORK.touches(Changes.TEAMS)
True
"""

from __future__ import annotations

import enum

__all__ = ["Changes"]


class Changes(enum.Flag):
    NONE = 0
    ACTORS = enum.auto()  # fields, offers or needs of some actors (their ids come with the signal)
    TIES = enum.auto()
    DECISIONS = enum.auto()  # recorded suggestions and outcomes
    LAYOUT = enum.auto()  # saved canvas positions
    TEAMS = enum.auto()  # saved hackathon teams
    MEETINGS = enum.auto()  # a forum's picks, presence, meeting plan or outcomes (the Brokerage view)
    NETWORK = enum.auto()  # everything: a new network was loaded

    def touches(self, interest: Changes) -> bool:
        """Whether this change concerns someone interested in ``interest`` (``NETWORK`` concerns all)."""
        return bool(self & (interest | Changes.NETWORK))
