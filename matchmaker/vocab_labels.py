"""The words a reader sees for the codes of :mod:`matchmaker.vocab` (and the demo's sectors), translated.

Stored data and ``--json`` keep the codes (``series_a``, ``public_body``); text meant for a person
shows :func:`label`, in the current language. Sectors are free text: the ones the Sandbox uses
are translated, any other is shown as written.

>>> label("stage", "series_a")
'Series A'
>>> label("sector", "a sector of our own")
'a sector of our own'
"""

from __future__ import annotations

from matchmaker.i18n import N_, _

__all__ = ["label", "LABELS"]

LABELS: dict[str, dict[str, str]] = {
    "kind": {
        "startup": N_("startup"),
        "company": N_("IT company"),
        "public_body": N_("public body"),
        "investor": N_("investor"),
        "university": N_("university"),
        "ngo": N_("NGO"),
        "person": N_("person"),
    },
    "tie": {
        "works_at": N_("works at"),
        "member_of": N_("member of"),
        "advises": N_("advises"),
        "partner": N_("partner"),
        "invested_in": N_("invested in"),
        "mentored": N_("mentored"),
        "cofounded": N_("co-founded"),
        "knows": N_("knows"),
    },
    "stage": {
        "idea": N_("idea stage"),
        "pre_seed": N_("pre-seed"),
        "seed": N_("seed"),
        "series_a": N_("Series A"),
        "growth": N_("growth"),
        "mature": N_("mature"),
    },
    "sector": {
        "mobile services": N_("mobile services"),
        "fintech": N_("fintech"),
        "e-health": N_("e-health"),
        "cybersecurity": N_("cybersecurity"),
        "digital identity": N_("digital identity"),
        "e-education": N_("e-education"),
        "govtech": N_("govtech"),
        "e-government": N_("e-government"),
        "open data": N_("open data"),
        "e-voting": N_("e-voting"),
    },
    "country": {"EE": N_("Estonia"), "UA": N_("Ukraine")},
}


def label(vocabulary: str, code: str) -> str:
    """The translated word for ``code`` in ``vocabulary`` (``kind``, ``tie``, ``stage``, ``sector``,
    ``country``); a code the table does not know is shown as it is."""
    known = LABELS.get(vocabulary, {}).get(code)
    return _(known) if known else code
