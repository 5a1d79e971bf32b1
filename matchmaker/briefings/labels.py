"""Labels a briefing prints, marked for the core catalogue and translated when the brief is made."""

from __future__ import annotations

from matchmaker.i18n import N_, _
from matchmaker.vocab_labels import label

__all__ = ["FIELD_LABELS", "KIND_LABELS", "field_label", "kind_label", "tie_label"]

FIELD_LABELS = {
    "kind": N_("Kind"),
    "native_name": N_("Native name"),
    "country": N_("Country"),
    "city": N_("City"),
    "sectors": N_("Sectors"),
    "languages": N_("Languages"),
    "stage": N_("Stage"),
    "size": N_("Size"),
    "roles": N_("Roles"),
    "website": N_("Website"),
    "email": N_("E-mail"),
    "offers": N_("Offers"),
    "needs": N_("Needs"),
    "description": N_("About"),
}
KIND_LABELS = {
    "startup": N_("start-up"),
    "company": N_("company"),
    "public_body": N_("public body"),
    "investor": N_("investor"),
    "university": N_("university"),
    "ngo": N_("NGO"),
    "person": N_("person"),
}


def field_label(name: str) -> str:
    return _(FIELD_LABELS.get(name, name))


def kind_label(kind: str) -> str:
    return _(KIND_LABELS.get(kind, kind))


def tie_label(kind: str) -> str:
    return label("tie", kind)  # the words matchmaker.vocab_labels keeps for every tie kind


def brief_texts() -> dict[str, str]:
    """The headings and captions of a printed brief, in the current language."""
    return {
        "profile": _("Profile"),
        "about": _("About"),
        "neighbourhood": _("Neighbourhood"),
        "neighbourhood_note": _("Direct ties; lines across the border drawn in amber."),
        "left_out": _("{n} more ties not drawn"),
        "ties": _("Ties"),
        "tie": _("Tie"),
        "actor": _("Actor"),
        "country": _("Country"),
        "suggestions": _("Suggested partners"),
        "no_suggestions": _("No partner suggestions: too little is known about this actor yet."),
        "introduction": _("Warm introduction: {path}"),
        "no_introduction": _("No warm introduction: no one links you yet."),
        "figures": _("Key figures"),
        "share_over_time": _("Cross-border share over time"),
        "share_year": _("Ties formed that year"),
        "share_cumulative": _("All ties so far"),
        "share_caption": _("Share of ties linking actors in different countries"),
        "communities": _("Communities"),
        "community": _("Community"),
        "members": _("Members"),
        "cross_border": _("Cross-border"),
        "community_caption": _("The largest communities, by members"),
        "brokers": _("Brokers"),
        "brokers_caption": _(
            "Who holds the Estonian and Ukrainian sides together (share of cross-border paths)"
        ),
        "kinds": _("Actors by kind and country"),
        "kind": _("Kind"),
        "page": _("Page {n}"),
        "footer": _("Sandbox Matchmaker · {title}"),
    }
