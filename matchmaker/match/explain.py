"""Why a pair was suggested, in words: both directions of need, the warm path, then the network.

Reasons follow the features' contributions (largest first) so the words agree with the score;
skills are named by their taxonomy label in the asked language.
"""

from __future__ import annotations

import numpy as np

from matchmaker.i18n import _
from matchmaker.match.profiles import ProfileIndex
from matchmaker.match.signals import NetworkSignals
from matchmaker.records import SkillRecord
from matchmaker.taxonomy import TAG_PREFIX

__all__ = ["band_of", "shared_skills", "warm_intro", "explain_pair", "BANDS"]

BANDS = ("strong", "good", "possible")
MIN_REASON = 0.01  # contributions below this are not worth a sentence


def band_of(score: float, thresholds: tuple[float, float]) -> str:
    """``strong`` at or above the first threshold, ``good`` at or above the second, else ``possible``."""
    strong, good = thresholds
    return "strong" if score >= strong else "good" if score >= good else "possible"


def _row(matrix, i: int) -> dict[int, float]:
    lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
    return dict(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist(), strict=True))


def shared_skills(need_row: dict[int, float], offer_row: dict[int, float], top: int = 2) -> list[int]:
    """Skill columns both rows hold, by their share of the dot product."""
    common = sorted(set(need_row) & set(offer_row), key=lambda s: -need_row[s] * offer_row[s])
    return common[:top]


def _label(skill_id: str, skills: dict[str, SkillRecord], language: str) -> str:
    record = skills.get(skill_id)
    if record is not None:
        return record.label(language)
    return skill_id[len(TAG_PREFIX) :] if skill_id.startswith(TAG_PREFIX) else skill_id


def _join(labels: list[str]) -> str:
    if len(labels) < 2:
        return "".join(labels)
    return _("{first} and {second}").format(first=", ".join(labels[:-1]), second=labels[-1])


def warm_intro(index: ProfileIndex, signals: NetworkSignals, q: int, c: int) -> int | None:
    """The common neighbour best placed to introduce: a person if any, then the best connected."""
    common = np.intersect1d(signals.neighbours(q), signals.neighbours(c), assume_unique=True)
    if common.size == 0:
        return None
    person = index.kinds.index("person") if "person" in index.kinds else -1
    is_person = index.kind[common] == person
    order = np.lexsort((-signals.degree[common], ~is_person))
    return int(common[order[0]])


def _direction_reason(
    index, signals, skills, language, needer: int, offerer: int, you_need: bool
) -> str | None:
    need_row, offer_row = _row(signals.needs, needer), _row(index.offers, offerer)
    top = shared_skills(need_row, offer_row)
    if not top:
        return None
    declared = _row(index.declared_needs, needer)
    labels = _join([_label(index.skill_ids[s], skills, language) for s in top])
    implicit = not any(s in declared for s in top)
    if you_need:
        text = (
            _("your ties suggest you need {skills}, which they offer")
            if implicit
            else _("you need {skills}, which they offer")
        )
    else:
        text = (
            _("their ties suggest they need {skills}, which you offer")
            if implicit
            else _("they need {skills}, which you offer")
        )
    return text.format(skills=labels)


def _shared_words(index: ProfileIndex, q: int, c: int, top: int = 3) -> list[str]:
    a, b = _row(index.text, q), _row(index.text, c)
    common = sorted(set(a) & set(b), key=lambda w: -a[w] * b[w])[:top]
    return [str(index.words[w]) for w in common]


def explain_pair(
    index: ProfileIndex,
    signals: NetworkSignals,
    skills: dict[str, SkillRecord],
    q: int,
    c: int,
    contributions: dict[str, float],
    fit_you: float | None,
    fit_they: float | None,
    language: str = "en",
) -> tuple[list[str], int | None]:
    """Sentences for the pair (q, c) and the id position of a common neighbour, if any."""
    reasons: list[str] = []
    if fit_you is None:
        reasons.append(_("you have declared no needs, so this rests on what you offer them"))
    elif fit_you > 0:
        reasons.append(_direction_reason(index, signals, skills, language, q, c, True))
    if fit_they is None:
        reasons.append(_("they have declared no needs, so this rests on what they offer you"))
    elif fit_they > 0:
        reasons.append(_direction_reason(index, signals, skills, language, c, q, False))
    broker = warm_intro(index, signals, q, c)
    others: list[tuple[float, str]] = []
    if broker is not None:
        others.append(
            (
                contributions.get("warm_path", 0.0) + 1.0,
                _("ask {name}, who is tied to both of you").format(name=index.actors[broker].name),
            )
        )
    shared = np.intersect1d(signals.events_of(q), signals.events_of(c), assume_unique=True)
    if shared.size:
        latest = max(
            shared.tolist(), key=lambda e: (signals.events[e].start is not None, signals.events[e].start)
        )
        others.append(
            (
                contributions.get("shared_events", 0.0) + (0.5 if broker is None else 0.0),
                _("you both attended {event}").format(event=signals.events[latest].name),
            )
        )
    words = _shared_words(index, q, c)
    if words and contributions.get("text_similarity", 0.0) >= MIN_REASON:
        others.append(
            (
                contributions["text_similarity"],
                _("your descriptions share words such as {words}").format(words=", ".join(words)),
            )
        )
    if contributions.get("popularity", 0.0) >= MIN_REASON:
        others.append(
            (contributions["popularity"], _("well connected ({n} ties)").format(n=int(signals.degree[c])))
        )
    if contributions.get("recency", 0.0) >= MIN_REASON and signals.recent[c] > 0:
        others.append(
            (
                contributions["recency"],
                _("active lately: {n} new ties in the past year").format(n=int(signals.recent[c])),
            )
        )
    sectors = sorted(set(index.actors[q].sectors) & set(index.actors[c].sectors))
    if sectors and contributions.get("same_sector", 0.0) >= MIN_REASON:
        others.append((contributions["same_sector"], _("same sector: {sector}").format(sector=sectors[0])))
    if contributions.get("stage_fit", 0.0) >= MIN_REASON:
        others.append(
            (
                contributions["stage_fit"],
                _("compatible stages: {a} and {b}").format(a=index.actors[q].stage, b=index.actors[c].stage),
            )
        )
    reasons.extend(text for _weight, text in sorted(others, key=lambda item: -item[0]))
    return [r for r in reasons if r], broker
