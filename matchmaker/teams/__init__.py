"""Hackathon team formation: max-min team scores under the host's rules (docs/TEAMS.md).

Qt-free. ``load_pool`` gathers an event's participants from the network's records, ``form_teams`` (fast)
or ``form_teams_exact`` (MILP, small pools) builds a :class:`TeamPlan`, ``save_plan`` and
``plan_to_csv`` keep it.
"""

from matchmaker.teams.build import form_teams, form_teams_exact
from matchmaker.teams.challenges import read_challenges, write_challenges
from matchmaker.teams.export import plan_to_csv, plan_to_rows, plan_to_xlsx
from matchmaker.teams.problem import (
    OBJECTIVE_TEXT,
    Challenge,
    Participant,
    PlannedTeam,
    Pool,
    ScoreWeights,
    TeamBuildCancelled,
    TeamPlan,
    TeamRules,
    TeamRulesError,
    parse_size_range,
)
from matchmaker.teams.scoring import score_teams
from matchmaker.teams.service import UnknownEventError, find_event, load_pool, load_saved_plan, save_plan

__all__ = [
    "OBJECTIVE_TEXT",
    "Challenge",
    "Participant",
    "PlannedTeam",
    "Pool",
    "ScoreWeights",
    "TeamBuildCancelled",
    "TeamPlan",
    "TeamRules",
    "TeamRulesError",
    "UnknownEventError",
    "find_event",
    "form_teams",
    "form_teams_exact",
    "load_pool",
    "load_saved_plan",
    "parse_size_range",
    "plan_to_csv",
    "plan_to_rows",
    "plan_to_xlsx",
    "read_challenges",
    "save_plan",
    "score_teams",
    "write_challenges",
]
