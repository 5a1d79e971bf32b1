"""docs/SERVER.md's set-up, run as written on a test PostgreSQL server, gives what the page promises.

The SQL block is taken from the page itself (names made unique per run, since roles belong to
the whole server): two members and a viewer log in with their own roles; the members' work
belongs to the council's role, they catch each other's edit conflicts, may forget a person
down to VACUUM FULL, and the viewer reads but is refused any change in one line.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from matchmaker.cli import main
from matchmaker.editing import EditConflictError, update_actor
from matchmaker.interchange import import_document, read_files
from matchmaker.person_rights import forget_person
from matchmaker.store import open_store
from tests.sample_network import write_sample

pytestmark = pytest.mark.postgres

SERVER_MD = Path(__file__).resolve().parent.parent / "docs" / "SERVER.md"
NAMES = ("council_ee_ua", "sandbox_ee_ua", "viewers_ee_ua", "kadri", "olena", "anu")


def _setup_sql(suffix: str) -> str:
    text = SERVER_MD.read_text(encoding="utf-8")
    block = re.search(r"```sql\n(.*?)```", text, re.DOTALL).group(1)
    for name in NAMES:
        block = re.sub(rf"\b{name}\b", f"{name}_{suffix}", block)
    return block


def _run_as_superuser(base_url: str, sql: str) -> None:
    """Run the block as psql would: one statement per line-ending ';', ``\\c DB`` switches database."""
    url = base_url.replace("postgresql://", "postgresql+psycopg://")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        for line in sql.splitlines():
            line = line.split("--", 1)[0].strip()
            if not line:
                continue
            if line.startswith("\\c "):
                engine.dispose()
                engine = create_engine(
                    url.rsplit("/", 1)[0] + "/" + line[3:].strip(), isolation_level="AUTOCOMMIT"
                )
                continue
            with engine.connect() as conn:
                conn.exec_driver_sql(line)
    finally:
        engine.dispose()


@pytest.fixture
def council(postgres_server):
    if postgres_server._bin is None:
        pytest.skip("needs the private test server (roles are made on it)")
    suffix = uuid.uuid4().hex[:8]
    _run_as_superuser(postgres_server.base_url, _setup_sql(suffix))
    host = postgres_server.base_url.split("@", 1)[1].rsplit("/", 1)[0]

    def url(login: str) -> str:
        return f"postgresql://{login}_{suffix}@{host}/sandbox_ee_ua_{suffix}"

    return url, suffix


def test_members_work_as_the_council_and_catch_each_others_edits(council, tmp_path):
    url, suffix = council
    kadri = open_store(url("kadri"))  # the first opening creates the schema, as the council
    try:
        import_document(kadri.engine, read_files([write_sample(tmp_path)], kadri.resolver()))
        with kadri.engine.connect() as conn:
            owners = set(
                conn.exec_driver_sql(
                    "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
                ).scalars()
            )
            assert owners == {f"council_ee_ua_{suffix}"}
            assert conn.exec_driver_sql("SELECT session_user").scalar() == f"kadri_{suffix}"
        olena = open_store(url("olena"))
        try:
            loaded = olena.find_actor("ee-kadri")
            update_actor(kadri, "ee-kadri", city="Narva", expected_version=loaded.version)
            with pytest.raises(EditConflictError) as refused:
                update_actor(olena, "ee-kadri", city="Tartu", expected_version=loaded.version)
            assert refused.value.theirs == {"city": "Narva"}
            report = forget_person(olena, olena.find_actor("Olena Kovalenko"))
            assert report.not_compacted == []  # members may VACUUM FULL: they act as the owner
        finally:
            olena.close()
    finally:
        kadri.close()


def test_a_viewer_reads_and_is_refused_any_change_in_one_line(council, tmp_path, capsys):
    url, _suffix = council
    member = open_store(url("kadri"))
    import_document(member.engine, read_files([write_sample(tmp_path)], member.resolver()))
    member.close()

    assert main(["--db", url("anu"), "stats", "--json"]) == 0
    assert '"actors": 4' in capsys.readouterr().out
    code = main(["--db", url("anu"), "import", str(write_sample(tmp_path))])
    err = capsys.readouterr().err
    assert code == 2 and "may only read" in err and len(err.strip().splitlines()) == 1
