"""What the team builder is given and what it gives back: plain, Qt-free dataclasses.

A :class:`Pool` holds the participants of one event (and the ties between them); a
:class:`TeamRules` holds what the host chose; :class:`Challenge` names what a team must be
able to build. :class:`TeamPlan` is the answer, with ``unmet`` saying in words which rule
could not hold and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from matchmaker.errors import MatchmakerError
from matchmaker.i18n import N_, _

__all__ = [
    "Challenge",
    "OBJECTIVE_TEXT",
    "Participant",
    "PlannedTeam",
    "Pool",
    "ScoreWeights",
    "TeamBuildCancelled",
    "TeamPlan",
    "TeamRules",
    "TeamRulesError",
    "TIE_MODES",
    "parse_size_range",
]

TIE_MODES = ("strangers", "ties", "ignore")

#: One paragraph the UI shows above the teams (translated at display time).
OBJECTIVE_TEXT = N_(
    "Teams are built like CATME Team-Maker: first the weakest team is made as strong as possible, "
    "then the sum of all team scores. A team's score (0 to 1) weighs how many of its challenge's "
    "required skills it covers (40 %), how broad its skills are (15 %), whether it mixes Estonia and "
    "Ukraine (20 %), its fair share of experience (15 %) and the tie rule (10 %): 'mix strangers' "
    "lowers the score for every existing tie inside a team, 'use ties' raises it for members who are "
    "close in the network. Team sizes, locked members, keep-apart and keep-together pairs and 'no "
    "team of only designers' are never broken; a rule that cannot hold is listed with the reason."
)


class TeamRulesError(MatchmakerError):
    """The host's rules are malformed (for example a size range like ``5-4``)."""


class TeamBuildCancelled(MatchmakerError):
    """The host cancelled the search; no plan was made."""


@dataclass(frozen=True, slots=True)
class Participant:
    """One person (or organisation) taking part: what they can do, where they are from.

    ``experience`` is in [0, 1] (see ``service.experience_of`` for how it is derived);
    ``designer`` marks someone whose only building role is design.
    """

    id: str
    name: str
    country: str
    skills: frozenset[str] = frozenset()
    experience: float = 0.0
    designer: bool = False
    kind: str = "person"
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Challenge:
    """A challenge a team works on; ``skills`` are skill ids the team needs."""

    name: str
    skills: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pool:
    """The participants of one event, their direct ties and their closeness in the network.

    ``closeness`` maps an ordered pair ``(a, b)`` with ``a < b`` to ``1 / distance`` over the
    whole network (up to three steps); ``ties`` holds the pairs that are directly tied.
    """

    participants: tuple[Participant, ...]
    ties: frozenset[tuple[str, str]] = frozenset()
    closeness: Mapping[tuple[str, str], float] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)  # skill id -> label for display
    event_id: str | None = None
    event_name: str | None = None

    @classmethod
    def of(cls, participants: Iterable[Participant], ties: Iterable[tuple[str, str]] = (), **kw) -> Pool:
        """A pool from participants and direct ties; closeness is 1 for tied pairs unless given."""
        pairs = frozenset(tuple(sorted(pair)) for pair in ties)
        closeness = kw.pop("closeness", None) or {pair: 1.0 for pair in pairs}
        return cls(tuple(participants), pairs, closeness, **kw)

    def by_id(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    def label(self, skill_id: str) -> str:
        return self.labels.get(skill_id, skill_id)


@dataclass(frozen=True, slots=True)
class ScoreWeights:
    coverage: float = 0.40
    diversity: float = 0.15
    mix: float = 0.20
    experience: float = 0.15
    ties: float = 0.10


@dataclass(frozen=True, slots=True)
class TeamRules:
    """What the host chose. Pairs are actor ids; ``locked`` maps an actor id to a team index (0-based).

    ``teams`` is the number of teams; None picks the count whose mean size is nearest the middle
    of the size range.
    """

    min_size: int = 4
    max_size: int = 5
    teams: int | None = None
    mix_countries: bool = True
    countries: tuple[str, str] = ("EE", "UA")
    spread_experience: bool = True
    no_designer_only: bool = True
    tie_mode: str = "strangers"
    keep_together: tuple[tuple[str, str], ...] = ()
    keep_apart: tuple[tuple[str, str], ...] = ()
    locked: Mapping[str, int] = field(default_factory=dict)
    weights: ScoreWeights = field(default_factory=ScoreWeights)

    def __post_init__(self) -> None:
        if self.min_size < 1 or self.max_size < self.min_size:
            raise TeamRulesError(
                _("team size range {low}-{high} is empty; give it as MIN-MAX with 1 <= MIN <= MAX").format(
                    low=self.min_size, high=self.max_size
                )
            )
        if self.tie_mode not in TIE_MODES:
            raise TeamRulesError(
                _("unknown tie rule {mode!r}; choose one of {modes}").format(
                    mode=self.tie_mode, modes=", ".join(TIE_MODES)
                )
            )
        if self.teams is not None and self.teams < 1:
            raise TeamRulesError(_("the number of teams must be at least 1, not {n}").format(n=self.teams))


def parse_size_range(text: str) -> tuple[int, int]:
    """``"4-5"`` → ``(4, 5)``; ``"4"`` → ``(4, 4)``.

    >>> parse_size_range("4-5"), parse_size_range(" 3 ")
    ((4, 5), (3, 3))
    """
    parts = text.replace("–", "-").split("-")
    try:
        low, high = (int(parts[0]), int(parts[-1])) if len(parts) in (1, 2) else (0, -1)
    except ValueError:
        low, high = 0, -1
    if low < 1 or high < low:
        raise TeamRulesError(
            _("bad team size range {text!r}; give it as MIN-MAX, for example 4-5").format(text=text)
        )
    return low, high


@dataclass(slots=True)
class PlannedTeam:
    name: str
    members: list[str]
    score: float
    covers: list[str] = field(default_factory=list)  # required skill ids the team has
    lacks: list[str] = field(default_factory=list)  # required skill ids it has not
    challenge: str | None = None
    locked: list[str] = field(default_factory=list)  # members the host locked to this team


@dataclass(slots=True)
class TeamPlan:
    """Teams, the rules that could not hold (in words), and ``(weakest score, total score)``."""

    teams: list[PlannedTeam]
    unmet: list[str]
    objective: tuple[float, float]
    upper_bound: float | None = None  # exact search only: proven bound on the weakest score

    def team_of(self, actor_id: str) -> int | None:
        for index, team in enumerate(self.teams):
            if actor_id in team.members:
                return index
        return None
