"""The brief on the whole network: key figures, the cross-border share over time, communities,
brokers and the make-up by country — the Insights view, on paper, for the audience that reads it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from matchmaker.briefings.labels import kind_label
from matchmaker.i18n import _
from matchmaker.records import NetworkData
from matchmaker.visibility import PUBLIC, Audience, visible_network

__all__ = ["NetworkBrief", "network_brief"]


@dataclass
class NetworkBrief:
    title: str
    subtitle: str
    figures: list[tuple[str, str]]
    share_by_year: dict[int, float]
    cumulative_share: dict[int, float]
    communities: list[tuple[str, int, float]]  # label, members, cross-border share of its ties
    brokers: list[tuple[str, str, float]]  # name, country, score
    kinds: list[tuple[str, dict[str, int]]] = field(default_factory=list)  # kind label, {country: n}


def network_brief(net: NetworkData, *, audience: Audience = PUBLIC, top: int = 10) -> NetworkBrief:
    """What ``audience`` may see of ``net``, summed up."""
    from matchmaker.graph import stats
    from matchmaker.graph.brokers import cross_border_brokers
    from matchmaker.graph.build import build_graph
    from matchmaker.graph.communities import detect_communities

    visible = visible_network(net, audience, with_contacts=False)
    counts = stats.network_counts(visible)
    G = build_graph(visible)
    communities = detect_communities(G) if len(G) else []
    names = visible.actor_index()
    brokers = cross_border_brokers(G, top=top) if len(G) else []
    countries = {a.country for a in visible.actors}
    figures = [
        (_("Actors"), f"{counts['actors']:,}"),
        (_("Ties"), f"{counts['ties']:,}"),
        (_("Cross-border ties"), f"{counts['cross_border_ties']:,}"),
        (_("Cross-border share"), f"{counts['cross_border_share']:.0%}"),
        (_("Actors without a tie"), f"{counts['unconnected']:,}"),
        (_("Countries"), f"{len(countries)}"),
        (_("Events"), f"{len(visible.events)}"),
        (_("Communities"), f"{len(communities)}"),
    ]
    return NetworkBrief(
        title=_("The Sandbox network"),
        subtitle=_("Network briefing of {day}").format(day=date.today().isoformat()),
        figures=figures,
        share_by_year=stats.cross_border_share_by_year(visible),
        cumulative_share=stats.cumulative_cross_border_share(visible),
        communities=[(c.label, len(c.members), c.cross_border_share) for c in communities[:top]],
        brokers=[
            (names[b].name, names[b].country, score) for b, score in brokers if b in names and score > 0
        ],
        kinds=[(kind_label(kind), by_country) for kind, by_country in stats.kinds_by_country(visible)],
    )
