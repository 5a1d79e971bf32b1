"""Before the forum: whom each participant could meet, from the partner recommender.

The recommender ranks the whole network; a forum needs the best partners *among the event's
participants*. It is asked only through its public ``recommend`` for a longer list than
needed, which is then restricted to participants (not colleagues of the same delegation),
doubling the list until ``per_person`` are found or nobody is left.
"""

from __future__ import annotations

from collections.abc import Callable

from matchmaker.i18n import _
from matchmaker.meetings.problem import Forum, MeetingsCancelled
from matchmaker.records import NetworkData

__all__ = ["suggest_meetings"]


def suggest_meetings(
    net: NetworkData,
    forum: Forum,
    *,
    per_person: int = 10,
    any_country: bool = False,
    recommender=None,
    fitted: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict:
    """Participant id -> up to ``per_person`` :class:`~matchmaker.match.suggestion.Suggestion`\\ s
    naming other participants, best first.

    ``recommender`` is fitted on ``net`` here, unless ``fitted``: the app passes the model it
    already keeps for the network (fitting it again would cost seconds and change a model other
    views are reading).
    """
    from matchmaker.match import PartnerRecommender

    if recommender is not None and fitted:
        model = recommender
    else:
        model = (recommender or PartnerRecommender()).fit(net)
    members = set(forum.participants)
    share = max(1, len(net.actors)) / max(1, len(members))
    first_ask = min(len(net.actors), max(per_person, int(per_person * share * 1.5)))
    out = {}
    for done, actor in enumerate(forum.participants, start=1):
        if cancelled and cancelled():
            raise MeetingsCancelled(_("the suggestions were cancelled"))
        ask, found = first_ask, []
        while True:
            ranked = model.recommend(actor, top=ask, any_country=any_country)
            found = [s for s in ranked if s.id in members and not forum.colleagues(actor, s.id)]
            if len(found) >= per_person or len(ranked) < ask or ask >= len(net.actors):
                break
            ask = min(len(net.actors), ask * 2)
        out[actor] = found[:per_person]
        if progress:
            progress(done, len(forum.participants))
    return out
