"""The fast search: greedy construction, then swaps and moves between teams (seeded, reproducible).

Construction places locked units first, then one participant of the scarcer country per team,
then everyone else by how rare their required skills are, each into the open team where they
add most (weak teams first). Local search then repeatedly tries every swap and move that
involves the weakest team, accepting the best one that raises the weakest score (or keeps it
and raises the total); when the weakest team cannot be helped it looks for total gains
between other pairs of teams. Broken hard rules count as a penalty of 10 per rule in a
team's value, so a construction that had to break one is repaired first. Small pools are
searched from several seeded starts; the work is bounded by a count of team evaluations,
never by the clock, so a seed always gives the same plan.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from matchmaker.teams.constraints import Instance
from matchmaker.teams.problem import TeamBuildCancelled
from matchmaker.teams.scoring import TeamScorer

__all__ = ["search"]

PENALTY = 10.0
EPS = 1e-9


class _State:
    def __init__(self, inst: Instance, scorer: TeamScorer, slots: list[list[int]]):
        self.inst, self.scorer = inst, scorer
        self.slots = slots
        self.values = [self.value(units, t) for t, units in enumerate(slots)]
        self.evals = 0
        self._refresh()

    def violations(self, units: list[int]) -> int:
        inst = self.inst
        size = 0
        builder = False
        broken = 0
        for u in units:
            size += inst.size[u]
            builder = builder or inst.builder[u]
            if inst.apart[u] and not inst.apart[u].isdisjoint(units):
                broken += 1
        if size < inst.rules.min_size:
            broken += inst.rules.min_size - size
        elif size > inst.rules.max_size:
            broken += size - inst.rules.max_size
        if inst.builder_rule and not builder:
            broken += 1
        return broken

    def value(self, units: list[int], slot: int) -> float:
        return self.scorer.score(units, slot) - PENALTY * self.violations(units)

    def _refresh(self) -> None:
        order = sorted(range(len(self.values)), key=self.values.__getitem__)
        self.lowest = order[:3]
        self.min = self.values[order[0]] if order else 0.0
        self.total = sum(self.values)

    def others_min(self, a: int, b: int) -> float:
        for t in self.lowest:
            if t != a and t != b:
                return self.values[t]
        return float("inf")

    def try_change(self, a: int, new_a: list[int], b: int, new_b: list[int]) -> tuple[float, float] | None:
        """(new min, new total) if replacing teams a and b improves the plan, else None."""
        self.evals += 2
        va, vb = self.value(new_a, a), self.value(new_b, b)
        new_min = min(self.others_min(a, b), va, vb)
        new_total = self.total - self.values[a] - self.values[b] + va + vb
        if new_min > self.min + EPS or (new_min >= self.min - EPS and new_total > self.total + EPS):
            return new_min, new_total
        return None

    def apply(self, a: int, new_a: list[int], b: int, new_b: list[int]) -> None:
        self.slots[a], self.slots[b] = new_a, new_b
        self.values[a], self.values[b] = self.value(new_a, a), self.value(new_b, b)
        self._refresh()


def _neighbours(state: _State, a: int, b: int):
    """Every swap of two units and every move of one unit between teams a and b."""
    lock = state.inst.lock
    units_a, units_b = state.slots[a], state.slots[b]
    free_a = [u for u in units_a if lock[u] is None]
    free_b = [v for v in units_b if lock[v] is None]
    for u in free_a:
        rest_a = [x for x in units_a if x != u]
        for v in free_b:
            yield rest_a + [v], [x for x in units_b if x != v] + [u]
        yield rest_a, units_b + [u]
    for v in free_b:
        yield units_a + [v], [x for x in units_b if x != v]


def _best_with(state: _State, a: int, partners: list[int]) -> bool:
    best, best_key = None, None
    for b in partners:
        for new_a, new_b in _neighbours(state, a, b):
            found = state.try_change(a, new_a, b, new_b)
            if found and (best_key is None or found > best_key):
                best, best_key = (a, new_a, b, new_b), found
    if best:
        state.apply(*best)
        return True
    return False


def _first_between(state: _State, a: int, b: int) -> bool:
    for new_a, new_b in _neighbours(state, a, b):
        if state.try_change(a, new_a, b, new_b):
            state.apply(a, new_a, b, new_b)
            return True
    return False


class _Budget:
    def __init__(self, state: _State, limit: int, progress, cancelled, done_before: int, total: int):
        self.state, self.limit = state, limit
        self.progress, self.cancelled = progress, cancelled
        self.done_before, self.total = done_before, total
        self._next_report = 0

    def spent(self) -> bool:
        evals = self.state.evals
        if evals >= self._next_report:
            self._next_report = evals + 2000
            if self.cancelled and self.cancelled():
                raise TeamBuildCancelled("the team search was cancelled")
            if self.progress:
                self.progress(min(self.total, self.done_before + evals), self.total)
        return evals >= self.limit


def _local_search(state: _State, rng: random.Random, budget: _Budget) -> None:
    n = len(state.slots)
    exhaustive = n <= 40
    stale = 0
    while not budget.spent():
        weakest = [t for t in range(n) if state.values[t] <= state.min + EPS]
        a = rng.choice(weakest)
        others = [t for t in range(n) if t != a]
        partners = others if exhaustive else rng.sample(others, min(len(others), 12))
        if _best_with(state, a, partners):
            stale = 0
            continue
        # the weakest team cannot be helped directly: look for total gains elsewhere
        improved = False
        pairs = (
            [(x, y) for x in range(n) for y in range(x + 1, n)]
            if exhaustive
            else [tuple(rng.sample(range(n), 2)) for _i in range(4 * n)]
        )
        rng.shuffle(pairs)
        for x, y in pairs:
            if _first_between(state, x, y):
                improved = True
                break
            if budget.spent():
                return
        stale = 0 if improved else stale + 1
        if stale >= (1 if exhaustive else 3):
            return


def _rarity(inst: Instance) -> list[float]:
    holders: dict[int, int] = {}
    required = 0
    for r in inst.slot_required:
        required |= r
    for mask in inst.mask:
        m = mask
        while m:
            low = m & -m
            holders[low] = holders.get(low, 0) + 1
            m ^= low
    keys = []
    for mask in inst.mask:
        key, m = 0.0, mask
        while m:
            low = m & -m
            key += (3.0 if low & required else 1.0) / holders[low]
            m ^= low
        keys.append(key)
    return keys


def _construct(inst: Instance, scorer: TeamScorer, rng: random.Random, noise: float) -> list[list[int]]:
    n, high = inst.n_teams, inst.rules.max_size
    slots: list[list[int]] = [[] for _t in range(n)]
    load = [0] * n
    for u, t in enumerate(inst.lock):
        if t is not None:
            slots[t].append(u)
            load[t] += inst.size[u]
    people = sum(inst.size)
    target = [people // n + (1 if t < people % n else 0) for t in range(n)]
    rarity = _rarity(inst)
    free = [u for u in range(len(inst.units)) if inst.lock[u] is None]
    order_key = {u: rarity[u] * (1.0 + noise * rng.random()) for u in free}
    first = []
    if inst.mix_active:
        counts = [sum(1 for u in free if inst.countries[u] & bit) for bit in (1, 2)]
        scarce = 1 if counts[0] <= counts[1] else 2
        first = sorted((u for u in free if inst.countries[u] == scarce), key=lambda u: -order_key[u])[:n]
    chosen = set(first)
    order = first + sorted((u for u in free if u not in chosen), key=lambda u: -order_key[u])
    current = [scorer.score(units, t) for t, units in enumerate(slots)]
    builders_left = sum(1 for u in order if inst.builder[u])
    for u in order:
        size = inst.size[u]
        fits = [t for t in range(n) if load[t] + size <= high and inst.apart[u].isdisjoint(slots[t])]
        if inst.builder_rule and inst.builder[u]:
            lacking = [t for t in fits if not any(inst.builder[x] for x in slots[t])]
            if lacking and builders_left <= sum(
                1 for t in range(n) if not any(inst.builder[x] for x in slots[t])
            ):
                fits = lacking
        if not fits:  # a hard rule must bend; the local search repairs it if it can
            fits = sorted(range(n), key=lambda t: load[t])[:1]
        under = [t for t in fits if load[t] < target[t]] or fits
        under.sort(key=lambda t: (load[t], current[t]))
        best_t, best_key = under[0], None
        for t in under[:32]:
            gain = scorer.score(slots[t] + [u], t) - current[t]
            key = gain + 0.25 * (1.0 - current[t])
            if best_key is None or key > best_key + EPS:
                best_t, best_key = t, key
        slots[best_t].append(u)
        load[best_t] += size
        current[best_t] = scorer.score(slots[best_t], best_t)
        builders_left -= inst.builder[u]
    return slots


def _better(state: _State, than: _State | None) -> bool:
    return (
        than is None
        or state.min > than.min + EPS
        or (state.min >= than.min - EPS and state.total > than.total + EPS)
    )


def search(
    inst: Instance,
    *,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    restarts: int | None = None,
    budget: int | None = None,
) -> list[list[int]]:
    """Units per team slot, the best found over the seeded starts."""
    scorer = TeamScorer(inst)
    n_people = sum(inst.size)
    if restarts is None:
        restarts = 12 if n_people <= 40 else 2 if n_people <= 150 else 1
    if budget is None:
        budget = 20_000 + 50 * n_people
    rng = random.Random(seed)
    best: _State | None = None
    done = 0
    total = budget * restarts
    for start in range(restarts):
        slots = _construct(inst, scorer, rng, noise=0.0 if start == 0 else 0.6)
        state = _State(inst, scorer, slots)
        _local_search(state, rng, _Budget(state, budget, progress, cancelled, done, total))
        done += budget
        if _better(state, best):
            best = state
    if progress:
        progress(total, total)
    return best.slots if best else [[] for _t in range(inst.n_teams)]
