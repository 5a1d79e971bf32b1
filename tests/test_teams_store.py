"""The team builder over a store: the pool of an event, saving teams, challenges files and the CLI."""

from __future__ import annotations

import json

import pytest

from matchmaker.cli import main
from matchmaker.errors import MatchmakerError
from matchmaker.interchange import export_network, import_document, read_files
from matchmaker.records import ActorRecord, EventRecord, NetworkData, ParticipationRecord, TieRecord
from matchmaker.teams import (
    TeamRules,
    UnknownEventError,
    form_teams,
    load_pool,
    load_saved_plan,
    plan_to_csv,
    read_challenges,
    save_plan,
)
from matchmaker.teams.challenges import ChallengesFileError

SKILLS = ["egov:x-road", "egov:civic-tech", "egov:base-registries", "egov:cyber-hygiene", "egov:e-tax"]


def hackathon() -> NetworkData:
    actors = [
        ActorRecord(
            f"{c.lower()}-{i}",
            "person",
            f"{c} Person {i}",
            c,
            roles=("designer",) if i == 0 else ("developer",) if i % 2 else ("founder",),
            offers={SKILLS[i % 5]: 1.0, SKILLS[(i + 1) % 5]: 0.5},
        )
        for c in ("EE", "UA")
        for i in range(5)
    ]
    actors.append(ActorRecord("ee-mentor", "person", "Mentor Mari", "EE", roles=("mentor",)))
    ties = [
        TieRecord("ee-1", "ua-1", "knows"),
        TieRecord("ee-2", "ee-mentor", "mentored"),
        TieRecord("ee-mentor", "ua-3", "mentored"),
    ]
    event = EventRecord("hack-kyiv", "Sandbox Hack Kyiv", "hackathon", "Kyiv", "UA")
    parts = [ParticipationRecord("hack-kyiv", a.id) for a in actors[:-1]]
    parts.append(ParticipationRecord("hack-kyiv", "ee-mentor", "mentor"))
    return NetworkData(actors=actors, ties=ties, events=[event], participations=parts)


def load_hackathon(store, folder) -> None:
    written = export_network(hackathon(), "json", folder / "hackathon.json")
    import_document(store.engine, read_files(written, store.resolver()))


@pytest.fixture
def hack_store(store, tmp_path):
    load_hackathon(store, tmp_path)
    return store


def test_pool_holds_the_participants_with_skills_experience_and_closeness(hack_store):
    pool = load_pool(hack_store.load_network(), "Sandbox Hack Kyiv")
    assert pool.event_id == "hack-kyiv" and len(pool.participants) == 10  # the mentor is not in a team
    by_id = pool.by_id()
    assert by_id["ua-0"].designer and not by_id["ua-1"].designer
    assert by_id["ee-2"].skills == {"egov:base-registries", "egov:cyber-hygiene"}
    assert by_id["ee-2"].experience > by_id["ee-1"].experience  # founder with a tie vs developer
    assert ("ee-1", "ua-1") in pool.ties
    assert pool.closeness[("ee-2", "ua-3")] == pytest.approx(0.5)  # two steps through the mentor
    assert pool.label("egov:x-road") == "X-Road data exchange"


def test_unknown_event_is_a_user_error(hack_store):
    with pytest.raises(UnknownEventError, match="no event has the id or name 'nope'"):
        load_pool(hack_store.load_network(), "nope")


def test_saved_plan_comes_back_with_locks(hack_store):
    pool = load_pool(hack_store.load_network(), "hack-kyiv")
    plan = form_teams(pool, TeamRules(min_size=5, max_size=5, locked={"ua-2": 1}))
    save_plan(hack_store, "hack-kyiv", plan)
    save_plan(hack_store, "hack-kyiv", plan)  # saving again replaces, never duplicates
    saved = load_saved_plan(hack_store, "hack-kyiv")
    assert [sorted(t.members) for t in saved] == [sorted(t.members) for t in plan.teams]
    assert saved[1].locked == ["ua-2"]


def test_challenges_file_accepts_labels_in_three_languages(sqlite_store, tmp_path):
    path = tmp_path / "challenges.json"
    path.write_text(
        json.dumps(
            [
                {"name": "Registry", "skills": ["X-tee andmevahetus", "egov:base-registries"]},
                {"name": "Civic", "skills": ["Civic tech"]},
            ]
        ),
        encoding="utf-8",
    )
    challenges = read_challenges(path, sqlite_store.resolver())
    assert [(c.name, c.skills) for c in challenges] == [
        ("Registry", ("egov:x-road", "egov:base-registries")),
        ("Civic", ("egov:civic-tech",)),
    ]
    csv_path = tmp_path / "challenges.csv"
    csv_path.write_text("name,skills\nRegistry,X-Road data exchange;Civic tech\n", encoding="utf-8")
    assert read_challenges(csv_path, sqlite_store.resolver())[0].skills == ("egov:x-road", "egov:civic-tech")


@pytest.mark.parametrize(
    ("text", "suffix", "where"),
    [
        ('[{"name": "A", "skills": ["underwater basket weaving"]}]', ".json", r"\$\[0\], field 'skills'"),
        ('[{"skills": []}]', ".json", r"\$\[0\], field 'name'"),
        ('[{"name": "A",}]', ".json", "line 1"),
        ("name,skills\nA,Civic tech\nB,no such skill\n", ".csv", "line 3, field 'skills'"),
        ("title,skills\n", ".csv", "line 1, field 'name'"),
    ],
)
def test_bad_challenges_file_names_file_place_and_field(sqlite_store, tmp_path, text, suffix, where):
    path = tmp_path / f"bad{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChallengesFileError, match=f"bad{suffix}: {where}"):
        read_challenges(path, sqlite_store.resolver())
    assert issubclass(ChallengesFileError, MatchmakerError)


def test_csv_export_has_a_row_per_member(hack_store, tmp_path):
    pool = load_pool(hack_store.load_network(), "hack-kyiv")
    plan = form_teams(pool, TeamRules(min_size=5, max_size=5))
    lines = plan_to_csv(plan, tmp_path / "teams.csv", pool).read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "team,challenge,team_score,actor_id,name,country,locked,team_lacks,team_covers"
    assert len(lines) == 11 and any("UA Person 3" in line for line in lines)


def test_cli_json_shape_on_the_demo_network(demo_store_path, capsys, tmp_path):
    from matchmaker.store import open_store

    store = open_store(str(demo_store_path))
    event = next(e for e in store.load_network().events if e.kind == "hackathon")
    people = len(load_pool(store.load_network(), event.id).participants)
    store.engine.dispose()
    capsys.readouterr()
    csv_path = tmp_path / "teams.csv"
    assert (
        main(
            [
                "--db",
                str(demo_store_path),
                "teams",
                event.name,
                "--size",
                "4-5",
                "--json",
                "--seed",
                "2",
                "--csv",
                str(csv_path),
            ]
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) >= {"teams", "unmet"}
    assert all(set(t) >= {"name", "members", "score", "covers", "lacks"} for t in doc["teams"])
    assert sum(len(t["members"]) for t in doc["teams"]) == people
    assert all(4 <= len(t["members"]) <= 5 for t in doc["teams"])
    assert all(isinstance(message, str) for message in doc["unmet"])
    assert csv_path.exists()


def test_cli_saves_and_keeps_pairs(hack_store, capsys):
    db = str(hack_store.engine.url.database) if hack_store.engine.url.get_backend_name() == "sqlite" else None
    if db is None:
        pytest.skip("the CLI test drives a SQLite file")
    assert (
        main(
            [
                "--db",
                db,
                "teams",
                "hack-kyiv",
                "--size",
                "5-5",
                "--keep-apart",
                "ee-1,ua-1",
                "--keep-together",
                "ee-3,ua-4",
                "--mix",
                "ties",
                "--save",
                "--json",
            ]
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    team_of = {a: i for i, t in enumerate(doc["teams"]) for a in t["members"]}
    assert team_of["ee-1"] != team_of["ua-1"] and team_of["ee-3"] == team_of["ua-4"]
    assert len(load_saved_plan(hack_store, "hack-kyiv")) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["teams", "hack-kyiv", "--size", "5-3"], "bad team size range '5-3'"),
        (["teams", "no-such-event"], "no event has the id or name 'no-such-event'"),
        (["teams", "hack-kyiv", "--challenges", "missing.json"], "missing.json: cannot read the file"),
    ],
)
def test_cli_user_errors_exit_2_with_one_line(sqlite_store, tmp_path, capsys, args, message):
    load_hackathon(sqlite_store, tmp_path)
    code = main(["--db", str(sqlite_store.engine.url.database), *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_cli_exact_prints_clean_json(sqlite_store, tmp_path, capsys):
    load_hackathon(sqlite_store, tmp_path)
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                str(sqlite_store.engine.url.database),
                "teams",
                "hack-kyiv",
                "--size",
                "5-5",
                "--exact",
                "--json",
            ]
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["unmet"] == [] and len(doc["teams"]) == 2
    assert doc["objective"]["weakest"] == min(t["score"] for t in doc["teams"])
