"""Names for communities a reader can tell apart: top sectors, then who is in them by country.

``"e-health · mobile services — EE 60 % / UA 40 %"``: the two commonest sectors among the
members, then each country holding at least ``LABEL_COUNTRY_SHARE`` of them with its share.
When two communities would read the same — common in a network where many groups work in the
same two sectors — each gets its next most common sector that the others in the clash do not
show; if that still does not tell them apart, a number. No two communities share a label.
"""

from __future__ import annotations

from collections import defaultdict

__all__ = ["LABEL_COUNTRY_SHARE", "community_label", "distinct_labels"]

#: A country is named in a label when at least this share of the members are from it.
LABEL_COUNTRY_SHARE = 0.2
#: Sectors shown at first, and at most after disambiguation.
SHOWN_SECTORS, MAX_SECTORS = 2, 4


def _country_part(countries: dict) -> str:
    total = sum(countries.values())
    if not total:
        return ""
    ranked = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
    named = [(c, n) for c, n in ranked if n / total >= LABEL_COUNTRY_SHARE] or ranked[:1]
    if len(named) == 1 and named[0][1] == total:
        return named[0][0]
    return " / ".join(f"{c} {round(100 * n / total)} %" for c, n in named)


def community_label(sectors: list[str], countries: dict) -> str:
    """The label of a community showing ``sectors`` whose members count ``countries``.

    Examples
    --------
    >>> community_label(["e-health", "mobile services"], {"EE": 6, "UA": 4})
    'e-health · mobile services — EE 60 % / UA 40 %'
    >>> community_label(["govtech"], {"EE": 5})
    'govtech — EE'
    >>> community_label([], {"UA": 3})
    'UA'
    >>> community_label(["fintech"], {"EE": 7, "UA": 2, "LV": 1})
    'fintech — EE 70 % / UA 20 %'
    """
    from matchmaker.vocab_labels import label  # the Sandbox's sectors in the reader's language

    shown = " · ".join(label("sector", s) for s in sectors)
    return " — ".join(part for part in (shown, _country_part(countries)) if part)


def distinct_labels(rankings: list[list[str]], countries: list[dict]) -> list[str]:
    """One label per community, no two alike.

    Parameters
    ----------
    rankings : list of list of str
        Per community, every sector of its members, commonest first.
    countries : list of dict
        Per community, members by country.

    Examples
    --------
    Two groups in the same two sectors and countries: each gains the sector only it has.

    >>> distinct_labels([["e-health", "mobile", "banking"], ["e-health", "mobile", "schools"], ["govtech"]],
    ...                 [{"EE": 3, "UA": 2}, {"EE": 3, "UA": 2}, {"EE": 1}])
    ['e-health · mobile · banking — EE 60 % / UA 40 %', 'e-health · mobile · schools — EE 60 % / UA 40 %', 'govtech — EE']

    Nothing left to tell them apart: numbers.

    >>> distinct_labels([["govtech"], ["govtech"]], [{"EE": 2}, {"EE": 4}])
    ['govtech — EE (1)', 'govtech — EE (2)']
    """
    shown = [list(r[:SHOWN_SECTORS]) for r in rankings]
    labels = [community_label(s, c) for s, c in zip(shown, countries, strict=True)]
    for _round in range(MAX_SECTORS - SHOWN_SECTORS):
        clashes = [group for group in _same_label(labels) if len(group) > 1]
        if not clashes:
            return labels
        for group in clashes:
            for k in group:
                others = {s for j in group if j != k for s in shown[j]}
                extra = next((s for s in rankings[k] if s not in shown[k] and s not in others), None)
                if extra is not None and len(shown[k]) < MAX_SECTORS:
                    shown[k].append(extra)
                    labels[k] = community_label(shown[k], countries[k])
    for group in _same_label(labels):
        if len(group) > 1:
            for number, k in enumerate(group, 1):
                labels[k] = f"{labels[k]} ({number})"
    return labels


def _same_label(labels: list[str]) -> list[list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for k, label in enumerate(labels):
        groups[label].append(k)
    return list(groups.values())
