"""Turn a pool and the host's rules into a numeric instance both searches share.

Keep-together pairs merge people into *units* that always move as one; locks, keep-apart
pairs and the size range become per-unit facts. A rule that contradicts an earlier one (a
keep-together pair whose members are locked to different teams, a lock beyond the last
team, …) is dropped here and explained in ``unmet``; everything kept is then never broken.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from matchmaker.i18n import _
from matchmaker.teams.problem import Challenge, Pool, TeamRules

__all__ = ["Instance", "prepare", "team_count", "DEFAULT_CORE_SKILLS"]

#: Without challenges, a team is asked to cover the pool's most offered skills.
DEFAULT_CORE_SKILLS = 6


@dataclass(slots=True)
class Instance:
    pool: Pool
    rules: TeamRules
    n_teams: int
    unmet: list[str]
    units: list[list[int]] = field(default_factory=list)  # participant indices per unit
    lock: list[int | None] = field(default_factory=list)
    apart: list[set[int]] = field(default_factory=list)
    size: list[int] = field(default_factory=list)
    mask: list[int] = field(default_factory=list)  # skill bitmask per unit
    countries: list[int] = field(default_factory=list)  # bit 1: first country, bit 2: second
    experience: list[float] = field(default_factory=list)
    builder: list[bool] = field(default_factory=list)  # unit holds someone who is not only a designer
    intra: list[float] = field(default_factory=list)  # tie value inside the unit (count or closeness)
    pair: dict[tuple[int, int], float] = field(default_factory=dict)  # tie value between units u < v
    slot_challenge: list[Challenge | None] = field(default_factory=list)
    slot_required: list[int] = field(default_factory=list)  # required-skill bitmask per team
    skill_ids: list[str] = field(default_factory=list)  # bit -> skill id
    breadth_norm: float = 1.0
    experience_norm: float = 0.0
    tie_norm: float = 1.0
    mix_active: bool = False
    builder_rule: bool = False
    feasible: bool = True

    @property
    def both(self) -> int:
        return 3


def team_count(n_people: int, rules: TeamRules) -> tuple[int | None, str | None]:
    """How many teams, or None and the reason the size range cannot hold."""
    low, high = rules.min_size, rules.max_size
    if n_people == 0:
        return None, _("the event has no participants to put into teams")
    if rules.teams is not None:
        n = rules.teams
        if not n * low <= n_people <= n * high:
            return None, _(
                "{n} teams of {low}–{high} cannot hold {people} participants (they hold {a} to {b})"
            ).format(n=n, low=low, high=high, people=n_people, a=n * low, b=n * high)
        return n, None
    fewest, most = math.ceil(n_people / high), n_people // low
    if fewest > most:
        return None, _("no number of teams of {low}–{high} holds exactly {people} participants").format(
            low=low, high=high, people=n_people
        )
    return min(most, max(fewest, round(n_people / ((low + high) / 2)))), None


class _Groups:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.members = [[i] for i in range(n)]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        self.parent[rb] = ra
        self.members[ra].extend(self.members[rb])
        self.members[rb] = []


def _name(pool: Pool, index: int) -> str:
    return pool.participants[index].name


def _pairs(pool: Pool, pairs: Sequence[tuple[str, str]], index: dict[str, int], what: str, unmet: list[str]):
    for a, b in pairs:
        missing = [x for x in (a, b) if x not in index]
        if missing:
            unmet.append(
                _("{rule} {a} and {b}: {who} is not a participant of this event").format(
                    rule=what, a=a, b=b, who=", ".join(missing)
                )
            )
            continue
        if a != b:
            yield index[a], index[b]


def _locks(
    pool: Pool, rules: TeamRules, n_teams: int, index: dict[str, int], unmet: list[str]
) -> dict[int, int]:
    locks: dict[int, int] = {}
    for actor, team in rules.locked.items():
        if actor not in index:
            unmet.append(_("lock of {who}: not a participant of this event").format(who=actor))
        elif not 0 <= team < n_teams:
            unmet.append(
                _("lock of {who} to team {t}: there are only {n} teams").format(
                    who=_name(pool, index[actor]), t=team + 1, n=n_teams
                )
            )
        else:
            locks[index[actor]] = team
    return locks


def _merge_together(pool, rules, groups, locks, apart_people, pairs, unmet) -> None:
    what = _("keep together")
    for a, b in pairs:
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        la = {locks[i] for i in groups.members[ra] if i in locks}
        lb = {locks[i] for i in groups.members[rb] if i in locks}
        both = groups.members[ra] + groups.members[rb]
        reason = None
        if la and lb and la != lb:
            reason = _("they are locked to different teams")
        elif len(both) > rules.max_size:
            reason = _(
                "together with those kept with them they would be {n}, more than the largest team ({high})"
            ).format(n=len(both), high=rules.max_size)
        elif any(j in apart_people.get(i, ()) for i in groups.members[ra] for j in groups.members[rb]):
            reason = _("a keep-apart pair would end up in one team")
        if reason:
            unmet.append(
                _("{rule} {a} and {b}: {why}").format(
                    rule=what, a=_name(pool, a), b=_name(pool, b), why=reason
                )
            )
        else:
            groups.union(a, b)


def _core_skills(pool: Pool) -> tuple[str, ...]:
    counts = Counter(s for p in pool.participants for s in p.skills)
    return tuple(s for s, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:DEFAULT_CORE_SKILLS])


def _assign_challenges(inst: Instance, challenges: Sequence[Challenge], bit: dict[str, int]) -> None:
    if challenges:
        inst.slot_challenge = [challenges[t % len(challenges)] for t in range(inst.n_teams)]
        if len(challenges) > inst.n_teams:
            inst.unmet.append(
                _("only {n} teams for {c} challenges: {names} got no team").format(
                    n=inst.n_teams,
                    c=len(challenges),
                    names=", ".join(c.name for c in challenges[inst.n_teams :]),
                )
            )
        required = [c.skills for c in inst.slot_challenge]
    else:
        inst.slot_challenge = [None] * inst.n_teams
        required = [_core_skills(inst.pool)] * inst.n_teams
    for skills in required:
        for s in skills:
            if s not in bit:
                bit[s] = len(bit)
    inst.skill_ids = [s for s, _b in sorted(bit.items(), key=lambda kv: kv[1])]
    inst.slot_required = [sum(1 << bit[s] for s in set(skills)) for skills in required]


def prepare(  # noqa: C901 - one pass over the rules, each dropped with its reason
    pool: Pool,
    rules: TeamRules,
    challenges: Sequence[Challenge] = (),
    *,
    n_teams: int | None = None,
) -> Instance:
    """Everything the searches need, with contradictory rules dropped and explained.

    ``n_teams`` skips the size-range check (for scoring an arrangement made by hand).
    """
    people = pool.participants
    reason = None
    if n_teams is None:
        n_teams, reason = team_count(len(people), rules)
    inst = Instance(pool, rules, n_teams or 0, [reason] if reason else [])
    if n_teams is None:
        inst.feasible = False
        return inst
    index = {p.id: i for i, p in enumerate(people)}
    unmet = inst.unmet
    locks = _locks(pool, rules, n_teams, index, unmet)
    apart_people: dict[int, set[int]] = {}
    apart_pairs = list(_pairs(pool, rules.keep_apart, index, _("keep apart"), unmet))
    for a, b in apart_pairs:
        apart_people.setdefault(a, set()).add(b)
        apart_people.setdefault(b, set()).add(a)
    groups = _Groups(len(people))
    _merge_together(
        pool,
        rules,
        groups,
        locks,
        apart_people,
        list(_pairs(pool, rules.keep_together, index, _("keep together"), unmet)),
        unmet,
    )

    for root in range(len(people)):
        if groups.members[root] and groups.find(root) == root:
            inst.units.append(sorted(groups.members[root]))
    inst.units.sort(key=lambda members: members[0])
    unit_of = {i: u for u, members in enumerate(inst.units) for i in members}
    inst.lock = [next((locks[i] for i in members if i in locks), None) for members in inst.units]
    inst.size = [len(m) for m in inst.units]

    locked_load = Counter()
    for u, team in enumerate(inst.lock):
        if team is None:
            continue
        if locked_load[team] + inst.size[u] > rules.max_size:
            unmet.append(
                _("lock of {who} to team {t}: that team would have more than {high} locked members").format(
                    who=", ".join(_name(pool, i) for i in inst.units[u]), t=team + 1, high=rules.max_size
                )
            )
            inst.lock[u] = None
        else:
            locked_load[team] += inst.size[u]

    inst.apart = [set() for _u in inst.units]
    for a, b in apart_pairs:
        ua, ub = unit_of[a], unit_of[b]
        if inst.lock[ua] is not None and inst.lock[ua] == inst.lock[ub]:
            unmet.append(
                _("keep apart {a} and {b}: both are locked to team {t}").format(
                    a=_name(pool, a), b=_name(pool, b), t=inst.lock[ua] + 1
                )
            )
            continue
        inst.apart[ua].add(ub)
        inst.apart[ub].add(ua)

    bit: dict[str, int] = {}
    for p in people:
        for s in sorted(p.skills):
            bit.setdefault(s, len(bit))
    first, second = rules.countries
    for members in inst.units:
        mask = 0
        for i in members:
            for s in people[i].skills:
                mask |= 1 << bit[s]
        inst.mask.append(mask)
        inst.countries.append(
            (1 if any(people[i].country == first for i in members) else 0)
            | (2 if any(people[i].country == second for i in members) else 0)
        )
        inst.experience.append(sum(people[i].experience for i in members))
        inst.builder.append(any(not people[i].designer for i in members))
    _assign_challenges(inst, challenges, bit)

    _tie_values(inst, unit_of)
    n_skills = [len(p.skills) for p in people]
    inst.breadth_norm = max(1.0, (sum(n_skills) / len(people)) * rules.min_size / 2)
    inst.experience_norm = sum(p.experience for p in people) / n_teams if rules.spread_experience else 0.0
    inst.mix_active = (
        rules.mix_countries and any(c & 1 for c in inst.countries) and any(c & 2 for c in inst.countries)
    )
    builders = sum(inst.builder)
    inst.builder_rule = rules.no_designer_only
    if rules.no_designer_only and builders < n_teams:
        inst.builder_rule = False
        unmet.append(
            _(
                "no team of only designers: only {b} participants are not only designers, for {n} teams"
            ).format(b=builders, n=n_teams)
        )
    return inst


def _tie_values(inst: Instance, unit_of: dict[int, int]) -> None:
    pool, rules = inst.pool, inst.rules
    index = {p.id: i for i, p in enumerate(pool.participants)}
    inst.intra = [0.0] * len(inst.units)
    if rules.tie_mode == "ignore":
        return
    if rules.tie_mode == "strangers":
        values = {pair: 1.0 for pair in pool.ties}
        inst.tie_norm = max(1.0, math.comb(rules.max_size, 2))
    else:
        values = dict(pool.closeness)
        inst.tie_norm = max(1.0, math.comb(rules.min_size, 2))
    for (a, b), value in values.items():
        if a not in index or b not in index or value <= 0:
            continue
        ua, ub = unit_of[index[a]], unit_of[index[b]]
        if ua == ub:
            inst.intra[ua] += value
        else:
            key = (min(ua, ub), max(ua, ub))
            inst.pair[key] = inst.pair.get(key, 0.0) + value
