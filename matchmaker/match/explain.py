"""Why a pair was suggested, in words, one sentence per feature that *raised* the score.

A sentence appears only for a positive contribution (a feature that lowered the score is
never given as a reason), largest first, so the words agree with the numbers. When most of a
suggestion rests on the candidate's activity rather than on anything about the pair, the
first sentence says so. Skills are named by their label in the asked language, stages and
kinds in words, never codes.
"""

from __future__ import annotations

import weakref

import numpy as np

from matchmaker.i18n import N_, _, ngettext
from matchmaker.match.content import content_columns
from matchmaker.match.profiles import ProfileIndex
from matchmaker.match.relation import Relation
from matchmaker.match.signals import NetworkSignals
from matchmaker.network_columns import actor_value
from matchmaker.records import SkillRecord
from matchmaker.taxonomy import TAG_PREFIX
from matchmaker.vocab_labels import label

__all__ = [
    "band_of",
    "shared_skills",
    "warm_intro",
    "explain_pair",
    "BANDS",
    "KIND_NAMES",
    "RELATION_NAMES",
]

BANDS = (N_("strong"), N_("good"), N_("possible"))  # codes; shown through _()
_TERMS_CACHE: dict = {}
MIN_REASON = 0.02  # contributions below this are not worth a sentence
MAINLY_ACTIVITY = 0.6  # share of the positive contributions above which "mainly because active" leads
ACTIVITY_FEATURES = ("activity", "recent_activity", "activity_x_experience")
RELATION_NAMES = {  # what a suggestion of each relation is about, for headers
    "partner": N_("partnerships"),
    "invested_in": N_("investments"),
    "advises": N_("advice"),
    "mentored": N_("mentoring"),
    "cofounded": N_("co-founding"),
    "knows": N_("acquaintance"),
}
KIND_NAMES = {  # plural nouns for "X often tie up with Y here"
    "startup": N_("startups"),
    "company": N_("companies"),
    "public_body": N_("public bodies"),
    "investor": N_("investors"),
    "university": N_("universities and research organisations"),
    "ngo": N_("NGOs"),
    "person": N_("people"),
}


def band_of(score: float, thresholds: tuple[float, float]) -> str:
    """``strong`` at or above the first threshold, ``good`` at or above the second, else ``possible``."""
    strong, good = thresholds
    return "strong" if score >= strong else "good" if score >= good else "possible"


def _row(matrix, i: int) -> dict[int, float]:
    lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
    return dict(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist(), strict=True))


_QUERY_ROWS: dict[int, tuple] = {}  # id(matrix) -> (a weak reference to it, row, its dict): the asker's


def _query_row(matrix, q: int) -> dict[int, float]:
    """:func:`_row` of the asking actor, made once for the ten candidates it is compared with
    (read only; replaced as a whole, so a thread never sees half of another's)."""
    known = _QUERY_ROWS.get(id(matrix))
    if known is not None and known[0]() is matrix and known[1] == q:
        return known[2]
    if len(_QUERY_ROWS) >= 16:  # matrices of models long gone
        _QUERY_ROWS.clear()
    row = _row(matrix, q)
    _QUERY_ROWS[id(matrix)] = (weakref.ref(matrix), q, row)
    return row


def shared_skills(need_row: dict[int, float], offer_row: dict[int, float], top: int = 2) -> list[int]:
    """Columns both rows hold, by their share of the dot product."""
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


def warm_intro(index: ProfileIndex, signals: NetworkSignals, q: int, c: int, visible=None) -> int | None:
    """The common neighbour best placed to introduce: a person if any, then the best connected
    (only among the ``visible`` ones, when given: nobody the user may not see is named)."""
    common = np.intersect1d(signals.neighbours(q), signals.neighbours(c), assume_unique=True)
    if visible is not None:
        common = common[visible[common]]
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


def _terms(index: ProfileIndex, skills, language: str) -> _Terms:
    """The names of ``index``'s content columns in ``language``, made once per index and language."""
    key = (id(index), id(skills), language)
    cached = _TERMS_CACHE.get(key)
    if cached is None or cached.index is not index:
        cached = _TERMS_CACHE[key] = _Terms(index, skills, language)
        while len(_TERMS_CACHE) > 8:
            _TERMS_CACHE.pop(next(iter(_TERMS_CACHE)))
    return cached


class _Terms:
    """Names of content columns in the asked language, for "they share …" sentences."""

    def __init__(self, index: ProfileIndex, skills, language: str):
        self.index = index
        self.columns = content_columns(index)
        self.skills, self.language = skills, language

    def name(self, column: int) -> str:
        part, key = self.columns[column]
        if part in ("offers", "needs"):
            return _label(key, self.skills, self.language)
        if part == "stage":
            return label("stage", key)
        if part == "sectors":
            return label("sector", key)
        return key

    def shared(self, a: dict[int, float], b: dict[int, float], top: int = 3) -> str:
        names = []
        for column in shared_skills(a, b, top=2 * top):
            name = self.name(column)
            if name not in names:
                names.append(name)
        return _join(names[:top])


def strongest_sector_pair(index: ProfileIndex, relation: Relation, q: int, c: int) -> tuple[int, int] | None:
    """``(q's sector, c's sector)`` whose pair ties up most above chance in the relation, if any does."""
    lift = relation.sector_lift
    mine, theirs = _sectors_of(index, q), _sectors_of(index, c)
    if lift.size == 0 or mine.size == 0 or theirs.size == 0:
        return None
    block = lift[mine][:, theirs]
    i, j = divmod(int(block.argmax()), theirs.size)  # the first largest, row by row
    return (int(mine[i]), int(theirs[j])) if block[i, j] > 0 else None


def _sectors_of(index: ProfileIndex, i: int) -> np.ndarray:
    s = index.sectors
    return s.indices[s.indptr[i] : s.indptr[i + 1]]


def _content_fit_sentence(words: _Terms, content, relation: Relation, q: int, c: int) -> str | None:
    """Whichever counted: the candidate's past partners resembling the query, or the candidate itself."""
    mine = _query_row(content, q)
    theirs, partners = _row(content, c), _row(relation.portfolio, c)
    own = sum(mine[t] * theirs[t] for t in set(mine) & set(theirs))
    portfolio = sum(mine[t] * partners[t] for t in set(mine) & set(partners))
    if portfolio > own:
        return _partners_like_you(words, mine, partners)
    return _in_common(words, mine, theirs)


def _portfolio_sentence(words: _Terms, content, relation: Relation, q: int, c: int) -> str | None:
    """The terms the candidate's past partners share with the query, or else those the candidate
    itself shares (its own terms count in its portfolio's likelihood too)."""
    mine = _query_row(content, q)
    return _partners_like_you(words, mine, _row(relation.portfolio, c)) or _in_common(
        words, mine, _row(content, c)
    )


def _partners_like_you(words: _Terms, mine, partners) -> str | None:
    terms = words.shared(mine, partners)
    return _("their past partners are like you: {terms}").format(terms=terms) if terms else None


def _in_common(words: _Terms, mine, theirs) -> str | None:
    terms = words.shared(mine, theirs)
    return _("you have in common: {terms}").format(terms=terms) if terms else None


def _resemble_sentence(words: _Terms, content, relation: Relation, q: int, c: int) -> str:
    terms = words.shared(_row(content, c), _query_row(relation.portfolio, q))
    if terms:
        return _("they are like your past partners: {terms}").format(terms=terms)
    return _("they are like your past partners")


# Each sentence below is made only for a contribution worth a reason (most are not): a suggestion
# explains ten candidates, and making every sentence for each cost a third of its time.
def _common_partners_sentence(index, visible, relation: Relation, q: int, c: int) -> str | None:
    common = np.intersect1d(relation.neighbours(q), relation.neighbours(c), assume_unique=True)
    shown = common[visible[common]]  # the count is a fact; only a visible partner is named
    if not shown.size:
        return None
    best = shown[np.argmax(relation.degree[shown])]
    return ngettext(
        "you share {n} partner with them, {name}",
        "you share {n} partners with them, such as {name}",
        int(common.size),
    ).format(n=int(common.size), name=actor_value(index.actors, int(best), "name"))


def _shared_event_sentence(signals: NetworkSignals, q: int, c: int) -> str | None:
    shared = np.intersect1d(signals.events_of(q), signals.events_of(c), assume_unique=True)
    if not shared.size:
        return None
    latest = max(
        shared.tolist(), key=lambda e: (signals.events[e].start is not None, signals.events[e].start)
    )
    both_in_person = latest in signals.events_of(q, in_person=True) and latest in signals.events_of(
        c, in_person=True
    )
    sentence = (
        _("you both attended {event}")
        if both_in_person
        else _("both of you were at {event}, yourselves or through your people")
    )
    return sentence.format(event=signals.events[latest].name)


def _sector_sentence(index: ProfileIndex, relation: Relation, q: int, c: int) -> str | None:
    pair = strongest_sector_pair(index, relation, q, c)
    if pair is None:
        return None
    a, b = (label("sector", index.sector_names[s]) for s in pair)
    if a != b:
        return _("{a} and {b} often tie up here").format(a=a, b=b)
    return _("actors in {a} often tie up with each other here").format(a=a)


def _pair_sentences(
    index, signals, visible, relation, content, skills, q, c, terms, fit_you, fit_they, language
):
    """(contribution, sentence) for each feature that raised the score and can be put in words."""
    words = _terms(index, skills, language)
    out: list[tuple[float, str]] = []

    def add(names: tuple[str, ...], sentence) -> None:
        value = sum(terms.get(name, 0.0) for name in names)
        if value >= MIN_REASON:
            text = sentence() if callable(sentence) else sentence
            if not text:
                return
            for at, (earlier, said) in enumerate(out):
                if said == text:  # two signals saying the same thing: one reason, both weights
                    out[at] = (earlier + value, said)
                    return
            out.append((value, text))

    complement = terms.get("reciprocal_fit", 0.0) + terms.get("matched_skills", 0.0)
    if complement >= MIN_REASON:
        if fit_you is None:
            out.append((complement, _("you have declared no needs, so this rests on what you offer them")))
        elif fit_you > 0:
            out.append((complement, _direction_reason(index, signals, skills, language, q, c, True)))
        if fit_they is None:
            out.append(
                (complement * 0.99, _("they have declared no needs, so this rests on what they offer you"))
            )
        elif fit_they > 0:
            out.append((complement * 0.99, _direction_reason(index, signals, skills, language, c, q, False)))
    add(
        ("common_partners", "recent_common_partners", "adamic_adar"),
        lambda: _common_partners_sentence(index, visible, relation, q, c),
    )
    add(("walk",), lambda: _("your partners' partners work with them"))
    add(("content_fit",), lambda: _content_fit_sentence(words, content, relation, q, c))
    add(("partners_resemble",), lambda: _resemble_sentence(words, content, relation, q, c))
    add(("portfolio_likelihood",), lambda: _portfolio_sentence(words, content, relation, q, c))
    kind_q, kind_c = index.kinds[index.kind[q]], index.kinds[index.kind[c]]
    add(
        ("kind_affinity",),
        lambda: _("{these} and {those} often tie up here").format(
            these=_(KIND_NAMES.get(kind_q, kind_q)), those=_(KIND_NAMES.get(kind_c, kind_c))
        ),
    )
    from matchmaker.countries import country_name  # names, never codes, in the asked language

    code_q, code_c = actor_value(index.actors, q, "country"), actor_value(index.actors, c, "country")
    if code_q != code_c:
        add(
            ("country_affinity",),
            lambda: _("ties between {a} and {b} are common here").format(
                a=country_name(code_q, language), b=country_name(code_c, language)
            ),
        )
    else:
        add(
            ("country_affinity", "same_country"),
            lambda: _("ties within {a} are common here").format(a=country_name(code_q, language)),
        )
    if code_q != code_c:
        add(
            ("ties_to_your_country",),
            lambda: _("they already work with partners from {a}").format(a=country_name(code_q, language)),
        )
        add(
            ("your_ties_to_their_country",),
            lambda: _("you already work with partners from {b}").format(b=country_name(code_c, language)),
        )
    add(
        ("ties_to_your_kind",),
        lambda: _("they often work with {these}").format(these=_(KIND_NAMES.get(kind_q, kind_q))),
    )
    add(("shared_events",), lambda: _shared_event_sentence(signals, q, c))
    add(("sector_affinity",), lambda: _sector_sentence(index, relation, q, c))
    n_ties = int(relation.degree[c])
    add(
        ("activity", "activity_x_experience"),
        lambda: ngettext(
            "active in this network: {n} tie of this kind",
            "active in this network: {n} ties of this kind",
            n_ties,
        ).format(n=n_ties),
    )
    recent = int(relation.recent[c])
    if recent:
        add(
            ("recent_activity",),
            lambda: ngettext(
                "active lately: {n} new tie in the past year",
                "active lately: {n} new ties in the past year",
                recent,
            ).format(n=recent),
        )
    return out


def explain_pair(
    index: ProfileIndex,
    signals: NetworkSignals,
    visible: np.ndarray,
    relation: Relation,
    content,
    skills: dict[str, SkillRecord],
    q: int,
    c: int,
    contributions: dict[str, float],
    fit_you: float | None,
    fit_they: float | None,
    language: str = "en",
) -> tuple[list[str], int | None]:
    """Sentences for the pair (q, c), largest contribution first, and a common neighbour who could introduce.

    The introducer is returned whenever one exists (who could introduce is a fact worth showing);
    it is given as a *reason* only when shared ties raised the score.
    """
    sentences = _pair_sentences(
        index, signals, visible, relation, content, skills, q, c, contributions, fit_you, fit_they, language
    )
    broker = warm_intro(index, signals, q, c, visible)
    if broker is not None and contributions.get("warm_path", 0.0) >= MIN_REASON:
        sentences.append(
            (
                contributions["warm_path"],
                _("ask {name}, who is tied to both of you").format(
                    name=actor_value(index.actors, broker, "name")
                ),
            )
        )
    reasons = [text for _value, text in sorted(sentences, key=lambda item: -item[0]) if text]
    positive = sum(v for v in contributions.values() if v > 0)
    activity = sum(max(contributions.get(name, 0.0), 0.0) for name in ACTIVITY_FEATURES)
    if positive > 0 and activity / positive >= MAINLY_ACTIVITY:
        reasons.insert(
            0, _("suggested mainly because they are among the most active here, not for a fit with you")
        )
    return reasons, broker
