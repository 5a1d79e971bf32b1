"""The host's team board as a plain object: who is in which team, who is locked, and the scores.

Qt-free (napari's habit): the board changes only through its methods and tells its listeners
what changed — ``("reset",)``, ``("moving", from_team, from_row, to_team, to_row)`` then
``("moved", …)``, ``("locked", team, row)``, ``("scored",)`` — and an item model
(:class:`~matchmaker.ui.team_board_model.TeamBoardModel`) turns that into Qt's row signals. Every
change a host makes by hand (:meth:`move`, :meth:`set_locked`) returns what undoes it, so the view
can put it on the undo stack. The state lives here, never in widgets.

>>> from matchmaker.teams.problem import Participant, PlannedTeam, Pool, TeamPlan
>>> pool = Pool(tuple(Participant(x, x.upper(), "EE") for x in "abcd"), frozenset(), {}, {}, "e1", "Hack")
>>> board = TeamBoard()
>>> board.set_plan(pool, TeamPlan([PlannedTeam("T1", ["a", "b"], 0.0), PlannedTeam("T2", ["c", "d"], 0.0)], [], (0, 0)))
>>> board.move("a", 1)
(0, 0)
>>> board.members(0), board.members(1)
(['b'], ['c', 'd', 'a'])
>>> board.set_locked("a", True), board.locks()
(False, {'a': 1})
"""

from __future__ import annotations

from collections.abc import Callable

from matchmaker.teams.problem import PlannedTeam, Pool, TeamPlan, TeamRules

__all__ = ["TeamBoard"]


class TeamBoard:
    def __init__(self) -> None:
        self.pool: Pool | None = None
        self.plan: TeamPlan | None = None
        self.challenges: tuple = ()
        self.generation = 0  # grows with every new plan: undo commands of an older one do nothing
        self._listeners: list[Callable[..., None]] = []

    # -- listening ---------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[..., None]) -> None:
        self._listeners.append(listener)

    def _tell(self, *event) -> None:
        for listener in self._listeners:
            listener(*event)

    # -- reading -----------------------------------------------------------------------------------
    @property
    def teams(self) -> list[PlannedTeam]:
        return self.plan.teams if self.plan is not None else []

    def members(self, team: int) -> list[str]:
        return list(self.teams[team].members)

    def where(self, actor_id: str) -> tuple[int, int] | None:
        """``(team, row)`` of a member, or None."""
        for t, team in enumerate(self.teams):
            if actor_id in team.members:
                return t, team.members.index(actor_id)
        return None

    def is_locked(self, actor_id: str) -> bool:
        found = self.where(actor_id)
        return found is not None and actor_id in self.teams[found[0]].locked

    def locks(self) -> dict[str, int]:
        """Locked members and their team, as the team builder's rules take them."""
        return {a: t for t, team in enumerate(self.teams) for a in team.locked}

    # -- changing ----------------------------------------------------------------------------------
    def set_plan(self, pool: Pool | None, plan: TeamPlan | None, challenges=()) -> None:
        """Show a new plan (a build's, or none)."""
        self.pool, self.plan, self.challenges = pool, plan, tuple(challenges)
        self.generation += 1
        self._tell("reset")

    def move(self, actor_id: str, team: int, row: int | None = None) -> tuple[int, int]:
        """Put a member into ``team`` at ``row`` (default: last); returns ``(team, row)`` it was at.

        A locked member stays locked, to its new team.
        """
        source, source_row = self.where(actor_id)
        target = self.teams[team].members
        if row is None or row > len(target):
            row = len(target)
        if source == team and row in (source_row, source_row + 1):
            return source, source_row  # dropped where it already was
        self._tell("moving", source, source_row, team, row)
        self.teams[source].members.pop(source_row)
        if source == team and row > source_row:
            row -= 1
        target.insert(row, actor_id)
        if actor_id in self.teams[source].locked and source != team:
            self.teams[source].locked.remove(actor_id)
            self.teams[team].locked.append(actor_id)
        self._tell("moved", source, source_row, team, row)
        return source, source_row

    def set_locked(self, actor_id: str, locked: bool) -> bool:
        """Lock a member to its team (kept there by the next build) or free it; returns the old state."""
        team, row = self.where(actor_id)
        was = actor_id in self.teams[team].locked
        if locked and not was:
            self.teams[team].locked.append(actor_id)
        elif was and not locked:
            self.teams[team].locked.remove(actor_id)
        if was != locked:
            self._tell("locked", team, row)
        return was

    def rescore(self, rules: TeamRules) -> None:
        """Score the teams as they stand (after a move or a lock); names and challenges stay."""
        from matchmaker.teams import score_teams

        if self.pool is None or self.plan is None:
            return
        rules = TeamRules(
            **{**{f: getattr(rules, f) for f in rules.__dataclass_fields__}, "locked": self.locks()}
        )
        scored = score_teams(self.pool, rules, [t.members for t in self.teams], challenges=self.challenges)
        for new, old in zip(scored.teams, self.teams, strict=True):
            new.name, new.challenge, new.members = old.name, old.challenge, old.members
        self.plan = scored
        self._tell("scored")
