"""The typed JSON reader (msgspec, the fast path) and the careful reader agree on every file.

Every JSON file is read by the typed path first; when it declines, the careful reader reads the
file again. These tests prove that a file the typed path accepts gives exactly the document the
careful reader gives, that a file it cannot be sure of gives the careful reader's one-line
message, and that the ordinary file a user exports really takes the typed path (else the
import is as slow as before and nothing here would notice).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from matchmaker.errors import InterchangeError
from matchmaker.interchange import read
from matchmaker.interchange.document import Document
from matchmaker.interchange.typed_json import read_typed_json
from matchmaker.store import open_store
from tests.test_interchange_fuzz import DOCUMENT

FORMAT = "sandbox-matchmaker/1"


@pytest.fixture(scope="module")
def store():
    store = open_store("sqlite://")
    yield store
    store.engine.dispose()


@pytest.fixture
def resolver(store):
    """A factory of fresh resolvers: a read adds the free tags it meets to the one it is given."""
    return store.resolver


def _careful(paths, resolver) -> Document:
    typed = read.read_typed_json
    read.read_typed_json = lambda *_args, **_kw: False
    try:
        return read.read_files(paths, resolver)
    finally:
        read.read_typed_json = typed


def _outcome(read_them, paths, resolver):
    try:
        return read_them(paths, resolver())
    except InterchangeError as error:
        return str(error)


def _as_comparable(doc: Document | str):
    if isinstance(doc, str):
        return doc
    net = doc.network
    places = {
        origins.section: [origins.describe(i) for i in range(count)]
        for origins, count in (
            (doc.tie_origins, len(net.ties)),
            (doc.participation_origins, len(net.participations)),
            (doc.decision_origins, len(net.decisions)),
        )
    }
    return (
        net.actors,
        net.ties,
        net.events,
        net.participations,
        net.decisions,
        doc.new_tags,
        doc.actor_sources,
        doc.event_sources,
        doc.actor_keys,
        places,
    )


def _assert_same(paths, resolver) -> None:
    assert _as_comparable(_outcome(read.read_files, paths, resolver)) == _as_comparable(
        _outcome(_careful, paths, resolver)
    )


def _write(folder, document, name="net.json", **dump):
    path = folder / name
    path.write_text(json.dumps(document, **dump), encoding="utf-8")
    return path


def _typed_takes(path, resolver) -> bool:
    return read_typed_json(str(path), path.read_bytes(), resolver(), Document())


ORDINARY = {
    "format": FORMAT,
    "actors": [
        {
            "id": "ee-kood",
            "kind": "startup",
            "name": " Kood OÜ ",
            "native_name": None,
            "country": "ee",
            "city": "Tallinn",
            "sectors": ["e-health", " ", "fintech "],
            "description": "Notes: we build at 10:30 every day; see https://kood.example",
            "website": "https://kood.example",
            "stage": "seed",
            "size": "1-10",
            "roles": [],
            "email": "hello@kood.example",
            "offers": ["Python", "egov:digital-identity", {"skill": "Mobile UX design", "weight": 0.5}],
            "needs": ["something nobody has named yet"],
        },
        {"id": "ua-olena", "kind": "person", "name": "Olena", "country": "UA", "visibility": "council"},
        {"id": "id:with:colons", "kind": "ngo", "name": "Colons: everywhere", "country": "EE", "offers": []},
    ],
    "ties": [
        {"source": "ee-kood", "target": "ua-olena", "kind": "partner", "since": "2024-02-29", "weight": 2},
        {"source": "ua-olena", "target": "id:with:colons", "kind": "knows"},
        {"source": "ee-kood", "target": "ua-olena", "kind": "partner", "since": None, "weight": 0.5},
    ],
    "events": [{"id": "ev:1", "name": "Forum: Kyiv", "kind": "forum", "start": "2025-01-02"}],
    "participations": [{"event": "ev:1", "actor": "ee-kood", "role": "mentor"}],
    "decisions": [{"a": "ee-kood", "b": "ua-olena", "status": "met", "updated_at": "2025-01-02T10:00:00"}],
}


def test_an_ordinary_file_takes_the_typed_path_and_reads_as_the_careful_reader_reads_it(tmp_path, resolver):
    for dump in ({}, {"indent": 2, "ensure_ascii": False}):
        path = _write(tmp_path, ORDINARY, **dump)
        assert _typed_takes(path, resolver)
        _assert_same([path], resolver)


def test_a_file_written_with_a_byte_order_mark_takes_the_typed_path(tmp_path, resolver):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(ORDINARY).encode())
    assert _typed_takes(path, resolver)
    _assert_same([path], resolver)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"format": "%s", "ties": [{"source": "a", "target": "b", "kind": "knows", "kind": "partner"}]}',
            "$.ties[0], field 'kind': appears twice in one object",
        ),
        (
            '{"format": "%s", "actors": [{"id": "a", "kind": "ngo", "name": "A", "name": "B", "country": "EE"}]}',
            "$.actors[0], field 'name': appears twice in one object",
        ),
        (
            '{"format": "%s", "actors": [], "actors": [{"id": "a", "kind": "ngo", "name": "A", "country": "EE"}]}',
            "$, field 'actors': appears twice in one object",
        ),
        (
            '{"format": "%s", "actors": [{"id": "a", "kind": "ngo", "name": "A: B", "country": "EE",'
            ' "offers": [{"skill": "Python", "weight": 0.5, "weight": 1}]}]}',
            "field 'weight': appears twice in one object",
        ),
        (  # ties' colons are counted without writing them out: ids with colons, a null day
            '{"format": "%s", "ties": [{"source": "org:a", "target": "org:b", "kind": "knows", "since": null},'
            ' {"source": "org:b", "target": "org:a", "kind": "knows", "since": null, "since": "2024-01-01"}]}',
            "$.ties[1], field 'since': appears twice in one object",
        ),
        (
            '{"format": "%s", "ties": [{"source": "a", "target": "b", "kind": "knows", "weight": 2, "weight": 3}]}',
            "$.ties[0], field 'weight': appears twice in one object",
        ),
    ],
)
def test_a_repeated_key_is_named_even_though_the_fast_parser_drops_it(tmp_path, resolver, text, message):
    path = tmp_path / "twice.json"
    path.write_text(text % FORMAT, encoding="utf-8")
    assert not _typed_takes(path, resolver)
    with pytest.raises(InterchangeError) as raised:
        read.read_files([path], resolver())
    assert message in str(raised.value) and str(raised.value).startswith(str(path))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["ties"].append({"source": " ee-kood", "target": "ua-olena", "kind": "advises"}),
        lambda d: d["ties"].append({"source": "ee-kood", "target": "ua-olena", "kind": " advises"}),
        lambda d: d["ties"].append(
            {"source": "ee-kood", "target": "ua-olena", "kind": "advises", "since": ""}
        ),
        lambda d: d["actors"].append({"id": "x", "kind": "ngo", "name": "X", "country": "EE", "stage": ""}),
        lambda d: d["actors"][1].update(name="Olena \\u003a escaped"),
    ],
)
def test_what_the_typed_path_leaves_alone_the_careful_reader_accepts_the_same(tmp_path, resolver, change):
    document = json.loads(json.dumps(ORDINARY))
    change(document)
    path = _write(tmp_path, document)
    _assert_same([path], resolver)
    assert not isinstance(_outcome(read.read_files, [path], resolver), str)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["ties"].append({"source": "a", "target": "a", "kind": "knows"}),
            "$.ties[3], field 'target'",
        ),
        (lambda d: d["ties"][0].update(since="2023-02-29"), "$.ties[0], field 'since'"),
        (lambda d: d["ties"][0].update(weight=0), "$.ties[0], field 'weight'"),
        (lambda d: d["ties"][0].update(kind=["partner"]), "$.ties[0], field 'kind': expected a string"),
        (lambda d: d["actors"].append(dict(d["actors"][1])), "$.actors[3], field 'id': duplicate actor id"),
        (lambda d: d["actors"][0].update(country="Estonia"), "$.actors[0], field 'country'"),
        (lambda d: d["actors"][0].update(id="a\tb"), "$.actors[0], field 'id'"),
        (lambda d: d["events"].append(d["events"][0]), "$.events[1], field 'id': duplicate event id"),
    ],
)
def test_a_bad_value_still_gets_the_careful_readers_one_line(tmp_path, resolver, change, message):
    document = json.loads(json.dumps(ORDINARY))
    change(document)
    path = _write(tmp_path, document)
    outcome = _outcome(read.read_files, [path], resolver)
    assert isinstance(outcome, str) and message in outcome and "\n" not in outcome
    _assert_same([path], resolver)


def test_two_files_claim_ids_across_both(tmp_path, resolver):
    first = _write(tmp_path, ORDINARY, name="one.json")
    second = _write(tmp_path, {"format": FORMAT, "actors": [ORDINARY["actors"][1]]}, name="two.json")
    outcome = _outcome(read.read_files, [first, second], resolver)
    assert isinstance(outcome, str) and "duplicate actor id 'ua-olena'; first defined at" in outcome
    _assert_same([first, second], resolver)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=DOCUMENT)
def test_any_document_reads_the_same_on_both_paths(tmp_path_factory, resolver, document):
    path = _write(tmp_path_factory.mktemp("doc"), document, allow_nan=True)
    _assert_same([path], resolver)


def test_a_free_tag_met_before_the_typed_path_declines_is_still_a_new_tag(tmp_path, resolver):
    document = json.loads(json.dumps(ORDINARY))
    # the ties are staged after the actors: a spaced end declines once the tag exists
    document["ties"].append({"source": " ee-kood", "target": "ua-olena", "kind": "advises"})
    path = _write(tmp_path, document)
    one = resolver()
    assert not read_typed_json(str(path), path.read_bytes(), one, Document())
    doc = read.read_files([path], one)
    assert "tag:something nobody has named yet" in doc.new_tags
    _assert_same([path], resolver)


def test_the_free_tags_of_an_accepted_file_are_known_to_the_resolver_afterwards(tmp_path, resolver):
    one = resolver()
    doc = read.read_files([_write(tmp_path, ORDINARY)], one)
    assert list(doc.new_tags) == ["tag:something nobody has named yet"]
    assert one.resolve_or_tag("something nobody has named yet")[1] is None


def test_ties_with_colons_in_their_ends_and_null_days_are_read_by_the_typed_path(tmp_path, resolver):
    """The colons of ties are counted from their ends and keys; a file without repeats is still taken."""
    path = tmp_path / "colons.json"
    actors = [
        {"id": f"org:{i}", "kind": "ngo", "name": f"Org {i}: the first", "country": "EE"} for i in range(3)
    ]
    ties = [
        {"source": "org:0", "target": "org:1", "kind": "knows", "since": None},
        {"source": "org:1", "target": "org:2", "kind": "partner", "since": "2024-01-01", "weight": 2},
        {"source": "org:2", "target": "org:0", "kind": "advises"},
    ]
    path.write_text(json.dumps({"format": FORMAT, "actors": actors, "ties": ties}), encoding="utf-8")
    assert _typed_takes(path, resolver)
    _assert_same([path], resolver)
