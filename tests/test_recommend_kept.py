"""``matchmaker recommend`` answered from the kept model without the store: the very output of the
full path, and the full path whenever the kept model cannot answer for the network as it is now."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from matchmaker import kept
from matchmaker.cli import main, match_commands, recommend_kept
from matchmaker.i18n import current_language, set_language
from matchmaker.store import open_store

SILDIO = "ee-company-001"  # Sildio Digital AS, Tartu


@pytest.fixture(autouse=True)
def same_language_after():
    """``--lang`` sets the process's language; the next test must not speak it."""
    was = current_language()
    yield
    set_language(was)


@pytest.fixture(scope="module")
def kept_demo(demo_store_path, tmp_path_factory):
    """The demo network with its recommender kept beside it (as a 100,000-actor network has it)."""
    folder = tmp_path_factory.mktemp("kept-demo")
    db = folder / "demo.sqlite"
    shutil.copy(demo_store_path, db)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kept, "KEEP_FROM_ACTORS", 1)  # the demo is smaller than what is kept by default
        assert main(["--db", str(db), "recommend", SILDIO, "--json"]) == 0
    assert (kept.kept_folder(db) / "recommender.pickle").is_file()
    return db


@pytest.fixture
def own_kept_demo(kept_demo, tmp_path):
    """A private copy of :func:`kept_demo` (database and kept folder), for a test that writes."""
    db = tmp_path / "demo.sqlite"
    shutil.copy(kept_demo, db)
    shutil.copytree(kept.kept_folder(kept_demo), kept.kept_folder(db))
    return db


class Paths:
    """Runs the command on the kept path only (the store may not be opened) or on the full path only."""

    def __init__(self, monkeypatch, capsys):
        self.monkeypatch, self.capsys = monkeypatch, capsys

    def _run(self, argv: list[str]) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(argv)
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def kept(self, argv: list[str]) -> tuple[int, str, str]:
        with self.monkeypatch.context() as patch:

            def no_store(_args):
                raise AssertionError("the kept path opened the store")

            patch.setattr(match_commands, "store_from_args", no_store)
            return self._run(argv)

    def full(self, argv: list[str]) -> tuple[int, str, str]:
        with self.monkeypatch.context() as patch:
            patch.setattr(recommend_kept, "recommend_from_kept", lambda _args: None)
            return self._run(argv)

    def which(self, argv: list[str]) -> str:
        """``"kept"`` or ``"full"``: the path the command takes now (the full path not run to its end:
        a fit of the demo takes a minute on a busy machine, and what it prints is tested above)."""
        taken = []
        with self.monkeypatch.context() as patch:

            def full(_args):
                taken.append("full")
                return recommend_kept.Recommendations({}, {})

            patch.setattr(match_commands, "_recommend_from_store", full)
            assert self._run(argv)[0] == 0
        return taken[0] if taken else "kept"


@pytest.fixture
def paths(monkeypatch, capsys):
    return Paths(monkeypatch, capsys)


ASKED = [
    [SILDIO],
    [SILDIO, "--json"],
    ["Reiestrsense Software LLC", "--top", "3", "--any-country"],  # by its whole name
    ["ТОВ «Медсофт Рішення»", "--json"],  # by its native name
    ["sildio digital", SILDIO, "ua-company-003", "--kind", "startup", "--kind", "investor", "--json"],
    ["Dataway Digital", "--country", "EE", "--sector", "fintech", "--top", "4"],  # found uniquely by find
    ["ua-company-004", "--sector", "no such sector"],  # nobody passes the filters
    ["--lang", "et", SILDIO, "--top", "5"],
    ["--lang", "uk", "ua-company-005", "--json", "--any-country"],
    # names only `find`'s search resolves: the kept search index, not two columns
    ["sildoi digital", "--top", "3"],  # misspelt
    ["Реєстрсенс", "--json"],  # transliterated: Reiestrsense Software LLC
    ["Reiestrsens", "--top", "2"],  # the start of a name
    ["datawai digital", "--json"],  # a looser transliteration
]


@pytest.mark.parametrize("asked", ASKED, ids=lambda asked: " ".join(asked))
def test_the_kept_path_prints_what_the_full_path_prints(kept_demo, paths, asked):
    head, tail = (asked[:2], asked[2:]) if asked[0] == "--lang" else ([], asked)
    argv = [*head, "--db", str(kept_demo), "recommend", *tail]
    kept_answer = paths.kept(argv)
    assert kept_answer == paths.full(argv)
    code, out, _err = kept_answer
    assert code == 0 and out.strip()
    if "--json" in argv:
        assert json.loads(out)


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("nobody-at-all", "error: no actor has the id or name 'nobody-at-all'"),
        ("Digital", "error: ambiguous: 'Digital' matches"),
        ("Медсофт", "error: ambiguous: 'Медсофт' matches 2 actors: Medsoft Solutions LLC"),
        ("sildoi analytics", "error: no actor has the id or name 'sildoi analytics'"),
    ],
)
def test_an_actor_no_one_or_several_are_named_by_gets_the_full_paths_message(kept_demo, paths, key, message):
    argv = ["--db", str(kept_demo), "recommend", key]
    code, out, err = paths.kept(argv)
    assert (code, out, err) == paths.full(argv)
    assert code == 2 and out == "" and err.startswith(message) and len(err.splitlines()) == 1


def test_the_kept_path_imports_neither_sqlalchemy_nor_scikit_learn(kept_demo):
    """What makes it fast (issue 12: SQLAlchemy and the models were most of a repeated recommend)."""
    code = (
        "import sys\n"
        "from matchmaker.cli import main\n"
        f"assert main(['--db', {str(kept_demo)!r}, 'recommend', {SILDIO!r}, '--json']) == 0\n"
        "slow = ('sqlalchemy', 'sqlmodel', 'sklearn', 'networkx', 'alembic', 'matchmaker.store')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in slow or m in slow), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[SILDIO]
    assert done.stderr.strip().splitlines()[-1] == "[]"


def _rename(db, actor_id: str, name: str) -> None:
    store = open_store(str(db))
    try:
        store.update_actor_values(actor_id, {"name": name})
    finally:
        store.close()


def test_after_a_write_the_full_path_answers_and_then_keeps_for_the_kept_path(own_kept_demo, paths):
    argv = ["--db", str(own_kept_demo), "recommend", SILDIO, "--json"]
    before = json.loads(paths.kept(argv)[1])[SILDIO]
    renamed = before[0]["id"]
    kept_file = kept.kept_folder(own_kept_demo) / "recommender.pickle"
    _rename(own_kept_demo, renamed, "Renamed Partner OÜ")

    assert paths.which(argv) == "full"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kept, "KEEP_FROM_ACTORS", 1)
        code, out, _err = paths.full(argv)  # the kept weights over the renamed network: no new fit
    assert code == 0
    after = json.loads(out)[SILDIO]
    assert {s["id"]: s["name"] for s in after}.get(renamed) == "Renamed Partner OÜ"
    assert paths.which(argv) == "kept"  # the full path kept the model for the renamed network
    assert paths.kept(argv) == (0, out, "")
    assert kept_file.is_file()


def _import(db, tmp_path, document: dict) -> None:
    path = tmp_path / "more.json"
    path.write_text(json.dumps({"format": "sandbox-matchmaker/1", **document}), encoding="utf-8")
    assert main(["--db", str(db), "import", str(path)]) == 0


WRITES = {
    "edit": lambda store, _tmp: store.update_actor_values(SILDIO, {"city": "Narva"}),
    "skill": lambda store, _tmp: store.set_skill_weight(SILDIO, "need", "egov:x-road", 0.5),
    "outcome": lambda store, _tmp: store.record_decision(SILDIO, "ua-company-002", "met"),
    "new actor": lambda store, tmp: _import(
        store.database_file,
        tmp,
        {"actors": [{"id": "ee-new", "kind": "startup", "name": "Uus", "country": "EE"}]},
    ),
    "new tie": lambda store, tmp: _import(
        store.database_file,
        tmp,
        {"ties": [{"source": SILDIO, "target": "ua-company-002", "kind": "partner"}]},
    ),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_every_kind_of_write_sends_the_next_recommend_the_full_way(own_kept_demo, paths, tmp_path, write):
    argv = ["--db", str(own_kept_demo), "recommend", SILDIO]
    assert paths.which(argv) == "kept"
    store = open_store(str(own_kept_demo))
    try:
        WRITES[write](store, tmp_path)
    finally:
        store.close()
    assert paths.which(argv) == "full"


def test_a_declined_kept_path_leaves_the_earlier_model_for_the_store_to_update(own_kept_demo, paths):
    """The store updates a model kept before an edit in seconds; fitting afresh at 100,000 actors
    takes minutes. The kept path must not delete it on its way to the full path."""
    kept_file = kept.kept_folder(own_kept_demo) / "recommender.pickle"
    written = kept_file.stat().st_mtime_ns
    _rename(own_kept_demo, "ua-company-002", "Medsoft Renamed LLC")
    args = match_commands.argparse.Namespace(
        actors=[SILDIO], top=10, kind=None, country=None, sector=None, any_country=False,
        audience="public", json=False, lang=None, db=str(own_kept_demo), wait=None, command="recommend",
        all=False, output=None, screenshot=None,
    )  # fmt: skip
    assert recommend_kept.recommend_from_kept(args) is None
    assert kept_file.stat().st_mtime_ns == written


@pytest.mark.parametrize(
    "argv",
    [
        ["recommend", SILDIO, "--audience", "council"],  # only the public audience's model is kept
        ["recommend", "ua-company-001", "--audience", "council", "--json"],
    ],
)
def test_a_question_the_kept_model_was_not_made_for_goes_the_full_way(kept_demo, paths, argv):
    assert paths.which(["--db", str(kept_demo), *argv]) == "full"


def test_an_option_the_kept_path_does_not_know_sends_the_command_the_full_way(kept_demo, paths, monkeypatch):
    """A ``recommend`` option added later and not taught to the kept path must not be ignored by it."""
    real_register = match_commands.register

    def with_new_option(subparsers):
        real_register(subparsers)
        subparsers.choices["recommend"].add_argument("--fresh-only", action="store_true")

    monkeypatch.setattr(match_commands, "register", with_new_option)
    argv = ["--db", str(kept_demo), "recommend", SILDIO]
    assert paths.which(argv) == "kept"
    assert paths.which([*argv, "--fresh-only"]) == "full"


def test_a_network_without_a_kept_model_goes_the_full_way(demo_store_path, tmp_path, paths):
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_store_path, db)
    argv = ["--db", str(db), "recommend", SILDIO, "--top", "2"]
    assert paths.which(argv) == "full"  # the demo is smaller than what is kept


def _search_built(monkeypatch) -> list[int]:
    """Counts each search index built from actors (not read back from the kept folder)."""
    from matchmaker import search

    built = []
    real_init = search.ActorSearch.__init__

    def counted(self, *args, **kwargs):
        built.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(search.ActorSearch, "__init__", counted)
    return built


def test_a_misspelt_name_builds_the_search_index_once_then_reads_it_back(own_kept_demo, paths, monkeypatch):
    """Building the index over 100,000 actors took 8 s of every such ``recommend`` (issue 12)."""
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)
    built = _search_built(monkeypatch)
    argv = ["--db", str(own_kept_demo), "recommend", "sildoi digital", "--json"]
    first = paths.kept(argv)
    assert built == [1] and (kept.kept_folder(own_kept_demo) / "search.pickle").is_file()
    assert paths.kept(argv) == first and paths.kept([*argv[:3], "Реєстрсенс", "--json"])[0] == 0
    assert built == [1]  # both read the kept index
    assert json.loads(first[1])[SILDIO]


def test_after_a_write_the_kept_search_index_is_not_used(own_kept_demo, paths, monkeypatch):
    """The index kept before a rename still knows the old name: it must never name an actor again."""
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)
    old_name = ["--db", str(own_kept_demo), "recommend", "sildoi digital", "--json"]
    new_name = [*old_name[:3], "tammeoks analytcs", "--json"]
    assert paths.kept(old_name)[0] == 0  # the index is kept for this generation
    _rename(own_kept_demo, SILDIO, "Tammeoks Analytics OÜ")
    built = _search_built(monkeypatch)

    code, out, _err = paths.full(new_name)  # the store's own search: the new name, misspelt
    assert code == 0 and list(json.loads(out)) == [SILDIO]
    assert built == [1]  # made afresh from the rows, not read from the stale kept index
    assert paths.full(old_name)[:2] == (2, "")  # and the old name is gone
    assert paths.which(new_name) == "kept"  # the full path kept the model (and the index) anew
    assert paths.kept(new_name) == (0, out, "")
    assert paths.kept(old_name) == paths.full(old_name)
    assert built == [1]
