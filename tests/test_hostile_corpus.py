"""Every file of the hostile corpus (tests/data/hostile/) is refused or accepted calmly.

Refused: a :class:`MatchmakerError` whose message is one line naming the file and the
expected fault, and the store exactly as it was. Accepted: the import completes and the
store holds what the file says. Never a traceback, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matchmaker.errors import MatchmakerError
from matchmaker.interchange import import_document, read_files
from matchmaker.interchange.export import network_to_json
from tests.sample_network import write_sample

CORPUS = Path(__file__).parent / "data" / "hostile"
EXPECTED = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))


def test_the_corpus_is_large_and_every_case_has_an_expectation():
    cases = {p.name for p in CORPUS.iterdir() if p.name != "EXPECTED.json"}
    assert cases == set(EXPECTED)
    assert len(cases) >= 40
    assert sum(e["outcome"] == "refused" for e in EXPECTED.values()) >= 30


@pytest.fixture
def seeded(store, tmp_path):
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    return store


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_hostile_file_is_refused_in_one_line_or_accepted(seeded, case):
    expected = EXPECTED[case]
    before = network_to_json(seeded.load_network())
    path = CORPUS / case
    if expected["outcome"] == "refused":
        with pytest.raises(MatchmakerError) as caught:
            import_document(seeded.engine, read_files([path], seeded.resolver()))
        message = str(caught.value)
        assert "\n" not in message and "\r" not in message
        assert message.startswith(str(path))
        assert expected["message"] in message
        message.encode("utf-8")  # printable: no lone surrogate reaches the terminal
        assert network_to_json(seeded.load_network()) == before
    else:
        report = import_document(seeded.engine, read_files([path], seeded.resolver()))
        assert report.added["actors"] == expected["actors"]
        names = {a.name for a in seeded.load_network().actors}
        assert set(expected.get("names", [])) <= names
