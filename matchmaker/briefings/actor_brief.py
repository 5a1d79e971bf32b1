"""The brief on one actor: its profile, its neighbourhood (laid out for drawing), its best
suggestions with their reasons and the warm introductions to them.

Everything is read from the network the audience may see (:func:`~matchmaker.visibility.visible_network`):
an actor the audience may not see cannot be briefed on, contacts appear only when asked for, and
suggestions come only from visible actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from matchmaker.briefings.labels import field_label, kind_label, tie_label
from matchmaker.errors import UnknownActorError
from matchmaker.i18n import _
from matchmaker.records import ActorRecord, NetworkData
from matchmaker.visibility import PUBLIC, Audience, visible_network

__all__ = ["ActorBrief", "Drawing", "SuggestionLine", "actor_brief", "check_visible", "neighbourhood_drawing"]

PROFILE_FIELDS = (
    "kind",
    "native_name",
    "country",
    "city",
    "sectors",
    "stage",
    "size",
    "roles",
    "languages",
    "website",
    "email",
)
MOST_NEIGHBOURS = 24  # beyond this the drawing keeps the strongest ties: a brief is read, not explored


@dataclass
class Drawing:
    """A small graph ready to draw: positions in [0, 1]², the centre first."""

    nodes: list[tuple[str, str, str, float, float]] = field(default_factory=list)  # id, name, country, x, y
    edges: list[tuple[str, str, bool]] = field(default_factory=list)  # u, v, crosses the border
    left_out: int = 0  # neighbours not drawn


@dataclass
class SuggestionLine:
    name: str
    country: str
    band: str
    reasons: list[str]
    introduction: list[str]  # names along the warm path, the actor first; empty when none


@dataclass
class ActorBrief:
    title: str
    subtitle: str
    made_on: date
    profile: list[tuple[str, str]]
    description: str | None
    ties: list[tuple[str, str, str]]  # tie label, other actor's name, its country
    drawing: Drawing
    suggestions: list[SuggestionLine]


def _skills(mapping: dict[str, float], net: NetworkData, language: str) -> str:
    names = [net.skills[s].label(language) if s in net.skills else s for s in mapping]
    return ", ".join(sorted(names, key=str.casefold))


def _profile(actor: ActorRecord, net: NetworkData, language: str) -> list[tuple[str, str]]:
    rows = []
    for name in PROFILE_FIELDS:
        value = getattr(actor, name)
        if not value:
            continue
        if name == "kind":
            value = kind_label(value)
        elif isinstance(value, tuple):
            value = ", ".join(value)
        rows.append((field_label(name), str(value)))
    for side in ("offers", "needs"):
        if getattr(actor, side):
            rows.append((field_label(side), _skills(getattr(actor, side), net, language)))
    return rows


def neighbourhood_drawing(G, actor_id: str, seed: int = 0) -> Drawing:
    """The actor and its direct neighbours (the best-tied first), laid out by force around it."""
    from matchmaker.graph.layout import force_layout
    from matchmaker.graph.neighbourhood import ego_network

    ego = ego_network(G, actor_id, 1)
    neighbours = sorted(
        (n for n in ego if n != actor_id), key=lambda n: (-G.edges[actor_id, n].get("weight", 1.0), n)
    )
    kept = [actor_id, *neighbours[:MOST_NEIGHBOURS]]
    sub = ego.subgraph(kept).copy()
    pos = force_layout(sub, iterations=150, seed=seed) if len(sub) > 1 else {actor_id: (0.0, 0.0)}
    cx, cy = pos[actor_id]
    shifted = {n: (x - cx, y - cy) for n, (x, y) in pos.items()}  # the actor in the middle
    reach = max((max(abs(x), abs(y)) for x, y in shifted.values()), default=0.0) or 1.0
    drawing = Drawing(left_out=len(neighbours) - (len(kept) - 1))
    for n in kept:
        x, y = shifted[n]
        data = G.nodes[n]
        drawing.nodes.append(
            (
                n,
                str(data.get("name") or n),
                data.get("country") or "",
                0.5 + x / reach / 2,
                0.5 + y / reach / 2,
            )
        )
    for u, v in sub.edges():
        drawing.edges.append((u, v, G.nodes[u].get("country") != G.nodes[v].get("country")))
    return drawing


def _suggestions(
    net: NetworkData, actor_id: str, audience: Audience, language: str, top: int, model=None
) -> list[SuggestionLine]:
    """Top suggestions among the visible actors: from ``model`` (the app's fitted recommender) when
    given, else from a recommender fitted on the visible network."""
    if model is None:
        from matchmaker.match import PartnerRecommender

        audience_name = "council" if "council" in audience else "public"
        model = PartnerRecommender(language=language, audience=audience_name).fit(net)
    names = {a.id: a.name for a in net.actors}
    found = [s for s in model.recommend_many([actor_id], top=top * 3).get(actor_id, []) if s.id in names][
        :top
    ]
    return [
        SuggestionLine(
            s.name,
            s.country,
            _(s.band),
            list(s.reasons),
            [names[a] for a in (s.warm_path or [])] if all(a in names for a in (s.warm_path or [])) else [],
        )
        for s in found
    ]


def check_visible(net: NetworkData, actor_id: str, audience: Audience) -> None:
    """Refuse, in one line, a brief on an actor the audience may not see."""
    if not any(a.id == actor_id and a.visibility in audience for a in net.actors):
        raise UnknownActorError(
            _("{id} is not visible to this audience (--include council / private to brief on it)").format(
                id=actor_id
            )
        )


def actor_brief(
    net: NetworkData,
    actor_id: str,
    *,
    audience: Audience = PUBLIC,
    with_contacts: bool = False,
    language: str = "en",
    top: int = 5,
    model=None,
) -> ActorBrief:
    """The brief on ``actor_id`` as ``audience`` may see it, in ``language``.

    ``model`` is a fitted :class:`~matchmaker.match.PartnerRecommender` to take suggestions from
    (the app has one); only visible actors are suggested, and an introduction through someone
    the audience may not see is not printed.
    """
    from matchmaker.graph.build import build_graph

    check_visible(net, actor_id, audience)
    visible = visible_network(net, audience, with_contacts)
    actors = visible.actor_index()
    actor = actors[actor_id]
    G = build_graph(visible)
    ties = sorted(
        (
            (
                tie_label(t.kind),
                actors[t.target if t.source == actor_id else t.source].name,
                actors[t.target if t.source == actor_id else t.source].country,
            )
            for t in visible.ties
            if actor_id in (t.source, t.target) and t.source in actors and t.target in actors
        ),
        key=lambda row: (row[0], row[1].casefold()),
    )
    return ActorBrief(
        title=actor.name,
        subtitle=_("{kind} · {country} · briefing of {day}").format(
            kind=kind_label(actor.kind), country=actor.country, day=date.today().isoformat()
        ),
        made_on=date.today(),
        profile=_profile(actor, visible, language),
        description=actor.description,
        ties=ties,
        drawing=neighbourhood_drawing(G, actor_id),
        suggestions=_suggestions(visible, actor_id, audience, language, top, model),
    )
