"""Fuzzing the JSON and CSV readers: every input imports, or ends in one calm line.

For arbitrary bytes and for structured documents full of hostile values, an import either
completes or raises a :class:`MatchmakerError` whose message is a single printable line
naming the file, and then the store is exactly as it was. Each example runs under a
hypothesis deadline, so an input that makes a reader slow (a quadratic regex, a deep
recursion) fails the test instead of passing after minutes. Whatever imports also exports
and imports again unchanged, in both spellings.

The ``slow`` variants run many more examples (``.ci/run`` runs them with the rest).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from matchmaker.errors import MatchmakerError
from matchmaker.interchange import export_network, import_document, read_files
from matchmaker.interchange.export import network_to_json
from matchmaker.interchange.exportable import UnexportableValue
from matchmaker.interchange.fields import FIELDS
from matchmaker.store import open_store
from tests.sample_network import write_sample

DEADLINE = timedelta(seconds=10)
FAST = settings(
    max_examples=40, deadline=DEADLINE, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
LONG = settings(
    max_examples=150, deadline=DEADLINE, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text that has broken readers before: controls, NUL, lone surrogates, formula starts,
# separators, quotes, markup, bidi overrides, long runs that trip backtracking.
HOSTILE_TEXTS = (
    "\x00",
    "\ud800",
    "\udfff",
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x9b",
    "\r",
    "\n",
    "\t",
    "=1+2",
    "+cmd",
    "-",
    "@SUM(A1)",
    "'",
    "''=",
    ";",
    "=",
    "=0.5",
    '"',
    ",",
    "<img src=x>",
    "\u202e",
    "\ufeff",
    "tag:",
    "egov:x-road",
    "X-Road data exchange",
)
HOSTILE = st.sampled_from(HOSTILE_TEXTS)
# those an import accepts: no NUL, no lone surrogate, no list separator
ACCEPTABLE_FRAGMENTS = [
    t for t in HOSTILE_TEXTS if "\x00" not in t and not ("\ud800" <= t[0] <= "\udfff") and ";" not in t
]
LONG_RUN = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(["1", "a=", "=1", " ", "\\", '"', "1.", "x;"]),
    st.integers(0, 40_000),
)
TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(HOSTILE, st.text(max_size=5)), max_size=6).map("".join),
    LONG_RUN,
)
SCALAR = st.one_of(
    TEXT,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**120), max_value=10**120),
    st.floats(allow_nan=True, allow_infinity=True),
)
JSON_VALUE = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


# Values an import accepts, yet awkward: controls, formula starts, markup, quotes, separators.
ACCEPTABLE_TEXT = st.lists(
    st.one_of(
        st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00;"), max_size=8),
        st.sampled_from(ACCEPTABLE_FRAGMENTS),
    ),
    min_size=1,
    max_size=4,
).map("".join)
SKILL = st.one_of(
    ACCEPTABLE_TEXT,
    st.sampled_from(
        ["egov:x-road", "X-Road data exchange", "mobile UX design", "Digitaalne identiteet (e-ID)"]
    ),
    st.fixed_dictionaries({"skill": ACCEPTABLE_TEXT, "weight": st.floats(0.001, 1.0)}),
)
DAY = st.dates().map(lambda d: d.isoformat())
MOMENT = st.datetimes(timezones=st.timezones()).map(lambda m: m.isoformat())
ACCEPTABLE = {
    "sectors": st.lists(ACCEPTABLE_TEXT, max_size=3),
    "languages": st.lists(ACCEPTABLE_TEXT, max_size=3),
    "roles": st.lists(ACCEPTABLE_TEXT, max_size=3),
    "offers": st.lists(SKILL, max_size=4),
    "needs": st.lists(SKILL, max_size=4),
    "email": st.just("hello@kood.example"),
    "stage": st.sampled_from(["idea", "seed", "growth"]),
    "size": st.sampled_from(["1-10", "1000+"]),
    "visibility": st.sampled_from(["public", "council", "private"]),
    "country": st.sampled_from(["EE", "ua"]),
    "since": DAY,
    "start": DAY,
    "end": DAY,
    "weight": st.floats(0.01, 100),
    "role": st.sampled_from(["participant", "mentor"]),
    "status": st.sampled_from(["suggested", "met"]),
    "suggested_at": MOMENT,
    "updated_at": MOMENT,
}


def _mostly(good, bad, one_in: int = 12):
    """``good``, and once in ``one_in`` draws ``bad``: one wrong field spoils a whole import."""
    return st.integers(1, one_in).flatmap(lambda n: bad if n == 1 else good)


def _field_value(name: str):
    return _mostly(ACCEPTABLE.get(name, ACCEPTABLE_TEXT), JSON_VALUE)


# The required fields of each record, with values that make a record importable.
CORE = {
    "actors": {
        "id": st.sampled_from(["f1", "f2", "ee-ria"]),
        "kind": st.just("ngo"),
        "name": ACCEPTABLE_TEXT,
        "country": st.just("EE"),
    },
    "ties": {
        "source": st.sampled_from(["f1", "ee-ria"]),
        "target": st.sampled_from(["f2", "ua-olena"]),
        "kind": st.just("knows"),
    },
    "events": {"id": st.just("ev"), "name": ACCEPTABLE_TEXT, "kind": st.just("forum")},
    "participations": {"event": st.just("hack-kyiv-2025"), "actor": st.just("ee-ria")},
    "decisions": {"a": st.just("ee-ria"), "b": st.just("ua-olena")},
}


def _record(section: str):
    fields = list(FIELDS[section])
    core = CORE[section]
    optional = {name: _field_value(name) for name in fields if name not in core}
    mostly_valid = st.fixed_dictionaries(core, optional=optional)
    anything = st.fixed_dictionaries({}, optional={name: _field_value(name) for name in fields})
    return _mostly(mostly_valid, st.one_of(anything, st.dictionaries(TEXT, JSON_VALUE, max_size=3)), 8)


DOCUMENT = st.fixed_dictionaries(
    {"format": _mostly(st.just("sandbox-matchmaker/1"), JSON_VALUE, 20)},
    optional={section: _mostly(st.lists(_record(section), max_size=3), JSON_VALUE, 20) for section in FIELDS},
)


@pytest.fixture
def seeded(tmp_path):
    store = open_store("sqlite://")
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    yield store
    store.engine.dispose()


def _import_calmly(store, paths) -> bool:
    """Import; True when it completed. On refusal: one printable line, and nothing changed."""
    before = network_to_json(store.load_network())
    try:
        import_document(store.engine, read_files(paths, store.resolver()))
    except MatchmakerError as error:
        event("refused")
        message = str(error)
        assert message and "\n" not in message and "\r" not in message
        message.encode("utf-8")  # no lone surrogate can reach the terminal
        assert message.startswith(str(paths[0].parent))
        assert network_to_json(store.load_network()) == before
        return False
    event("imported")
    return True


def _comparable(net) -> dict:
    """The network as JSON, each section sorted (a store lists re-imported ties in key order)."""
    doc = network_to_json(net)
    for decision in doc["decisions"]:
        decision.pop("suggested_at"), decision.pop("updated_at")
    return {
        key: sorted(value, key=json.dumps) if isinstance(value, list) else value for key, value in doc.items()
    }


def _exports_import_again(store, folder) -> None:
    """What imported exports, and the export imports into an empty store unchanged."""
    original = store.load_network()
    for fmt, target in (("json", folder / "again.json"), ("csv", folder / "again")):
        try:
            export_network(original, fmt, target)
        except UnexportableValue:
            assert fmt == "csv"  # only a ';' inside a list item, which CSV cannot carry
            continue
        fresh = open_store("sqlite://")
        import_document(fresh.engine, read_files([target], fresh.resolver()))
        assert _comparable(fresh.load_network()) == _comparable(original)
        fresh.engine.dispose()


def _write(folder, name: str, data: bytes):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


@FAST
@given(
    data=st.binary(max_size=3000), name=st.sampled_from(["f.json", "actors.csv", "ties.csv", "decisions.csv"])
)
def test_arbitrary_bytes_import_or_fail_in_one_line(seeded, tmp_path_factory, data, name):
    folder = tmp_path_factory.mktemp("bytes")
    _import_calmly(seeded, [_write(folder, name, data)])


def _check_json_document(store, folder, document, escaped: bool) -> None:
    text = json.dumps(document, ensure_ascii=escaped, allow_nan=True)
    path = _write(folder, "doc.json", text.encode("utf-8", "surrogatepass"))
    if _import_calmly(store, [path]):
        _exports_import_again(store, folder)


@FAST
@given(document=DOCUMENT, escaped=st.booleans())
def test_structured_json_documents_import_or_fail_in_one_line(seeded, tmp_path_factory, document, escaped):
    _check_json_document(seeded, tmp_path_factory.mktemp("json"), document, escaped)


def _csv_text(draw_rows, header) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(draw_rows)
    return buffer.getvalue()


def _as_cell(value) -> str:
    """A JSON-shaped value as the CSV spelling writes it (lists ';'-joined, weights ``label=w``)."""
    if isinstance(value, list):
        return ";".join(_as_cell(item) for item in value)
    if isinstance(value, dict):
        return f"{value['skill']}={value['weight']!r}"
    return "" if value is None else str(value)


def _cell(section: str, name: str):
    if name in CORE[section]:
        return CORE[section][name]
    return _mostly(ACCEPTABLE.get(name, ACCEPTABLE_TEXT).map(_as_cell), TEXT, 10)


@st.composite
def csv_tables(draw):
    section = draw(st.sampled_from(list(FIELDS)))
    known = list(FIELDS[section])
    header = draw(
        _mostly(st.permutations(known), st.lists(st.one_of(st.sampled_from(known), TEXT), max_size=6), 6)
    )
    rows = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.integers(1, 8)) == 1:  # a row of the wrong width
            rows.append(draw(st.lists(TEXT, max_size=len(header) + 2)))
        else:
            rows.append([draw(_cell(section, name)) for name in header])
    text = _csv_text(rows, header)
    cut = draw(_mostly(st.just(len(text)), st.integers(0, len(text)), 6))  # sometimes cut short
    return section, text[:cut]


def _check_csv_table(store, folder, table) -> None:
    section, text = table
    path = _write(folder, f"{section}.csv", text.encode("utf-8", "surrogatepass"))
    if _import_calmly(store, [path]):
        _exports_import_again(store, folder)


@FAST
@given(table=csv_tables())
def test_csv_tables_import_or_fail_in_one_line(seeded, tmp_path_factory, table):
    _check_csv_table(seeded, tmp_path_factory.mktemp("csv"), table)


@pytest.mark.slow
@LONG
@given(document=DOCUMENT, escaped=st.booleans())
def test_long_run_of_structured_json_documents(seeded, tmp_path_factory, document, escaped):
    _check_json_document(seeded, tmp_path_factory.mktemp("json"), document, escaped)


@pytest.mark.slow
@LONG
@given(table=csv_tables())
def test_long_run_of_csv_tables(seeded, tmp_path_factory, table):
    _check_csv_table(seeded, tmp_path_factory.mktemp("csv"), table)
